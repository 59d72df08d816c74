#include "agenda/markdowndocument.h"

#include <md4c.h>

#include <QRegularExpression>

namespace gavel {

namespace {

struct Builder
{
    const char *source = nullptr;
    MD_SIZE sourceSize = 0;
    MarkdownBlock *current = nullptr;
    int depth = 0;
    int folded = 0; // blocks entered beyond the depth cap, not materialised
    int linkDepth = 0;
    qsizetype linkStart = 0;
    QString linkHref;

    static MarkdownBlock::Type typeOf(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_DOC: return MarkdownBlock::Type::Document;
        case MD_BLOCK_QUOTE: return MarkdownBlock::Type::Quote;
        case MD_BLOCK_UL: return MarkdownBlock::Type::BulletList;
        case MD_BLOCK_OL: return MarkdownBlock::Type::OrderedList;
        case MD_BLOCK_LI: return MarkdownBlock::Type::ListItem;
        case MD_BLOCK_HR: return MarkdownBlock::Type::Rule;
        case MD_BLOCK_H: return MarkdownBlock::Type::Heading;
        case MD_BLOCK_CODE: return MarkdownBlock::Type::Code;
        case MD_BLOCK_HTML: return MarkdownBlock::Type::Html;
        case MD_BLOCK_P: return MarkdownBlock::Type::Paragraph;
        case MD_BLOCK_TABLE: return MarkdownBlock::Type::Table;
        case MD_BLOCK_THEAD: return MarkdownBlock::Type::TableHead;
        case MD_BLOCK_TBODY: return MarkdownBlock::Type::TableBody;
        case MD_BLOCK_TR: return MarkdownBlock::Type::TableRow;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: return MarkdownBlock::Type::TableCell;
        }
        return MarkdownBlock::Type::Paragraph;
    }

    static QString attribute(const MD_ATTRIBUTE &attr) { return QString::fromUtf8(attr.text, attr.size); }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        auto *self = static_cast<Builder *>(userdata);
        if (type == MD_BLOCK_DOC) {
            return 0; // the root already exists
        }
        if (self->depth >= MarkdownDocument::maxDepth()) {
            ++self->folded;
            self->appendText(QStringLiteral("\n"));
            return 0;
        }
        auto block = std::make_unique<MarkdownBlock>();
        block->type = typeOf(type);
        if (type == MD_BLOCK_H) {
            block->headingLevel = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        }
        block->parent = self->current;
        MarkdownBlock *raw = block.get();
        self->current->children.push_back(std::move(block));
        self->current = raw;
        ++self->depth;
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
    {
        auto *self = static_cast<Builder *>(userdata);
        if (type == MD_BLOCK_DOC) {
            return 0;
        }
        if (self->folded > 0) {
            --self->folded;
            return 0;
        }
        self->current = self->current->parent;
        --self->depth;
        return 0;
    }

