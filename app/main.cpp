#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gavel"));
    QCoreApplication::setApplicationName(QStringLiteral("gavel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAVEL_VERSION));

    if (gavel::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        const int exitCode = gavel::runCommandLine(app).exitCode;
        return exitCode < 0 ? 0 : exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Gavel"));
    QApplication::setDesktopFileName(QStringLiteral("gavel"));
    const gavel::CommandLine commandLine = gavel::runCommandLine(app);
    if (commandLine.exitCode >= 0) {
        return commandLine.exitCode;
    }

    gavel::MainWindow window;
    window.show();
    if (!commandLine.fileToOpen.isEmpty()) {
        window.openFile(commandLine.fileToOpen);
    }
    return QApplication::exec();
}
