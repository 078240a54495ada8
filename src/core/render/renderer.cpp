// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderer.h"

#include <QRegularExpression>

#include "render/htmlescape.h"

#include "render/codehighlighter.h"
#include "render/inlinephase.h"
#include "render/markdownguard.h"
#include "render/mathspans.h"
#include "render/rawhtmlfilter.h"
#include "render/renderarena.h"
#include "render/shortcodespans.h"
#include "render/tableguard.h"

#include <cmark-gfm-core-extensions.h>
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

constexpr std::array extensionNames{"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

struct Extensions
{
    std::array<cmark_syntax_extension *, extensionNames.size()> list{};
};

// cmark_gfm_core_extensions_ensure_registered() guards itself with a plain
// int, so two first renders on two threads could register twice.
const Extensions &extensions()
{
    static Extensions ext;
    static std::once_flag once;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        for (std::size_t i = 0; i < extensionNames.size(); ++i)
            ext.list[i] = cmark_find_syntax_extension(extensionNames[i]);
    });
    return ext;
}

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

bool isCjk(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
        || (cp >= 0x3400 && cp <= 0x4DBF)      // extension A
        || (cp >= 0x3040 && cp <= 0x30FF)      // hiragana, katakana
        || (cp >= 0x31F0 && cp <= 0x31FF)      // katakana extension
        || (cp >= 0xF900 && cp <= 0xFAFF)      // compatibility ideographs
        || (cp >= 0xFF66 && cp <= 0xFF9F)      // half-width katakana
        || (cp >= 0x20000 && cp <= 0x3FFFF);   // extensions B and later
}

