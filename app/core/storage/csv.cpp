#include "storage/csv.h"

#include <QCoreApplication>

namespace gavel::csv {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::csv)
};

const char bom[] = "\xEF\xBB\xBF";

bool isFormulaByte(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            return true;
        }
    }
    return false;
}

// Length of the line break at pos: 2 for CRLF, 1 for LF or a lone CR, 0 for none.
int lineBreakAt(const QByteArray &bytes, qsizetype pos)
{
    if (pos >= bytes.size()) {
        return 0;
    }
    if (bytes[pos] == '\n') {
        return 1;
    }
    if (bytes[pos] == '\r') {
        return pos + 1 < bytes.size() && bytes[pos + 1] == '\n' ? 2 : 1;
    }
    return 0;
}

// NUL bytes and invalid UTF-8, reported by line; empty when the text is fine.
QString checkText(const QByteArray &bytes, qsizetype start)
{
    int line = 1;
    qsizetype lineStart = start;
    qsizetype pos = start;
    while (true) {
        const int brk = lineBreakAt(bytes, pos);
        if (brk == 0 && pos < bytes.size()) {
            if (bytes[pos] == '\0') {
                return Text::tr("line %1: binary data (a NUL byte), not CSV text").arg(line);
            }
            ++pos;
            continue;
        }
        // Decoding replaces every invalid sequence, so valid UTF-8 is exactly what survives a round trip.
        const QByteArray text = bytes.mid(lineStart, pos - lineStart);
        if (QString::fromUtf8(text).toUtf8() != text) {
            return Text::tr("line %1: not valid UTF-8 text; save the file as CSV in UTF-8").arg(line);
        }
        if (pos >= bytes.size()) {
            return {};
        }
        pos += brk;
        lineStart = pos;
        ++line;
    }
}

QString decodeField(const QByteArray &field)
{
    QString text = QString::fromUtf8(field);
    if (text.size() >= 2 && text[0] == QLatin1Char('\'') && isFormulaStart(text[1])) {
        text.remove(0, 1);
    }
    return text;
}

} // namespace

bool isFormulaStart(QChar c)
{
    return c.unicode() < 0x80 && isFormulaByte(char(c.unicode()));
}

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out(bom);
    for (const QStringList &row : rows) {
        if (row.size() == 1 && row.first().isEmpty()) {
            out += "\"\"\r\n"; // an empty line would be skipped on reading
            continue;
        }
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            QString cell = row[i];
            if (!cell.isEmpty() && isFormulaStart(cell[0])) {
                cell.prepend(QLatin1Char('\''));
            }
            if (needsQuotes(cell)) {
                cell.replace(QLatin1String("\""), QLatin1String("\"\""));
                out += '"' + cell.toUtf8() + '"';
            } else {
                out += cell.toUtf8();
            }
        }
        out += "\r\n";
    }
    return out;
}

bool readRecords(const QByteArray &bytes, QList<Record> *records, QString *error)
{
    QList<Record> result;
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return fail(Text::tr("the file is UTF-16 text; save it as CSV in UTF-8"));
    }
    const qsizetype start = bytes.startsWith(bom) ? 3 : 0;
    const QString problem = checkText(bytes, start);
    if (!problem.isEmpty()) {
        return fail(problem);
    }

    const qsizetype n = bytes.size();
    qsizetype pos = start;
    int line = 1;
    while (pos < n) {
        const int emptyLine = lineBreakAt(bytes, pos);
        if (emptyLine > 0) {
            pos += emptyLine;
            ++line;
            continue;
        }
        Record record;
        record.line = line;
        while (true) {
            QByteArray field;
            if (pos < n && bytes[pos] == '"') {
                const int opensOn = line;
                ++pos;
                while (true) {
                    if (pos >= n) {
                        return fail(
                            Text::tr("line %1: a quoted field is not closed before the end of the file").arg(opensOn));
                    }
                    if (bytes[pos] == '"') {
                        if (pos + 1 < n && bytes[pos + 1] == '"') {
                            field += '"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    const int brk = lineBreakAt(bytes, pos);
                    if (brk > 0) {
                        field += bytes.mid(pos, brk);
                        pos += brk;
                        ++line;
                        continue;
                    }
                    field += bytes[pos];
                    ++pos;
                }
                if (pos < n && bytes[pos] != ',' && lineBreakAt(bytes, pos) == 0) {
                    return fail(
                        Text::tr("line %1: text after the closing quote of a field (a quote inside a quoted field "
                                 "is written twice)")
                            .arg(line));
                }
            } else {
                const qsizetype from = pos;
                while (pos < n && bytes[pos] != ',' && lineBreakAt(bytes, pos) == 0) {
                    ++pos;
                }
                field = bytes.mid(from, pos - from);
            }
            record.fields.append(decodeField(field));
            if (pos < n && bytes[pos] == ',') {
                ++pos;
                continue;
            }
            const int brk = lineBreakAt(bytes, pos);
            pos += brk;
            if (brk > 0) {
                ++line;
            }
            break;
        }
        result.append(record);
    }
    if (records) {
        *records = result;
    }
    return true;
}

bool read(const QByteArray &bytes, QList<QStringList> *rows, QString *error)
{
    QList<Record> records;
    if (!readRecords(bytes, &records, error)) {
        return false;
    }
    if (rows) {
        rows->clear();
        for (const Record &record : std::as_const(records)) {
            rows->append(record.fields);
        }
    }
    return true;
}

} // namespace gavel::csv
