#pragma once

#include <QString>

// The minutes' Markdown as HTML. Agendas arrive through community pull requests and notes are
// typed live, so every string is untrusted: raw HTML is shown as text, and a link or image keeps
// its URL only when it is http, https, mailto or relative. Nothing written here can run a script.
namespace gavel::minuteshtml {

// The body as md4c renders it (GitHub flavour, raw HTML off), with unsafe URLs removed.
QString body(const QString &markdown);
// The plain text of the body's first <h1>: the minutes' title.
QString title(const QString &body);
// A complete, self-contained HTML5 page around the body: charset, lang ("zh" gives zh-CN),
// the title escaped, a small embedded stylesheet; no script and no external resource.
QString page(const QString &body, const QString &title, const QString &language);
// The body as QTextDocument prints it: task checkboxes as ☐ / ☑ (it drops <input>), images as
// their alt text (it would read a local file named by the agenda into the PDF).
QString printable(const QString &body);
// The rules QTextDocument needs for the printable body (tables with borders, lists of tasks).
QString printStyleSheet();
// Whether a URL attribute value, as it stands in the HTML, may stay live.
bool isSafeUrl(const QString &attributeValue);

} // namespace gavel::minuteshtml
