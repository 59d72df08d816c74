#include "web/repositoryfolder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gavel::repositoryfolder {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::repositoryfolder)
};

QDate dateIn(const QString &name)
{
    // 2025-01-23-meeting-agenda.md, 20250123.md, 2025_01_23 …
    static const QRegularExpression dated(
        QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)[-_.]?(\\d\\d)[-_.]?(\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch match = dated.match(name);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
                            : QDate();
}

bool isMinutes(const QString &name)
{
    return name.contains(QLatin1String("minutes"), Qt::CaseInsensitive) || name.contains(QStringLiteral("纪要"));
}

} // namespace

bool Folder::isValid() const
{
    return repository.count(QLatin1Char('/')) == 1;
}

bool parse(const QString &repository, const QString &path, Folder *folder, QString *error)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9._-]{1,100}$"));
    QString given = repository.trimmed();
    given.remove(QRegularExpression(QStringLiteral("^https://(?:www\\.)?github\\.com/")));
    while (given.endsWith(QLatin1Char('/'))) {
        given.chop(1);
    }
    if (!name.match(given).hasMatch() || given.endsWith(QLatin1String("/.")) || given.endsWith(QLatin1String("/.."))) {
        *error = Text::tr("“%1” is not a GitHub repository (owner/name)").arg(repository.trimmed());
        return false;
    }
    const QStringList parts = path.trimmed().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.contains(QLatin1String("..")) || parts.contains(QLatin1String("."))) {
        *error = Text::tr("“%1” is not a folder of the repository").arg(path.trimmed());
        return false;
    }
    folder->repository = given;
    folder->path = parts.join(QLatin1Char('/'));
    folder->ref.clear();
    return true;
}

Folder fromAddress(const QString &address)
{
    const QUrl url(address.trimmed());
    const QString host = url.host().toLower();
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Folder folder;
    int rest = -1; // where the path in the repository starts
    if ((host == QLatin1String("github.com") || host == QLatin1String("www.github.com")) && parts.size() >= 4
        && (parts[2] == QLatin1String("blob") || parts[2] == QLatin1String("tree"))) {
        folder.ref = parts[3];
        rest = 4;
        // A blob names a file: its folder is wanted. A tree names the folder itself.
        const int end = parts[2] == QLatin1String("blob") ? int(parts.size()) - 1 : int(parts.size());
        folder.path = parts.mid(rest, std::max(0, end - rest)).join(QLatin1Char('/'));
    } else if (host == QLatin1String("raw.githubusercontent.com") && parts.size() >= 4) {
        folder.ref = parts[2];
        rest = 3;
        folder.path = parts.mid(rest, parts.size() - 1 - rest).join(QLatin1Char('/'));
    } else {
        return {};
    }
    folder.repository = parts[0] + QLatin1Char('/') + parts[1];
    return folder;
}

QString inYear(const QString &path, int year)
{
    static const QRegularExpression named(QStringLiteral("^(.*?)((?:19|20)\\d\\d)$"));
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return {};
    }
    const QRegularExpressionMatch match = named.match(parts.last()); // 2025, pfcc-2025
    if (!match.hasMatch() || match.captured(2).toInt() == year || year < 1900 || year > 2099) {
        return {};
    }
    parts.last() = match.captured(1) + QString::number(year);
    return parts.join(QLatin1Char('/'));
}

QUrl contentsUrl(const github::Api &api, const Folder &folder)
{
    QString path = QStringLiteral("/repos/%1/contents").arg(folder.repository);
    for (const QString &part : folder.path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(part));
    }
    QUrlQuery query;
    if (!folder.ref.isEmpty()) {
        query.addQueryItem(QStringLiteral("ref"), folder.ref);
    }
    QUrl url = api.url({}, query);
    url.setPath(api.base.path() + path, QUrl::StrictMode);
    return url;
}

Listing read(const QJsonArray &contents)
{
    Listing listing;
    for (const QJsonValue &value : contents) {
        const QJsonObject file = value.toObject();
        Entry entry;
        entry.name = file.value(QStringLiteral("name")).toString();
        entry.path = file.value(QStringLiteral("path")).toString();
        entry.address = file.value(QStringLiteral("download_url")).toString();
        entry.page = file.value(QStringLiteral("html_url")).toString();
        entry.date = dateIn(entry.name);
        if (file.value(QStringLiteral("type")).toString() != QLatin1String("file")
            || !entry.name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) || isMinutes(entry.name)
            || entry.address.isEmpty()) {
            continue;
        }
        listing.agendas.append(entry);
    }
    std::stable_sort(listing.agendas.begin(), listing.agendas.end(), [](const Entry &a, const Entry &b) {
        if (a.date != b.date) {
            return a.date > b.date; // an undated file (invalid, the smallest) comes last
        }
        return a.name > b.name;
    });
    return listing;
}

void list(const github::Api &api, const Folder &folder, QObject *context,
          const std::function<void(const Listing &)> &done, const web::Limits &limits)
{
    const QUrl url = contentsUrl(api, folder);
    github::call(
        api, "GET", url, {}, context,
        [done, url](const github::Response &response) {
            if (!response.ok()) {
                return done(Listing {{}, response.error});
            }
            if (!response.json.isArray()) {
                // A file's path gives an object: not a folder.
                return done(Listing {{}, url.toString() + QStringLiteral(": ") + Text::tr("not a folder")});
            }
            done(read(response.json.array()));
        },
        limits);
}

} // namespace gavel::repositoryfolder
