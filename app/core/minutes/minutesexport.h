#pragma once

#include "storage/sessionfile.h"

#include <QByteArray>
#include <QString>

namespace gavel::minutesexport {

// The minutes of a session, in the community's own format (modelled on the PFCC
// *-meeting-minutes.md files): "# <title> 会议纪要" / "# <title> Meeting Minutes"; 会议概况 /
// Overview (actual time, place, attendees, chair); 会议分享与讨论 / Discussion with a ### per
// top-level item (its notes, its children's notes as bullets) and, under it, #### 决定 / 待办
// (#### Decisions / Action items); ### 下次会议安排 / Next meeting; ## 其他 / Other notes for the
// general notes and whole-meeting decisions (### there); ## 时间统计 / Timing, optional. The
// full layout is described in minutesexport.cpp. Ends with one newline. language: "zh" or "en"; empty uses the
// session's choice, else the agenda's language. timingReport adds the planned-versus-actual section.
QString markdown(const SessionData &session, const QString &language = {}, bool timingReport = true);
// The same content as a self-contained HTML page (UTF-8, no script: see minuteshtml.h) and as
// PDF (A4, Chinese text embedded).
QString html(const SessionData &session, const QString &language = {}, bool timingReport = true);
QByteArray pdf(const SessionData &session, const QString &language = {}, bool timingReport = true);
// "2022-04-14-meeting-minutes.md" (the extension given).
QString fileName(const SessionData &session, const QString &extension = QStringLiteral("md"));
// The name with the meeting's date before it: the agenda's date, else the day it ran or was saved.
QString datedFileName(const SessionData &session, const QString &name);
// "2022-04-14-<name>", or the name alone without a date.
QString datedFileName(const QDate &date, const QString &name);

} // namespace gavel::minutesexport
