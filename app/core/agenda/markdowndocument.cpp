#include "agenda/markdowndocument.h"

#include <md4c.h>

namespace gavel {

namespace {

struct Builder
{
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

MarkdownDocument::MarkdownDocument(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    Builder builder;
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
