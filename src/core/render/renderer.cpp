// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderer.h"
#include "render/renderutf8.h"

#include <QRegularExpression>

#include "render/htmlescape.h"
#include "render/htmlwords.h"

#include "render/codehighlighter.h"
#include "render/inlinephase.h"
#include "render/markdownguard.h"
#include "render/mathspans.h"
#include "render/placeholdernodes.h"
#include "render/rawhtmlfilter.h"
#include "render/renderarena.h"
#include "render/renderblocks.h"
#include "render/shortcodespans.h"
#include "render/tableguard.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QChar>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postwright {

namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};
// A string cmark allocated with mem.
struct CharDeleter
{
    cmark_mem *mem;
    void operator()(char *s) const { mem->free(s); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;
using CString = std::unique_ptr<char, CharDeleter>;

// Feed blank lines ahead of the body: CommonMark ignores leading blank lines,
// and every line number cmark reports (data-sourcepos, start lines) becomes
// a line of the whole file at no cost.
void feedBlankLines(cmark_parser *parser, int count)
{
    static constexpr std::size_t chunk = 256;
    static const std::string newlines(chunk, '\n');
    while (count > 0) {
        const std::size_t n = std::min<std::size_t>(std::size_t(count), chunk);
        cmark_parser_feed(parser, newlines.data(), n);
        count -= int(n);
    }
}

// GitHub's anchor for a heading: lower case, letters, marks, digits, '_' and
// '-' kept, each space turned into '-', everything else dropped.
QString slugOf(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    for (auto it = text.cbegin(), end = text.cend(); it != end; ++it) {
        char32_t cp = it->unicode();
        if (it->isHighSurrogate() && it + 1 != end && (it + 1)->isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if (cp == ' ' || cp == '-') {
            slug.append(QLatin1Char('-'));
        } else if (cp == '_' || QChar::isLetterOrNumber(cp) || QChar::isMark(cp)) {
            const char32_t lower = QChar::toLower(cp);
            if (QChar::requiresSurrogates(lower)) {
                slug.append(QChar::highSurrogate(lower));
                slug.append(QChar::lowSurrogate(lower));
            } else {
                slug.append(QChar(char16_t(lower)));
            }
        }
    }
    return slug;
}

// Same rule as github-slugger: a taken anchor gets "-1", "-2"... and the
// result is also checked against anchors that were written literally
// ("Intro", "Intro 1", "Intro" gives intro, intro-1, intro-2).
class SlugRegistry
{
public:
    QString unique(const QString &text)
    {
        QString base = slugOf(text);
        if (base.isEmpty())
            base = QStringLiteral("section");
        QString slug = base;
        while (m_seen.contains(slug)) {
            const int n = ++m_seen[base];
            slug = base + QLatin1Char('-') + QString::number(n);
        }
        m_seen.insert(slug, 0);
        return slug;
    }

private:
    QHash<QString, int> m_seen;
};

struct Blocks
{
    std::vector<cmark_node *> headings;
    std::vector<cmark_node *> fencedCode;   // with an info string
};

// Headings and code blocks can sit in the document, quotes, lists and
// footnotes. The walk visits blocks only: it steps over the inline content
// of paragraphs and tables, which is most of the tree.
Blocks findBlocks(cmark_node *doc, bool withCode)
{
    Blocks blocks;
    const IterPtr iter(cmark_iter_new(doc));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            break;   // look inside
        case CMARK_NODE_HEADING:
            blocks.headings.push_back(node);
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            break;
        case CMARK_NODE_CODE_BLOCK:
            if (withCode && *cmark_node_get_fence_info(node) != '\0')
                blocks.fencedCode.push_back(node);
            break;
        default:
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            break;
        }
    }
    return blocks;
}

// Replaces a heading by a custom block holding the heading's own HTML with an
// id attribute added, so cmark's document render emits it unchanged. The
// heading is kept alive until the document is rendered: its inline nodes
// point into its content buffer.
NodePtr addHeadingId(cmark_node *heading, const QString &id, int cmarkOptions,
                     cmark_llist *exts, cmark_mem *mem)
{
    const CString html(cmark_render_html_with_mem(heading, cmarkOptions, exts, mem), CharDeleter{mem});
    // "<hN" then either '>' or " data-sourcepos=...>"
    std::string tag(html.get());
    Q_ASSERT(tag.starts_with("<h"));
    while (!tag.empty() && tag.back() == '\n')
        tag.pop_back();
    const std::string attr = " id=\"" + id.toStdString() + '"';
    tag.insert(3, attr);

    cmark_node *block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
    cmark_node_set_on_enter(block, tag.c_str());
    cmark_node_set_on_exit(block, "");
    cmark_node_replace(heading, block);
    return NodePtr(heading);
}

// Replaces a fenced code block in a known language by a custom block with
// the same <pre><code class="language-..."> that cmark writes, holding
// highlighted code. Null when the block stays as it is.
// `budget` is what is left of the render's highlighting budget.
NodePtr highlightCodeBlock(cmark_node *block, int cmarkOptions, cmark_mem *mem, std::size_t &budget)
{
    const std::string_view info = cmark_node_get_fence_info(block);
    const char *literal = cmark_node_get_literal(block);
    std::optional<std::string> code = codehighlight::highlight(info, literal ? literal : "", &budget);
    if (!code)
        return {};
    std::string html;
    html.reserve(code->size() + 96);
    html += "<pre";
    if (cmarkOptions & CMARK_OPT_SOURCEPOS) {
        html += " data-sourcepos=\"";
        html += std::to_string(cmark_node_get_start_line(block)) + ':'
              + std::to_string(cmark_node_get_start_column(block)) + '-'
              + std::to_string(cmark_node_get_end_line(block)) + ':'
              + std::to_string(cmark_node_get_end_column(block)) + '"';
    }
    html += "><code class=\"language-";
    const std::size_t word = std::min(info.find_first_of(" \t\n\r\f\v"), info.size());
    appendHtmlEscaped(html, info.substr(0, word));
    html += "\">";
    html += *code;
    html += "</code></pre>";

    cmark_node *custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
    cmark_node_set_on_enter(custom, html.c_str());
    cmark_node_set_on_exit(custom, "");
    cmark_node_replace(block, custom);
    return NodePtr(block);
}

// Lines of Liquid's output back to the lines of the Markdown as written.
void mapLiquidLines(RenderResult &result, const QList<int> &sourceLines, int firstLine)
{
    const auto map = [&](int line) {
        const qsizetype index = line - firstLine;
        if (sourceLines.isEmpty() || index < 0)
            return line;
        return sourceLines.at(std::min(index, sourceLines.size() - 1));
    };
    for (Heading &heading : result.outline)
        heading.line = map(heading.line);
    for (int &line : result.blockLines) {
        if (line > 0)
            line = map(line);
    }
    // data-sourcepos="L:C-L:C" as cmark writes it, read by hand: a loop's
    // thousand blocks made this regular expression and QString::arg a fifth
    // of a keystroke's render.
    static const QString attribute = QStringLiteral("data-sourcepos=\"");
    const QString &source = result.html;
    const auto number = [&source](qsizetype &i, qsizetype &value) {
        const qsizetype start = i;
        value = 0;
        while (i < source.size() && i - start < 9 && source.at(i).isDigit())
            value = value * 10 + source.at(i++).digitValue();
        return i > start;
    };
    QString html;
    html.reserve(result.html.size());
    qsizetype at = 0;
    // The blocks' starts move by what the attributes before them grew or
    // shrank (a block never starts inside an attribute).
    qsizetype shift = 0;
    qsizetype block = 0;
    for (qsizetype found = source.indexOf(attribute); found >= 0; found = source.indexOf(attribute, found + 1)) {
        qsizetype i = found + attribute.size();
        qsizetype values[4] = {0, 0, 0, 0};
        bool ok = true;
        for (int part = 0; part < 4 && ok; ++part) {
            ok = number(i, values[part]);
            const QChar separator = part == 0 || part == 2 ? QLatin1Char(':') : part == 1 ? QLatin1Char('-') : QLatin1Char('"');
            ok = ok && i < source.size() && source.at(i) == separator;
            ++i;
        }
        if (!ok)
            continue;
        for (; block < result.blockStarts.size() && result.blockStarts[block] <= found; ++block)
            result.blockStarts[block] += shift;
        html += QStringView(source).mid(at, found - at);
        const qsizetype before = html.size();
        html += attribute;
        html += QString::number(map(int(values[0])));
        html += QLatin1Char(':');
        html += QString::number(values[1]);
        html += QLatin1Char('-');
        html += QString::number(map(int(values[2])));
        html += QLatin1Char(':');
        html += QString::number(values[3]);
        html += QLatin1Char('"');
        shift += (html.size() - before) - (i - found);
        at = i;
    }
    for (; block < result.blockStarts.size(); ++block)
        result.blockStarts[block] += shift;
    html += QStringView(result.html).mid(at);
    result.html = html;
}

// Gives each heading its unique id (in the HTML too) and lists it in the
// outline; the headings taken out of the tree go to `replaced`.
void addOutline(const std::vector<cmark_node *> &headings, int cmarkOptions, cmark_llist *exts, cmark_mem *mem,
                RenderResult &result, std::vector<NodePtr> &replaced)
{
    result.outline.reserve(qsizetype(headings.size()));
    SlugRegistry slugs;
    for (cmark_node *node : headings) {
        Heading heading;
        heading.level = cmark_node_get_heading_level(node);
        heading.text = plainText(node, ImageText::Drop).trimmed();
        heading.id = slugs.unique(heading.text);
        heading.line = cmark_node_get_start_line(node);
        replaced.push_back(addHeadingId(node, heading.id, cmarkOptions, exts, mem));
        result.outline.append(std::move(heading));
    }
}

// The words, the HTML as text (or, with utf8, as it is into utf8) and
// what filterRawHtml took out of it.
void finish(RenderResult &result, const char *html, std::size_t length, const RenderOptions &options,
            QByteArray *utf8 = nullptr)
{
    if (options.statistics) {
        result.words = countHtmlWords(html, length);
        result.readingMinutes = (result.words + 229) / 230;
    }
    if (utf8) {
        *utf8 = QByteArray(html, qsizetype(length));
        result.removedTags = filterRawHtml(*utf8);
        return;
    }
    result.html = QString::fromUtf8(html, qsizetype(length));
    if (mayNeedRawHtmlFilter(std::string_view(html, length)))
        result.removedTags = filterRawHtml(result.html);
}

// finish() for HTML cut into blocks, their byte offsets turned into
// offsets of the text.
void finishWithBlocks(RenderResult &result, const TopLevelHtml &cut, const RenderOptions &options)
{
    const QString unfiltered = QString::fromUtf8(cut.html.data(), qsizetype(cut.html.size()));
    finish(result, cut.html.data(), cut.html.size(), options);
    if (result.html != unfiltered) {
        // The filter changed the HTML (rare: <meta http-equiv>, <noscript>):
        // it is only right as a whole, one block.
        result.blockStarts = {0};
        result.blockLines = {0};
        return;
    }
    result.blockStarts.reserve(qsizetype(cut.starts.size()));
    result.blockLines.reserve(qsizetype(cut.lines.size()));
    qsizetype utf16 = 0;
    std::size_t byte = 0;
    for (std::size_t i = 0; i < cut.starts.size(); ++i) {
        for (; byte < cut.starts[i]; ++byte) {
            const auto c = static_cast<unsigned char>(cut.html[byte]);
            // One unit per code point, two above U+FFFF (a 4-byte sequence).
            utf16 += qsizetype((c & 0xC0) != 0x80) + qsizetype(c >= 0xF0);
        }
        result.blockStarts.append(utf16);
        result.blockLines.append(cut.lines[i]);
    }
}

// The text cmark parses, and the passes that stood in for parts of it
// (placeholders for shortcodes and math, defused tables and nesting).
struct PreparedInput
{
    LiquidResult liquid;
    QByteArray utf8;
    ShortcodeSpans shortcodes;
    bool hasShortcodes = false;
    MathSpans math;
    bool hasMath = false;
    std::optional<std::string> defused;
    std::optional<std::string> guarded;
    std::string_view text;   // into one of the above
};

void prepareInput(PreparedInput &in, QStringView markdown, const RenderOptions &options)
{
    QStringView body(markdown);
    if (options.liquid) {
        in.liquid = options.liquid(markdown, options.firstLine);
        body = in.liquid.output;
    }
    // A BOM is only skipped at the very start of cmark's input.
    if (body.startsWith(QChar(0xFEFF)))
        body = body.mid(1);
    in.utf8 = body.toUtf8();
    in.text = std::string_view(in.utf8.constData(), std::size_t(in.utf8.size()));
    in.hasShortcodes = in.shortcodes.protect(in.text, options);
    if (in.hasShortcodes)
        in.text = in.shortcodes.text();
    in.hasMath = options.math && in.math.protect(in.text, options.firstLine);
    if (in.hasMath)
        in.text = in.math.text();
    in.defused = defuseWideTables(in.text);
    if (in.defused)
        in.text = *in.defused;
    in.guarded = defusePathologicalMarkdown(in.text, options.footnotes);
    if (in.guarded)
        in.text = *in.guarded;
}

// Math and shortcodes back into the parsed document.
void restorePlaceholders(const PreparedInput &in, cmark_node *doc, cmark_mem *mem, const RenderOptions &options,
                         RenderResult &result, std::vector<NodePtr> &replaced)
{
    std::vector<cmark_node *> removed;
    if (in.hasMath)
        result.hasMath = in.math.restore(doc, mem, options.sourcePos, removed) > 0;
    if (in.hasShortcodes) {
        in.shortcodes.restore(doc, mem, options.sourcePos, removed);
        result.shortcodes = in.shortcodes.findings();
    }
    for (cmark_node *node : removed)
        replaced.emplace_back(node);
}

// Heading ids and the outline, highlighted code blocks.
void decorate(cmark_node *doc, int cmarkOptions, cmark_llist *exts, cmark_mem *mem, qsizetype markdownSize,
              const RenderOptions &options, RenderResult &result, std::vector<NodePtr> &replaced)
{
    const Blocks blocks = findBlocks(doc, options.highlightCode);
    replaced.reserve(replaced.size() + blocks.headings.size() + blocks.fencedCode.size());
    addOutline(blocks.headings, cmarkOptions, exts, mem, result, replaced);
    std::size_t highlightBudget = codehighlight::highlightBudgetFor(std::size_t(markdownSize));
    for (cmark_node *node : blocks.fencedCode) {
        if (NodePtr old = highlightCodeBlock(node, cmarkOptions, mem, highlightBudget))
            replaced.push_back(std::move(old));
    }
}

// render(), and with utf8Html renderUtf8(): the HTML goes there instead.
RenderResult renderWith(QStringView markdown, const RenderOptions &options, QByteArray *utf8Html)
{
    // Liquid's lines are mapped back in the text (mapLiquidLines), and the
    // blocks' starts are offsets of the text: both make the text first.
    QByteArray *const direct = options.liquid || options.blocks ? nullptr : utf8Html;
    int cmarkOptions = CMARK_OPT_UNSAFE;
    if (options.footnotes)
        cmarkOptions |= CMARK_OPT_FOOTNOTES;
    if (options.sourcePos)
        cmarkOptions |= CMARK_OPT_SOURCEPOS;

    PreparedInput in;
    prepareInput(in, markdown, options);

    // First in, last out: every cmark object below is gone before it.
    const RenderArena arena(in.text.size());

    ParserPtr parser(cmark_parser_new_with_mem(cmarkOptions, arena.mem()));
    for (cmark_syntax_extension *e : gfmExtensions())
        cmark_parser_attach_syntax_extension(parser.get(), e);
    feedBlankLines(parser.get(), options.firstLine - 1);
    cmark_parser_feed(parser.get(), in.text.data(), in.text.size());
    NodePtr doc;
    {
        const std::unique_lock lock = inlinePhaseLock();
        doc.reset(cmark_parser_finish(parser.get()));
    }

    RenderResult result;
    // Nodes taken out of the tree, freed after the document is rendered.
    std::vector<NodePtr> replaced;
    restorePlaceholders(in, doc.get(), arena.mem(), options, result, replaced);
    cmark_llist *exts = cmark_parser_get_syntax_extensions(parser.get());
    decorate(doc.get(), cmarkOptions, exts, arena.mem(), markdown.size(), options, result, replaced);

    if (options.blocks) {
        finishWithBlocks(result, renderTopLevelBlocks(doc.get(), cmarkOptions, exts, arena.mem()), options);
    } else {
        const CString html(cmark_render_html_with_mem(doc.get(), cmarkOptions, exts, arena.mem()), CharDeleter{arena.mem()});
        finish(result, html.get(), std::strlen(html.get()), options, direct);
    }
    if (options.liquid) {
        result.liquidErrors = in.liquid.errors;
        mapLiquidLines(result, in.liquid.sourceLines, options.firstLine);
    }
    if (arena.releasesAll()) {
        // The arena takes it all back at once.
        for (NodePtr &node : replaced)
            (void)node.release();
        (void)doc.release();
        (void)parser.release();
    }
    if (utf8Html && !direct) {
        *utf8Html = result.html.toUtf8();
        result.html.clear();
    }
    return result;
}

} // namespace

RenderResult render(QStringView markdown, const RenderOptions &options)
{
    return renderWith(markdown, options, nullptr);
}

Utf8RenderResult renderUtf8(QStringView markdown, const RenderOptions &options)
{
    Utf8RenderResult result;
    result.rendered = renderWith(markdown, options, &result.html);
    return result;
}

} // namespace postwright
