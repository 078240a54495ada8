// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmltext.h"

#include "render/htmltags.h"
#include "render/renderer.h"

#include <QHash>
#include <QRegularExpression>

namespace postwright {
namespace {

bool isBlockTag(QStringView tag)
{
    static const QRegularExpression block(
        QStringLiteral("^</?(p|h[1-6]|li|ul|ol|br|hr|div|tr|td|th|table|thead|tbody|blockquote|pre|dd|dt|dl|section|"
                       "figure|figcaption|details|summary)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return block.match(tag).hasMatch();
}

// & " < and > as entities (Qt's toHtmlEscaped).
QString escapeAttribute(const QString &value)
{
    return value.toHtmlEscaped();
}

} // namespace

QString escapeHtml(const QString &text)
{
    QString out = escapeAttribute(text);
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

namespace {

// A srcset value ("a.png 1x, b.png 2x") with each candidate's URL passed
// through rewrite; nullopt when none changed. As the HTML standard parses
// it: a URL is a run of non-blanks (a data: URL's comma stays in it), its
// trailing commas end the candidate, else a descriptor runs to a comma.
std::optional<QString> rewriteSrcset(const QString &value,
                                     const std::function<std::optional<QString>(const QString &url, bool image)> &rewrite)
{
    QStringList candidates;
    bool changed = false;
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (value.at(i).isSpace() || value.at(i) == u','))
            ++i;
        if (i == n)
            break;
        const qsizetype start = i;
        while (i < n && !value.at(i).isSpace())
            ++i;
        QString url = value.sliced(start, i - start);
        QString descriptor;
        if (url.endsWith(u',')) {
            while (url.endsWith(u','))
                url.chop(1);
        } else {
            const qsizetype descriptorStart = i;
            int depth = 0;
            while (i < n && (value.at(i) != u',' || depth > 0)) {
                depth += value.at(i) == u'(' ? 1 : value.at(i) == u')' ? -1 : 0;
                ++i;
            }
            descriptor = value.sliced(descriptorStart, i - descriptorStart).trimmed();
        }
        if (const std::optional<QString> replaced = rewrite(url, true)) {
            url = *replaced;
            changed = true;
        }
        candidates.append(descriptor.isEmpty() ? url : url + u' ' + descriptor);
    }
    if (!changed)
        return std::nullopt;
    return candidates.join(QStringLiteral(", "));
}

} // namespace

namespace {

// What an attribute holds, for rewriteReferences.
enum class UrlAttribute { None, Link, Image, ImageList };

UrlAttribute urlAttribute(const QString &name)
{
    static const QHash<QString, UrlAttribute> kinds{
        {QStringLiteral("href"), UrlAttribute::Link},         {QStringLiteral("xlink:href"), UrlAttribute::Link},
        {QStringLiteral("formaction"), UrlAttribute::Link},   {QStringLiteral("action"), UrlAttribute::Link},
        {QStringLiteral("cite"), UrlAttribute::Link},         {QStringLiteral("longdesc"), UrlAttribute::Link},
        {QStringLiteral("usemap"), UrlAttribute::Link},       {QStringLiteral("manifest"), UrlAttribute::Link},
        {QStringLiteral("codebase"), UrlAttribute::Link},     {QStringLiteral("profile"), UrlAttribute::Link},
        {QStringLiteral("icon"), UrlAttribute::Link},         {QStringLiteral("ping"), UrlAttribute::Link},
        {QStringLiteral("src"), UrlAttribute::Image},         {QStringLiteral("poster"), UrlAttribute::Image},
        {QStringLiteral("data"), UrlAttribute::Image},        {QStringLiteral("background"), UrlAttribute::Image},
        {QStringLiteral("lowsrc"), UrlAttribute::Image},      {QStringLiteral("dynsrc"), UrlAttribute::Image},
        {QStringLiteral("srcset"), UrlAttribute::ImageList},  {QStringLiteral("imagesrcset"), UrlAttribute::ImageList},
    };
    return kinds.value(name, UrlAttribute::None);
}

} // namespace

QString rewriteReferences(const QString &html,
                          const std::function<std::optional<QString>(const QString &url, bool image)> &rewrite)
{
    // Tags as a browser reads them: any case, any quoting, entities in the
    // value decoded before rewrite sees it. Only those: HTML shown as text
    // (a code span, a tag GFM's tagfilter turned into text) is no link and
    // stays exactly as the post wrote it.
    struct Replacement
    {
        qsizetype start;
        qsizetype end;
        QString text;
    };
    QList<Replacement> replacements;
    forEachStartTag(html, [&](const HtmlStartTag &tag) {
        for (const HtmlAttribute &attribute : tag.attributes) {
            const UrlAttribute kind = urlAttribute(attribute.name);
            if (kind == UrlAttribute::None || attribute.valueStart < 0)
                continue;
            const QString value = decodeHtmlCharacters(
                QStringView(html).sliced(attribute.valueStart, attribute.valueEnd - attribute.valueStart), true);
            const std::optional<QString> replaced = kind == UrlAttribute::ImageList
                                                        ? rewriteSrcset(value, rewrite)
                                                        : rewrite(value, kind == UrlAttribute::Image);
            if (!replaced)
                continue;
            QString text = attribute.quote == u'\'' ? escapeHtml(*replaced) : escapeAttribute(*replaced);
            if (attribute.quote.isNull())
                text = QLatin1Char('"') + text + QLatin1Char('"');
            replacements.append({attribute.valueStart, attribute.valueEnd, std::move(text)});
        }
    });
    if (replacements.isEmpty())
        return html;
    QString out;
    out.reserve(html.size() + 256);
    qsizetype last = 0;
    for (const Replacement &replacement : std::as_const(replacements)) {
        out += QStringView(html).sliced(last, replacement.start - last);
        out += replacement.text;
        last = replacement.end;
    }
    out += QStringView(html).sliced(last);
    return out;
}

QString htmlToText(QStringView html)
{
    QString text;
    text.reserve(html.size());
    bool inTag = false;
    bool space = true;
    qsizetype segmentStart = 0;
    auto flush = [&](qsizetype end) {
        const QString decoded = decodeHtmlCharacters(html.sliced(segmentStart, end - segmentStart), false);
        for (const QChar c : decoded) {
            if (c.isSpace()) {
                if (!space)
                    text += QLatin1Char(' ');
                space = true;
            } else {
                text += c;
                space = false;
            }
        }
    };
    qsizetype tagStart = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!inTag && c == QLatin1Char('<')) {
            flush(i);
            inTag = true;
            tagStart = i;
        } else if (inTag && c == QLatin1Char('>')) {
            inTag = false;
            segmentStart = i + 1;
            // Blocks separate words ("<p>a</p><p>b</p>" is "a b"), inline
            // elements do not ("a<em>b</em>" is "ab").
            if (!space && isBlockTag(html.sliced(tagStart, i - tagStart))) {
                text += QLatin1Char(' ');
                space = true;
            }
        }
    }
    if (!inTag)
        flush(html.size());
    return text.trimmed();
}

