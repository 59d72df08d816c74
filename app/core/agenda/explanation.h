#pragma once

#include <QString>
#include <QStringList>

namespace gavel {

// Why the importer read an agenda as it did, for `--print-agenda --explain`: plain lines, each
// "<field>: <which heading, list, table, line or rule gave it>", the field named as in the
// agenda's JSON (title, start, timezone, join, chair, roster, items, description…). The lines
// are written while importing; writing one costs a few string copies, never a search.
class Explanation
{
public:
    void add(const QString &field, const QString &how) { m_lines.append(field + QStringLiteral(": ") + how); }
    const QStringList &lines() const { return m_lines; }
    // Another explanation's lines, after these: notes kept aside until a choice was made.
    void append(const Explanation &other) { m_lines += other.m_lines; }

    // A text from the agenda as a note quotes it: on one line, in quotation marks, cut after 80
    // characters.
    static QString quote(const QString &text);

private:
    QStringList m_lines;
};

} // namespace gavel
