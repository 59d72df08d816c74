#pragma once

#include "sessionfile.h"

#include <QByteArray>
#include <QString>

namespace gavel::minutesexport {

// The minutes of a session, in the community's own format (modelled on the PFCC
// *-meeting-minutes.md files). language: "zh" or "en"; empty uses the session's choice, else
// the agenda's language. timingReport adds the planned-versus-actual section.
QString markdown(const SessionData &session, const QString &language = {}, bool timingReport = true);
// The same content as HTML (UTF-8, self-contained) and PDF (A4, Chinese text embedded).
QString html(const SessionData &session, const QString &language = {}, bool timingReport = true);
QByteArray pdf(const SessionData &session, const QString &language = {}, bool timingReport = true);
// Planned and actual minutes per item, totals and overruns, as CSV (UTF-8 with BOM).
QByteArray timingCsv(const SessionData &session);
// "2022-04-14-meeting-minutes.md" (the extension given).
QString fileName(const SessionData &session, const QString &extension = QStringLiteral("md"));

} // namespace gavel::minutesexport
