#include "meeting/minutesdata.h"

namespace gavel {

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han) {
            return true;
        }
    }
    return false;
}

} // namespace

QString agendaLanguage(const Meeting &meeting)
{
    if (hasHan(meeting.title)) {
        return QStringLiteral("zh");
    }
    for (const AgendaItem &item : meeting.items) {
        if (hasHan(item.title)) {
            return QStringLiteral("zh");
        }
    }
    return QStringLiteral("en");
}

} // namespace gavel
