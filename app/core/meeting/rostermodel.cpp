#include "meeting/rostermodel.h"

#include "meeting/livemeeting.h"
#include "meeting/roster.h"

#include <QFont>

namespace gavel {

RosterModel::RosterModel(LiveMeeting *meeting, QObject *parent)
    : QAbstractTableModel(parent)
    , m_meeting(meeting)
{
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &RosterModel::refresh);
    connect(m_meeting, &LiveMeeting::changed, this, [this] {
        // The meeting's start moves everyone's check-in offset.
        if (m_rows > 0) {
            emit dataChanged(index(0, CheckInColumn), index(m_rows - 1, CheckInColumn));
        }
    });
    refresh();
}

QString RosterModel::searchText(const QString &name, const QString &github)
{
    return (name + QLatin1Char('\n') + github).toCaseFolded();
}

void RosterModel::refresh()
{
    const QList<Attendee> &attendees = m_meeting->attendees();
    QStringList search;
    search.reserve(attendees.size());
    for (const Attendee &a : attendees) {
        search.append(searchText(a.name, a.github));
    }
    if (attendees.size() != m_rows || search != m_search) {
        beginResetModel();
        m_rows = int(attendees.size());
        m_search = search;
        endResetModel();
    } else if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_meeting->attendees().size()) {
        return {};
    }
    const Attendee &a = m_meeting->attendees().at(index.row());
    const auto newcomer = [&] { return m_meeting->isNewcomer(a); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            switch (a.status) {
            case Attendee::Status::Present: return tr("✓ Present");
            case Attendee::Status::Late:
                return m_meeting->minutesLate(a) > 0 ? tr("✓ Late (%1 min)").arg(m_meeting->minutesLate(a))
                                                     : tr("✓ Late");
            case Attendee::Status::LeftEarly: return tr("↩ Left early");
            case Attendee::Status::Excused: return tr("– Excused");
            case Attendee::Status::Absent: return tr("✗ Absent");
            case Attendee::Status::Expected: return tr("· Expected");
            }
            break;
        case NameColumn: return a.attended() && newcomer() ? tr("%1 ★").arg(a.displayName()) : a.displayName();
        case GithubColumn: return a.github.isEmpty() ? QString() : QLatin1Char('@') + a.github;
        case SourceColumn: return attendance::sourceText(a.source);
        case CheckInColumn: {
            const std::optional<qint64> minutes = m_meeting->minutesAfterStart(a);
            if (!minutes) {
                return a.checkedInAt ? QDateTime::fromMSecsSinceEpoch(a.checkedInAt).toString(QStringLiteral("HH:mm"))
                                     : QString();
            }
            return *minutes >= 0 ? tr("+%1 min").arg(*minutes) : tr("−%1 min").arg(-*minutes);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == GithubColumn && !a.github.isEmpty()) {
            return tr("https://github.com/%1 (double-click to open)").arg(a.github);
        }
        if (index.column() == NameColumn && newcomer()) {
            return tr("First meeting in the series");
        }
        if (index.column() == CheckInColumn && a.checkedInAt) {
            return tr("Checked in at %1")
                .arg(QDateTime::fromMSecsSinceEpoch(a.checkedInAt).toString(QStringLiteral("HH:mm:ss")));
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
    case NewcomerRole: return newcomer();
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    invalidateFilter();
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
