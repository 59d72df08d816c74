#pragma once

#include "meeting/attendee.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace gavel {

class LiveMeeting;

// The roster with attendance: status, name, handle, where they came from, check-in time
// relative to the start. Status is shown in words and a symbol, never colour alone.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, NameColumn, GithubColumn, SourceColumn, CheckInColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, StatusRole, SearchRole, NewcomerRole };
    // headerData() with this role: the widest texts the column shows now (a QStringList), so a
    // view sizes the column without measuring thousands of rows (not the name column).
    // headerDataChanged() says when they changed.
    static constexpr int WidestTextsRole = Qt::UserRole + 50;

    explicit RosterModel(LiveMeeting *meeting, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString searchText(const QString &name, const QString &github);
    // The status column's words and symbol: "✓ Late (5 min)".
    static QString statusLabel(Attendee::Status status, int minutesLate);
    const QString &searchTextAt(int row) const { return m_search.at(row); }

private:
    // What a row shows; a row whose Shown is unchanged is not repainted.
    struct Shown
    {
        Attendee attendee;
        bool newcomer = false;
        bool operator==(const Shown &o) const { return attendee == o.attendee && newcomer == o.newcomer; }
    };
    // Rows change in place: changed rows are reported, people added at the end are inserted
    // and people taken off the end removed; the model is never reset.
    void refresh();
    void refreshCheckInColumn();
    QString checkInText(const Attendee &a) const; // "+5 min", "−2 min", "19:02"
    // What a screen reader says of a row, the status cell's Qt::AccessibleTextRole: the person
    // and their status together, "张军, present, checked in 19:02", "Tao Luo, late, 12 minutes".
    QString spokenRow(const Attendee &a, bool newcomer) const;
    void updateWidest();

    LiveMeeting *m_meeting;
    QList<Shown> m_shown;
    QStringList m_search; // per row, case-folded "name\ngithub", so filtering does no folding
    qint64 m_startMs = 0; // where the check-in column counts from
    QStringList m_widestStatus; // for WidestTextsRole
    QStringList m_widestCheckIn;
};

// Filters the roster by name or handle as the chair types: case-insensitive, "@" optional.
class RosterFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RosterFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text; // case-folded, without a leading @
};

} // namespace gavel
