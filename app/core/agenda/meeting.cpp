#include "agenda/meeting.h"

#include "agenda/durations.h"

namespace gavel {

int Meeting::plannedMinutes() const
{
    int total = 0;
    for (const AgendaItem &item : items) {
        total = durations::saturatingAdd(total, item.minutes.value_or(0));
    }
    return total;
}

} // namespace gavel
