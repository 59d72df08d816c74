#include "series/seriesnames.h"

#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gavel::series {

QString proposeSeries(const QString &title)
{
    static const QString months = QStringLiteral(
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression noise(
        QStringLiteral("第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*次|[一二三四五六七八九十百零〇两\\d]+\\s*次|"
                       "\\b\\d+(?:st|nd|rd|th)\\b|\\#\\d+|\\b(?:no\\.?|number)\\s*\\d+\\b|"
                       "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|"
                       "\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\b|"
                       // quarters and months: "2024-Q1", "Q1 2024", "2024年第一季度", "2024-03"
                       "\\b\\d{4}\\s*[-/ ]?\\s*Q[1-4]\\b|\\bQ[1-4]\\s*[-/ ]?\\s*\\d{4}\\b|"
                       "\\d{4}\\s*年?\\s*第?\\s*[一二三四1-4]\\s*季度|\\b\\d{4}[-/.](?:0?[1-9]|1[0-2])\\b(?![-/.]\\d)|"
                       "\\d{4}\\s*年\\s*\\d{1,2}\\s*月|")
            + months + QStringLiteral("\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\s+") + months
            + QStringLiteral(",?\\s+\\d{4}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(QStringLiteral("(?:\\s|[-–—:：·,，])*(?:会议议程|会议纪要|会议|议程|例会|"
                                                            "meeting\\s+agenda|meeting\\s+minutes|meeting|agenda|"
                                                            "minutes)(?:\\s|[-–—:：·,，])*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    // What a removed date or ordinal leaves behind: "()" and "（）".
    static const QRegularExpression emptyBrackets(QStringLiteral("[（(【\\[]\\s*[)）】\\]]"));
    QString series = QString(title).remove(noise).remove(emptyBrackets).simplified();
    const QString withoutTrailing = QString(series).remove(trailing).simplified();
    if (!withoutTrailing.isEmpty()) {
        series = withoutTrailing;
    }
    series = series.remove(QRegularExpression(QStringLiteral("^[\\s\\-–—:：·,，]+|[\\s\\-–—:：·,，]+$"))).simplified();
    return series.isEmpty() ? QCoreApplication::translate("gavel::Series", "Meetings") : series;
}

QStringList existingSeries(const QString &root)
{
    QStringList out;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        out.append(name);
    }
    return out;
}

namespace {

// What two names of one series share: letters and digits, case folded.
QString nameKey(const QString &s)
{
    QString k;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            k.append(c.toCaseFolded());
        }
    }
    return k;
}

// Levenshtein distance, giving up (returning limit + 1) once it must exceed limit.
int editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit) {
        return limit + 1;
    }
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), substitution);
            best = qMin(best, current[j]);
        }
        if (best > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString nearestSeries(const QString &proposal, const QStringList &existing)
{
    const QString wanted = nameKey(sessionfile::folderName(proposal));
    if (wanted.size() < 8) {
        return {};
    }
    // Two letters apart at most, one for a name under 16 letters.
    const int limit = wanted.size() < 16 ? 1 : 2;
    QString nearest;
    int best = limit + 1;
    for (const QString &name : existing) {
        const int distance = editDistance(wanted, nameKey(name), limit);
        if (distance < best) {
            best = distance;
            nearest = name;
        }
    }
    return nearest;
}

QString matchingSeries(const QString &proposal, const QStringList &existing)
{
    const auto key = nameKey;
    const QString wanted = key(sessionfile::folderName(proposal));
    for (const QString &name : existing) {
        if (key(name) == wanted) {
            return name;
        }
    }
    return {};
}

Place placeOf(const QString &root, const Meeting &meeting, const QDate &today)
{
    Place place;
    place.proposal = proposeSeries(meeting.title);
    place.existing = existingSeries(root);
    const QString match = matchingSeries(place.proposal, place.existing);
    if (match.isEmpty()) {
        // A series nearly of that name is what the chair is offered (and confirms or changes).
        const QString nearest = nearestSeries(place.proposal, place.existing);
        if (!nearest.isEmpty()) {
            place.proposal = nearest;
        }
    }
    place.series = match.isEmpty() ? place.proposal : match;
    place.date = meeting.time.date.isValid() ? meeting.time.date : today;
    place.sessionPath = sessionfile::sessionPath(root, place.series, place.date);
    place.known = QFileInfo::exists(place.sessionPath);
    return place;
}

QString folderOf(const QString &sessionPath)
{
    return QFileInfo(QFileInfo(sessionPath).absolutePath()).absolutePath();
}

QDate dateOf(const QString &sessionPath, const Meeting &meeting)
{
    const QDate date = QDate::fromString(QFileInfo(sessionPath).absoluteDir().dirName(), Qt::ISODate);
    return date.isValid() ? date : meeting.time.date;
}

} // namespace gavel::series
