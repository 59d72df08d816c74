#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gavel {

// True when the arguments ask for a headless command (or --help / --version), which runs
// on QCoreApplication without a display.
bool isHeadless(int argc, char *argv[]);
// True when the headless command renders documents (--export-minutes: HTML and PDF need fonts),
// so main() creates a QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(int argc, char *argv[]);

// What the command line asked for, once parsed.
struct CommandLine
{
    QString fileToOpen; // GUI: an agenda or session to open
    QDate meetingDate; // --date: which meeting of a file that keeps several
    int exitCode = -1; // >= 0: a headless command ran; exit with this code
};

CommandLine runCommandLine(const QCoreApplication &app);

} // namespace gavel
