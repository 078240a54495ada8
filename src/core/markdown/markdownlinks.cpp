// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tree says what is a link, an image, text or code; cmark keeps no
// reliable columns for inlines (none for continuation lines), so each one
// is found in the source from the start of its block on.
#include "markdown/markdownlinks.h"


#include "render/htmltags.h"
#include "render/inlinephase.h"
#include "render/markdownguard.h"
#include "render/placeholdernodes.h"
#include "render/shortcodescan.h"
#include "text/lineindex.h"

#include <QUrl>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace postwright {
namespace {

// The renderer's extensions: every parser of the process attaches the same
// ones (see inlinephase.h).
bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

constexpr qsizetype searchWindow = 8192;

class Locator final
{
public:
    explicit Locator(QStringView body)
        : m_body(body)
        , m_lines(body)
    {
    }

    // Where to look for what node holds: the start of the line cmark gives
    // it (right for the line an inline's destination is on, while its
    // column is not), else of its block.
    qsizetype searchStart(cmark_node *node) const
    {
        const int line = cmark_node_get_start_line(node);
        if (line <= 0 || line > m_lines.count())
            return blockStart(node);
        return std::max(blockStart(node), m_lines.line(line - 1).start);
    }

    // Where the block holding node starts in the body.
    qsizetype blockStart(cmark_node *node) const
    {
        while (node && (!isBlock(node) || cmark_node_get_start_line(node) <= 0))
            node = cmark_node_parent(node);
        if (!node || m_lines.count() == 0)
            return 0;
        const qsizetype line = std::clamp<qsizetype>(cmark_node_get_start_line(node) - 1, 0, m_lines.count() - 1);
        return m_lines.line(line).start;
    }

    // Where text is written, looked for from the later of from and the
    // last place found, in a window of a few KB (links come in order, so
    // hostile text full of links that are not written as the tree reads
    // them costs a bounded time each); -1 when it is not there.
    qsizetype find(const QString &text, qsizetype from)
    {
        if (text.isEmpty())
            return -1;
        const qsizetype start = std::max(from, m_cursor);
        const QStringView window = m_body.sliced(std::min(start, m_body.size()))
                                       .first(std::min<qsizetype>(m_body.size() - std::min(start, m_body.size()),
                                                                  searchWindow + text.size()));
        for (const QString &form : {text, QString::fromLatin1(QUrl::toPercentEncoding(text, "/:?#&=%"))}) {
            const qsizetype at = window.indexOf(form);
            if (at >= 0) {
                m_cursor = start + at + 1;
                return start + at;
            }
        }
        return -1;
    }

    QStringView body() const { return m_body; }

private:
    QStringView m_body;
    LineIndex m_lines;
    qsizetype m_cursor = 0;
};

// Where the Markdown link whose destination is at `at` starts: its "[" (or
// "![") on the same line; at itself when it is not written inline.
qsizetype linkStart(QStringView body, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && (body[i] == u' ' || body[i] == u'<'))
        --i;
    if (i < 1 || body[i] != u'(' || body[i - 1] != u']')
        return at;
    int depth = 0;
    for (qsizetype j = i - 1; j >= 0 && body[j] != u'\n'; --j) {
        if (body[j] == u']' && (j == 0 || body[j - 1] != u'\\'))
            ++depth;
        else if (body[j] == u'[' && (j == 0 || body[j - 1] != u'\\') && --depth == 0)
            return j > 0 && body[j - 1] == u'!' ? j - 1 : j;
    }
    return at;
}

QString literalOf(cmark_node *node)
{
    const char *literal = cmark_node_get_literal(node);
    return literal ? QString::fromUtf8(literal) : QString();
}

// What an <img> gives a reader: nothing without an alt attribute (an
// empty text); nullopt for alt="", the way HTML marks an image as
// decoration, which is the author's choice.
std::optional<QString> altOf(const HtmlStartTag &tag, QStringView html)
{
    for (const HtmlAttribute &attribute : tag.attributes) {
        if (attribute.name != QLatin1String("alt"))
            continue;
        const QString alt = attribute.valueStart < 0
                                ? QString()
                                : decodeHtmlCharacters(html.sliced(attribute.valueStart,
                                                                   attribute.valueEnd - attribute.valueStart), true);
        if (alt.trimmed().isEmpty())
            return std::nullopt;
        return alt;
    }
    return QString();
}

