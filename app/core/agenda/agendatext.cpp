#include "agenda/agendatext.h"

#include "agenda/agendaimporter.h"

#include <QStringDecoder>

namespace gavel::agendatext {

// The bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 / UTF-32 when a
// byte-order mark says so. Line ends become \n whatever they were (CRLF, CR). On failure
// returns false and says why in *reason.
bool decode(const QByteArray &bytes, QString *text, QString *reason)
{
    if (bytes.isEmpty()) {
        *reason = AgendaImporter::tr("the file is empty");
        return false;
    }
    if (bytes.size() > AgendaImporter::maxFileSize) {
        *reason = AgendaImporter::tr("the file is larger than 5 MB (%1 bytes); an agenda is a small text file")
                      .arg(bytes.size());
        return false;
    }
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        // UTF-16 and UTF-32 are recognised by their byte-order mark only.
        QStringDecoder decoder(*bom);
        QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            *reason = AgendaImporter::tr("not valid %1 text; save the agenda as UTF-8")
                          .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
            return false;
        }
        *text = decoded;
    } else {
        const QByteArray utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (utf8.contains('\0')) {
            // Every other byte NUL: UTF-16 saved without the mark that says so.
            const bool looksUtf16
                = utf8.size() >= 4 && (utf8.at(1) == '\0' || utf8.at(0) == '\0') && utf8.count('\0') * 3 >= utf8.size();
            *reason = looksUtf16 ? AgendaImporter::tr("UTF-16 text without a byte-order mark; save the agenda as UTF-8")
                                 : AgendaImporter::tr("binary data (it contains NUL bytes), not a Markdown text file");
            return false;
        }
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString decoded = decoder.decode(utf8);
        if (decoder.hasError()) {
            int lineNumber = 1;
            for (const QByteArray &line : utf8.split('\n')) {
                QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
                const QString decodedLine = lineDecoder.decode(line);
                if (lineDecoder.hasError()) {
                    break;
                }
                ++lineNumber;
            }
            *reason = AgendaImporter::tr("not valid UTF-8 text (line %1); save the agenda as UTF-8").arg(lineNumber);
            return false;
        }
        *text = decoded;
    }
    if (text->startsWith(QChar(0xFEFF))) {
        text->remove(0, 1);
    }
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return true;
}

} // namespace gavel::agendatext
