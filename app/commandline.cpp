#include "commandline.h"

#include "agenda/agendaimporter.h"
#include "agenda/agendajson.h"
#include "minutes/minutesexport.h"
#include "minutes/minuteslayout.h"
#include "series/serieslayout.h"
#include "series/seriesnames.h"
#include "storage/atomicfile.h"
#include "storage/sessionfile.h"
#include "web/fetch.h"
#include "web/issueagenda.h"
#include "web/publish.h"
#include "web/repositoryfolder.h"
#include "web/tokenstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace gavel {

namespace {

const char *const headlessOptions[] = {"--print-agenda",
                                       "--export-minutes",
                                       "--agenda-from-issues",
                                       "--publish-minutes",
                                       "-h",
                                       "--help",
                                       "--help-all",
                                       "-v",
                                       "--version",
                                       "-?"};

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel)
};

bool hasOption(int argc, char *argv[], const QByteArray &option)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option || arg.startsWith(option + '=')) {
            return true;
        }
    }
    return false;
}

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int printAgenda(const QString &path, bool explain, const ImportOptions &options)
{
    // An http(s) address is fetched (the web plugin, loaded now) and read as the file would be.
    const ImportResult result
        = web::isWebAddress(path) ? web::importAddress(path, {}, options) : AgendaImporter::importFile(path, options);
    if (explain) {
        // Plain lines on stderr, so stdout stays the JSON.
        QByteArray lines;
        for (const QString &line : result.explanation.lines()) {
            lines += line.toUtf8() + '\n';
        }
        writeOut(stderr, lines);
    }
    if (!result.ok()) {
        writeOut(stderr, QStringLiteral("gavel: %1\n").arg(result.error).toUtf8());
        return 1;
    }
    QJsonObject json = agendaToJson(result.meeting);
    if (!result.meetings.isEmpty()) {
        // A file of several dated meetings: the dates it holds, newest first, for --date.
        QJsonArray dates;
        for (const DatedMeeting &m : result.meetings) {
            dates.append(m.date.toString(Qt::ISODate));
        }
        json.insert(QStringLiteral("meetings"), dates);
    }
    writeOut(stdout, QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

int fail(const QString &message)
{
    writeOut(stderr, QStringLiteral("gavel: %1\n").arg(message).toUtf8());
    return 1;
}

// The open issues and pull requests labelled `label` in `target` (O/R, or an organisation O),
// as an agenda in Markdown: to `output`, or to stdout when it is empty.
int agendaFromIssues(const QString &target, const QString &label, const QString &output)
{
    issueagenda::Query query;
    QString error;
    if (!issueagenda::parse(target, label, &query, &error)) {
        return fail(error);
    }
    const issueagenda::Issues issues = issueagenda::gatherAndWait(github::Api::fromEnvironment(), query);
    if (!issues.ok()) {
        return fail(issues.error);
    }
    if (issues.items.isEmpty()) {
        return fail(Text::tr("%1: no open issue or pull request is labelled “%2”").arg(query.target(), query.label));
    }
    if (!issues.note.isEmpty()) {
        writeOut(stderr, QStringLiteral("gavel: %1: %2\n").arg(query.target(), issues.note).toUtf8());
    }
    const QByteArray agenda = issueagenda::markdown(query, issues, QDate::currentDate());
    if (output.isEmpty()) {
        writeOut(stdout, agenda);
        return 0;
    }
    const WriteResult written = writeFileAtomically(output, agenda, Folders::Create);
    return written.ok() ? 0 : fail(written.error);
}

struct PublishRequest
{
    QString session;
    QString repository;
    QString folder;
    QString base;
    bool nextAgenda = false;
};

// The session's minutes (and with --next-agenda the next agenda) as a pull request to the
// repository; prints its address.
int publishMinutes(const PublishRequest &request)
{
    if (request.repository.isEmpty() || request.folder.isEmpty()) {
        return fail(Text::tr("--publish-minutes needs --repo <owner/name> and --dir <folder>"));
    }
    repositoryfolder::Folder target;
    QString error;
    if (!repositoryfolder::parse(request.repository, request.folder, &target, &error)) {
        return fail(error);
    }
    SessionData session;
    if (!sessionfile::load(request.session, &session, &error)) {
        return fail(error);
    }
    const publish::Request publishing
        = publish::fromSession(session, QFileInfo(request.session).absoluteFilePath(), target.repository, target.path,
                               request.base.trimmed(), request.nextAgenda, QDateTime::currentDateTime());
    if (!publishing.date.isValid()) {
        return fail(Text::tr("%1: the meeting has no date to name the minutes by").arg(request.session));
    }

    // The token: GAVEL_GITHUB_TOKEN, else the one the window keeps in the system keychain.
    github::Api api = github::Api::fromEnvironment();
    if (api.token.isEmpty()) {
        QString why;
        QObject owner;
        TokenStore *keychain = tokens::keychain(api.base.host(), &owner, &why);
        if (keychain) {
            QEventLoop loop;
            tokens::resolve(keychain, &loop, [&](const QByteArray &token, const QString &, const QString &failure) {
                api.token = token;
                why = failure;
                loop.quit();
            });
            loop.exec();
        }
        if (api.token.isEmpty()) {
            return fail(publish::stepName(publish::Step::Account) + QStringLiteral(": ")
                        + (why.isEmpty() ? Text::tr("no GitHub token: set GAVEL_GITHUB_TOKEN, or sign in from File > "
                                                    "Publish Minutes")
                                         : Text::tr("no GitHub token: set GAVEL_GITHUB_TOKEN, or sign in from File > "
                                                    "Publish Minutes (the keychain: %1)")
                                               .arg(why)));
        }
    }
    const publish::Outcome outcome = publish::runAndWait(api, publishing);
    if (!outcome.ok()) {
        return fail(outcome.error);
    }
    writeOut(stdout, outcome.url.toUtf8() + '\n');
    return 0;
}

struct ExportRequest
{
    QString session;
    QString format; // empty: from the output's extension, else md
    QString output;
    QString language;
    QString layout; // empty: the session's choice, else its series', else the 2022 layout
    std::optional<bool> timing; // the timing table; unset: as the session chose (off by default)
};

int exportMinutes(const ExportRequest &request)
{
    QString format = request.format.trimmed().toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(request.output).suffix().toLower();
        if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
            format = QStringLiteral("html");
        } else if (suffix == QLatin1String("pdf")) {
            format = QStringLiteral("pdf");
        } else {
            format = QStringLiteral("md");
        }
    }
    if (format == QLatin1String("markdown")) {
        format = QStringLiteral("md");
    }
    if (format != QLatin1String("md") && format != QLatin1String("html") && format != QLatin1String("pdf")) {
        return fail(Text::tr("unknown --format “%1”: use md, html or pdf").arg(request.format));
    }
    const QString language = request.language.trimmed().toLower();
    if (!language.isEmpty() && language != QLatin1String("zh") && language != QLatin1String("en")) {
        return fail(Text::tr("unknown --language “%1”: use zh or en").arg(request.language));
    }
    const QString layout = request.layout.trimmed().toLower();
    if (!layout.isEmpty() && !minuteslayout::fromId(layout)) {
        return fail(
            Text::tr("unknown --layout “%1”: use classic (2022) or agenda (the later one)").arg(request.layout));
    }
    if (request.output.isEmpty()) {
        return fail(Text::tr("--export-minutes needs -o <file> to write to"));
    }
    SessionData session;
    QString error;
    if (!sessionfile::load(request.session, &session, &error)) {
        return fail(error);
    }
    if (format != QLatin1String("md") && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(Text::tr("%1 export needs the offscreen platform").arg(format));
    }
    if (!layout.isEmpty()) {
        session.minutes.choices.layout = layout;
    } else if (session.minutes.choices.layout.isEmpty()) {
        const QString seriesFolder = series::folderOf(QFileInfo(request.session).absoluteFilePath());
        if (const auto chosen = serieslayout::chosen(seriesFolder)) {
            session.minutes.choices.layout = minuteslayout::id(*chosen);
        }
    }
    const bool timing = request.timing.value_or(session.minutes.choices.timingTable);
    QByteArray bytes;
    if (format == QLatin1String("md")) {
        bytes = minutesexport::markdown(session, language, timing).toUtf8();
    } else if (format == QLatin1String("html")) {
        bytes = minutesexport::html(session, language, timing).toUtf8();
    } else {
        bytes = minutesexport::pdf(session, language, timing);
        if (bytes.isEmpty()) {
            return fail(Text::tr("%1: the PDF could not be produced").arg(request.output));
        }
    }
    const WriteResult written = writeFileAtomically(request.output, bytes, Folders::Create);
    if (!written.ok()) {
        return fail(written.error);
    }
    return 0;
}

} // namespace

