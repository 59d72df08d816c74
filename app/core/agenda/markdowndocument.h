#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace gavel {

// A link inside a block's plain text: [start, end) in MarkdownBlock::text.
struct MarkdownLink
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString href;
};

// One block of a Markdown document, as md4c reports it, with its inline content
// flattened to plain text (emphasis and link syntax removed, link targets kept aside).
struct MarkdownBlock
{
    enum class Type {
        Document,
        Quote,
        BulletList,
        OrderedList,
        ListItem,
        Rule,
        Heading,
        Code,
        Html,
        Paragraph,
        Table,
        TableHead,
        TableBody,
        TableRow,
        TableCell,
    };

    Type type = Type::Document;
    int headingLevel = 0;
    QString text; // inline text that belongs directly to this block; soft breaks are '\n'
    QList<MarkdownLink> links;
    QList<qsizetype> emphasisStarts; // where an emphasis or strong span begins in text
    qsizetype sourceOffset = -1; // for a table row: a UTF-8 byte offset inside its source line
    MarkdownBlock *parent = nullptr;
    std::vector<std::unique_ptr<MarkdownBlock>> children;

    bool isList() const { return type == Type::BulletList || type == Type::OrderedList; }
    // The next block in document order that is not inside this one, or nullptr.
    const MarkdownBlock *nextOutside() const;
};

// Parses GitHub-flavoured Markdown with md4c into a block tree. Nesting deeper than
// maxDepth() is folded into the deepest kept block, so hostile input cannot blow the stack.
// YAML (---) or TOML (+++) front matter at the top is not Markdown: it is set aside before md4c
// reads the document, and its top-level scalar fields are kept (frontMatter()).
class MarkdownDocument
{
public:
    explicit MarkdownDocument(const QString &markdown);

    const MarkdownBlock &root() const { return m_root; }
    static constexpr int maxDepth() { return 48; }
    // A front matter field ("title", "date") with its quotes removed, or empty.
    QString frontMatter(const QString &key) const;

private:
    MarkdownBlock m_root;
    QList<QPair<QString, QString>> m_frontMatter;
};

// The blocks below `block` (itself included) that hold text, in document order; code and raw
// HTML are not text.
void textBlocks(const MarkdownBlock &block, QList<const MarkdownBlock *> &out);

} // namespace gavel
