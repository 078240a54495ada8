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

QString escapeAttribute(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    out.replace(QLatin1Char('"'), QStringLiteral("&quot;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    out.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return out;
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

// A value rewriteReferences may replace: where it is, and what it holds.
struct UrlValue
{
    qsizetype start;
    qsizetype end;
    QChar quote;
    UrlAttribute kind;
};

// What looks like href="...", src='...', poster or srcset anywhere in html,
// in a tag or not, as the export has always read it: text that shows HTML
// (GFM's tagfilter turns "<iframe" into text) is rewritten too, so that no
// "javascript:" is left even where a browser would not follow it.
QList<UrlValue> quotedValuesAnywhere(QStringView view)
{
    const auto blank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    };
    QList<UrlValue> values;
    qsizetype from = 0;
    qsizetype equals;
    while ((equals = view.indexOf(u'=', from)) >= 0) {
        from = equals + 1;
        qsizetype nameEnd = equals;
        while (nameEnd > 0 && blank(view.at(nameEnd - 1)))
            --nameEnd;
        UrlAttribute kind = UrlAttribute::None;
        qsizetype nameSize = 0;
        for (const auto &[name, what] : {std::pair{u"srcset", UrlAttribute::ImageList}, std::pair{u"src", UrlAttribute::Image},
                                         std::pair{u"poster", UrlAttribute::Image}, std::pair{u"href", UrlAttribute::Link}}) {
            const QStringView n(name);
            if (nameEnd >= n.size() && view.sliced(nameEnd - n.size(), n.size()).compare(n, Qt::CaseInsensitive) == 0) {
                kind = what;
                nameSize = n.size();
                break;
            }
        }
        if (kind == UrlAttribute::None || nameEnd - nameSize == 0)
            continue;
        if (const QChar before = view.at(nameEnd - nameSize - 1); !before.isSpace() && before != u'"' && before != u'\'')
            continue;
        qsizetype open = equals + 1;
        while (open < view.size() && blank(view.at(open)))
            ++open;
        if (open == view.size() || (view.at(open) != u'"' && view.at(open) != u'\''))
            continue;
        const qsizetype close = view.indexOf(view.at(open), open + 1);
        if (close < 0)
            continue;
        from = close + 1;
        values.append({open + 1, close, view.at(open), kind});
    }
    return values;
}

} // namespace

QString rewriteReferences(const QString &html,
                          const std::function<std::optional<QString>(const QString &url, bool image)> &rewrite)
{
    const QStringView view(html);
    // The URL attributes of the tags a browser reads (any case, any
    // quoting, entities decoded before rewrite sees the value), then what
    // only looks like one (quotedValuesAnywhere), unless it lies in one of
    // those: each value once.
    QList<UrlValue> values;
    forEachStartTag(html, [&](const HtmlStartTag &tag) {
        for (const HtmlAttribute &attribute : tag.attributes) {
            const UrlAttribute kind = urlAttribute(attribute.name);
            if (kind != UrlAttribute::None && attribute.valueStart >= 0)
                values.append({attribute.valueStart, attribute.valueEnd, attribute.quote, kind});
        }
    });
    const QList<UrlValue> anywhere = quotedValuesAnywhere(view);
    if (!anywhere.isEmpty()) {
        QList<UrlValue> merged;
        merged.reserve(values.size() + anywhere.size());
        qsizetype t = 0;
        for (const UrlValue &value : anywhere) {
            while (t < values.size() && values.at(t).end < value.start)
                merged.append(values.at(t++));
            if (t < values.size() && values.at(t).start <= value.end)
                continue;   // that value, or one overlapping it: the browser's reading wins
            merged.append(value);
        }
        while (t < values.size())
            merged.append(values.at(t++));
        values = std::move(merged);
    }

    QString out;
    qsizetype last = 0;
    for (const UrlValue &value : std::as_const(values)) {
        const QString decoded = decodeHtmlCharacters(view.sliced(value.start, value.end - value.start), true);
        const std::optional<QString> replaced = value.kind == UrlAttribute::ImageList
                                                    ? rewriteSrcset(decoded, rewrite)
                                                    : rewrite(decoded, value.kind == UrlAttribute::Image);
        if (!replaced || value.start < last)
            continue;
        QString text = value.quote == u'\'' ? escapeHtml(*replaced) : escapeAttribute(*replaced);
        if (value.quote.isNull())
            text = QLatin1Char('"') + text + QLatin1Char('"');
        if (out.isEmpty())
            out.reserve(html.size() + 256);
        out += view.sliced(last, value.start - last);
        out += text;
        last = value.end;
    }
    if (last == 0 && out.isEmpty())
        return html;
    out += view.sliced(last);
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

QString postSummary(const QString &frontMatterSummary, QStringView markdownBody, const QString &bodyHtml, int words)
{
    if (!frontMatterSummary.trimmed().isEmpty())
        return frontMatterSummary.trimmed();
    const qsizetype more = markdownBody.indexOf(QLatin1String("<!--more-->"));
    if (more >= 0) {
        RenderOptions options;
        options.sourcePos = false;
        options.statistics = false;
        return htmlToText(render(markdownBody.first(more), options).html);
    }
    // Only the start of the body is needed.
    const qsizetype enough = std::min<qsizetype>(bodyHtml.size(), qsizetype(words) * 40 + 2000);
    QStringView head = QStringView(bodyHtml).first(enough);
    if (enough < bodyHtml.size()) {
        const qsizetype tag = head.lastIndexOf(QLatin1Char('<'));
        if (tag > 0)
            head = head.first(tag);
    }
    return firstWords(htmlToText(head), words);
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
