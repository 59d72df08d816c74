#include "nextmeeting.h"

namespace gavel::nextmeeting {

Draft prepare(const SessionData &, const QList<Person> &, const QList<QStringList> &, int)
{
    return {};
}

} // namespace gavel::nextmeeting
