#include "meeting.h"

namespace gavel {

int Meeting::plannedMinutes() const
{
    int total = 0;
    for (const AgendaItem &item : items) {
        total += item.minutes.value_or(0);
    }
    return total;
}

} // namespace gavel