    static int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        auto *self = static_cast<Builder *>(userdata);
        if (type == MD_SPAN_EM || type == MD_SPAN_STRONG) {
            self->current->emphasisStarts.append(self->current->text.size());
        }
        if (type == MD_SPAN_A && self->linkDepth++ == 0) {
            self->linkStart = self->current->text.size();
            self->linkHref = attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href);
        }
        return 0;
    }

    static int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
    {
        auto *self = static_cast<Builder *>(userdata);
        if (type == MD_SPAN_A && self->linkDepth > 0 && --self->linkDepth == 0) {
            self->current->links.append({self->linkStart, self->current->text.size(), self->linkHref});
        }
        return 0;
    }

    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
    {
        auto *self = static_cast<Builder *>(userdata);
        self->noteRowSource(text);
        switch (type) {
        case MD_TEXT_NULLCHAR: self->appendText(QString(QChar::ReplacementCharacter)); break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: self->appendText(QStringLiteral("\n")); break;
        case MD_TEXT_ENTITY: self->appendText(decodeEntity(QString::fromUtf8(text, size))); break;
        case MD_TEXT_HTML: break; // inline tags carry no agenda text
        default: self->appendText(QString::fromUtf8(text, size)); break;
        }
        return 0;
    }

    void appendText(const QString &s) { current->text += s; }

    // md4c's text pointers point into the source: remember one inside each table row's line.
    void noteRowSource(const MD_CHAR *text)
    {
        if (current->type != MarkdownBlock::Type::TableCell || !current->parent || current->parent->sourceOffset >= 0
            || text < source || text >= source + sourceSize) {
            return;
        }
        current->parent->sourceOffset = text - source;
    }

    static QString decodeEntity(const QString &entity)
    {
        static const QList<QPair<QString, QString>> named = {
            {QStringLiteral("&amp;"), QStringLiteral("&")},  {QStringLiteral("&lt;"), QStringLiteral("<")},
            {QStringLiteral("&gt;"), QStringLiteral(">")},   {QStringLiteral("&quot;"), QStringLiteral("\"")},
            {QStringLiteral("&apos;"), QStringLiteral("'")}, {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
            {QStringLiteral("&emsp;"), QStringLiteral(" ")}, {QStringLiteral("&ensp;"), QStringLiteral(" ")},
        };
        for (const auto &[name, value] : named) {
            if (entity == name) {
                return value;
            }
        }
        if (entity.startsWith(QLatin1String("&#"))) {
            const bool hex = entity.size() > 2 && (entity[2] == QLatin1Char('x') || entity[2] == QLatin1Char('X'));
            bool ok = false;
            const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                return QString::fromUcs4(&c, 1);
            }
            return QString(QChar::ReplacementCharacter);
        }
        return entity; // unknown named entity: keep it as written
    }
};

} // namespace

const MarkdownBlock *MarkdownBlock::nextOutside() const
{
    const MarkdownBlock *node = this;
    while (node->parent) {
        const auto &siblings = node->parent->children;
        for (size_t i = 0; i + 1 < siblings.size(); ++i) {
            if (siblings[i].get() == node) {
                return siblings[i + 1].get();
            }
        }
        node = node->parent;
    }
    return nullptr;
}

namespace {

// The front matter's extent: [0, end) of `text` holds the opening line, the fields and the
// closing line; 0 when the document has none. It must look like YAML or TOML fields, so a
// document that merely starts with a rule ("---") keeps it.
qsizetype frontMatterEnd(const QString &text, QStringList *fieldLines, bool *toml)
{
    static const QRegularExpression opening(QStringLiteral("^\\x{FEFF}?(---|\\+\\+\\+)[ \\t]*\\r?\\n"));
    const QRegularExpressionMatch open = opening.match(text);
    if (!open.hasMatch()) {
        return 0;
    }
    *toml = open.captured(1) == QLatin1String("+++");
    static const QRegularExpression yamlField(QStringLiteral("^[A-Za-z_][\\w-]*\\s*:(\\s|$)"));
    static const QRegularExpression tomlField(QStringLiteral("^([A-Za-z_][\\w.-]*\\s*=|\\[)"));
    bool anyField = false;
    qsizetype pos = open.capturedEnd(0);
    while (pos < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        const qsizetype lineEnd = nl < 0 ? text.size() : nl + 1;
        const QString line = text.mid(pos, lineEnd - pos).trimmed();
        const QString raw = text.mid(pos, lineEnd - pos);
        if (*toml ? line == QLatin1String("+++") : (line == QLatin1String("---") || line == QLatin1String("..."))) {
            return anyField ? lineEnd : 0;
        }
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')) && !raw.front().isSpace()
            && !line.startsWith(QLatin1Char('-'))) {
            if (!(*toml ? tomlField : yamlField).match(line).hasMatch()) {
                return 0;
            }
            anyField = true;
            fieldLines->append(line);
        }
        pos = lineEnd;
    }
    return 0; // never closed: not front matter
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        return value.mid(1, value.size() - 2).trimmed();
    }
    if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
        return {};
    }
    // A comment after a plain value.
    const qsizetype hash = value.indexOf(QLatin1String(" #"));
    return (hash < 0 ? value : value.left(hash)).trimmed();
}