void addHtmlLinks(cmark_node *node, Locator &locator, QList<MarkdownLink> &out)
{
    const QString html = literalOf(node);
    const qsizetype from = locator.searchStart(node);
    forEachStartTag(html, [&](const HtmlStartTag &tag) {
        const bool image = tag.name == QLatin1String("img");
        if (!image && tag.name != QLatin1String("a"))
            return;
        for (const HtmlAttribute &attribute : tag.attributes) {
            if (attribute.valueStart < 0 || attribute.name != (image ? QLatin1String("src") : QLatin1String("href")))
                continue;
            const QStringView raw = QStringView(html).sliced(attribute.valueStart, attribute.valueEnd - attribute.valueStart);
            const qsizetype at = locator.find(raw.toString(), from);
            qsizetype start = at;
            while (start > 0 && locator.body()[start] != u'<')
                --start;
            // An <img> without alt gives a reader nothing (an empty text);
            // an <a>'s text is in the nodes after it (unknown).
            std::optional<QString> text;
            if (image)
                text = altOf(tag, html);
            out.append({image, decodeHtmlCharacters(raw, true), at < 0 ? from : start, text});
        }
    });
}

// hugo: a Hugo site, where "{{<" and "{{%" open shortcodes (rendered) and
// "{%" means nothing; only other "{{" is template syntax left as text.
void addTemplate(cmark_node *node, Locator &locator, std::optional<TemplateText> &first, bool hugo)
{
    const QString text = literalOf(node);
    // Each occurrence is looked for in the source after the one before, so a
    // text of many shortcodes is one pass.
    qsizetype searchFrom = locator.blockStart(node);
    for (qsizetype from = 0; from < text.size();) {
        qsizetype brace = text.indexOf(QLatin1String("{{"), from);
        const qsizetype percent = hugo ? -1 : text.indexOf(QLatin1String("{%"), from);
        if (brace < 0 || (percent >= 0 && percent < brace))
            brace = percent;
        if (brace < 0)
            return;
        const QString needle = text.mid(brace, 20);
        qsizetype at = locator.body().indexOf(needle, searchFrom);
        if (at < 0)
            at = locator.blockStart(node);
        // Looked at in the source: cmark may end a text node at the "<".
        const QStringView there = locator.body().sliced(at);
        if (hugo && (there.startsWith(QLatin1String("{{<")) || there.startsWith(QLatin1String("{{%")))) {
            from = brace + 2;
            searchFrom = at + 2;
            continue;
        }
        qsizetype end = locator.body().indexOf(u'\n', at);
        if (end < 0)
            end = locator.body().size();
        first = TemplateText{at, locator.body().sliced(at, std::min<qsizetype>(end - at, 60)).toString().trimmed()};
        return;
    }
}

// A Hugo site's shortcodes, read from the body's UTF-8: the files each
// figure names (src, link) as links of the body, at its "{{<"; then the
// code inside each {{< highlight >}} pair turned into spaces (line breaks
// kept), since it is code like a fenced block, its links and template
// syntax examples, not things to check.
QList<MarkdownLink> readHugoShortcodes(QByteArray &utf8)
{
    QList<MarkdownLink> links;
    if (!utf8.contains("{{"))
        return links;
    const std::vector<ShortcodeItem> items =
        scanShortcodes(std::string_view(utf8.constData(), std::size_t(utf8.size())), 1);
    // Byte offsets to the body's UTF-16 offsets, in one pass.
    std::size_t bytes = 0;
    qsizetype units = 0;
    for (const ShortcodeItem &item : items) {
        if (item.kind != ShortcodeItem::Kind::Shortcode || item.name != "figure")
            continue;
        units += QString::fromUtf8(utf8.constData() + bytes, qsizetype(item.begin - bytes)).size();
        bytes = item.begin;
        // hugo's figure: alt, else the caption made plain.
        std::string alt = item.get("alt");
        if (alt.empty())
            alt = item.get("caption");
        if (const std::string src = item.get("src"); !src.empty())
            links.append({true, QString::fromStdString(src), units, QString::fromStdString(alt).simplified()});
        if (const std::string link = item.get("link"); !link.empty())
            links.append({false, QString::fromStdString(link), units, std::nullopt});
    }
    for (const ShortcodeItem &item : items) {
        if (item.kind != ShortcodeItem::Kind::Shortcode || !item.paired || item.name != "highlight")
            continue;
        for (std::size_t i = item.innerBegin; i < item.innerEnd && i < std::size_t(utf8.size()); ++i) {
            if (utf8[qsizetype(i)] != '\n' && utf8[qsizetype(i)] != '\r')
                utf8[qsizetype(i)] = ' ';
        }
    }
    return links;
}