namespace {

// Elements whose text is no part of a summary: the boxes and labels the
// renderer draws for shortcodes and embeds, footnote marks and notes,
// anything that is not prose.
bool skippedInSummary(QStringView name, QStringView classes)
{
    static const QStringList names{QStringLiteral("script"), QStringLiteral("style"),   QStringLiteral("template"),
                                   QStringLiteral("svg"),    QStringLiteral("iframe"),  QStringLiteral("noscript"),
                                   QStringLiteral("object"), QStringLiteral("button"),  QStringLiteral("video"),
                                   QStringLiteral("audio"),  QStringLiteral("select"),  QStringLiteral("textarea")};
    if (names.contains(name))
        return true;
    static const QRegularExpression skippedClass(
        QStringLiteral("(^|\\s)(pw-shortcode-head|pw-shortcode-error|pw-video|pw-embed|pw-card|pw-notices|footnotes|"
                       "footnote-ref|footnote-backref)(\\s|$)"));
    return !classes.isEmpty() && skippedClass.match(classes).hasMatch();
}

bool isVoidElement(QStringView name)
{
    static const QStringList names{QStringLiteral("area"), QStringLiteral("br"),    QStringLiteral("col"),
                                   QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),
                                   QStringLiteral("input"), QStringLiteral("link"), QStringLiteral("meta"),
                                   QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr")};
    return names.contains(name);
}

// One tag at html[start] ('<'): its lower-case name, whether it closes,
// its class attribute and where it ends (after '>'). Comments have no name.
struct SummaryTag
{
    QString name;
    bool closing = false;
    QString classes;
    qsizetype end = 0;
};

SummaryTag readSummaryTag(QStringView html, qsizetype start)
{
    SummaryTag tag;
    if (html.sliced(start).startsWith(u"<!--")) {
        const qsizetype close = html.indexOf(u"-->", start + 4);
        tag.end = close < 0 ? html.size() : close + 3;
        return tag;
    }
    qsizetype i = start + 1;
    tag.closing = i < html.size() && html.at(i) == u'/';
    if (tag.closing)
        ++i;
    while (i < html.size() && (html.at(i).isLetterOrNumber() || html.at(i) == u'-'))
        tag.name += html.at(i++).toLower();
    // To the '>' outside quotes.
    QChar quote;
    const qsizetype attributes = i;
    for (; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'>')
            break;
    }
    tag.end = std::min(i + 1, html.size());
    static const QRegularExpression classAttribute(QStringLiteral("\\bclass\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = classAttribute.match(html.sliced(attributes, i - attributes));
    if (match.hasMatch())
        tag.classes = match.captured(1) + match.captured(2) + match.captured(3);
    return tag;
}

// Text collected line by line: blanks collapse, a block ends its line.
class SummaryLines
{
public:
    void text(QStringView decoded)
    {
        for (const QChar c : decoded) {
            if (c.isSpace()) {
                m_space = !m_line.isEmpty() && !m_line.endsWith(u' ');
            } else {
                if (m_space)
                    m_line += u' ';
                m_space = false;
                m_line += c;
            }
        }
    }
    void breakLine(const QString &prefix = {})
    {
        // A paragraph inside a list item: the item's bullet stays.
        if (prefix.isEmpty() && !m_prefix.isEmpty() && m_line.trimmed() == m_prefix.trimmed())
            return;
        if (!m_line.trimmed().isEmpty() && m_line.trimmed() != m_prefix.trimmed())
            m_lines.append(m_line.trimmed());
        m_line = prefix;
        m_prefix = prefix;
        m_space = false;
    }
    QString joined()
    {
        breakLine();
        return m_lines.join(u'\n');
    }

private:
    QStringList m_lines;
    QString m_line;
    QString m_prefix;
    bool m_space = false;
};

} // namespace

QString summaryText(QStringView html)
{
    SummaryLines lines;
    QString skipping;        // the element whose text is left out
    int skipDepth = 0;
    QList<int> listNumbers;  // per open list: the next item's number, 0 for bullets
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype open = html.indexOf(u'<', pos);
        const qsizetype textEnd = open < 0 ? html.size() : open;
        if (skipDepth == 0 && textEnd > pos)
            lines.text(decodeHtmlCharacters(html.sliced(pos, textEnd - pos), false));
        if (open < 0)
            break;
        const SummaryTag tag = readSummaryTag(html, open);
        pos = tag.end;
        if (tag.name.isEmpty())
            continue;
        if (skipDepth > 0) {
            if (tag.name == skipping && !isVoidElement(tag.name))
                skipDepth += tag.closing ? -1 : 1;
            continue;
        }
        if (!tag.closing && skippedInSummary(tag.name, tag.classes)) {
            if (!isVoidElement(tag.name)) {
                skipping = tag.name;
                skipDepth = 1;
            }
            continue;
        }
        if (tag.name == u"ul" || tag.name == u"ol") {
            if (tag.closing && !listNumbers.isEmpty())
                listNumbers.removeLast();
            else if (!tag.closing)
                listNumbers.append(tag.name == u"ol" ? 1 : 0);
            lines.breakLine();
        } else if (tag.name == u"li" && !tag.closing) {
            QString prefix = QStringLiteral("• ");
            if (!listNumbers.isEmpty() && listNumbers.last() > 0)
                prefix = QString::number(listNumbers.last()++) + QStringLiteral(". ");
            lines.breakLine(prefix);
        } else if (isBlockTag(QLatin1Char('<') + tag.name)) {
            lines.breakLine();
        }
    }
    return lines.joined();
}

