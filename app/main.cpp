#include "appnames.h"
#include "commandline.h"
#include "firstpaint.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "storage/sessionstore.h"
#include "storage/settings.h"
#include "typescale.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// A headless export on a machine without a desktop session has no XDG_RUNTIME_DIR: Qt falls
// back to a private folder and says so on stderr. That is no news to someone exporting from
// a shell or a script, whose stderr should hold only gavel's own one-line errors.
void exportMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

// The interface's language, before the command line is read: --help and its errors speak it.
void useInterfaceLanguage()
{
    gavel::interfacelanguage::use(gavel::Settings().interfaceLanguage());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gavel"));
    QCoreApplication::setApplicationName(QStringLiteral("gavel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAVEL_VERSION));

    if (gavel::needsGuiApplication(argc, argv)) {
        // Exports render text (fonts, PDF) but never show a window: no display needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(exportMessageHandler);
        QGuiApplication app(argc, argv);
        useInterfaceLanguage();
        const int exitCode = gavel::runCommandLine(app).exitCode;
        return exitCode < 0 ? 0 : exitCode;
    }
    if (gavel::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        useInterfaceLanguage();
        const int exitCode = gavel::runCommandLine(app).exitCode;
        return exitCode < 0 ? 0 : exitCode;
    }

    QApplication app(argc, argv);
    gavel::setApplicationNames();
    QApplication::setFont(gavel::typescale::withSimplifiedHan(QApplication::font(), QLocale::system()));
    useInterfaceLanguage();
    const gavel::CommandLine commandLine = gavel::runCommandLine(app);
    if (commandLine.exitCode >= 0) {
        return commandLine.exitCode;
    }

    gavel::MainWindow window;
    gavel::FirstPaintExit::installIfAsked(&window); // for the start-up benchmark only
    window.show();
    // A meeting open in another Gavel comes forward there, and this window, empty, goes: one window
    // a session. For an agenda fetched by URL that is known only once it has arrived.
    if (!commandLine.fileToOpen.isEmpty()) {
        QObject::connect(&window, &gavel::MainWindow::sessionHandedOver, &app, [&window] {
            if (!window.store()->isOpen()) {
                QCoreApplication::exit(0);
            }
        });
        if (!window.openFile(commandLine.fileToOpen, commandLine.meetingDate) && window.handedOver()) {
            return 0;
        }
    }
    return QApplication::exec();
}
