#include "meeting/minutesdata.h"

#include <QRegularExpression>

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

QStringList NextMeetingPlan::topics() const
{
    static const QRegularExpression separator(QStringLiteral("[\\n；;]"));
    static const QRegularExpression marker(QStringLiteral("^(?:[-*+]|\\d{1,9}[.)])\\s+"));
    QStringList out;
    for (const QString &part : note.split(separator)) {
        const QString topic = part.simplified().remove(marker);
        if (!topic.isEmpty()) {
            out << topic;
        }
    }
    return out;
}

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
