// A file that keeps several dated meetings (datedmeetings.h finds them): the agenda of one of
// them, read with the document's title and preamble.

#include "agenda/agendaimporter.h"

#include "agenda/agendaitems.h"
#include "agenda/agendametadata.h"
#include "agenda/datedmeetings.h"
#include "agenda/titles.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace gavel {

using namespace agendaitems;
using titles::singleLine;

namespace {

using Type = MarkdownBlock::Type;

// ---- a file of several dated meetings ----

// One dated meeting's agenda: its items and the block where it starts (what precedes it in the
// meeting, its attendees, is read as metadata).
struct MeetingAgenda
{
    QList<AgendaItem> items;
    qsizetype start = -1;
    QString how; // for the explanation
    ItemNotes notes; // what its item rules found, for the explanation
};

QString firstLine(const Block &b)
{
    return b.text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// "**Agenda: (please enter your topic below)**", "议程：": a paragraph that opens the agenda.
bool isAgendaLabel(const Block &b)
{
    static const QRegularExpression label(QStringLiteral("^[\\s\\p{P}\\p{S}]*(?:会议)?(?:议程|agenda(?![a-z]))"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString line = firstLine(b);
    return b.type == Type::Paragraph && label.match(line).hasMatch() && !titles::namesOtherSection(line);
}

// A short paragraph that names what follows as no agenda ("Notes:", "Attendees:", "Action items").
bool isOtherLabel(const Block &b)
{
    constexpr qsizetype labelLength = 80;
    const QString line = firstLine(b);
    return b.type == Type::Paragraph && line.size() <= labelLength
        && (titles::namesOtherSection(line) || agendametadata::isRosterHeading(line));
}

// The agenda of the meeting under the dated heading: the section of an agenda heading inside it;
// else the lists after an agenda label, up to a heading or a label of something else ("SIG Node:"
// between them only groups them); else its lists, but the one a roster label introduces.
MeetingAgenda meetingAgenda(const QList<const Block *> &top, const datedmeetings::DatedSection &meeting)
{
    MeetingAgenda agenda;
    for (qsizetype i = meeting.heading + 1; i < meeting.end; ++i) {
        if (isAgendaHeading(*top[i]) && !titles::namesOtherSection(top[i]->text)) {
            SectionShape shape;
            agenda.items = sectionItems(top, i + 1, qMin(sectionEnd(top, i), meeting.end), &shape);
            agenda.notes = shape.notes;
            if (!agenda.items.isEmpty()) {
                agenda.start = i;
                agenda.how
                    = AgendaImporter::tr("the section under %1 in it").arg(Explanation::quote(headingName(*top[i])));
                return agenda;
            }
        }
    }
    for (qsizetype i = meeting.heading + 1; i < meeting.end; ++i) {
        if (!isAgendaLabel(*top[i])) {
            continue;
        }
        // Another agenda label ends it too: each block is looked at once, however many labels.
        qsizetype j = i + 1;
        for (; j < meeting.end && top[j]->type != Type::Heading && !isOtherLabel(*top[j]) && !isAgendaLabel(*top[j]);
             ++j) {
            if (top[j]->isList()) {
                for (const auto &entry : top[j]->children) {
                    agenda.items.append(itemFromEntry(*entry, &agenda.notes));
                }
            }
        }
        if (!agenda.items.isEmpty()) {
            agenda.start = i;
            agenda.how
                = AgendaImporter::tr("the lists after the label %1 in it").arg(Explanation::quote(firstLine(*top[i])));
            return agenda;
        }
        i = j - 1;
    }
    for (qsizetype i = meeting.heading + 1; i < meeting.end && top[i]->type != Type::Heading; ++i) {
        if (top[i]->isList() && !(i > meeting.heading + 1 && isOtherLabel(*top[i - 1]))) {
            for (const auto &entry : top[i]->children) {
                agenda.items.append(itemFromEntry(*entry, &agenda.notes));
            }
            if (agenda.start < 0) {
                agenda.start = i;
            }
        }
    }
    agenda.how = AgendaImporter::tr("its lists (no agenda heading or label in it)");
    return agenda;
}

// The meeting's time: its heading's date, with the heading's time of day, else a time of day the
// document's schedule states without a date of its own ("Time: Wednesdays 16:00 UTC"), else none.
void setMeetingDate(Meeting &meeting, const Block &heading, const QDate &date, Explanation &why)
{
    if (meeting.time.date == date) {
        return; // the heading or a line in the meeting gave it
    }
    const MeetingTime schedule = meeting.time;
    MeetingTime t;
    t.date = date;
    t.text = singleLine(heading.text);
    const QString quoted = Explanation::quote(headingName(heading));
    if (!schedule.date.isValid() && schedule.start.isValid()) {
        t.start = schedule.start;
        t.end = schedule.end;
        t.utcOffsetSeconds = schedule.utcOffsetSeconds;
        why.add(
            QStringLiteral("start"),
            AgendaImporter::tr("the date of the meeting's heading %1 with the time of day of the document's schedule "
                               "%2")
                .arg(quoted, Explanation::quote(schedule.text)));
    } else if (schedule.date.isValid()) {
        // "Wednesdays at 16:00 (biweekly, starting from Feb. 19th 2020)": another meeting's time.
        why.add(QStringLiteral("start"),
                AgendaImporter::tr("the date of the meeting's heading %1; the time line %2 names another date, so its "
                                   "time of day is not taken")
                    .arg(quoted, Explanation::quote(schedule.text)));
    } else {
        why.add(
            QStringLiteral("start"),
            AgendaImporter::tr("the date of the meeting's heading %1; no time of day is stated for it").arg(quoted));
    }
    meeting.time = t;
}

} // namespace

ImportResult AgendaImporter::importDated(const MarkdownDocument &document, const QList<const MarkdownBlock *> &top,
                                         const QList<datedmeetings::DatedSection> &dated, const QString &sourceName,
                                         const ImportOptions &options)
{
    ImportResult result;
    Meeting &meeting = result.meeting;
    Explanation &why = result.explanation;

    // Every meeting's agenda is read (the chooser shows their sizes); the sections are disjoint,
    // so this stays one pass over the document.
    QList<MeetingAgenda> agendas;
    agendas.reserve(dated.size());
    for (const datedmeetings::DatedSection &section : dated) {
        agendas.append(meetingAgenda(top, section));
    }
    QList<qsizetype> newestFirst(dated.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return dated[a].date > dated[b].date; });
    QList<QDate> dates;
    for (const qsizetype i : std::as_const(newestFirst)) {
        result.meetings.append({dated[i].date, singleLine(top[dated[i].heading]->text), int(agendas[i].items.size())});
        dates.append(dated[i].date);
    }

    // The meeting asked for (the first with an agenda on that date), else the most recent with an agenda.
    qsizetype chosen = -1;
    for (const qsizetype i : std::as_const(newestFirst)) {
        const bool wanted = !options.meetingDate.isValid() || dated[i].date == options.meetingDate;
        if (wanted && chosen < 0) {
            chosen = i;
        }
        if (wanted && !agendas[i].items.isEmpty()) {
            chosen = i;
            break;
        }
    }
    const int count = int(dated.size());
    if (options.meetingDate.isValid() && chosen < 0) {
        result.error = tr("%1: no meeting on %2; the file has %3")
                           .arg(sourceName, options.meetingDate.toString(Qt::ISODate), datedmeetings::listDates(dates));
        return result;
    }
    if (agendas[chosen].items.isEmpty()) {
        result.error = options.meetingDate.isValid()
            ? tr("%1: the meeting on %2 has no agenda: no list under an agenda heading or label")
                  .arg(sourceName, options.meetingDate.toString(Qt::ISODate))
            : tr("%1: none of the %n dated meeting(s) in the file has an agenda", nullptr, count).arg(sourceName);
        return result;
    }
    const datedmeetings::DatedSection &section = dated[chosen];
    const MeetingAgenda &agenda = agendas[chosen];
    result.chosenMeeting = section.date;
    const QString heading = Explanation::quote(headingName(*top[section.heading]));
    why.add(QStringLiteral("meeting"),
            options.meetingDate.isValid()
                ? tr("%1, the meeting on the date asked for, of %n dated meeting(s)", nullptr, count).arg(heading)
                : tr("%1, the most recent of %n dated meeting(s) that has an agenda", nullptr, count).arg(heading));

    // The document's title and what precedes the first meeting (schedule, join link) are every
    // meeting's; the rest is read from the chosen meeting only.
    const qsizetype preambleEnd = dated.constFirst().heading;
    QList<const Block *> blocks = top.mid(0, preambleEnd);
    blocks.append(top.mid(section.heading, section.end - section.heading));
    for (const Block *block : std::as_const(blocks)) {
        if (block->type == Type::Heading) {
            meeting.title = singleLine(block->text);
            why.add(QStringLiteral("title"), tr("the first heading, %1").arg(Explanation::quote(headingName(*block))));
            break;
        }
    }
    meeting.items = agenda.items;
    why.add(QStringLiteral("items"),
            tr("%n item(s) of the meeting under %1: %2", nullptr, int(agenda.items.size())).arg(heading, agenda.how));
    const qsizetype metadataEnd = preambleEnd + (agenda.start - section.heading);
    explainTables(agenda.notes, why);
    explainItemNotes(agenda.notes, why);
    foldUntimedChildren(meeting.items);
    explainDescriptions(meeting.items, why);
    agendametadata::read(blocks, metadataEnd, meeting, &why);
    agendametadata::readPeople(blocks, metadataEnd, meeting, &why);
    agendametadata::readFrontMatter(document, meeting, &why);
    setMeetingDate(meeting, *top[section.heading], section.date, why);
    return result;
}

} // namespace gavel
