#include "meetingheader.h"

#include "meetingtimeparser.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gavel {

QString describePerson(const std::optional<Person> &person)
{
    if (!person) {
        return MeetingHeader::tr("vacant");
    }
    if (person->github.isEmpty()) {
        return person->name;
    }
    if (person->name.isEmpty() || person->name.compare(person->github, Qt::CaseInsensitive) == 0) {
        return QLatin1Char('@') + person->github;
    }
    return MeetingHeader::tr("%1 (@%2)").arg(person->name, person->github);
}

MeetingHeader::MeetingHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_people(new QLabel(this))
    , m_join(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_when->setObjectName(QStringLiteral("meetingWhen"));
    m_people->setObjectName(QStringLiteral("meetingPeople"));
    m_join->setObjectName(QStringLiteral("meetingJoin"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_when, m_people}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_join->setOpenExternalLinks(true);
    m_join->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_people);
    layout->addWidget(m_join);
}

void MeetingHeader::setMeeting(const Meeting &meeting)
{
    m_title->setText(meeting.title.isEmpty() ? tr("Untitled meeting") : meeting.title);

    const MeetingTime &t = meeting.time;
    const QLocale locale;
    QStringList when;
    if (t.date.isValid()) {
        when.append(locale.toString(t.date, QLocale::LongFormat));
    }
    if (t.start.isValid()) {
        QString clock = t.start.toString(QStringLiteral("HH:mm"));
        if (t.end.isValid()) {
            clock = tr("%1–%2").arg(clock, t.end.toString(QStringLiteral("HH:mm")));
        }
        if (t.utcOffsetSeconds) {
            clock += QLatin1Char(' ') + tr("(UTC%1)").arg(formatUtcOffset(*t.utcOffsetSeconds));
        }
        when.append(clock);
    }
    if (when.isEmpty()) {
        when.append(tr("No date or time in the agenda"));
    }
    when.append(tr("%n min planned", nullptr, meeting.plannedMinutes()));
    m_when->setText(when.join(QStringLiteral("  ·  ")));

    QStringList people = {tr("Chair: %1").arg(describePerson(meeting.chair)),
                          tr("Vice-chair: %1").arg(describePerson(meeting.viceChair))};
    people.append(tr("%n invited", nullptr, int(meeting.roster.size())));
    m_people->setText(people.join(QStringLiteral("  ·  ")));

    QStringList join;
    if (!meeting.join.url.isEmpty()) {
        join.append(tr("<a href=\"%1\">Join the call</a>").arg(meeting.join.url.toHtmlEscaped()));
    }
    if (!meeting.join.meetingId.isEmpty()) {
        join.append(tr("Meeting ID %1").arg(meeting.join.meetingId.toHtmlEscaped()));
    }
    if (!meeting.join.password.isEmpty()) {
        join.append(tr("Password %1").arg(meeting.join.password.toHtmlEscaped()));
    }
    m_join->setText(join.join(QStringLiteral("  ·  ")));
    m_join->setVisible(!join.isEmpty());
}

} // namespace gavel
