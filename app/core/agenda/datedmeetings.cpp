#include "agenda/datedmeetings.h"

#include "agenda/agendaimporter.h"
#include "agenda/meetingtimeparser.h"

#include <QRegularExpression>

namespace gavel::datedmeetings {

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

// Whether the blocks [begin, end) hold anything: a list, a table or a line of text.
bool holdsContent(const QList<const Block *> &top, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (top[i]->type != Type::Heading
            && (top[i]->isList() || !top[i]->children.empty() || !top[i]->text.trimmed().isEmpty())) {
            return true;
        }
    }
    return false;
}

} // namespace

bool announcesNextMeeting(const QString &heading)
{
    static const QRegularExpression next(QStringLiteral("下次|下一次|下期|\\b(?:next|upcoming|future)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return next.match(heading).hasMatch();
}

QList<DatedSection> find(const QList<const Block *> &top)
{
    // A meeting runs from its dated heading to the next dated heading of its level, or to a
    // heading above its level: headings of its own level in between ("# Attendance" under
    // "# **2024-12-10**") are its parts. One backward pass keeps, for each block, the nearest
    // heading of each level after it.
    QList<qsizetype> aboveEnds(top.size(), top.size()); // the next heading above the level, per heading
    qsizetype nearest[7];
    std::fill(std::begin(nearest), std::end(nearest), top.size());
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        if (top[i]->type != Type::Heading) {
            continue;
        }
        const int level = qBound(1, top[i]->headingLevel, 6);
        qsizetype end = top.size();
        for (int l = 1; l < level; ++l) {
            end = qMin(end, nearest[l]);
        }
        aboveEnds[i] = end;
        nearest[level] = i;
    }

    QList<DatedSection> byLevel[7];
    for (qsizetype i = 0; i < top.size(); ++i) {
        const Block &b = *top[i];
        if (b.type != Type::Heading || b.text.trimmed().isEmpty() || announcesNextMeeting(b.text)) {
            continue;
        }
        const QDate date = parseMeetingTime(b.text).date;
        if (date.isValid()) {
            byLevel[qBound(1, b.headingLevel, 6)].append({i, aboveEnds[i], date});
        }
    }
    // The level holding the most dated headings whose sections hold something; on a tie the
    // higher one (the meetings, not days inside one of them).
    QList<DatedSection> best;
    for (int l = 1; l <= 6; ++l) {
        QList<DatedSection> meetings;
        QList<DatedSection> &found = byLevel[l];
        for (qsizetype k = 0; k < found.size(); ++k) {
            if (k + 1 < found.size()) {
                found[k].end = qMin(found[k].end, found[k + 1].heading);
            }
            if (holdsContent(top, found[k].heading + 1, found[k].end)) {
                meetings.append(found[k]);
            }
        }
        if (meetings.size() > best.size()) {
            best = meetings;
        }
    }
    return best.size() >= 2 ? best : QList<DatedSection>();
}

QString listDates(const QList<QDate> &dates, int shown)
{
    QStringList parts;
    for (qsizetype i = 0; i < dates.size() && i < shown; ++i) {
        parts << dates[i].toString(Qt::ISODate);
    }
    if (dates.size() > shown) {
        parts << AgendaImporter::tr("and %n more", nullptr, int(dates.size() - shown));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace gavel::datedmeetings
