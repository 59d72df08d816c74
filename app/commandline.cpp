#include "commandline.h"

#include "agendaimporter.h"
#include "agendajson.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace gavel {

namespace {

const char *const headlessOptions[] = {"--print-agenda", "-h", "--help", "--help-all", "-v", "--version", "-?"};

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int printAgenda(const QString &path)
{
    const ImportResult result = AgendaImporter::importFile(path);
    if (!result.ok()) {
        writeOut(stderr, QStringLiteral("gavel: %1\n").arg(result.error).toUtf8());
        return 1;
    }
    writeOut(stdout, QJsonDocument(agendaToJson(result.meeting)).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

bool isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *option : headlessOptions) {
            if (arg == option || arg.startsWith(QByteArray(option) + '=')) {
                return true;
            }
        }
    }
    return false;
}

CommandLine runCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gavel::CommandLine",
        "Gavel runs a live community meeting from its Markdown agenda: a countdown per item, "
        "attendance and minutes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption printAgendaOption(
        QStringLiteral("print-agenda"),
        QCoreApplication::translate("gavel::CommandLine", "Print the agenda imported from <file> as JSON and exit."),
        QCoreApplication::translate("gavel::CommandLine", "file"));
    parser.addOption(printAgendaOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("gavel::CommandLine", "Agenda (.md) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    CommandLine result;
    if (parser.isSet(printAgendaOption)) {
        result.exitCode = printAgenda(parser.value(printAgendaOption));
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        writeOut(stderr,
                 QCoreApplication::translate("gavel::CommandLine", "gavel: give one file to open, not %1\n")
                     .arg(positional.size())
                     .toUtf8());
        result.exitCode = 1;
        return result;
    }
    if (!positional.isEmpty()) {
        result.fileToOpen = positional.first();
    }
    return result;
}

} // namespace gavel
