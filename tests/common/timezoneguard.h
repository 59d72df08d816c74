#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace gavel::test {

// Sets this computer's zone (TZ) for one test and puts the old one back however the test ends.
class TimeZoneGuard
{
public:
    explicit TimeZoneGuard(const char *tz)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~TimeZoneGuard()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    TimeZoneGuard(const TimeZoneGuard &) = delete;
    TimeZoneGuard &operator=(const TimeZoneGuard &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace gavel::test
