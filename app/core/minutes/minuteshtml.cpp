#include "minutes/minuteshtml.h"

#include <QByteArray>
#include <QRegularExpression>

#include <md4c-html.h>

namespace gavel::minuteshtml {

namespace {

// Tables, task lists, strikethrough and autolinks, as GitHub shows the minutes; raw HTML (blocks
// and inline tags) becomes text.
constexpr unsigned parserFlags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH
    | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS
    | MD_FLAG_NOHTML;

void append(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, static_cast<qsizetype>(size));
}

// md4c writes every attribute in double quotes and escapes the quotes of text, so a literal
// href=" or src=" in its output can only be the attribute it wrote for a link or an image.
QString withoutUnsafeUrls(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral(" (?:href|src)=\"([^\"]*)\""));
    QString out;
    out.reserve(html.size());
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = attribute.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (isSafeUrl(m.captured(1))) {
            continue;
        }
        // Without its href a link is plain text; without its src an image shows its alt text.
        out += QStringView(html).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    out += QStringView(html).mid(from);
    return out;
}

QString unescaped(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Readable width, the system's sans-serif with Chinese faces after the Latin ones, ruled tables,
// task items with their checkbox where a bullet would be.
const char styleSheet[] = R"(body {
  max-width: 46em;
  margin: 2em auto;
  padding: 0 1em;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif;
  line-height: 1.6;
  color: #1f2328;
  background: #fff;
}
h1, h2, h3, h4 { line-height: 1.3; margin: 1.4em 0 0.6em; }
a { color: #0b5cad; }
code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: 0.92em; }
pre { overflow-x: auto; padding: 0.6em; background: #f6f8fa; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #c8ccd1; padding: 0.3em 0.7em; }
th { background: #f6f8fa; }
li.task-list-item { list-style: none; }
.task-list-item-checkbox { margin: 0 0.4em 0 -1.4em; vertical-align: middle; }
)";

} // namespace

bool isSafeUrl(const QString &attributeValue)
{
    // md4c percent-encodes a URL and writes no character reference in it but &amp;: any other
    // one (a "&#58;" a browser would read as ":") is refused rather than decoded.
    QString url;
    url.reserve(attributeValue.size());
    for (qsizetype i = 0; i < attributeValue.size(); ++i) {
        const QChar c = attributeValue.at(i);
        if (c == QLatin1Char('&')) {
            if (!QStringView(attributeValue).mid(i).startsWith(QLatin1String("&amp;"))) {
                return false;
            }
            i += 4;
        }
        // Browsers drop tabs and newlines anywhere in a URL: "java\tscript:" is "javascript:".
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
            url += c;
        }
    }
    // ... and skip leading controls and spaces.
    qsizetype start = 0;
    while (start < url.size() && url.at(start).unicode() <= 0x20) {
        ++start;
    }
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch m = scheme.match(QStringView(url).mid(start));
    if (!m.hasMatch()) {
        return true; // relative: a path, a query or a fragment
    }
    const QString name = m.captured(1).toLower();
    return name == QLatin1String("http") || name == QLatin1String("https") || name == QLatin1String("mailto");
}

QString body(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    if (md_html(input.constData(), static_cast<MD_SIZE>(input.size()), append, &output, parserFlags, 0) != 0) {
        // md4c gives up only when out of memory: the text, escaped, rather than nothing.
        return QStringLiteral("<pre>") + markdown.toHtmlEscaped() + QStringLiteral("</pre>\n");
    }
    return withoutUnsafeUrls(QString::fromUtf8(output));
}

QString title(const QString &body)
{
    static const QRegularExpression heading(QStringLiteral("<h1>(.*?)</h1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = heading.match(body).captured(1);
    // Text has no literal "<" in md4c's output: what looks like a tag is one.
    text.remove(tag);
    return unescaped(text).simplified();
}

QString page(const QString &body, const QString &title, const QString &language)
{
    const QString lang = language == QLatin1String("zh") ? QStringLiteral("zh-CN") : QStringLiteral("en");
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + lang + QStringLiteral("\">\n<head>\n");
    out += QStringLiteral("<meta charset=\"utf-8\">\n");
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // A second guard besides the filtering: a browser runs no script and loads nothing but images.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" "
                          "content=\"default-src 'none'; img-src *; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<title>") + title.toHtmlEscaped() + QStringLiteral("</title>\n");
    out += QStringLiteral("<style>\n") + QString::fromUtf8(styleSheet) + QStringLiteral("</style>\n");
    out += QStringLiteral("</head>\n<body>\n") + body + QStringLiteral("</body>\n</html>\n");
    return out;
}

QString printable(const QString &body)
{
    QString out = body;
    out.replace(QStringLiteral("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>"),
                QString(QChar(0x2611)) + QLatin1Char(' '));
    out.replace(QStringLiteral("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>"),
                QString(QChar(0x2610)) + QLatin1Char(' '));
    static const QRegularExpression image(QStringLiteral("<img(?: src=\"[^\"]*\")? alt=\"([^\"]*)\"[^>]*>"));
    out.replace(image, QStringLiteral("\\1"));
    return out;
}

QString printStyleSheet()
{
    return QStringLiteral("table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }\n"
                          "th, td { border: 1px solid #999; padding: 3px 6px; }\n"
                          "li.task-list-item { list-style-type: none; }\n"
                          "a { text-decoration: none; }\n");
}

} // namespace gavel::minuteshtml
