#pragma once

#include "agenda/meeting.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;
class QTimer;

namespace gavel {

class LiveMeeting;
class MinutesItemsView;
class PersonCompleter;

// The minutes' details and the next meeting, in a window that never blocks the meeting:
// place and language of the minutes, every decision and action item (the overview), and what
// the meeting decided about the next one (date, time, chair, vice-chair), which feeds
// 下次会议安排 and the next agenda. Every field applies as it is edited, undoably.
class MinutesWindow : public QWidget
{
    Q_OBJECT

public:
    explicit MinutesWindow(LiveMeeting *meeting, QWidget *parent = nullptr);

    // The series the open meeting belongs to (its folder) and where minutes are exported: the
    // layout is the series' choice, else that of the latest minutes there.
    void setSeries(const QString &seriesFolder, const QString &exportFolder);
    // The people the series knows (its history): the chair and vice-chair fields complete from
    // them besides the meeting's roster.
    void setSeriesPeople(const QList<Person> &people);

signals:
    void exportRequested(const QString &format); // "md", "html", "pdf", "timing"
    void prepareNextRequested();
    void exportFolderChosen(const QString &folder);

private:
    void reload();
    void applyNext();
    void applyChoices();
    void chooseLayout(int index);
    void copyLayout();
    void showOwnLayout();
    void chooseExportFolder();
    void completePeople();
    std::optional<Person> personFrom(const QString &text) const;
    QString personText(const std::optional<Person> &person) const;

    LiveMeeting *m_meeting;
    QLineEdit *m_place;
    QComboBox *m_language;
    QComboBox *m_layout;
    QLabel *m_ownLayout;
    QLabel *m_exportFolder;
    QLineEdit *m_recording;
    QCheckBox *m_attendeeList;
    QCheckBox *m_markUnreached;
    QCheckBox *m_timingTable;
    QString m_seriesFolder;
    QString m_exportRoot;
    MinutesItemsView *m_overview;
    QCheckBox *m_dateDecided;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_chair;
    QLineEdit *m_viceChair;
    QLineEdit *m_note;
    PersonCompleter *m_chairCompleter;
    PersonCompleter *m_viceChairCompleter;
    QList<Person> m_seriesPeople;
    bool m_loading = false;
    QTimer *m_applyTimer;
};

} // namespace gavel