bool isUnicodeSpace(char32_t cp)
{
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Counts the words a reader sees in the HTML that cmark rendered: the text
// outside tags, with code blocks, comments and footnote markers left out
// (image descriptions are attributes, so they are left out too). Scanning
// the finished HTML once costs less than half of visiting every inline node
// of the tree (a 5 MB post: 12 ms against 30 ms), and it is the same parse.
//
// A word is a run of non-space characters with at least one letter or digit
// ("don't", "e-mail" and "v1.2" are one word, a lone "–" none). Inline tags
// such as <em> do not split a word, block tags do. Chinese and Japanese do
// not separate words with spaces: each ideograph or kana counts as one word,
// as word processors count them. Korean separates words with spaces.
class HtmlWordCounter
{
public:
    int count(const char *html, std::size_t len)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(html);
        const auto *end = p + len;
        while (p < end) {
            const Class cls = byteClass(*p);
            if (cls <= Letter) {
                // Text is most of the bytes: no branch on what a byte is.
                m_words += int(cls == Space && m_inWord);
                m_inWord = (m_inWord || cls == Letter) && cls != Space;
                ++p;
                continue;
            }
            switch (cls) {
            case TagStart:
                p = tag(p, end);
                break;
            case Entity:
                p = entity(p, end);
                break;
            default:
                p = codePoint(p, end);
                break;
            }
        }
        breakWord();
        return m_words;
    }

private:
    enum Class : unsigned char { Other, Space, Letter, TagStart, Entity, NonAscii };

    static Class byteClass(unsigned char c)
    {
        static constexpr auto table = [] {
            std::array<Class, 256> t{};
            for (unsigned char ch : {' ', '\t', '\n', '\v', '\f', '\r'})
                t[ch] = Space;
            for (int ch = '0'; ch <= '9'; ++ch)
                t[std::size_t(ch)] = Letter;
            for (int ch = 'a'; ch <= 'z'; ++ch)
                t[std::size_t(ch)] = t[std::size_t(ch - 'a' + 'A')] = Letter;
            t['<'] = TagStart;
            t['&'] = Entity;
            for (std::size_t ch = 0x80; ch < t.size(); ++ch)
                t[ch] = NonAscii;
            return t;
        }();
        return table[c];
    }

    void breakWord()
    {
        if (m_inWord)
            ++m_words;
        m_inWord = false;
    }

    void add(char32_t cp)
    {
        if (isCjk(cp)) {
            breakWord();
            ++m_words;
        } else if (isUnicodeSpace(cp)) {
            breakWord();
        } else if (QChar::isLetterOrNumber(cp) || QChar::isMark(cp)) {
            m_inWord = true;
        }
    }

    const unsigned char *codePoint(const unsigned char *p, const unsigned char *end)
    {
        const unsigned char c = *p++;
        char32_t cp = 0;
        int extra = 0;
        if (c >= 0xF0) {
            cp = c & 0x07;
            extra = 3;
        } else if (c >= 0xE0) {
            cp = c & 0x0F;
            extra = 2;
        } else if (c >= 0xC0) {
            cp = c & 0x1F;
            extra = 1;
        } else {
            return p;   // stray continuation byte
        }
        for (; extra > 0 && p < end && (*p & 0xC0) == 0x80; --extra, ++p)
            cp = (cp << 6) | (*p & 0x3F);
        add(cp);
        return p;
    }

    static const unsigned char *find(const unsigned char *p, const unsigned char *end,
                                     std::string_view what)
    {
        const std::string_view rest(reinterpret_cast<const char *>(p), std::size_t(end - p));
        const std::size_t at = rest.find(what);
        return at == std::string_view::npos ? end : p + at + what.size();
    }

    // A tag name of up to 8 letters or digits as one number, lower case, so
    // that telling tags apart costs no string comparison. 0: longer names.
    static constexpr std::uint64_t packName(std::string_view name)
    {
        if (name.size() > 8)
            return 0;
        std::uint64_t packed = 0;
        for (char c : name)
            packed = (packed << 8) | std::uint8_t(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        return packed;
    }

    // Tags that sit inside a word: "**bold**text" is one word.
    static bool isInlineTag(std::uint64_t name)
    {
        switch (name) {
        case packName("a"): case packName("abbr"): case packName("b"): case packName("bdi"):
        case packName("bdo"): case packName("cite"): case packName("code"): case packName("data"):
        case packName("del"): case packName("dfn"): case packName("em"): case packName("font"):
        case packName("i"): case packName("ins"): case packName("kbd"): case packName("mark"):
        case packName("q"): case packName("s"): case packName("samp"): case packName("small"):
        case packName("span"): case packName("strong"): case packName("sub"): case packName("sup"):
        case packName("time"): case packName("u"): case packName("var"):
            return true;
        default:
            return false;
        }
    }

    const unsigned char *tag(const unsigned char *p, const unsigned char *end)
    {
        if (end - p >= 4 && p[1] == '!' && p[2] == '-' && p[3] == '-')
            return find(p + 4, end, "-->");
        const unsigned char *q = p + 1;
        const bool closing = q < end && *q == '/';
        if (closing)
            ++q;
        const unsigned char *nameStart = q;
        while (q < end && byteClass(*q) == Letter)
            ++q;
        if (q == nameStart && !(p + 1 < end && (p[1] == '!' || p[1] == '?')))
            return p + 1;   // a lone '<' is text
        const std::uint64_t name =
            packName({reinterpret_cast<const char *>(nameStart), std::size_t(q - nameStart)});

        // The rest of the tag, quotes respected.
        const unsigned char *attrs = q;
        for (; q < end && *q != '>'; ++q) {
            if (*q == '"' || *q == '\'') {
                const unsigned char quote = *q;
                do
                    ++q;
                while (q < end && *q != quote);
                if (q == end)
                    break;
            }
        }
        const std::string_view attributes(reinterpret_cast<const char *>(attrs), std::size_t(q - attrs));
        q = q < end ? q + 1 : end;

        if (!closing && name == packName("pre")) {
            breakWord();
            return find(q, end, "</pre>");
        }
        if (!closing && name == packName("sup") && attributes.starts_with(" class=\"footnote-ref\""))
            return find(q, end, "</sup>");
        // The head of a site's own shortcode's box ("shortcode NAME" and
        // its parameters) is not the post's text.
        if (!closing && (name == packName("div") || name == packName("small"))
            && attributes.starts_with(" class=\"pw-shortcode-head\"")) {
            breakWord();
            return find(q, end, name == packName("div") ? "</div>" : "</small>");
        }
        // A formula is one word, however much TeX it takes.
        if (!closing && (name == packName("span") || name == packName("div"))
            && attributes.starts_with(" class=\"math ")) {
            breakWord();
            ++m_words;
            return find(q, end, name == packName("span") ? "</span>" : "</div>");
        }
        if (!isInlineTag(name))
            breakWord();
        return q;
    }

    const unsigned char *entity(const unsigned char *p, const unsigned char *end)
    {
        const unsigned char *q = p + 1;
        while (q < end && q - p < 32 && (byteClass(*q) == Letter || *q == '#'))
            ++q;
        if (q == end || *q != ';' || q == p + 1)
            return p + 1;   // a lone '&' is punctuation
        const std::string_view name(reinterpret_cast<const char *>(p + 1), std::size_t(q - p - 1));
        if (name == "nbsp") {
            breakWord();
        } else if (name.starts_with('#')) {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            char32_t cp = 0;
            for (char ch : name.substr(hex ? 2 : 1)) {
                const int digit = (ch >= '0' && ch <= '9') ? ch - '0'
                                : (hex && ch >= 'a' && ch <= 'f') ? ch - 'a' + 10
                                : (hex && ch >= 'A' && ch <= 'F') ? ch - 'A' + 10
                                : -1;
                if (digit < 0 || cp > 0x10FFFF)
                    return q + 1;
                cp = cp * (hex ? 16 : 10) + char32_t(digit);
            }
            add(cp);
        }
        // Named entities (&amp;, &quot;...) are punctuation.
        return q + 1;
    }

    int m_words = 0;
    bool m_inWord = false;
};

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

// The plain text of a heading: its text and code, without markup, raw HTML
// or image descriptions.
QString headingText(cmark_node *heading)
{
    std::string text;
    int imageDepth = 0;
    const IterPtr iter(cmark_iter_new(heading));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (imageDepth == 0)
                text += cmark_node_get_literal(node);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        case CMARK_NODE_IMAGE:
            imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1;
            break;
        default:
            break;
        }
    }
    return QString::fromStdString(text).trimmed();
}

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
    static const QRegularExpression sourcePos(QStringLiteral("data-sourcepos=\"(\\d+):(\\d+)-(\\d+):(\\d+)\""));
    QString html;
    html.reserve(result.html.size());
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : sourcePos.globalMatch(result.html)) {
        html += QStringView(result.html).mid(at, m.capturedStart() - at);
        html += QStringLiteral("data-sourcepos=\"%1:%2-%3:%4\"")
                    .arg(map(m.captured(1).toInt()))
                    .arg(m.captured(2))
                    .arg(map(m.captured(3).toInt()))
                    .arg(m.captured(4));
        at = m.capturedEnd();
    }
    html += QStringView(result.html).mid(at);
    result.html = html;
}

} // namespace

