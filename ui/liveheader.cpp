#include "liveheader.h"

#include "agenda/meetingtimeparser.h"
#include "meeting/livemeeting.h"
#include "meeting/timeformat.h"
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
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(typescale::font(label->font(), typescale::Role::Reading));
    return label;
}

QString clockText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("--:--");
}

} // namespace

LiveHeader::LiveHeader(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_clock(new QLabel(this))
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
    m_clock->setToolTip(tr("Wall clock"));

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    top->addLayout(titles, 1);
    top->addWidget(m_clock, 0, Qt::AlignTop | Qt::AlignRight);

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
            if (t.utcOffsetSeconds) {
                when += QStringLiteral(" (UTC%1)").arg(formatUtcOffset(*t.utcOffsetSeconds));
            }
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
    const LiveMeeting::Phase phase = m_meeting->phase();
    m_clock->setText(clockText(m_meeting->now()));
    m_plannedEnd->setText(tr("Planned end %1").arg(clockText(m_meeting->plannedEnd())));
    m_projectedEnd->setText(phase == LiveMeeting::Phase::Ended
                                ? tr("Ended %1").arg(clockText(m_meeting->projectedEnd()))
                                : tr("Projected end %1").arg(clockText(m_meeting->projectedEnd())));

    if (phase == LiveMeeting::Phase::NotStarted) {
        const qint64 until = m_meeting->untilStartMs();
        const QDateTime scheduled = m_meeting->scheduledStart();
        if (!scheduled.isValid()) {
            m_elapsed->setText(tr("Not started"));
        } else if (!m_meeting->scheduledStartIsNear()) {
            m_elapsed->setText(tr("Not started · scheduled for %1")
                                   .arg(QLocale().toString(scheduled.toLocalTime(), QLocale::ShortFormat)));
        } else if (until > 0) {
            m_elapsed->setText(tr("Starts in %1 (%2)").arg(timeformat::duration(until + 999), clockText(scheduled)));
        } else {
            m_elapsed->setText(
                tr("Was due at %1 · late by %2").arg(clockText(scheduled), timeformat::duration(-until)));
        }
    } else {
        m_elapsed->setText(tr("Elapsed %1").arg(timeformat::duration(m_meeting->meetingElapsedMs())));
    }

    const int minutes = timeformat::roundedMinutes(m_meeting->behindMs());
    if (minutes > 0) {
        m_schedule->setText(tr("▼ Behind by %n min", nullptr, minutes));
    } else if (minutes < 0) {
        m_schedule->setText(tr("▲ Ahead by %n min", nullptr, -minutes));
    } else {
        m_schedule->setText(tr("● On time"));
    }

    const QDateTime stop = m_meeting->hardStop();
    m_hardStop->setVisible(stop.isValid() && m_meeting->scheduledStartIsNear());
    if (stop.isValid()) {
        m_hardStop->setText(m_meeting->projectionPassesHardStop()
                                ? tr("⚠ Runs past the %1 hard stop").arg(clockText(stop))
                                : tr("Hard stop %1").arg(clockText(stop)));
        if (m_hardStop->font().bold() != m_meeting->projectionPassesHardStop()) {
            QFont f = m_hardStop->font();
            f.setBold(m_meeting->projectionPassesHardStop());
            m_hardStop->setFont(f);
        }
    }
}

} // namespace gavel
