#pragma once

#include "web/github.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QObject;

// An agenda gathered from labelled issues: the open issues and pull requests with one label, of
// a repository (GET /repos/O/R/issues?labels=L) or of a whole organisation (GET /search/issues,
// q=org:O label:"L" state:open), written as a Markdown agenda Gavel itself imports.
namespace gavel::issueagenda {

struct Query
{
    QString owner;
    QString repository; // empty: the whole organisation `owner`
    QString label;

    bool organisation() const { return repository.isEmpty(); }
    QString target() const; // "O/R" or "O"
};

// Reads "O/R" or "O" and a label; false with *error (in words) when either is not usable.
bool parse(const QString &target, const QString &label, Query *query, QString *error);

// The first page's URL: the repository's issues, or the organisation's search.
QUrl firstPage(const github::Api &api, const Query &query);

struct Issue
{
    QString repository; // "O/R"
    int number = 0;
    QString title;
    QString url; // its page on GitHub
    QString author; // the login of who opened it
    bool pullRequest = false;
};

// GitHub's search gives at most this many results.
inline constexpr int searchLimit = 1000;

struct Issues
{
    QList<Issue> items; // in GitHub's order (newest first)
    qint64 total = 0; // how many GitHub says match (a search can match more than it gives)
    QString note; // said to the chair beside the items (the search's limit); empty when nothing
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// The open issues and pull requests among `pages` that carry the label (what GitHub answered is
// checked again: a closed or unlabelled one is left out), and the note on a search's limit.
Issues read(const Query &query, const github::Pages &pages);

void gather(const github::Api &api, const Query &query, QObject *context,
            const std::function<void(const Issues &)> &done, const web::Limits &limits = {});
Issues gatherAndWait(const github::Api &api, const Query &query, const web::Limits &limits = {});

// The agenda, in Markdown: a title with the date, a line on where it came from, and under
// "## Agenda" one numbered item per issue with its title, number, link and author as speaker.
// Every text from GitHub is escaped: a title never breaks the document's structure.
QByteArray markdown(const Query &query, const Issues &issues, const QDate &date);

// Where the window keeps the agenda gathered for `query` on `date`, to open it as a meeting:
// <root>/.fetched/issues/<O>[/<R>]/<YYYY-MM-DD>-<label>.md, every part made safe as a file name.
QString keptPath(const QString &root, const Query &query, const QDate &date);

} // namespace gavel::issueagenda
