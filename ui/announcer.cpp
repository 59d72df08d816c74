#include "announcer.h"

#include "accessiblefactory.h"
#include "meeting/schedulewords.h"

#include <QAccessible>

namespace gavel {

namespace {

// More names than this are counted, not all read out (a pasted list, an imported file).
constexpr int NamesReadOut = 3;

QString quoted(const QString &title)
{
    return Announcer::tr("“%1”").arg(title);
}

} // namespace

Announcer::Announcer(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
{
    accessible::installFactory();
    setObjectName(QStringLiteral("announcer"));
    // Nothing to see or click: the words are for screen readers (the status bar and the timer
    // show them to everyone).
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(0, 0, 0, 0);
    hide();
    connect(m_meeting, &LiveMeeting::loaded, this, &Announcer::remember);
    connect(m_meeting, &LiveMeeting::changed, this, &Announcer::followMeeting);
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &Announcer::followAttendance);
    remember();
}

void Announcer::announce(const QString &words)
{
    // Appearing is what is spoken: hidden first when the last words still show. The name is set
    // while hidden and says so (a name-change event): screen readers keep the names they were
    // told, and would read the last words again.
    if (isVisible()) {
        hide();
    }
    setAccessibleName(words);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void Announcer::announceSaveFailed(const QString &error, const QString &file)
{
    // The cause, without the file's path before it: a long path read out would bury it (the
    // banner shows both).
    const QString prefix = file + QStringLiteral(": ");
    const QString cause = !file.isEmpty() && error.startsWith(prefix) ? error.mid(prefix.size()) : error;
    announce(tr("Not saved: %1. Gavel keeps trying.").arg(cause));
}

QString Announcer::alertWords(const LiveMeeting &meeting, LiveMeeting::Alert alert, int itemId)
{
    const AgendaItem *item = meeting.item(itemId);
    const QString title = quoted(item ? item->title : QString());
    if (alert == LiveMeeting::Alert::TimeUp) {
        return tr("Time is up for %1").arg(title);
    }
    return tr("Wrap up: under %1 left for %2")
        .arg(ScheduleWords::spoken(qint64(meeting.warningSeconds()) * 1000), title);
}

void Announcer::remember()
{
    m_currentId = m_meeting->currentId();
    m_phase = m_meeting->phase();
    m_attended.clear();
    for (const Attendee &a : m_meeting->attendees()) {
        if (a.attended()) {
            m_attended.insert(a.key());
        }
    }
}

void Announcer::followMeeting()
{
    const LiveMeeting::Phase phase = m_meeting->phase();
    const int current = m_meeting->currentId();
    const bool moved = current != m_currentId;
    const LiveMeeting::Phase before = m_phase;
    m_currentId = current;
    m_phase = phase;
    if (phase == LiveMeeting::Phase::Ended && before != LiveMeeting::Phase::Ended) {
        announce(tr("The meeting has ended; it ran %1").arg(ScheduleWords::spoken(m_meeting->meetingElapsedMs())));
        return;
    }
    // F5 changes nothing under the focus: the chair hears that it took.
    if (!moved && phase == LiveMeeting::Phase::Paused && before == LiveMeeting::Phase::Running) {
        announce(tr("Paused"));
        return;
    }
    if (!moved && phase == LiveMeeting::Phase::Running && before == LiveMeeting::Phase::Paused) {
        announce(tr("Resumed: %1").arg(ScheduleWords::spokenCountdown(m_meeting->remainingMs())));
        return;
    }
    const AgendaItem *item = m_meeting->item(current);
    if (!moved || !item || phase == LiveMeeting::Phase::NotStarted || phase == LiveMeeting::Phase::Ended) {
        return;
    }
    if (m_meeting->isTimed(current)) {
        announce(tr("Now: %1, %2").arg(item->title, ScheduleWords::spoken(m_meeting->allowedMs(current))));
    } else {
        announce(tr("Now: %1, no duration set").arg(item->title));
    }
}

void Announcer::followAttendance()
{
    const QList<Attendee> &attendees = m_meeting->attendees();
    QList<int> arrived;
    QSet<QString> attended;
    for (int row = 0; row < attendees.size(); ++row) {
        if (!attendees[row].attended()) {
            continue;
        }
        const QString key = attendees[row].key();
        attended.insert(key);
        if (!m_attended.contains(key)) {
            arrived.append(row);
        }
    }
    m_attended = attended;
    if (!arrived.isEmpty()) {
        announce(checkInWords(arrived));
    }
}

QString Announcer::checkInWords(const QList<int> &rows) const
{
    const QList<Attendee> &attendees = m_meeting->attendees();
    if (rows.size() == 1) {
        const Attendee &a = attendees[rows.first()];
        const int late = m_meeting->minutesLate(a);
        return late > 0 ? tr("Checked in: %1, %2 late").arg(a.displayName(), ScheduleWords::spoken(late * 60000LL))
                        : tr("Checked in: %1").arg(a.displayName());
    }
    QStringList names;
    for (int i = 0; i < rows.size() && i < NamesReadOut; ++i) {
        names.append(attendees[rows[i]].displayName());
    }
    QString words
        = tr("Checked in %1 people: %2").arg(rows.size()).arg(names.join(tr(", ", "between the names read out")));
    if (rows.size() > NamesReadOut) {
        words = tr("%1 and %2 more").arg(words).arg(rows.size() - NamesReadOut);
    }
    return words;
}

} // namespace gavel
