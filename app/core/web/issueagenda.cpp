#include "web/issueagenda.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace gavel::issueagenda {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::issueagenda)
};

// GitHub's rules for names: an owner is letters, digits and single hyphens (at most 39); a
// repository letters, digits, '.', '-' and '_' (at most 100), never "." or "..".
bool isOwner(const QString &name)
{
    static const QRegularExpression owner(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"));
    return owner.match(name).hasMatch();
}

bool isRepository(const QString &name)
{
    static const QRegularExpression repository(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    return repository.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

// Text from GitHub made plain Markdown text: what would start a structure (a list, a heading, a
// quote), a link, emphasis, code, HTML or an entity is escaped, and a line break is a space.
QString escaped(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>#|~&!{}])"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)([.)])"));
    QString plain = text.simplified();
    plain.replace(special, QStringLiteral("\\\\1"));
    plain.replace(numbered, QStringLiteral("\\1\\\\2")); // Qt: \1, a backslash, \2
    if (plain.startsWith(QLatin1Char('-')) || plain.startsWith(QLatin1Char('+')) || plain.startsWith(QLatin1Char('='))
        || plain.startsWith(QLatin1Char('>'))) {
        plain.prepend(QLatin1Char('\\'));
    }
    return plain;
}

// The author as the agenda's speaker: a GitHub login (an app's "name[bot]" is its name).
QString handleOf(const QString &login)
{
    static const QRegularExpression handle(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"));
    const QString name = login.section(QLatin1Char('['), 0, 0);
    return handle.match(name).hasMatch() ? name : QString();
}

QString repositoryOf(const QJsonObject &issue, const Query &query)
{
    if (!query.organisation()) {
        return query.target();
    }
    // https://api.github.com/repos/O/R
    const QStringList parts = issue.value(QStringLiteral("repository_url")).toString().split(QLatin1Char('/'));
    return parts.size() >= 2 ? parts.mid(parts.size() - 2).join(QLatin1Char('/')) : QString();
}

bool carries(const QJsonObject &issue, const QString &label)
{
    for (const QJsonValue &value : issue.value(QStringLiteral("labels")).toArray()) {
        // A label is an object with a name (or, in older answers, its name alone).
        const QString name
            = value.isString() ? value.toString() : value.toObject().value(QStringLiteral("name")).toString();
        if (name.compare(label, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString safeName(QString part)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    part.replace(unsafe, QStringLiteral("-"));
    part = part.simplified();
    part.replace(QLatin1Char(' '), QLatin1Char('-'));
    while (part.startsWith(QLatin1Char('.'))) {
        part.remove(0, 1);
    }
    return part.isEmpty() ? QStringLiteral("_") : part.left(80);
}

} // namespace

QString Query::target() const
{
    return organisation() ? owner : owner + QLatin1Char('/') + repository;
}

bool parse(const QString &target, const QString &label, Query *query, QString *error)
{
    QString given = target.trimmed();
    // A repository's or organisation's page is read as its name.
    static const QRegularExpression page(QStringLiteral("^https://(?:www\\.)?github\\.com/"));
    given.remove(page);
    while (given.endsWith(QLatin1Char('/'))) {
        given.chop(1);
    }
    if (given.endsWith(QLatin1String(".git"))) {
        given.chop(4);
    }
    const QStringList parts = given.split(QLatin1Char('/'));
    Query read;
    read.owner = parts.value(0);
    read.repository = parts.size() == 2 ? parts.at(1) : QString();
    read.label = label.trimmed();
    if (parts.size() > 2 || !isOwner(read.owner) || (parts.size() == 2 && !isRepository(read.repository))) {
        *error = Text::tr("“%1” is not a GitHub repository (owner/name) or organisation").arg(target.trimmed());
        return false;
    }
    if (read.label.isEmpty()) {
        *error = Text::tr("no label given");
        return false;
    }
    if (read.label.size() > 100 || read.label.contains(QLatin1Char('\n'))) {
        *error
            = Text::tr("“%1” is not a label: a label is one line of at most 100 characters").arg(read.label.left(100));
        return false;
    }
    *query = read;
    return true;
}

QUrl firstPage(const github::Api &api, const Query &query)
{
    if (query.organisation()) {
        QString label = query.label;
        label.remove(QLatin1Char('"')); // a quote cannot be searched for inside a quoted label
        return api.url(
            QStringLiteral("/search/issues"),
            QUrlQuery {{QStringLiteral("q"), QStringLiteral("org:%1 label:\"%2\" state:open").arg(query.owner, label)},
                       {QStringLiteral("advanced_search"), QStringLiteral("true")},
                       {QStringLiteral("per_page"), QStringLiteral("100")}});
    }
    return api.url(QStringLiteral("/repos/%1/%2/issues").arg(query.owner, query.repository),
                   QUrlQuery {{QStringLiteral("labels"), query.label},
                              {QStringLiteral("state"), QStringLiteral("open")},
                              {QStringLiteral("per_page"), QStringLiteral("100")}});
}

Issues read(const Query &query, const github::Pages &pages)
{
    Issues issues;
    issues.error = pages.error;
    if (!pages.ok()) {
        return issues;
    }
    for (const QJsonValue &value : pages.items) {
        const QJsonObject object = value.toObject();
        Issue issue;
        issue.repository = repositoryOf(object, query);
        issue.number = object.value(QStringLiteral("number")).toInt();
        issue.title = object.value(QStringLiteral("title")).toString().simplified();
        issue.url = object.value(QStringLiteral("html_url")).toString();
        issue.author = object.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString();
        issue.pullRequest = object.contains(QStringLiteral("pull_request"));
        const bool ours = !query.organisation()
            || issue.repository.section(QLatin1Char('/'), 0, 0).compare(query.owner, Qt::CaseInsensitive) == 0;
        // What GitHub answered is checked again: only open ones with the label, of the owner asked.
        if (object.value(QStringLiteral("state")).toString() != QLatin1String("open") || !carries(object, query.label)
            || !ours || issue.number <= 0 || !issue.url.startsWith(QLatin1String("https://"))) {
            continue;
        }
        if (issue.title.isEmpty()) {
            issue.title = Text::tr("(no title)");
        }
        issues.items.append(issue);
    }
    issues.total = pages.totalCount >= 0 ? pages.totalCount : issues.items.size();
    if (pages.totalCount > searchLimit) {
        issues.note = Text::tr("GitHub's search gives at most %1 results and %2 match: the agenda has the first %1 "
                               "only. A narrower label, or one repository, gives them all.")
                          .arg(QLocale(QLocale::English).toString(searchLimit),
                               QLocale(QLocale::English).toString(pages.totalCount));
    } else if (pages.incomplete) {
        issues.note = Text::tr("GitHub's search stopped before it had looked everywhere: some issues may be missing. "
                               "Try again in a moment.");
    }
    return issues;
}

void gather(const github::Api &api, const Query &query, QObject *context,
            const std::function<void(const Issues &)> &done, const web::Limits &limits)
{
    github::getAll(
        api, firstPage(api, query), context, [query, done](const github::Pages &pages) { done(read(query, pages)); },
        limits);
}

Issues gatherAndWait(const github::Api &api, const Query &query, const web::Limits &limits)
{
    return read(query, github::getAllAndWait(api, firstPage(api, query), limits));
}

QByteArray markdown(const Query &query, const Issues &issues, const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    const QString where = escaped(query.target());
    QString text = QStringLiteral("# Agenda: “%1” in %2, %3\n\n").arg(escaped(query.label), where, day);
    text += QStringLiteral(
                "Gathered on %1 from the open issues and pull requests labelled “%2” in [%3](https://github.com/%4).\n")
                .arg(day, escaped(query.label), where, query.target());
    if (!issues.note.isEmpty()) {
        text += QStringLiteral("\n> %1\n").arg(escaped(issues.note));
    }
    text += QStringLiteral("\n## Agenda\n\n");
    int position = 0;
    for (const Issue &issue : issues.items) {
        const QString number = query.organisation() ? QStringLiteral("%1#%2").arg(issue.repository).arg(issue.number)
                                                    : QStringLiteral("#%1").arg(issue.number);
        const QString kind = issue.pullRequest ? QStringLiteral("pull request ") : QString();
        QString line = QStringLiteral("%1. %2 ([%3%4](%5))")
                           .arg(++position)
                           .arg(escaped(issue.title), kind, number, QString::fromLatin1(QUrl(issue.url).toEncoded()));
        if (const QString handle = handleOf(issue.author); !handle.isEmpty()) {
            line += QStringLiteral(", @") + handle;
        }
        text += line + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QString keptPath(const QString &root, const Query &query, const QDate &date)
{
    QStringList parts {QStringLiteral(".fetched"), QStringLiteral("issues"), safeName(query.owner)};
    if (!query.organisation()) {
        parts.append(safeName(query.repository));
    }
    parts.append(date.toString(Qt::ISODate) + QLatin1Char('-') + safeName(query.label) + QStringLiteral(".md"));
    return QDir::cleanPath(root + QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

} // namespace gavel::issueagenda
