#include "minutesexport.h"

namespace gavel::minutesexport {

QString markdown(const SessionData &, const QString &, bool)
{
    return {};
}

QString html(const SessionData &, const QString &, bool)
{
    return {};
}

QByteArray pdf(const SessionData &, const QString &, bool)
{
    return {};
}

QByteArray timingCsv(const SessionData &)
{
    return {};
}

QString fileName(const SessionData &, const QString &)
{
    return {};
}

} // namespace gavel::minutesexport