QString firstWords(const QString &text, int count)
{
    qsizetype pos = 0;
    int words = 0;
    const qsizetype n = text.size();
    while (pos < n && words < count) {
        while (pos < n && text.at(pos).isSpace())
            ++pos;
        if (pos >= n)
            break;
        while (pos < n && !text.at(pos).isSpace())
            ++pos;
        ++words;
    }
    while (pos < n && text.at(pos).isSpace())
        ++pos;
    if (pos >= n)
        return text.trimmed();
    return text.left(pos).trimmed() + QStringLiteral("…");
}

QString postSummary(const QString &frontMatterSummary, QStringView markdownBody, const QString &bodyHtml, int words,
                    const ShortcodeOptions &shortcodes)
{
    if (!frontMatterSummary.trimmed().isEmpty())
        return frontMatterSummary.trimmed();
    const qsizetype more = markdownBody.indexOf(QLatin1String("<!--more-->"));
    if (more >= 0) {
        RenderOptions options;
        options.sourcePos = false;
        options.statistics = false;
        options.shortcodes = shortcodes;
        options.shortcodes.embedPlaceholders = false;
        return summaryText(render(markdownBody.first(more), options).html);
    }
    // Only the start of the body is needed.
    const qsizetype enough = std::min<qsizetype>(bodyHtml.size(), qsizetype(words) * 40 + 2000);
    QStringView head = QStringView(bodyHtml).first(enough);
    if (enough < bodyHtml.size()) {
        const qsizetype tag = head.lastIndexOf(QLatin1Char('<'));
        if (tag > 0)
            head = head.first(tag);
    }
    return firstWords(summaryText(head), words);
}

bool isScriptUrl(const QString &url)
{
    // Browsers drop blanks and control characters around and inside the
    // scheme ("java\tscript:", " javascript:").
    QString squeezed;
    for (const QChar c : url) {
        if (c.unicode() <= 0x20)
            continue;
        const QChar lower = c.toLower();
        // Each scheme below starts with one of these; most links stop here.
        if (squeezed.isEmpty() && !QStringView(u"jvld").contains(lower))
            return false;
        squeezed += lower;
        if (squeezed.size() >= 40)
            break;
    }
    static const char *const schemes[] = {"javascript:", "vbscript:", "livescript:", "data:text/html",
                                          "data:application/xhtml", "data:text/xml", "data:application/xml"};
    for (const char *scheme : schemes) {
        if (squeezed.startsWith(QLatin1String(scheme)))
            return true;
    }
    return false;
}

} // namespace postwright
