#pragma once

#include "storage/sessionfile.h"
#include "web/github.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

class QObject;

// The minutes out as a pull request to the community's repository, the way a contributor does
// it on GitHub: the account, a fork (unless the account owns the repository), a branch from the
// upstream's head named for the meeting's date, the file committed there, the pull request.
// Publishing the same meeting again updates the same branch, file and pull request.
namespace gavel::publish {

struct Request
{
    QString repository; // the community's, "O/R"
    QString folder; // the minutes' folder there, "pfcc/meetings/2025"
    QString base; // the branch the pull request goes to; empty: the repository's default
    QDate date; // the meeting's: names the branch and the file
    QByteArray minutes; // the minutes file's content (Markdown)
    QString nextAgendaName; // "2025-10-30-meeting-agenda.md"; empty: no next agenda
    QByteArray nextAgenda; // its content, in the folder of its own year
    QString title; // the pull request's
    QString body;
};

// The steps, in order; each failure names its step.
enum class Step { Account = 1, Fork, Base, Branch, Files, PullRequest };
QString stepName(Step step); // "step 2 (fork)"

// What publishing `request` writes where: the branch ("gavel/minutes-2025-10-16", the same every
// time for one meeting), the minutes' path (DIR/2025-10-16-meeting-minutes.md) and the next
// agenda's (in its year's folder: pfcc/meetings/2026/… when the folder is 2025's).
struct Plan
{
    QString branch;
    QString minutesPath;
    QString nextAgendaPath; // empty: none
};
Plan plan(const Request &request);

// The minutes of the session at `sessionPath` (as --export-minutes md writes them; the date is
// its folder's), and a pull request's title and body: the meeting, its date, how many attended,
// its decisions. `nextAgenda` adds the next meeting's agenda (as Meeting > Prepare Next Meeting
// writes it), prepared at `now` from the series' history.
Request fromSession(const SessionData &session, const QString &sessionPath, const QString &repository,
                    const QString &folder, const QString &base, bool nextAgenda, const QDateTime &now);

struct Limits
{
    int forkWaitMs = 30000; // a new fork is asked for until it answers, this long at most
    int pollMs = 1500; // between two asks
    web::Limits transfer;
};

struct Outcome
{
    QString url; // the pull request's page (html_url)
    bool existed = false; // it was open already: this publishing updated it
    QString login; // the account
    QString fork; // where the branch is, "login/R" (the repository itself for its owner)
    QString error; // "step 3 (base branch): <URL>: cause"; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Runs the steps; `progress` is told each step as it begins. `done` once, while `context`
// lives; deleting `context` stops between requests (a file already committed stays on the
// branch, where publishing again finds it).
void run(const github::Api &api, const Request &request, QObject *context, const std::function<void(Step)> &progress,
         const std::function<void(const Outcome &)> &done, const Limits &limits = {});
Outcome runAndWait(const github::Api &api, const Request &request, const Limits &limits = {});

// The account the token belongs to (GET /user), for the dialog: its login, or an error.
void account(const github::Api &api, QObject *context,
             const std::function<void(const QString &login, const QString &error)> &done);

} // namespace gavel::publish
