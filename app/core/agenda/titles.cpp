#include "agenda/titles.h"

#include <QRegularExpression>

namespace gavel::titles {

QString singleLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

QString withoutNumbering(const QString &title)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:\\d{1,3}(?:\\.\\d+)*[.、)）:：]|\\d{1,3}\\s*[-–—]\\s|\\d{1,2}\\s|[(（]\\d{1,3}[)）]|["
                       "一二三四五六七八九十]{1,3}[、.．:：]"
                       "|第[一二三四五六七八九十\\d]{1,3}[项部个]?[、.．:：]?)\\s*"));
    return QString(title).remove(numbering);
}

QString withoutWrittenNumber(const QString &title)
{
    static const QRegularExpression written(QStringLiteral("^\\s*\\d{1,3}\\s+[-–—]\\s+"));
    return QString(title).remove(written);
}

bool namesAgenda(const QString &heading)
{
    static const QRegularExpression agenda(QStringLiteral("议程|agenda"), QRegularExpression::CaseInsensitiveOption);
    return agenda.match(heading).hasMatch();
}

bool namesOtherSection(const QString &heading)
{
    static const QRegularExpression other(
        QStringLiteral("轮值|值班|规则|纪要|会议记录|笔记|链接|待办|行动项|参会|出席|与会"
                       "|\\b(?:rota|rules?|notes?|minutes|links?|action items?|attendees|attendance|present"
                       "|participants|consent|future|template)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return other.match(heading).hasMatch();
}

} // namespace gavel::titles
