#include "minutes/meetingtitle.h"

#include <QRegularExpression>

namespace gavel::meetingtitle {

namespace {

const QString &chineseDigits()
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    return digits;
}

QString ordinalSuffix(int n)
{
    const int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
        return QStringLiteral("th");
    }
    switch (n % 10) {
    case 1: return QStringLiteral("st");
    case 2: return QStringLiteral("nd");
    case 3: return QStringLiteral("rd");
    default: return QStringLiteral("th");
    }
}

} // namespace

QString minutesTitle(const QString &title, const QString &language)
{
    QString t = title.simplified();
    static const QRegularExpression agenda(QStringLiteral("\\s*议程$"));
    static const QRegularExpression englishAgenda(QStringLiteral("\\bagenda$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression englishMeeting(QStringLiteral("\\bmeeting$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if (language == QLatin1String("en")) {
        t.remove(agenda); // English minutes of "…会议议程": the agenda's word goes, the title stays
        const QRegularExpressionMatch m = englishAgenda.match(t);
        if (m.hasMatch()) {
            const bool upper = t.at(m.capturedStart(0)).isUpper();
            return t.left(m.capturedStart(0)) + (upper ? QStringLiteral("Minutes") : QStringLiteral("minutes"));
        }
        if (englishMeeting.match(t).hasMatch()) {
            return t + QStringLiteral(" Minutes");
        }
        return t.isEmpty() ? QStringLiteral("Meeting Minutes") : t + QStringLiteral(" Meeting Minutes");
    }
    const QRegularExpressionMatch m = agenda.match(t);
    if (m.hasMatch()) {
        return t.left(m.capturedStart(0)) + QStringLiteral("纪要");
    }
    const QRegularExpressionMatch english = englishAgenda.match(t);
    if (english.hasMatch()) { // Chinese minutes of "… Meeting Agenda": "… Meeting Minutes"
        return t.left(english.capturedStart(0)) + QStringLiteral("Minutes");
    }
    if (t.endsWith(QStringLiteral("会议"))) {
        return t + QStringLiteral("纪要");
    }
    return t.isEmpty() ? QStringLiteral("会议纪要") : t + QStringLiteral(" 会议纪要");
}

QString withNextDate(const QString &title, const QDate &current, const QDate &next)
{
    if (!current.isValid() || !next.isValid()) {
        return title;
    }
    return QString(title).replace(current.toString(Qt::ISODate), next.toString(Qt::ISODate));
}

QString chineseNumeral(int n)
{
    const QString &d = chineseDigits();
    if (n <= 0 || n >= 10000) {
        return QString::number(n);
    }
    if (n < 10) {
        return d[n];
    }
    if (n < 20) {
        return QStringLiteral("十") + (n % 10 ? QString(d[n % 10]) : QString());
    }
    // From the highest place down; a zero between places is said once ("一百零一").
    static const QString places = QStringLiteral("千百十");
    const int values[] = {1000, 100, 10};
    QString out;
    bool pendingZero = false;
    int rest = n;
    for (int i = 0; i < 3; ++i) {
        const int digit = rest / values[i];
        rest %= values[i];
        if (digit > 0) {
            if (pendingZero) {
                out += d[0];
                pendingZero = false;
            }
            out += d[digit];
            out += places[i];
        } else if (!out.isEmpty()) {
            pendingZero = true;
        }
    }
    if (rest > 0) {
        if (pendingZero) {
            out += d[0];
        }
        out += d[rest];
    }
    return out;
}

int parseChineseNumeral(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    static const QRegularExpression placeFree(QStringLiteral("^[零〇一二三四五六七八九两]{2,4}$"));
    if (placeFree.match(text).hasMatch()) {
        // Read digit by digit: "一〇一" is 101.
        int value = 0;
        for (const QChar c : text) {
            const int d = c == QChar(0x3007) ? 0 : (c == QChar(0x4E24) ? 2 : int(chineseDigits().indexOf(c)));
            value = value * 10 + d;
        }
        return value;
    }
    int total = 0;
    int digit = -1; // the digit waiting for its place; -1: none
    for (const QChar c : text) {
        int value = int(chineseDigits().indexOf(c));
        if (c == QChar(0x3007)) { // 〇
            value = 0;
        } else if (c == QChar(0x4E24)) { // 两
            value = 2;
        }
        if (value >= 0) {
            digit = value;
            continue;
        }
        int place = 0;
        if (c == QChar(0x5341)) { // 十
            place = 10;
        } else if (c == QChar(0x767E)) { // 百
            place = 100;
        } else if (c == QChar(0x5343)) { // 千
            place = 1000;
        } else {
            return 0;
        }
        total += (digit < 0 ? 1 : digit) * place;
        digit = -1;
    }
    if (digit > 0) {
        total += digit;
    }
    return total > 0 && total < 10000 ? total : 0;
}

QString advanceOrdinal(const QString &title)
{
    // "第一次", "五十次", "第12次"
    static const QRegularExpression chinese(QStringLiteral("([一二三四五六七八九十百千零〇两]+|\\d+)(\\s*次)"));
    QRegularExpressionMatch m = chinese.match(title);
    if (m.hasMatch()) {
        const QString number = m.captured(1);
        const bool arabic = number[0].isDigit();
        const int n = arabic ? number.toInt() : parseChineseNumeral(number);
        if (n > 0) {
            const QString next = arabic ? QString::number(n + 1) : chineseNumeral(n + 1);
            return QString(title).replace(m.capturedStart(1), m.capturedLength(1), next);
        }
    }
    // "12th", "1st"
    static const QRegularExpression english(QStringLiteral("\\b(\\d+)(st|nd|rd|th)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    m = english.match(title);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt() + 1;
        QString suffix = ordinalSuffix(n);
        if (m.captured(2).at(0).isUpper()) {
            suffix = suffix.toUpper();
        }
        return QString(title).replace(m.capturedStart(0), m.capturedLength(0), QString::number(n) + suffix);
    }
    // "#12", "No. 12"
    static const QRegularExpression numberSign(QStringLiteral("(?:#|\\bNo\\.?\\s*)(\\d+)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    m = numberSign.match(title);
    if (m.hasMatch()) {
        return QString(title).replace(m.capturedStart(1), m.capturedLength(1),
                                      QString::number(m.captured(1).toInt() + 1));
    }
    return title;
}

} // namespace gavel::meetingtitle