// The cells of a table row as written on its source line, split at unescaped pipes.
QStringList rowCells(const QByteArray &source, qsizetype offset)
{
    const qsizetype start = source.lastIndexOf('\n', offset) + 1;
    qsizetype end = source.indexOf('\n', offset);
    if (end < 0) {
        end = source.size();
    }
    QString line = QString::fromUtf8(source.mid(start, end - start)).trimmed();
    // A table inside a quote or list: drop the container's marks before the first pipe.
    while (line.startsWith(QLatin1Char('>'))) {
        line = line.mid(1).trimmed();
    }
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\') && i + 1 < line.size() && line[i + 1] == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (line[i] == QLatin1Char('|')) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    cells.append(cell);
    if (line.startsWith(QLatin1Char('|'))) {
        cells.removeFirst();
    }
    if (line.endsWith(QLatin1Char('|')) && !line.endsWith(QLatin1String("\\|")) && !cells.isEmpty()) {
        cells.removeLast();
    }
    return cells;
}

// md4c drops the cells of a row past the header's count; a roster row written one person longer
// than its header keeps them here, read from the row's source line.
void restoreExtraCells(MarkdownBlock &block, const QByteArray &source)
{
    if (block.type == MarkdownBlock::Type::Table) {
        size_t headerCells = 0;
        for (const auto &part : block.children) {
            if (part->type == MarkdownBlock::Type::TableHead && !part->children.empty()) {
                headerCells = part->children.front()->children.size();
            }
        }
        for (const auto &part : block.children) {
            if (part->type != MarkdownBlock::Type::TableBody) {
                continue;
            }
            for (const auto &row : part->children) {
                if (row->sourceOffset < 0 || headerCells == 0) {
                    continue;
                }
                const QStringList cells = rowCells(source, row->sourceOffset);
                for (qsizetype i = qsizetype(headerCells); i < cells.size(); ++i) {
                    auto cell = std::make_unique<MarkdownBlock>();
                    cell->type = MarkdownBlock::Type::TableCell;
                    cell->parent = row.get();
                    // The cell's inline Markdown, read by md4c on its own: text and links as in any cell.
                    const MarkdownDocument inlineDoc(cells[i].trimmed());
                    if (!inlineDoc.root().children.empty()) {
                        const MarkdownBlock &first = *inlineDoc.root().children.front();
                        cell->text = first.text;
                        cell->links = first.links;
                    }
                    row->children.push_back(std::move(cell));
                }
            }
        }
        return;
    }
    for (const auto &child : block.children) {
        restoreExtraCells(*child, source);
    }
}

} // namespace

MarkdownDocument::MarkdownDocument(const QString &markdown)
{
    // Front matter and the extra cells of long table rows are the only raw text read outside md4c.
    QStringList fieldLines;
    bool toml = false;
    const qsizetype frontEnd = frontMatterEnd(markdown, &fieldLines, &toml);
    QString body = markdown;
    if (frontEnd > 0) {
        // Blank lines in its place keep the line numbers of what follows.
        body = QString(markdown.left(frontEnd).count(QLatin1Char('\n')), QLatin1Char('\n')) + markdown.mid(frontEnd);
        for (const QString &line : std::as_const(fieldLines)) {
            const qsizetype sep = line.indexOf(toml ? QLatin1Char('=') : QLatin1Char(':'));
            if (sep > 0) {
                m_frontMatter.append({line.left(sep).trimmed().toLower(), unquoted(line.mid(sep + 1))});
            }
        }
    }
    const QByteArray utf8 = body.toUtf8();
    Builder builder;
    builder.source = utf8.constData();
    builder.sourceSize = static_cast<MD_SIZE>(utf8.size());
    builder.current = &m_root;

    MD_PARSER parser = {};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = &Builder::enterBlock;
    parser.leave_block = &Builder::leaveBlock;
    parser.enter_span = &Builder::enterSpan;
    parser.leave_span = &Builder::leaveSpan;
    parser.text = &Builder::text;
    md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &builder);
    restoreExtraCells(m_root, utf8);
}

QString MarkdownDocument::frontMatter(const QString &key) const
{
    for (const auto &[name, value] : m_frontMatter) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

void textBlocks(const MarkdownBlock &block, QList<const MarkdownBlock *> &out)
{
    if (block.type == MarkdownBlock::Type::Code || block.type == MarkdownBlock::Type::Html) {
        return;
    }
    if (!block.text.trimmed().isEmpty()) {
        out.append(&block);
    }
    for (const auto &child : block.children) {
        textBlocks(*child, out);
    }
}

} // namespace gavel
