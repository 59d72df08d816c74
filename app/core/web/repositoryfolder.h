#pragma once

#include "web/github.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

// A series' agendas in its repository: the Markdown files of one folder, listed through
// GitHub's contents API (GET /repos/O/R/contents/PATH), newest first.
namespace gavel::repositoryfolder {

struct Folder
{
    QString repository; // "O/R"
    QString path; // "pfcc/meetings/2025"; empty: the repository's top
    QString ref; // a branch or tag; empty: the default branch

    bool isValid() const;
};

// Reads "O/R" and a folder ("/pfcc/meetings/2025/" is "pfcc/meetings/2025"); false with *error
// (in words) when the repository is not O/R or the folder climbs out ("..").
bool parse(const QString &repository, const QString &path, Folder *folder, QString *error);
// The folder of a GitHub file page, raw address or repository folder page
// (https://github.com/O/R/blob/REF/pfcc/meetings/2025/x.md, …/tree/REF/pfcc/meetings/2025,
// https://raw.githubusercontent.com/O/R/REF/…/x.md): an invalid Folder when it is none.
Folder fromAddress(const QString &address);

struct Entry
{
    QString name; // "2025-01-23-meeting-agenda.md"
    QString path; // in the repository
    QDate date; // the date its name holds (invalid: none)
    QString address; // where it is fetched from (its download_url)
    QString page; // its page on GitHub (html_url)
};

struct Listing
{
    QList<Entry> agendas; // newest first: by the date in the name, then by name, descending
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// A series keeps a folder a year (pfcc/meetings/2025): the same folder in `year` when the last part
// of `path` names another year (pfcc/meetings/2026), else empty.
QString inYear(const QString &path, int year);

QUrl contentsUrl(const github::Api &api, const Folder &folder);
// The agendas among a contents answer: its Markdown files, but not minutes (a name that says
// minutes or 纪要), nor files without a download address.
Listing read(const QJsonArray &contents);

void list(const github::Api &api, const Folder &folder, QObject *context,
          const std::function<void(const Listing &)> &done, const web::Limits &limits = {});

} // namespace gavel::repositoryfolder
