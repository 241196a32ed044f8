#include "markdown.h"

#include <QRegularExpression>
#include <cmark.h>

#include <memory>
#include <vector>

namespace ArchDeck::Markdown {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

constexpr int kOptions = CMARK_OPT_SAFE | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;

NodePtr parse(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    return NodePtr(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
}

QString literalText(cmark_node *node)
{
    QString text;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        if (const char *literal = cmark_node_get_literal(child))
            text += QString::fromUtf8(literal);
        else
            text += literalText(child);
    }
    return text;
}

/// Images would make QTextDocument fetch their source; show "[image: alt]" instead.
void replaceImagesWithAltText(cmark_node *root)
{
    std::vector<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            images.push_back(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *image : images) {
        const QString alt = literalText(image);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        const QByteArray label = (QStringLiteral("[image: ") + alt + QLatin1Char(']')).toUtf8();
        cmark_node_set_literal(text, label.constData());
        cmark_node_replace(image, text);
        cmark_node_free(image);
    }
}

void appendPlain(cmark_node *node, const QString &indent, QString &out)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            appendPlain(child, indent, out);
            out += QLatin1String("\n\n") + indent;
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            appendPlain(child, indent + QLatin1String("  "), out);
            break;
        case CMARK_NODE_LIST: {
            const bool ordered = cmark_node_get_list_type(child) == CMARK_ORDERED_LIST;
            int number = cmark_node_get_list_start(child);
            for (cmark_node *item = cmark_node_first_child(child); item;
                 item = cmark_node_next(item)) {
                const QString marker = ordered ? QString::number(number++) + QLatin1String(". ")
                                               : QStringLiteral("- ");
                out += marker;
                appendPlain(item, indent + QString(marker.size(), QLatin1Char(' ')), out);
                while (out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\n')))
                    out.chop(1);
                out += QLatin1Char('\n') + indent;
            }
            out += QLatin1Char('\n') + indent;
            break;
        }
        case CMARK_NODE_CODE_BLOCK: {
            QString code = QString::fromUtf8(cmark_node_get_literal(child));
            if (code.endsWith(QLatin1Char('\n')))
                code.chop(1);
            const QString pad = indent + QLatin1String("    ");
            out += QLatin1String("    ") + code.replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
            out += QLatin1String("\n\n") + indent;
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            out += QLatin1String("----\n\n") + indent;
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(child));
            break;
        case CMARK_NODE_SOFTBREAK:
            out += QLatin1Char(' ');
            break;
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char('\n') + indent;
            break;
        case CMARK_NODE_LINK: {
            const int before = int(out.size());
            appendPlain(child, indent, out);
            const QString url = QString::fromUtf8(cmark_node_get_url(child));
            if (!url.isEmpty() && out.mid(before) != url)
                out += QLatin1String(" <") + url + QLatin1Char('>');
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            break; // safe mode: raw HTML never reaches the reader
        default:
            appendPlain(child, indent, out);
            break;
        }
    }
}

} // namespace

QString toHtml(const QString &markdown, const HtmlStyle &style)
{
    NodePtr root = parse(markdown);
    replaceImagesWithAltText(root.get());
    char *rendered = cmark_render_html(root.get(), kOptions);
    QString html = QString::fromUtf8(rendered);
    free(rendered);

    // QTextDocument ignores padding and background on <pre>; a one-cell table gives code blocks a
    // padded, tinted box. Code text is escaped by cmark, so "<pre" can only be cmark's own tag.
    static const QRegularExpression codeBlock(
        QStringLiteral("<pre><code(?: class=\"[^\"]*\")?>(.*?)</code></pre>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString table = QStringLiteral(
        "<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
        "border=\"0\" bgcolor=\"%1\" style=\"border: 1px solid %2;\"><tr><td>"
        "<pre>\\1</pre></td></tr></table>\n")
                              .arg(style.codeBackground, style.codeBorder);
    html.replace(codeBlock, table);
    return html;
}

QString toPlainText(const QString &markdown)
{
    NodePtr root = parse(markdown);
    replaceImagesWithAltText(root.get());
    QString out;
    appendPlain(root.get(), QString(), out);
    static const QRegularExpression trailingSpace(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n{3,}"));
    out.replace(trailingSpace, QStringLiteral("\n"));
    out.replace(blankRuns, QStringLiteral("\n\n"));
    // Trim blank lines, not the indentation of a leading code block.
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

} // namespace ArchDeck::Markdown
