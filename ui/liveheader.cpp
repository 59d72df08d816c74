#include "liveheader.h"

#include "meeting/livemeeting.h"
#include "meeting/meetingzone.h"
#include "meeting/schedulewords.h"
#include "typescale.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace gavel {

QString personText(const Person &person)
{
    if (person.github.isEmpty()) {
        return person.name;
    }
    if (person.name.isEmpty() || person.name.compare(person.github, Qt::CaseInsensitive) == 0) {
        return QLatin1Char('@') + person.github;
    }
    return LiveHeader::tr("%1 (@%2)").arg(person.name, person.github);
}

namespace {

QLabel *fact(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    // Tab reaches each figure and a screen reader reads it; the keyboard's caret shows where it is.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setFont(typescale::font(label->font(), typescale::Role::Reading));
    return label;
}

} // namespace

LiveHeader::LiveHeader(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_zone(fact("wallClockZone", this))
    , m_elapsed(fact("elapsedLabel", this))
    , m_plannedEnd(fact("plannedEndLabel", this))
    , m_projectedEnd(fact("projectedEndLabel", this))
    , m_schedule(fact("scheduleLabel", this))
    , m_hardStop(fact("hardStopLabel", this))
{
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_details->setObjectName(QStringLiteral("meetingDetails"));
    m_clock->setObjectName(QStringLiteral("wallClock"));
    m_title->setFont(typescale::font(m_title->font(), typescale::Role::Heading));
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_clock->setFont(typescale::font(m_clock->font(), typescale::Role::Digits));
    m_clock->setToolTip(tr("Wall clock, in the meeting's time zone"));
    // The clock is reached by Tab and read with its zone (its name); the zone alone is not.
    m_clock->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard); // a caret shows it
    m_clock->setFocusPolicy(Qt::TabFocus);
    m_zone->setFocusPolicy(Qt::NoFocus);
    for (QLabel *figure : {m_clock, m_elapsed, m_plannedEnd, m_projectedEnd, m_schedule, m_hardStop}) {
        figure->installEventFilter(this);
    }

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    top->addLayout(titles, 1);
    auto *clock = new QVBoxLayout;
    clock->setSpacing(0);
    clock->addWidget(m_clock, 0, Qt::AlignRight);
    clock->addWidget(m_zone, 0, Qt::AlignRight);
    clock->addStretch(1);
    top->addLayout(clock);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(24);
    for (QLabel *label : {m_elapsed, m_plannedEnd, m_projectedEnd, m_schedule, m_hardStop}) {
        facts->addWidget(label);
    }
    facts->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(facts);

    connect(m_meeting, &LiveMeeting::ticked, this, &LiveHeader::refresh);
    connect(m_meeting, &LiveMeeting::changed, this, &LiveHeader::refresh);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &LiveHeader::refreshMeeting);
    refreshMeeting();
}

void LiveHeader::refreshMeeting()
{
    const Meeting &meeting = m_meeting->meeting();
    m_title->setText(meeting.title.isEmpty() ? tr("Untitled meeting") : meeting.title);
    QStringList details;
    const MeetingTime &t = meeting.time;
    if (t.date.isValid()) {
        QString when = QLocale().toString(t.date, QLocale::LongFormat);
        if (t.start.isValid()) {
            when += QLatin1Char(' ') + t.start.toString(QStringLiteral("HH:mm"));
            if (t.end.isValid()) {
                when += QStringLiteral("–") + t.end.toString(QStringLiteral("HH:mm"));
            }
            // The meeting's zone, named as the clock names it.
            when += QLatin1Char(' ') + MeetingZone(meeting).label(m_meeting->scheduledStart());
        }
        details.append(when.toHtmlEscaped());
    }
    details.append(tr("Chair: %1").arg(meeting.chair ? personText(*meeting.chair) : tr("vacant")).toHtmlEscaped());
    if (meeting.viceChair) {
        details.append(tr("Vice-chair: %1").arg(personText(*meeting.viceChair)).toHtmlEscaped());
    }
    if (!meeting.join.url.isEmpty()) {
        details.append(tr("<a href=\"%1\">Join link</a>").arg(meeting.join.url.toHtmlEscaped()));
    }
    if (!meeting.join.meetingId.isEmpty()) {
        details.append(tr("Meeting ID %1").arg(meeting.join.meetingId).toHtmlEscaped());
    }
    m_details->setText(details.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    refresh();
}

void LiveHeader::refresh()
{
    // The words are the core's (ScheduleWords); a label given the text it shows already ignores it.
    const LiveMeeting &m = *m_meeting;
    m_clock->setText(ScheduleWords::clock(m));
    m_zone->setText(ScheduleWords::zone(m));
    m_elapsed->setText(ScheduleWords::progress(m));
    m_plannedEnd->setText(ScheduleWords::plannedEnd(m));
    m_projectedEnd->setText(ScheduleWords::end(m));
    m_schedule->setText(ScheduleWords::standing(m));

    const bool hardStop = m.hardStop().isValid() && m.followsSchedule();
    m_hardStop->setVisible(hardStop);
    if (hardStop) {
        m_hardStop->setText(ScheduleWords::hardStop(m));
        if (m_hardStop->font().bold() != m.projectionPassesHardStop()) {
            QFont f = m_hardStop->font();
            f.setBold(m.projectionPassesHardStop());
            m_hardStop->setFont(f);
        }
    }
    // While the timer runs, its digits are the one thing a screen reader is told each second: the
    // figures here are renamed when the keyboard comes to them (eventFilter), not as they change.
    // A named label sends no event of its own for its text: each is named once at least.
    const bool quiet = m.phase() == LiveMeeting::Phase::Running;
    for (QLabel *figure : {m_clock, m_elapsed, m_plannedEnd, m_projectedEnd, m_schedule, m_hardStop}) {
        if (!quiet || figure->hasFocus() || figure->accessibleName().isEmpty()) {
            tell(figure);
        }
    }
}

void LiveHeader::tell(QLabel *figure)
{
    // The clock is read with its zone; the zone alone is not reached.
    const QString spoken = figure == m_clock ? m_clock->text() + QLatin1Char(' ') + m_zone->text() : figure->text();
    if (!spoken.isEmpty() && figure->accessibleName() != spoken) {
        figure->setAccessibleName(spoken);
    }
}

void LiveHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refreshMeeting();
        refresh();
    }
}

bool LiveHeader::eventFilter(QObject *watched, QEvent *event)
{
    // Renamed before Qt tells the screen reader about the focus, so the figure is read as it shows.
    if (event->type() == QEvent::FocusIn) {
        tell(static_cast<QLabel *>(watched));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gavel
