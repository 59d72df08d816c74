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
    static const QRegularExpression zh(
        QStringLiteral("轮值|值班|规则|纪要|会议记录|笔记|链接|待办|行动项|参会|出席|与会"));
    if (zh.match(heading).hasMatch()) {
        return true;
    }
    // In English the word must be the label's head, not a word inside it: "Meeting notes", "Full
    // Notes", "Minutes of the meeting" and "Links to slides" are no agenda, but "Issues of Note" is a
    // topic. The head is the last word before a phrase that starts with a preposition; a consent to
    // the agenda or future items are named by the first word.
    static const QRegularExpression edges(QStringLiteral("^[\\s\\p{P}\\p{S}\\d]+|[\\s\\p{P}\\p{S}]+$"));
    static const QRegularExpression preposition(QStringLiteral("\\s(?:of|for|from|on|to|about|with|in)\\b.*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression head(
        QStringLiteral("^(?:consent|future)\\b|\\b(?:rota|rules?|notes?|minutes|links?|action items?|attendees|"
                       "attendance|present|participants|roles|template|consent)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString label = singleLine(withoutNumbering(heading)).remove(edges);
    label.remove(preposition);
    return head.match(label).hasMatch();
}

bool namesAgendaStep(const QString &heading)
{
    static const QRegularExpression step(
        QStringLiteral("^\\W*(?:consent|approv\\w*|adopt\\w*|accept\\w*|confirm\\w*)\\b.*\\bagenda\\b"
                       "|(?:通过|确认|审议|批准).{0,4}议程"),
        QRegularExpression::CaseInsensitiveOption);
    return step.match(singleLine(withoutNumbering(heading))).hasMatch();
}

} // namespace gavel::titles
