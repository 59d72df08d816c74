#include "web/publish.h"

#include "meeting/attendee.h"
#include "minutes/meetingtitle.h"
#include "minutes/minutesexport.h"
#include "minutes/minuteslayout.h"
#include "minutes/nextagenda.h"
#include "series/serieshistory.h"
#include "series/serieslayout.h"
#include "series/seriesnames.h"
#include "storage/settings.h"
#include "web/repositoryfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace gavel::publish {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::publish)
};

QString joined(const QString &folder, const QString &name)
{
    const QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.isEmpty() ? name : parts.join(QLatin1Char('/')) + QLatin1Char('/') + name;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString messageOf(const github::Response &response)
{
    // GitHub's 422: {"message": "Validation Failed", "errors": [{"message": "A pull request already exists …"}]}
    QString text = response.json.object().value(QStringLiteral("message")).toString();
    for (const QJsonValue &error : response.json.object().value(QStringLiteral("errors")).toArray()) {
        text += QLatin1Char(' ') + error.toObject().value(QStringLiteral("message")).toString();
    }
    return text;
}

// One publishing, step after step; each request's answer calls the next.
class Run : public std::enable_shared_from_this<Run>
{
public:
    Run(const github::Api &api, const Request &request, QObject *context, const std::function<void(Step)> &progress,
        const std::function<void(const Outcome &)> &done, const Limits &limits)
        : m_api(api)
        , m_request(request)
        , m_plan(plan(request))
        , m_context(context)
        , m_progress(progress)
        , m_done(done)
        , m_limits(limits)
    { }

    void start() { askAccount(); }

private:
    using Then = std::function<void(const github::Response &)>;

    void begin(Step step)
    {
        m_step = step;
        if (m_progress) {
            m_progress(step);
        }
    }

    void call(const QByteArray &method, const QUrl &url, const QByteArray &body, const Then &then)
    {
        github::call(
            m_api, method, url, body, m_context,
            [self = shared_from_this(), then](const github::Response &response) { then(response); }, m_limits.transfer);
    }

    void fail(const QString &cause)
    {
        m_outcome.error = stepName(m_step) + QStringLiteral(": ") + cause;
        m_done(m_outcome);
    }

    // Fails with the answer's error unless it is a success; true when it went on.
    bool failed(const github::Response &response)
    {
        if (response.ok()) {
            return false;
        }
        fail(response.error);
        return true;
    }

    QString upstreamOwner() const { return m_request.repository.section(QLatin1Char('/'), 0, 0); }
    QString forkOwner() const { return m_outcome.fork.section(QLatin1Char('/'), 0, 0); }

    void askAccount()
    {
        begin(Step::Account);
        call("GET", m_api.url(QStringLiteral("/user")), {}, [this](const github::Response &response) {
            if (failed(response)) {
                return;
            }
            m_outcome.login = response.json.object().value(QStringLiteral("login")).toString();
            if (m_outcome.login.isEmpty()) {
                return fail(Text::tr("GitHub named no account for the token"));
            }
            askFork();
        });
    }

    void askFork()
    {
        begin(Step::Fork);
        if (upstreamOwner().compare(m_outcome.login, Qt::CaseInsensitive) == 0) {
            m_outcome.fork = m_request.repository; // the owner publishes in place
            return askBase();
        }
        const QUrl forks = m_api.url(QStringLiteral("/repos/%1/forks").arg(m_request.repository));
        call("POST", forks, "{}", [this](const github::Response &response) {
            if (failed(response)) {
                return;
            }
            // GitHub names the fork; it need not be LOGIN/R (a fork made earlier, renamed).
            m_outcome.fork = response.json.object().value(QStringLiteral("full_name")).toString();
            if (m_outcome.fork.count(QLatin1Char('/')) != 1) {
                return fail(Text::tr("GitHub's answer names no fork"));
            }
            m_waited = 0;
            pollFork();
        });
    }

    // A new fork takes a moment to exist: asked for until it answers, for forkWaitMs at most.
    void pollFork()
    {
        call("GET", m_api.url(QStringLiteral("/repos/%1").arg(m_outcome.fork)), {},
             [this](const github::Response &response) {
                 if (response.ok()) {
                     return askBase();
                 }
                 if (response.status != 404 && response.status != 409) {
                     return fail(response.error);
                 }
                 if (m_waited >= m_limits.forkWaitMs) {
                     return fail(Text::tr("the fork %1 did not appear within %2 s; publish again in a minute")
                                     .arg(m_outcome.fork)
                                     .arg(m_limits.forkWaitMs / 1000));
                 }
                 m_waited += m_limits.pollMs;
                 QTimer::singleShot(m_limits.pollMs, m_context, [self = shared_from_this()] { self->pollFork(); });
             });
    }

    void askBase()
    {
        begin(Step::Base);
        if (!m_request.base.isEmpty()) {
            m_base = m_request.base;
            return askBaseHead();
        }
        call("GET", m_api.url(QStringLiteral("/repos/%1").arg(m_request.repository)), {},
             [this](const github::Response &response) {
                 if (failed(response)) {
                     return;
                 }
                 m_base = response.json.object().value(QStringLiteral("default_branch")).toString();
                 if (m_base.isEmpty()) {
                     return fail(Text::tr("GitHub named no default branch for %1").arg(m_request.repository));
                 }
                 askBaseHead();
             });
    }

    void askBaseHead()
    {
        // The upstream's head, not the fork's: a fork's branch may be far behind.
        call("GET", m_api.url(QStringLiteral("/repos/%1/git/ref/heads/%2").arg(m_request.repository, m_base)), {},
             [this](const github::Response &response) {
                 if (response.status == 404) {
                     return fail(Text::tr("%1 has no branch %2").arg(m_request.repository, m_base));
                 }
                 if (failed(response)) {
                     return;
                 }
                 m_sha = response.json.object()
                             .value(QStringLiteral("object"))
                             .toObject()
                             .value(QStringLiteral("sha"))
                             .toString();
                 if (m_sha.isEmpty()) {
                     return fail(Text::tr("GitHub named no commit for %1").arg(m_base));
                 }
                 askBranch();
             });
    }

    void askBranch()
    {
        begin(Step::Branch);
        const QJsonObject ref {{QStringLiteral("ref"), QStringLiteral("refs/heads/") + m_plan.branch},
                               {QStringLiteral("sha"), m_sha}};
        call("POST", m_api.url(QStringLiteral("/repos/%1/git/refs").arg(m_outcome.fork)), json(ref),
             [this](const github::Response &response) {
                 // Published before: the branch is there, and is used again.
                 if (response.status == 422
                     && messageOf(response).contains(QLatin1String("Reference already exists"))) {
                     return askFiles();
                 }
                 if (!failed(response)) {
                     askFiles();
                 }
             });
    }

    void askFiles()
    {
        begin(Step::Files);
        m_files = {{m_plan.minutesPath, m_request.minutes}};
        if (!m_plan.nextAgendaPath.isEmpty()) {
            m_files.append({m_plan.nextAgendaPath, m_request.nextAgenda});
        }
        askFile(0);
    }

    QUrl contentsUrl(const QString &path, const QUrlQuery &query = {}) const
    {
        return m_api.url(QStringLiteral("/repos/%1/contents/%2").arg(m_outcome.fork, path), query);
    }

    void askFile(int index)
    {
        if (index >= m_files.size()) {
            return askPullRequest();
        }
        const auto &[path, content] = m_files.at(index);
        // Its sha on the branch when it is there (a 404: a new file), to update it.
        call("GET", contentsUrl(path, QUrlQuery {{QStringLiteral("ref"), m_plan.branch}}), {},
             [this, index, path = path, content = content](const github::Response &response) {
                 if (response.status != 404 && failed(response)) {
                     return;
                 }
                 const QJsonObject file = response.json.object();
                 const QString sha = response.status == 404 ? QString() : file.value(QStringLiteral("sha")).toString();
                 if (!sha.isEmpty()
                     && QByteArray::fromBase64(file.value(QStringLiteral("content")).toString().toLatin1())
                         == content) {
                     return askFile(index + 1); // the same already: no empty commit
                 }
                 QJsonObject put {
                     {QStringLiteral("message"),
                      (sha.isEmpty() ? QStringLiteral("Add %1") : QStringLiteral("Update %1"))
                          .arg(QFileInfo(path).fileName())},
                     {QStringLiteral("content"), QString::fromLatin1(content.toBase64())},
                     {QStringLiteral("branch"), m_plan.branch},
                 };
                 if (!sha.isEmpty()) {
                     put.insert(QStringLiteral("sha"), sha);
                 }
                 call("PUT", contentsUrl(path), json(put), [this, index](const github::Response &written) {
                     if (!failed(written)) {
                         askFile(index + 1);
                     }
                 });
             });
    }

    void askPullRequest()
    {
        begin(Step::PullRequest);
        const QString head = forkOwner() + QLatin1Char(':') + m_plan.branch;
        const QJsonObject pull {{QStringLiteral("title"), m_request.title},
                                {QStringLiteral("head"), head},
                                {QStringLiteral("base"), m_base},
                                {QStringLiteral("body"), m_request.body}};
        call("POST", m_api.url(QStringLiteral("/repos/%1/pulls").arg(m_request.repository)), json(pull),
             [this, head](const github::Response &response) {
                 if (response.status == 422
                     && messageOf(response).contains(QLatin1String("A pull request already exists"))) {
                     return findPullRequest(head);
                 }
                 if (failed(response)) {
                     return;
                 }
                 m_outcome.url = response.json.object().value(QStringLiteral("html_url")).toString();
                 m_done(m_outcome);
             });
    }

    void findPullRequest(const QString &head)
    {
        const QUrl url
            = m_api.url(QStringLiteral("/repos/%1/pulls").arg(m_request.repository),
                        QUrlQuery {{QStringLiteral("head"), head}, {QStringLiteral("state"), QStringLiteral("open")}});
        call("GET", url, {}, [this](const github::Response &response) {
            if (failed(response)) {
                return;
            }
            const QJsonArray pulls = response.json.array();
            if (pulls.isEmpty()) {
                return fail(Text::tr("GitHub says a pull request exists for the branch but lists none open"));
            }
            m_outcome.url = pulls.first().toObject().value(QStringLiteral("html_url")).toString();
            m_outcome.existed = true;
            m_done(m_outcome);
        });
    }

    github::Api m_api;
    Request m_request;
    Plan m_plan;
    QObject *m_context;
    std::function<void(Step)> m_progress;
    std::function<void(const Outcome &)> m_done;
    Limits m_limits;
    Step m_step = Step::Account;
    Outcome m_outcome;
    int m_waited = 0;
    QString m_base;
    QString m_sha;
    QList<QPair<QString, QByteArray>> m_files;
};

QDate dateOf(const SessionData &session, const QString &sessionPath)
{
    // <root>/<series>/<YYYY-MM-DD>/session.json
    const QDate folder = QDate::fromString(QFileInfo(QFileInfo(sessionPath).absolutePath()).fileName(), Qt::ISODate);
    if (folder.isValid()) {
        return folder;
    }
    return session.meeting.time.date;
}

} // namespace

