#include "meeting/attendee.h"

#include <QCoreApplication>

namespace gavel::attendance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gavel::Attendance", text);
}

struct Names
{
    Attendee::Source source;
    const char *id;
    const char *text;
};

const Names sourceNames[] = {
    {Attendee::Source::Invited, "invited", QT_TRANSLATE_NOOP("gavel::Attendance", "Invited")},
    {Attendee::Source::Chair, "chair", QT_TRANSLATE_NOOP("gavel::Attendance", "Chair")},
    {Attendee::Source::ViceChair, "vice-chair", QT_TRANSLATE_NOOP("gavel::Attendance", "Vice-chair")},
    {Attendee::Source::Speaker, "speaker", QT_TRANSLATE_NOOP("gavel::Attendance", "Speaker")},
    {Attendee::Source::Newcomer, "newcomer", QT_TRANSLATE_NOOP("gavel::Attendance", "Newcomer")},
    {Attendee::Source::Regular, "regular", QT_TRANSLATE_NOOP("gavel::Attendance", "Regular")},
    {Attendee::Source::WalkIn, "walk-in", QT_TRANSLATE_NOOP("gavel::Attendance", "Walk-in")},
};

struct StatusNames
{
    Attendee::Status status;
    const char *id;
    const char *text;
};

const StatusNames statusNames[] = {
    {Attendee::Status::Expected, "expected", QT_TRANSLATE_NOOP("gavel::Attendance", "Expected")},
    {Attendee::Status::Present, "present", QT_TRANSLATE_NOOP("gavel::Attendance", "Present")},
    {Attendee::Status::Late, "late", QT_TRANSLATE_NOOP("gavel::Attendance", "Late")},
    {Attendee::Status::LeftEarly, "left-early", QT_TRANSLATE_NOOP("gavel::Attendance", "Left early")},
    {Attendee::Status::Excused, "excused", QT_TRANSLATE_NOOP("gavel::Attendance", "Excused")},
    {Attendee::Status::Absent, "absent", QT_TRANSLATE_NOOP("gavel::Attendance", "Absent")},
};

} // namespace

QString keyFor(const QString &name, const QString &github)
{
    return github.isEmpty() ? QStringLiteral("name:") + name.simplified().toCaseFolded()
                            : QStringLiteral("gh:") + github.toLower();
}

QStringList knownAs(const Attendee &attendee)
{
    QStringList keys {attendee.key()};
    if (!attendee.name.isEmpty()) {
        keys.append(keyFor(attendee.name, QString()));
    }
    return keys;
}

QString sourceId(Attendee::Source source)
{
    for (const Names &n : sourceNames) {
        if (n.source == source) {
            return QLatin1String(n.id);
        }
    }
    return {};
}

bool sourceFromId(const QString &id, Attendee::Source *source)
{
    for (const Names &n : sourceNames) {
        if (id.compare(QLatin1String(n.id), Qt::CaseInsensitive) == 0) {
            *source = n.source;
            return true;
        }
    }
    return false;
}

QString statusId(Attendee::Status status)
{
    for (const StatusNames &n : statusNames) {
        if (n.status == status) {
            return QLatin1String(n.id);
        }
    }
    return {};
}

bool statusFromId(const QString &id, Attendee::Status *status)
{
    for (const StatusNames &n : statusNames) {
        if (id.compare(QLatin1String(n.id), Qt::CaseInsensitive) == 0) {
            *status = n.status;
            return true;
        }
    }
    return false;
}

QString sourceText(Attendee::Source source)
{
    for (const Names &n : sourceNames) {
        if (n.source == source) {
            return tr(n.text);
        }
    }
    return {};
}

QString statusText(Attendee::Status status)
{
    for (const StatusNames &n : statusNames) {
        if (n.status == status) {
            return tr(n.text);
        }
    }
    return {};
}

} // namespace gavel::attendance

namespace gavel {

QString Attendee::key() const
{
    return attendance::keyFor(name, github);
}

} // namespace gavel
