#pragma once

#include "series/seriesdocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gavel::documentindex {

// The part of the series index (seriesindex.h) that summarises the community's own agendas and
// minutes: one entry a Markdown file of the series' folder in its repository clone, with the size
// and modification time it had when read, so that a file is read again only once it changed.

// One file as it was read. A file that is no meeting (or a damaged one) keeps its entry too, so
// that it is not read again at every opening.
struct Entry
{
    QString relativePath; // to Documents::folder, with '/'
    qint64 modifiedMs = 0;
    qint64 size = 0;
    SeriesDocument document; // date invalid: not a meeting
    QString error; // damaged: why, naming the file (said again at every reading, until it changes)

    bool operator==(const Entry &o) const
    {
        return relativePath == o.relativePath && modifiedMs == o.modifiedMs && size == o.size && document == o.document
            && error == o.error;
    }
};

struct Documents
{
    QString folder; // absolute; entries of another folder are not this series' history
    QList<Entry> entries; // by relativePath

    // The meetings among the entries, by date.
    QList<SeriesDocument> meetings() const;
};

QJsonObject toJson(const Documents &documents);
// Entries from the index's "documents" object (paths made absolute from its folder); false with
// *error for one that is not one.
bool fromJson(const QJsonObject &json, Documents *documents, QString *error);

struct Scan
{
    Documents documents;
    QStringList errors; // damaged or unreadable files, each "<file>: <cause>"
    int filesRead = 0; // files read this time (new or changed since `known`)
    bool changed = false; // the entries differ from `known`
};

// Brings what is known of a folder's files up to date: each of its Markdown files (see
// documentsummary::markdownFiles) is stat'ed, and read only when new or changed since `known`;
// entries of files that are gone are dropped. A file too large, unreadable or not text is
// skipped with its error and never stops the others. When *stop turns true (checked between
// files) the files not yet checked keep their known entries.
Scan scan(const QString &folder, const Documents &known, const std::atomic<bool> *stop = nullptr);

} // namespace gavel::documentindex
