#include "meeting/rostermodel.h"

#include "meeting/livemeeting.h"
#include "meeting/roster.h"

#include <QFont>

namespace gavel {

namespace {

// "19:02": when someone came in or left, as the roster shows it.
QString clockAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm"));
}

} // namespace

RosterModel::RosterModel(LiveMeeting *meeting, QObject *parent)
    : QAbstractTableModel(parent)
    , m_meeting(meeting)
{
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &RosterModel::refresh);
    connect(m_meeting, &LiveMeeting::changed, this, &RosterModel::refreshCheckInColumn);
    refresh();
}

QString RosterModel::searchText(const QString &name, const QString &github)
{
    return (name + QLatin1Char('\n') + github).toCaseFolded();
}

void RosterModel::refreshCheckInColumn()
{
    // The meeting's start moves everyone's check-in offset and how late the late were.
    const qint64 start = m_meeting->attendanceStartMs();
    if (start != m_startMs) {
        m_startMs = start;
        if (!m_shown.isEmpty()) {
            emit dataChanged(index(0, StatusColumn), index(int(m_shown.size()) - 1, CheckInColumn));
        }
        updateWidest();
    }
}

void RosterModel::refresh()
{
    // The roster only grows at its end (walk-ins, regulars, imports) and shrinks there (their
    // undo); everyone else keeps their row. So rows are compared by position: a changed row is
    // repainted, new rows are inserted at the end, rows gone from the end removed.
    const QList<Attendee> &attendees = m_meeting->attendees();
    const qsizetype overlap = qMin(attendees.size(), m_shown.size());
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= overlap; ++i) {
        const bool changed = i < overlap && !(m_shown[i] == Shown {attendees[i], m_meeting->isNewcomer(attendees[i])});
        if (changed) {
            m_shown[i] = {attendees[i], m_meeting->isNewcomer(attendees[i])};
            m_search[i] = searchText(attendees[i].name, attendees[i].github);
            if (runStart < 0) {
                runStart = i;
            }
        } else if (runStart >= 0) {
            emit dataChanged(index(int(runStart), 0), index(int(i) - 1, ColumnCount - 1));
            runStart = -1;
        }
    }
    if (attendees.size() > m_shown.size()) {
        beginInsertRows({}, int(m_shown.size()), int(attendees.size()) - 1);
        for (qsizetype i = m_shown.size(); i < attendees.size(); ++i) {
            m_shown.append({attendees[i], m_meeting->isNewcomer(attendees[i])});
            m_search.append(searchText(attendees[i].name, attendees[i].github));
        }
        endInsertRows();
    } else if (attendees.size() < m_shown.size()) {
        beginRemoveRows({}, int(attendees.size()), int(m_shown.size()) - 1);
        m_shown.resize(attendees.size());
        m_search.resize(attendees.size());
        endRemoveRows();
    }
    const qint64 startBefore = m_startMs;
    refreshCheckInColumn();
    if (m_startMs == startBefore) {
        updateWidest(); // (a moved start has done it)
    }
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Attendee &a = m_shown.at(index.row()).attendee;
    const bool newcomer = m_shown.at(index.row()).newcomer;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: return statusLabel(a.status, m_meeting->minutesLate(a)); break;
        case NameColumn: return a.attended() && newcomer ? tr("%1 ★").arg(a.displayName()) : a.displayName();
        case GithubColumn: return a.github.isEmpty() ? QString() : QLatin1Char('@') + a.github;
        case SourceColumn: return attendance::sourceText(a.source);
        case CheckInColumn: return checkInText(a);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == GithubColumn && !a.github.isEmpty()) {
            return tr("https://github.com/%1 (double-click to open)").arg(a.github);
        }
        if (index.column() == NameColumn && newcomer) {
            return tr("First meeting in the series");
        }
        if (index.column() == CheckInColumn && a.checkedInAt) {
            return tr("Checked in at %1").arg(clockAt(a.checkedInAt));
        }
        break;
    case Qt::AccessibleTextRole:
        // Where the keyboard is, the status cell says whose it is; the name says ★ in words.
        if (index.column() == StatusColumn) {
            return spokenRow(a, newcomer);
        }
        if (index.column() == NameColumn && a.attended() && newcomer) {
            return tr("%1, first meeting in the series").arg(a.displayName());
        }
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && a.attended()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case KeyRole: return a.key();
    case StatusRole: return int(a.status);
    case SearchRole: return m_search.value(index.row());
    case NewcomerRole: return newcomer;
    }
    return {};
}

QString RosterModel::checkInText(const Attendee &a) const
{
    const std::optional<qint64> minutes = m_meeting->minutesAfterStart(a);
    if (!minutes) {
        return a.checkedInAt ? clockAt(a.checkedInAt) : QString();
    }
    return *minutes >= 0 ? tr("+%1 min").arg(*minutes) : tr("−%1 min").arg(-*minutes);
}

