#include "agenda/explanation.h"

#include "agenda/titles.h"

namespace gavel {

QString Explanation::quote(const QString &text)
{
    constexpr qsizetype longest = 80;
    QString line = titles::singleLine(text);
    if (line.size() > longest) {
        line = line.left(longest) + QChar(0x2026);
    }
    return QChar(0x201C) + line + QChar(0x201D);
}

} // namespace gavel
