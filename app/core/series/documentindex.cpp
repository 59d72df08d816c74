#include "series/documentindex.h"

#include "series/documentsummary.h"
#include "series/seriesindex.h"
#include "storage/readfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace gavel::documentindex {

namespace {

using Role = SeriesDocument::Role;

struct RoleName
{
    Role role;
    const char *id;
};
constexpr RoleName roleNames[] = {
    {Role::Chair, "chair"},     {Role::ViceChair, "vice-chair"}, {Role::Invited, "invited"},
    {Role::Speaker, "speaker"}, {Role::Newcomer, "newcomer"},    {Role::Named, "named"},
};

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::documentindex)
};

QString kindId(SeriesDocument::Kind kind)
{
    return kind == SeriesDocument::Kind::Minutes ? QStringLiteral("minutes") : QStringLiteral("agenda");
}

} // namespace

QList<SeriesDocument> Documents::meetings() const
{
    QList<SeriesDocument> out;
    for (const Entry &e : entries) {
        if (e.document.date.isValid()) {
            out.append(e.document);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SeriesDocument &a, const SeriesDocument &b) { return a.date < b.date; });
    return out;
}

QJsonObject toJson(const Documents &documents)
{
    // As the sessions' part: every person once, each file's people a flat list of numbers.
    QJsonArray roles;
    for (const RoleName &r : roleNames) {
        roles.append(QLatin1String(r.id));
    }
    QJsonArray people;
    QHash<QPair<QString, QString>, int> personIndex;
    QJsonArray files;
    for (const Entry &e : documents.entries) {
        QJsonObject file;
        file.insert(QStringLiteral("path"), e.relativePath);
        file.insert(QStringLiteral("modified"), e.modifiedMs);
        file.insert(QStringLiteral("size"), e.size);
        if (!e.error.isEmpty()) {
            file.insert(QStringLiteral("error"), e.error);
        }
        if (e.document.date.isValid()) {
            QJsonArray named;
            for (const SeriesDocument::Named &p : e.document.people) {
                const QPair<QString, QString> person(p.name, p.github);
                auto found = personIndex.constFind(person);
                if (found == personIndex.constEnd()) {
                    found = personIndex.insert(person, int(people.size()));
                    people.append(QJsonArray {p.name, p.github});
                }
                named.append(*found);
                named.append(int(std::find_if(std::begin(roleNames), std::end(roleNames),
                                              [&](const RoleName &r) { return r.role == p.role; })
                                 - std::begin(roleNames)));
            }
            file.insert(QStringLiteral("date"), e.document.date.toString(Qt::ISODate));
            file.insert(QStringLiteral("kind"), kindId(e.document.kind));
            file.insert(QStringLiteral("people"), named);
        }
        files.append(file);
    }
    QJsonObject json;
    json.insert(QStringLiteral("folder"), documents.folder);
    json.insert(QStringLiteral("roles"), roles);
    json.insert(QStringLiteral("people"), people);
    json.insert(QStringLiteral("files"), files);
    return json;
}

bool fromJson(const QJsonObject &json, Documents *documents, QString *error)
{
    Documents out;
    out.folder = json.value(QStringLiteral("folder")).toString();
    QList<Role> roles;
    for (const QJsonValue &id : json.value(QStringLiteral("roles")).toArray()) {
        const auto found = std::find_if(std::begin(roleNames), std::end(roleNames),
                                        [&](const RoleName &r) { return id.toString() == QLatin1String(r.id); });
        if (found == std::end(roleNames)) {
            *error = Text::tr("documents: roles holds “%1”, which is no role").arg(id.toString());
            return false;
        }
        roles.append(found->role);
    }
    QList<QPair<QString, QString>> people;
    for (const QJsonValue &p : json.value(QStringLiteral("people")).toArray()) {
        const QJsonArray pair = p.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString()) {
            *error = Text::tr("documents: people[%1] is not a name and a handle").arg(people.size());
            return false;
        }
        people.append({pair[0].toString(), pair[1].toString()});
    }
    const QDir folder(out.folder);
    for (const QJsonValue &value : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        Entry e;
        e.relativePath = file.value(QStringLiteral("path")).toString();
        e.modifiedMs = qint64(file.value(QStringLiteral("modified")).toDouble());
        e.size = qint64(file.value(QStringLiteral("size")).toDouble());
        e.error = file.value(QStringLiteral("error")).toString();
        bool ok = !e.relativePath.isEmpty();
        const QString date = file.value(QStringLiteral("date")).toString();
        if (ok && !date.isEmpty()) {
            SeriesDocument &d = e.document;
            d.path = folder.filePath(e.relativePath);
            d.date = QDate::fromString(date, Qt::ISODate);
            d.kind = file.value(QStringLiteral("kind")).toString() == QLatin1String("minutes")
                ? SeriesDocument::Kind::Minutes
                : SeriesDocument::Kind::Agenda;
            const QJsonArray named = file.value(QStringLiteral("people")).toArray();
            ok = d.date.isValid() && named.size() % 2 == 0;
            d.people.reserve(named.size() / 2);
            for (qsizetype i = 0; ok && i + 1 < named.size(); i += 2) {
                const int person = named[i].toInt(-1);
                const int role = named[i + 1].toInt(-1);
                ok = person >= 0 && person < people.size() && role >= 0 && role < roles.size();
                if (ok) {
                    d.people.append({people[person].first, people[person].second, roles[role]});
                }
            }
        }
        if (!ok) {
            *error = Text::tr("documents: files[%1] has no path, or a date, person or role the index does not hold")
                         .arg(out.entries.size());
            return false;
        }
        out.entries.append(e);
    }
    *documents = std::move(out);
    return true;
}

Scan scan(const QString &folder, const Documents &known, const std::atomic<bool> *stop)
{
    Scan out;
    out.documents.folder = QDir::cleanPath(QDir(folder).absolutePath());
    const QDir dir(out.documents.folder); // the paths fromJson() makes, so that entries compare equal
    QHash<QString, const Entry *> byPath;
    if (known.folder == out.documents.folder) {
        for (const Entry &e : known.entries) {
            byPath.insert(e.relativePath, &e);
        }
    }
    for (const QString &relativePath : documentsummary::markdownFiles(out.documents.folder)) {
        const Entry *before = byPath.value(relativePath);
        if (stop && stop->load(std::memory_order_relaxed)) {
            if (before) {
                out.documents.entries.append(*before); // checked at the next reading
            }
            continue;
        }
        const QString path = dir.filePath(relativePath);
        seriesindex::Stamp stamp;
        if (!seriesindex::stampOf(path, &stamp)) {
            continue; // gone since the folder was listed, or not a regular file
        }
        if (before && before->modifiedMs == stamp.modifiedMs && before->size == stamp.size) {
            out.documents.entries.append(*before);
            if (!before->error.isEmpty()) {
                out.errors.append(before->error);
            }
            continue;
        }
        ++out.filesRead;
        Entry e;
        e.relativePath = relativePath;
        e.modifiedMs = stamp.modifiedMs;
        e.size = stamp.size;
        QByteArray bytes;
        if (readWholeFile(path, documentsummary::maxFileBytes, &bytes, &e.error) == ReadFailure::None) {
            documentsummary::summarise(bytes, path, &e.document, &e.error);
        }
        if (!e.error.isEmpty()) {
            out.errors.append(e.error);
        }
        out.documents.entries.append(e);
    }
    out.changed = out.documents.folder != known.folder || out.documents.entries != known.entries;
    return out;
}

} // namespace gavel::documentindex