QString RosterModel::spokenRow(const Attendee &a, bool newcomer) const
{
    QString status;
    switch (a.status) {
    case Attendee::Status::Present:
        status = a.checkedInAt ? tr("present, checked in %1").arg(clockAt(a.checkedInAt)) : tr("present");
        break;
    case Attendee::Status::Late: {
        const int late = m_meeting->minutesLate(a);
        status = late <= 0 ? tr("late") : late == 1 ? tr("late, 1 minute") : tr("late, %1 minutes").arg(late);
        break;
    }
    case Attendee::Status::LeftEarly:
        status = a.leftAt ? tr("left early at %1").arg(clockAt(a.leftAt)) : tr("left early");
        break;
    case Attendee::Status::Excused: status = tr("excused"); break;
    case Attendee::Status::Absent: status = tr("absent"); break;
    case Attendee::Status::Expected: status = tr("expected"); break;
    }
    QString spoken = tr("%1, %2").arg(a.displayName(), status);
    if (a.attended() && newcomer) {
        spoken = tr("%1, first meeting in the series").arg(spoken);
    }
    return spoken;
}

void RosterModel::updateWidest()
{
    // The widest check-in texts belong to the earliest and the latest check-in, the widest late
    // text to the latest of the late: one pass comparing times, then three texts made.
    const Attendee *earliest = nullptr;
    const Attendee *latest = nullptr;
    const Attendee *latestLate = nullptr;
    for (const Shown &row : std::as_const(m_shown)) {
        const Attendee &a = row.attendee;
        if (!a.checkedInAt) {
            continue;
        }
        if (!earliest || a.checkedInAt < earliest->checkedInAt) {
            earliest = &a;
        }
        if (!latest || a.checkedInAt > latest->checkedInAt) {
            latest = &a;
        }
        if (a.status == Attendee::Status::Late && (!latestLate || a.checkedInAt > latestLate->checkedInAt)) {
            latestLate = &a;
        }
    }
    QStringList status;
    for (Attendee::Status s : {Attendee::Status::Present, Attendee::Status::Late, Attendee::Status::LeftEarly,
                               Attendee::Status::Excused, Attendee::Status::Absent, Attendee::Status::Expected}) {
        status.append(statusLabel(s, 0));
    }
    if (latestLate) {
        status.append(statusLabel(Attendee::Status::Late, m_meeting->minutesLate(*latestLate)));
    }
    QStringList checkIn;
    for (const Attendee *a : {earliest, latest}) {
        if (a) {
            checkIn.append(checkInText(*a));
        }
    }
    if (status != m_widestStatus || checkIn != m_widestCheckIn) {
        m_widestStatus = status;
        m_widestCheckIn = checkIn;
        emit headerDataChanged(Qt::Horizontal, StatusColumn, CheckInColumn);
    }
}

QString RosterModel::statusLabel(Attendee::Status status, int minutesLate)
{
    switch (status) {
    case Attendee::Status::Present: return tr("✓ Present");
    case Attendee::Status::Late: return minutesLate > 0 ? tr("✓ Late (%1 min)").arg(minutesLate) : tr("✓ Late");
    case Attendee::Status::LeftEarly: return tr("↩ Left early");
    case Attendee::Status::Excused: return tr("– Excused");
    case Attendee::Status::Absent: return tr("✗ Absent");
    case Attendee::Status::Expected: return tr("· Expected");
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == WidestTextsRole) {
        switch (section) {
        // Room for someone late by two figures of minutes, and for a check-in as early, before
        // anyone is: the first late arrival does not move the columns.
        case StatusColumn: return m_widestStatus + QStringList {statusLabel(Attendee::Status::Late, 88)};
        case SourceColumn: {
            QStringList texts;
            for (Attendee::Source source :
                 {Attendee::Source::Invited, Attendee::Source::Chair, Attendee::Source::ViceChair,
                  Attendee::Source::Speaker, Attendee::Source::Newcomer, Attendee::Source::Regular,
                  Attendee::Source::WalkIn}) {
                texts.append(attendance::sourceText(source));
            }
            return texts;
        }
        case CheckInColumn: return m_widestCheckIn + QStringList {tr("−%1 min").arg(88)};
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn: return tr("Status");
    case NameColumn: return tr("Name");
    case GithubColumn: return tr("GitHub");
    case SourceColumn: return tr("From");
    case CheckInColumn: return tr("In at");
    }
    return {};
}

RosterFilter::RosterFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(RosterModel::SearchRole);
    setSortRole(Qt::DisplayRole);
}

void RosterFilter::setText(const QString &text)
{
    QString t = text.simplified();
    while (t.startsWith(QLatin1Char('@'))) {
        t.remove(0, 1);
    }
    t = t.toCaseFolded();
    if (t == m_text) {
        return;
    }
    m_text = t;
    // One layout change for the view, not a removal or insertion for every run of rows that comes
    // or goes (thousands at 5,000 people, each relaid out by the view): what the chair sees after
    // a keystroke is a new list anyway.
    invalidate();
}

bool RosterFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    if (const auto *roster = qobject_cast<const RosterModel *>(sourceModel())) {
        return roster->searchTextAt(sourceRow).contains(m_text); // no QVariant per row: 5,000 rows per keystroke
    }
    return sourceModel()->index(sourceRow, 0, sourceParent).data(RosterModel::SearchRole).toString().contains(m_text);
}

} // namespace gavel