bool needsGuiApplication(int argc, char *argv[])
{
    return hasOption(argc, argv, "--export-minutes");
}

bool isHeadless(int argc, char *argv[])
{
    for (const char *option : headlessOptions) {
        if (hasOption(argc, argv, option)) {
            return true;
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
    const QCommandLineOption explainOption(
        QStringLiteral("explain"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --print-agenda: say on stderr, line by line, which heading, lists, lines "
                                    "and rules gave each field."));
    parser.addOption(explainOption);
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "For a file that keeps several dated meetings: read the one on <date> "
                                    "(YYYY-MM-DD), not the most recent."),
        QCoreApplication::translate("gavel::CommandLine", "date"));
    parser.addOption(dateOption);
    const QCommandLineOption exportOption(
        QStringLiteral("export-minutes"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "Write the minutes of the session <session> (session.json) to the file given "
                                    "with -o, without opening a window, and exit."),
        QCoreApplication::translate("gavel::CommandLine", "session"));
    parser.addOption(exportOption);
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes: md, html or pdf (default: from the output's extension, "
                                    "else md)."),
        QCoreApplication::translate("gavel::CommandLine", "format"));
    parser.addOption(formatOption);
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes or --agenda-from-issues: the file to write."),
        QCoreApplication::translate("gavel::CommandLine", "file"));
    parser.addOption(outputOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes: zh or en (default: the session's choice, else the "
                                    "agenda's language)."),
        QCoreApplication::translate("gavel::CommandLine", "language"));
    parser.addOption(languageOption);
    const QCommandLineOption noTimingOption(
        QStringLiteral("no-timing"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes: leave out the planned-versus-actual timing section."));
    parser.addOption(noTimingOption);
    const QCommandLineOption timingOption(
        QStringLiteral("timing"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes: add the planned-versus-actual timing section (default: "
                                    "as the session chose in the Minutes window, else without)."));
    parser.addOption(timingOption);
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --export-minutes: classic (the 2022 layout: 会议概况, 会议分享与讨论, "
                                    "下次会议安排) or agenda (the later one: the agenda as a numbered list). Default: "
                                    "the session's choice, else its series', else classic."),
        QCoreApplication::translate("gavel::CommandLine", "layout"));
    parser.addOption(layoutOption);
    const QCommandLineOption issuesOption(
        QStringLiteral("agenda-from-issues"),
        QCoreApplication::translate(
            "gavel::CommandLine",
            "Write an agenda of the open issues and pull requests labelled --label in the GitHub repository "
            "<owner/name>, or across the organisation <owner>, to -o (default: stdout), and exit. The API is "
            "$GAVEL_GITHUB_API (default https://api.github.com); $GAVEL_GITHUB_TOKEN, when set, is sent as the token."),
        QCoreApplication::translate("gavel::CommandLine", "repository"));
    parser.addOption(issuesOption);
    const QCommandLineOption labelOption(
        QStringLiteral("label"),
        QCoreApplication::translate("gavel::CommandLine", "With --agenda-from-issues: the label (\"meeting agenda\")."),
        QCoreApplication::translate("gavel::CommandLine", "label"));
    parser.addOption(labelOption);
    const QCommandLineOption publishOption(
        QStringLiteral("publish-minutes"),
        QCoreApplication::translate(
            "gavel::CommandLine",
            "Open a pull request adding the minutes of the session <session> (session.json) to the GitHub repository "
            "--repo, in the folder --dir, from a fork of it unless the token's account owns it, print its address and "
            "exit. Publishing again updates the same pull request. The token is $GAVEL_GITHUB_TOKEN, else the one "
            "signed in with in the window."),
        QCoreApplication::translate("gavel::CommandLine", "session"));
    parser.addOption(publishOption);
    const QCommandLineOption repoOption(
        QStringLiteral("repo"),
        QCoreApplication::translate("gavel::CommandLine", "With --publish-minutes: the community's repository."),
        QCoreApplication::translate("gavel::CommandLine", "owner/name"));
    parser.addOption(repoOption);
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --publish-minutes: the folder of the minutes in the repository."),
        QCoreApplication::translate("gavel::CommandLine", "folder"));
    parser.addOption(dirOption);
    const QCommandLineOption baseOption(
        QStringLiteral("base"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --publish-minutes: the branch the pull request is for (default: the "
                                    "repository's default branch)."),
        QCoreApplication::translate("gavel::CommandLine", "branch"));
    parser.addOption(baseOption);
    const QCommandLineOption nextAgendaOption(
        QStringLiteral("next-agenda"),
        QCoreApplication::translate("gavel::CommandLine",
                                    "With --publish-minutes: add the next meeting's agenda to the same pull request, "
                                    "in the folder of its own year."));
    parser.addOption(nextAgendaOption);
    const QString file = QCoreApplication::translate("gavel::CommandLine", "file");
    parser.addPositionalArgument(
        file, QCoreApplication::translate("gavel::CommandLine", "Agenda (.md) or session (session.json) to open."),
        QLatin1Char('[') + file + QLatin1Char(']'));
    parser.process(app);

    CommandLine result;
    ImportOptions importOptions;
    const auto readDate = [&](const QString &value) {
        importOptions.meetingDate = QDate::fromString(value.trimmed(), Qt::ISODate);
        result.meetingDate = importOptions.meetingDate;
        if (!importOptions.meetingDate.isValid()) {
            result.exitCode = fail(
                QCoreApplication::translate("gavel::CommandLine", "--date “%1”: give the meeting's date as YYYY-MM-DD")
                    .arg(value));
        }
        return importOptions.meetingDate.isValid();
    };
    if (parser.isSet(dateOption) && !readDate(parser.value(dateOption))) {
        return result;
    }
    if (parser.isSet(printAgendaOption)) {
        // "--print-agenda --explain FILE" and "--print-agenda --date DATE FILE": the parser takes
        // the option for the file; the file then follows it.
        QString path = parser.value(printAgendaOption);
        bool explain = parser.isSet(explainOption);
        QStringList rest = parser.positionalArguments();
        if (path == QLatin1String("--explain") && !rest.isEmpty()) {
            path = rest.takeFirst();
            explain = true;
        } else if (path == QLatin1String("--date") && rest.size() >= 2) {
            if (!readDate(rest.takeFirst())) {
                return result;
            }
            path = rest.takeFirst();
        }
        result.exitCode = printAgenda(path, explain, importOptions);
        return result;
    }
    if (parser.isSet(publishOption)) {
        PublishRequest request;
        request.session = parser.value(publishOption);
        request.repository = parser.value(repoOption);
        request.folder = parser.value(dirOption);
        request.base = parser.value(baseOption);
        request.nextAgenda = parser.isSet(nextAgendaOption);
        result.exitCode = publishMinutes(request);
        return result;
    }
    if (parser.isSet(issuesOption)) {
        result.exitCode = parser.isSet(labelOption)
            ? agendaFromIssues(parser.value(issuesOption), parser.value(labelOption), parser.value(outputOption))
            : fail(Text::tr("--agenda-from-issues needs --label <label>"));
        return result;
    }
    if (parser.isSet(exportOption)) {
        ExportRequest request;
        request.session = parser.value(exportOption);
        request.format = parser.value(formatOption);
        request.output = parser.value(outputOption);
        request.language = parser.value(languageOption);
        if (parser.isSet(timingOption) || parser.isSet(noTimingOption)) {
            request.timing = parser.isSet(timingOption) && !parser.isSet(noTimingOption);
        }
        request.layout = parser.value(layoutOption);
        if (parser.isSet(formatOption) && request.format.trimmed().isEmpty()) {
            result.exitCode = fail(Text::tr("unknown --format “”: use md, html or pdf"));
            return result;
        }
        result.exitCode = exportMinutes(request);
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