QString stepName(Step step)
{
    switch (step) {
    case Step::Account: return Text::tr("step 1 (account)");
    case Step::Fork: return Text::tr("step 2 (fork)");
    case Step::Base: return Text::tr("step 3 (base branch)");
    case Step::Branch: return Text::tr("step 4 (branch)");
    case Step::Files: return Text::tr("step 5 (file)");
    case Step::PullRequest: return Text::tr("step 6 (pull request)");
    }
    return {};
}

Plan plan(const Request &request)
{
    Plan plan;
    const QString day = request.date.toString(Qt::ISODate);
    plan.branch = QStringLiteral("gavel/minutes-") + day;
    plan.minutesPath = joined(request.folder, day + QStringLiteral("-meeting-minutes.md"));
    if (!request.nextAgendaName.isEmpty()) {
        // In the folder of its own year: pfcc/meetings/2026 for a January agenda after a December meeting.
        const int year = request.nextAgendaName.left(4).toInt();
        const QString thatYears = repositoryfolder::inYear(request.folder, year);
        plan.nextAgendaPath = joined(thatYears.isEmpty() ? request.folder : thatYears, request.nextAgendaName);
    }
    return plan;
}

Request fromSession(const SessionData &session, const QString &sessionPath, const QString &repository,
                    const QString &folder, const QString &base, bool nextAgenda, const QDateTime &now)
{
    Request request;
    request.repository = repository;
    request.folder = folder;
    request.base = base;
    request.date = dateOf(session, sessionPath);
    const QString seriesFolder = series::folderOf(QFileInfo(sessionPath).absoluteFilePath());

    // The minutes as --export-minutes md writes them: the session's layout, else its series'.
    SessionData exported = session;
    if (exported.minutes.choices.layout.isEmpty()) {
        if (const auto chosen = serieslayout::chosen(seriesFolder)) {
            exported.minutes.choices.layout = minuteslayout::id(*chosen);
        }
    }
    request.minutes = minutesexport::markdown(exported, {}, exported.minutes.choices.timingTable).toUtf8();

    const SeriesHistory history = SeriesHistory::load(seriesFolder);
    if (nextAgenda) {
        // Newcomers are those present whom no earlier meeting of the series knew.
        const QSet<QString> known = history.knownBefore(request.date);
        QList<Person> newcomers;
        for (const Attendee &attendee : session.attendees) {
            bool seen = false;
            for (const QString &key : attendance::knownAs(attendee)) {
                seen = seen || known.contains(key);
            }
            if (attendee.attended() && !seen) {
                newcomers.append(Person {attendee.name, attendee.github});
            }
        }
        const nextmeeting::Draft draft
            = nextmeeting::prepare(session, nextmeeting::readSourceAgenda(session), newcomers,
                                   history.agendasOtherThan(sessionPath), now, Settings().nextMeetingIntervalDays());
        request.nextAgendaName = draft.agendaFileName;
        request.nextAgenda = draft.markdown.toUtf8();
    }

    const QString day = request.date.toString(Qt::ISODate);
    // The minutes' own title ("…第一次会议纪要", "… Meeting Minutes"), as the file's heading has it.
    const QString language
        = session.minutes.language.isEmpty() ? agendaLanguage(session.meeting) : session.minutes.language;
    const QString minutesTitle = meetingtitle::minutesTitle(session.meeting.title.simplified(), language);
    request.title = minutesTitle.contains(day) ? minutesTitle : QStringLiteral("%1 (%2)").arg(minutesTitle, day);
    int present = 0;
    int late = 0;
    for (const Attendee &attendee : session.attendees) {
        present += attendee.attended() ? 1 : 0;
        late += attendee.status == Attendee::Status::Late ? 1 : 0;
    }
    QString body = Text::tr("**%1**, of the meeting on %2, written with Gavel.").arg(minutesTitle, day)
        + QStringLiteral("\n\n- ")
        + Text::tr("Attendance: %1 of %2 expected (%3 late)").arg(present).arg(session.attendees.size()).arg(late);
    if (!session.minutes.decisions.isEmpty()) {
        body += QStringLiteral("\n- ") + Text::tr("Decisions:");
        for (const Decision &decision : session.minutes.decisions) {
            body += QStringLiteral("\n  - ") + decision.text.simplified(); // one line each: no list is broken
        }
    }
    if (!request.nextAgendaName.isEmpty()) {
        body += QStringLiteral("\n- ") + Text::tr("The next meeting's agenda: %1").arg(plan(request).nextAgendaPath);
    }
    request.body = body + QLatin1Char('\n');
    return request;
}

void run(const github::Api &api, const Request &request, QObject *context, const std::function<void(Step)> &progress,
         const std::function<void(const Outcome &)> &done, const Limits &limits)
{
    std::make_shared<Run>(api, request, context, progress, done, limits)->start();
}

Outcome runAndWait(const github::Api &api, const Request &request, const Limits &limits)
{
    QEventLoop loop;
    Outcome result;
    run(
        api, request, &loop, {},
        [&](const Outcome &outcome) {
            result = outcome;
            loop.quit();
        },
        limits);
    loop.exec();
    return result;
}

void account(const github::Api &api, QObject *context,
             const std::function<void(const QString &login, const QString &error)> &done)
{
    github::call(api, "GET", api.url(QStringLiteral("/user")), {}, context, [done](const github::Response &response) {
        const QString login = response.json.object().value(QStringLiteral("login")).toString();
        done(response.ok() ? login : QString(), response.error);
    });
}

} // namespace gavel::publish
