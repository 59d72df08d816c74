#include "series/documentsummary.h"

#include "agenda/agendatext.h"
#include "agenda/markdowndocument.h"
#include "agenda/people.h"
#include "meeting/roster.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace gavel::documentsummary {

namespace {

using Role = SeriesDocument::Role;

// A four-digit year standing alone in a name: "2022", "pfcc-2025", "2024-meetings".
const QRegularExpression &yearInName()
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(?:19|20)\\d\\d(?!\\d)"));
    return year;
}

// "2022-04-14-meeting-agenda.md" -> 2022-04-14.
QDate dateInName(const QString &fileName)
{
    static const QRegularExpression date(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?!\\d)"));
    const QRegularExpressionMatch m = date.match(fileName);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

bool namesMinutes(const QString &text)
{
    static const QRegularExpression minutes(QStringLiteral("minutes|纪要|纪录|记录"),
                                            QRegularExpression::CaseInsensitiveOption);
    return minutes.match(text).hasMatch();
}

Role roleOf(Attendee::Source source)
{
    switch (source) {
    case Attendee::Source::Chair: return Role::Chair;
    case Attendee::Source::ViceChair: return Role::ViceChair;
    case Attendee::Source::Invited: return Role::Invited;
    case Attendee::Source::Speaker: return Role::Speaker;
    case Attendee::Source::Newcomer: return Role::Newcomer;
    case Attendee::Source::Regular:
    case Attendee::Source::WalkIn: break;
    }
    return Role::Named;
}

} // namespace

Outcome summarise(const QByteArray &bytes, const QString &path, SeriesDocument *document, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        return Outcome::NotAMeeting;
    }
    QString text;
    QString reason;
    if (!agendatext::decode(bytes, &text, &reason)) {
        *error = path + QStringLiteral(": ") + reason;
        return Outcome::Damaged;
    }
    const QString fileName = QFileInfo(path).fileName();
    // Minutes have no agenda section the importer insists on: a failed import still has a date
    // in the file's name and people in its text.
    const ImportResult imported = AgendaImporter::importMarkdown(text, path);
    QDate date = imported.ok() ? imported.meeting.time.date : QDate();
    if (!date.isValid()) {
        date = dateInName(fileName);
    }
    if (!date.isValid()) {
        return Outcome::NotAMeeting;
    }

    SeriesDocument out;
    out.path = path;
    out.date = date;
    out.kind = namesMinutes(fileName) || (imported.ok() && namesMinutes(imported.meeting.title))
        ? SeriesDocument::Kind::Minutes
        : SeriesDocument::Kind::Agenda;
    QHash<QString, qsizetype> seen; // attendance::keyFor()
    const auto add = [&](const QString &name, const QString &github, Role role) {
        const QString key = attendance::keyFor(name, github);
        if ((name.isEmpty() && github.isEmpty()) || seen.contains(key)) {
            return;
        }
        seen.insert(key, out.people.size());
        out.people.append({name, github, role});
    };
    if (imported.ok()) {
        for (const Attendee &a : attendance::buildRoster(imported.meeting, {})) {
            add(a.name, a.github, roleOf(a.source));
        }
    }
    const MarkdownDocument markdown(text);
    QList<const MarkdownBlock *> blocks;
    textBlocks(markdown.root(), blocks);
    for (const MarkdownBlock *block : std::as_const(blocks)) {
        for (const Person &person : people::everyone(InlineSpan::of(*block))) {
            add(person.name, person.github, Role::Named);
        }
    }
    *document = std::move(out);
    return Outcome::Meeting;
}

QString historyFolder(const QString &exportFolder)
{
    const QFileInfo folder(QDir::cleanPath(exportFolder)); // ".../2025/" names 2025 too
    return yearInName().match(folder.fileName()).hasMatch() ? folder.absolutePath() : folder.absoluteFilePath();
}

QStringList markdownFiles(const QString &folder)
{
    const QDir dir(folder);
    const QStringList markdown {QStringLiteral("*.md")};
    QStringList out = dir.entryList(markdown, QDir::Files);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!yearInName().match(sub).hasMatch()) {
            continue;
        }
        for (const QString &name : QDir(dir.filePath(sub)).entryList(markdown, QDir::Files)) {
            out.append(sub + QLatin1Char('/') + name);
        }
    }
    out.sort();
    return out;
}

} // namespace gavel::documentsummary
