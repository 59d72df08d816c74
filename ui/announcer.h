#pragma once

#include "meeting/livemeeting.h"

#include <QSet>
#include <QWidget>

namespace gavel {

// Says the moments a chair must hear, once each and wherever the keyboard is: the wrap-up, time
// up, the new current item with its time, a pause, the end, who was checked in and how late, a
// failed save. Qt 6.4
// has no announcement event; a screen reader (Orca) speaks an object of the notification role
// when it appears, so this is an empty notification that appears with the words and stays until
// the next ones. It also sends Qt's Alert event, which other platforms' bridges carry.
class Announcer : public QWidget
{
    Q_OBJECT

public:
    explicit Announcer(LiveMeeting *meeting, QWidget *parent = nullptr);

    QString text() const { return accessibleName(); }
    void announce(const QString &words);
    // The save of `file` failed with `error` ("FILE: the disk is full").
    void announceSaveFailed(const QString &error, const QString &file);

    // "Wrap up: under 1 minute left for “Title”", "Time is up for “Title”": also the status bar's.
    static QString alertWords(const LiveMeeting &meeting, LiveMeeting::Alert alert, int itemId);

private:
    void followMeeting(); // the current item, a pause, the meeting's end
    void followAttendance(); // who was checked in since the last change
    void remember(); // the meeting as it is, said nothing about (a session was loaded)
    QString checkInWords(const QList<int> &rows) const;

    LiveMeeting *m_meeting;
    int m_currentId = 0;
    LiveMeeting::Phase m_phase = LiveMeeting::Phase::NotStarted;
    QSet<QString> m_attended; // keys of everyone checked in
};

} // namespace gavel