// What one step of the walk adds to the prose a reader reads.
// An autolink (<https://…> or a bare URL): its text is its address.
bool isAutolink(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const char *url = cmark_node_get_url(link);
    const char *text = cmark_node_get_literal(child);
    if (!url || !text)
        return false;
    const std::string_view address(url), shown(text);
    return address == shown || (address.size() > shown.size() && address.substr(address.size() - shown.size()) == shown);
}

void addProse(cmark_node *node, cmark_node_type type, cmark_event_type event, int &inImage, QString &prose)
{
    // Not read as prose: image descriptions and addresses shown as links.
    if (type == CMARK_NODE_IMAGE || (type == CMARK_NODE_LINK && isAutolink(node))) {
        inImage += event == CMARK_EVENT_ENTER ? 1 : -1;
        return;
    }
    if (event == CMARK_EVENT_EXIT || (event == CMARK_EVENT_ENTER && isBlock(node) && cmark_node_first_child(node) == nullptr)) {
        if (isBlock(node) && !prose.isEmpty() && !prose.endsWith(QLatin1String("\n\n")))
            prose += QLatin1String("\n\n");
        return;
    }
    if (inImage > 0)
        return;
    switch (type) {
    case CMARK_NODE_TEXT:
        prose += literalOf(node);
        break;
    case CMARK_NODE_CODE:
        // Code is not read as words: a span stands for one.
        prose += QLatin1String("code");
        break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        prose += QLatin1Char(' ');
        break;
    default:
        break;
    }
}

} // namespace

MarkdownScan scanMarkdown(QStringView body, bool hugoShortcodes)
{
    MarkdownScan scan;
    QByteArray utf8 = body.toUtf8();
    const QList<MarkdownLink> figures = hugoShortcodes ? readHugoShortcodes(utf8) : QList<MarkdownLink>();
    std::string_view input(utf8.constData(), std::size_t(utf8.size()));
    const std::optional<std::string> guarded = defusePathologicalMarkdown(input, true);
    if (guarded)
        input = *guarded;
    const std::unique_ptr<cmark_parser, void (*)(cmark_parser *)> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES),
                                                                        cmark_parser_free);
    for (cmark_syntax_extension *e : gfmExtensions())
        cmark_parser_attach_syntax_extension(parser.get(), e);
    cmark_parser_feed(parser.get(), input.data(), input.size());
    std::unique_ptr<cmark_node, void (*)(cmark_node *)> document(nullptr, cmark_node_free);
    {
        const std::unique_lock lock = inlinePhaseLock();
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (!document)
        return scan;
    Locator locator(body);
    const std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(document.get()), cmark_iter_free);
    int inImage = 0;
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        addProse(node, type, event, inImage, scan.prose);
        if (event != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            const qsizetype from = locator.searchStart(node);
            const qsizetype at = locator.find(url, from);
            scan.links.append({type == CMARK_NODE_IMAGE, url, at < 0 ? from : linkStart(body, at), plainText(node, ImageText::Keep).simplified()});
        } else if (type == CMARK_NODE_HEADING && cmark_node_parent(node) == document.get()) {
            scan.headings.append({cmark_node_get_heading_level(node), plainText(node, ImageText::Keep).simplified(), cmark_node_get_start_line(node)});
        } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            addHtmlLinks(node, locator, scan.links);
        } else if (type == CMARK_NODE_TEXT && !scan.firstTemplate) {
            addTemplate(node, locator, scan.firstTemplate, hugoShortcodes);
        }
    }
    if (!figures.isEmpty()) {
        scan.links += figures;
        std::stable_sort(scan.links.begin(), scan.links.end(),
                         [](const MarkdownLink &a, const MarkdownLink &b) { return a.start < b.start; });
    }
    return scan;
}

bool hasTemplateOpener(QStringView text)
{
    for (qsizetype at = text.indexOf(u'{'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'{', at + 1)) {
        if (const QChar next = text.at(at + 1); next == u'{' || next == u'%')
            return true;
    }
    return false;
}

} // namespace postwright