RenderResult render(QStringView markdown, const RenderOptions &options)
{
    const Extensions &ext = extensions();

    int cmarkOptions = CMARK_OPT_UNSAFE;
    if (options.footnotes)
        cmarkOptions |= CMARK_OPT_FOOTNOTES;
    if (options.sourcePos)
        cmarkOptions |= CMARK_OPT_SOURCEPOS;

    QStringView body(markdown);
    LiquidResult liquid;
    if (options.liquid) {
        liquid = options.liquid(markdown, options.firstLine);
        body = liquid.output;
    }
    // A BOM is only skipped at the very start of cmark's input.
    if (body.startsWith(QChar(0xFEFF)))
        body = body.mid(1);
    const QByteArray utf8 = body.toUtf8();
    std::string_view input(utf8.constData(), std::size_t(utf8.size()));
    ShortcodeSpans shortcodes;
    const bool hasShortcodes = shortcodes.protect(input, options);
    if (hasShortcodes)
        input = shortcodes.text();
    MathSpans math;
    const bool protectedMath = options.math && math.protect(input, options.firstLine);
    if (protectedMath)
        input = math.text();
    const std::optional<std::string> defused = defuseWideTables(input);
    if (defused)
        input = *defused;
    const std::optional<std::string> guarded = defusePathologicalMarkdown(input, options.footnotes);
    if (guarded)
        input = *guarded;

    // First in, last out: every cmark object below is gone before it.
    const RenderArena arena(input.size());

    ParserPtr parser(cmark_parser_new_with_mem(cmarkOptions, arena.mem()));
    for (cmark_syntax_extension *e : ext.list)
        cmark_parser_attach_syntax_extension(parser.get(), e);
    feedBlankLines(parser.get(), options.firstLine - 1);
    cmark_parser_feed(parser.get(), input.data(), input.size());
    NodePtr doc;
    {
        const std::unique_lock lock = inlinePhaseLock();
        doc.reset(cmark_parser_finish(parser.get()));
    }

    RenderResult result;
    // Nodes taken out of the tree, freed after the document is rendered.
    std::vector<NodePtr> replaced;
    if (protectedMath) {
        std::vector<cmark_node *> removed;
        result.hasMath = math.restore(doc.get(), arena.mem(), options.sourcePos, removed) > 0;
        for (cmark_node *node : removed)
            replaced.emplace_back(node);
    }
    if (hasShortcodes) {
        std::vector<cmark_node *> removed;
        shortcodes.restore(doc.get(), arena.mem(), options.sourcePos, removed);
        for (cmark_node *node : removed)
            replaced.emplace_back(node);
        result.shortcodes = shortcodes.findings();
    }

    const Blocks blocks = findBlocks(doc.get(), options.highlightCode);
    const std::vector<cmark_node *> &headings = blocks.headings;
    replaced.reserve(replaced.size() + headings.size() + blocks.fencedCode.size());
    result.outline.reserve(qsizetype(headings.size()));
    cmark_llist *exts = cmark_parser_get_syntax_extensions(parser.get());
    SlugRegistry slugs;
    for (cmark_node *node : headings) {
        Heading heading;
        heading.level = cmark_node_get_heading_level(node);
        heading.text = headingText(node);
        heading.id = slugs.unique(heading.text);
        heading.line = cmark_node_get_start_line(node);
        replaced.push_back(addHeadingId(node, heading.id, cmarkOptions, exts, arena.mem()));
        result.outline.append(std::move(heading));
    }
    std::size_t highlightBudget = codehighlight::highlightBudgetFor(std::size_t(markdown.size()));
    for (cmark_node *node : blocks.fencedCode) {
        if (NodePtr old = highlightCodeBlock(node, cmarkOptions, arena.mem(), highlightBudget))
            replaced.push_back(std::move(old));
    }

    const CString html(cmark_render_html_with_mem(doc.get(), cmarkOptions, exts, arena.mem()), CharDeleter{arena.mem()});
    const std::size_t length = std::strlen(html.get());
    if (options.statistics) {
        result.words = HtmlWordCounter().count(html.get(), length);
        result.readingMinutes = (result.words + 229) / 230;
    }
    result.html = QString::fromUtf8(html.get(), qsizetype(length));
    result.removedTags = filterRawHtml(result.html);
    if (options.liquid) {
        result.liquidErrors = liquid.errors;
        mapLiquidLines(result, liquid.sourceLines, options.firstLine);
    }
    return result;
}

} // namespace postwright
