#pragma once

#include "storage/sessionfile.h"

#include <QByteArray>
#include <QString>

namespace gavel::minutesexport {

// The minutes of a session, written in a layout (minuteslayout: the 2022 one by default, or the
// later one, as the session chooses) from what minutescontent says. language: "zh" or "en";
// empty uses the session's choice, else the agenda's. timingReport adds the planned-versus-actual
// section. The Markdown ends with one newline.
struct Minutes
{
    QString markdown;
    // customTemplate did not render: why, and on which line; the built-in layout was used.
    QString templateError;
    int templateLine = 0;
};
Minutes write(const SessionData &session, const QString &language, bool timingReport,
              const QString &customTemplate = QString());
QString markdown(const SessionData &session, const QString &language = {}, bool timingReport = true);
// The same content as a self-contained HTML page (UTF-8, no script: see minuteshtml.h) and as
// PDF (A4, Chinese text embedded).
QString html(const SessionData &session, const QString &language = {}, bool timingReport = true);
QByteArray pdf(const SessionData &session, const QString &language = {}, bool timingReport = true);
// The same from Markdown written already (minutes written with a series' own layout).
QString htmlOf(const QString &markdown, const QString &language);
QByteArray pdfOf(const QString &markdown);
// "2022-04-14-meeting-minutes.md" (the extension given).
QString fileName(const SessionData &session, const QString &extension = QStringLiteral("md"));
// The name with the meeting's date before it: the agenda's date, else the day it ran or was saved.
QString datedFileName(const SessionData &session, const QString &name);
// "2022-04-14-<name>", or the name alone without a date.
QString datedFileName(const QDate &date, const QString &name);

} // namespace gavel::minutesexport
