#include "minutes/minutesexport.h"

#include "minutes/minutescontent.h"
#include "minutes/minuteshtml.h"
#include "minutes/minuteslayout.h"
#include "minutes/minuteswords.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

namespace gavel::minutesexport {

using minuteswords::resolveLanguage;

namespace {

// The meeting's clock: the agenda's UTC offset when it states one, else local time.
QDateTime meetingDateTime(qint64 ms, const Meeting &meeting)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return meeting.time.utcOffsetSeconds ? utc.toOffsetFromUtc(*meeting.time.utcOffsetSeconds) : utc.toLocalTime();
}

const QString dateFormat = QStringLiteral("yyyy-MM-dd");

// Latin text first in a Latin face, then a face with Chinese glyphs. (The CJK faces alone
// also cover Latin, but they shape digits after letters, "jzhang533", into glyphs that PDF
// readers cannot map back to text, so copying from or searching the PDF would lose them.)
QFont minutesFont()
{
    const QStringList latin {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                             QStringLiteral("Liberation Sans"), QStringLiteral("Arial")};
    const QStringList chinese {QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Noto Serif CJK SC"),
                               QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Source Han Sans SC"),
                               QStringLiteral("Microsoft YaHei"),     QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : latin) {
        if (installed.contains(family)) {
            families << family;
            break;
        }
    }
    for (const QString &family : chinese) {
        if (installed.contains(family)) {
            families << family;
        }
    }
    families << QStringLiteral("Sans Serif");
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(10.5);
    return font;
}

// The PDF prints the body of the HTML export, not the page: the page's stylesheet names fonts
// for browsers, and the PDF keeps minutesFont().
void buildDocument(QTextDocument &doc, const QString &markdown)
{
    const QString body = minuteshtml::body(markdown);
    doc.setDefaultFont(minutesFont());
    doc.setDefaultStyleSheet(minuteshtml::printStyleSheet());
    doc.setHtml(minuteshtml::printable(body));
    doc.setMetaInformation(QTextDocument::DocumentTitle, minuteshtml::title(body));
}

} // namespace

Minutes write(const SessionData &session, const QString &language, bool timingReport, const QString &customTemplate)
{
    const QString lang = resolveLanguage(session, language);
    const QVariantMap content = minutescontent::build(session, lang, timingReport);
    Minutes minutes;
    if (!customTemplate.isEmpty()) {
        const minuteslayout::Rendered own = minuteslayout::render(customTemplate, content);
        if (own.error.isEmpty()) {
            minutes.markdown = own.text;
            return minutes;
        }
        minutes.templateError = own.error;
        minutes.templateLine = own.line;
    }
    const minuteslayout::Layout layout
        = minuteslayout::fromId(session.minutes.choices.layout).value_or(minuteslayout::Layout::Classic);
    const minuteslayout::Rendered builtin
        = minuteslayout::render(minuteslayout::builtinTemplate(layout, lang), content);
    if (!builtin.error.isEmpty()) {
        qFatal("the built-in minutes layout %s does not render: %s", qPrintable(minuteslayout::id(layout)),
               qPrintable(builtin.error));
    }
    minutes.markdown = builtin.text;
    return minutes;
}

QString markdown(const SessionData &session, const QString &language, bool timingReport)
{
    return write(session, language, timingReport).markdown;
}

QString html(const SessionData &session, const QString &language, bool timingReport)
{
    return htmlOf(markdown(session, language, timingReport), resolveLanguage(session, language));
}

QString htmlOf(const QString &markdown, const QString &language)
{
    const QString body = minuteshtml::body(markdown);
    return minuteshtml::page(body, minuteshtml::title(body), language);
}

QByteArray pdf(const SessionData &session, const QString &language, bool timingReport)
{
    return pdfOf(markdown(session, language, timingReport));
}

QByteArray pdfOf(const QString &markdown)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return {};
    }
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Gavel"));
        QTextDocument doc;
        buildDocument(doc, markdown);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        doc.print(&writer);
    }
    buffer.close();
    return bytes;
}

QString datedFileName(const SessionData &session, const QString &name)
{
    QDate date = session.meeting.time.date;
    if (!date.isValid() && session.run.startedAt > 0) {
        date = meetingDateTime(session.run.startedAt, session.meeting).date();
    }
    if (!date.isValid() && session.savedAt > 0) {
        date = meetingDateTime(session.savedAt, session.meeting).date();
    }
    return datedFileName(date, name);
}

QString datedFileName(const QDate &date, const QString &name)
{
    return date.isValid() ? date.toString(dateFormat) + QLatin1Char('-') + name : name;
}

QString fileName(const SessionData &session, const QString &extension)
{
    QString ext = extension;
    while (ext.startsWith(QLatin1Char('.'))) {
        ext.remove(0, 1);
    }
    return datedFileName(session, QStringLiteral("meeting-minutes.") + (ext.isEmpty() ? QStringLiteral("md") : ext));
}

} // namespace gavel::minutesexport
