// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmltext.h"

#include "render/renderer.h"

#include <QRegularExpression>

namespace postwright {
namespace {

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i);
        if (semi < 0 || semi - i > 10) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = text.sliced(i + 1, semi - i - 1);
        QString decoded;
        if (name == u"amp")
            decoded = QStringLiteral("&");
        else if (name == u"lt")
            decoded = QStringLiteral("<");
        else if (name == u"gt")
            decoded = QStringLiteral(">");
        else if (name == u"quot")
            decoded = QStringLiteral("\"");
        else if (name == u"apos")
            decoded = QStringLiteral("'");
        else if (name == u"nbsp")
            decoded = QStringLiteral(" ");
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x") || name.startsWith(u"#X") ? name.mid(2).toUInt(&ok, 16)
                                                                              : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t cp = code;
                decoded = QString::fromUcs4(&cp, 1);
            }
        }
        if (decoded.isEmpty()) {
            out += c;
            ++i;
            continue;
        }
        out += decoded;
        i = semi + 1;
    }
    return out;
}

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

QString rewriteReferences(const QString &html,
                          const std::function<std::optional<QString>(const QString &url, bool image)> &rewrite)
{
    // name blanks '=' blanks quoted-value, the name href or src in any case,
    // after a blank or a quote: cmark-gfm writes attributes in double
    // quotes; raw HTML in a post may use either. Found from each '=' (a few
    // hundred a page), not by trying a pattern at every character.
    const auto blank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    };
    const QStringView view(html);
    QString out;
    qsizetype last = 0;
    qsizetype from = 0;
    qsizetype equals;
    while ((equals = view.indexOf(u'=', from)) >= 0) {
        from = equals + 1;
        qsizetype nameEnd = equals;
        while (nameEnd > 0 && blank(view.at(nameEnd - 1)))
            --nameEnd;
        const auto named = [&](QStringView name) {
            return nameEnd >= name.size() && view.sliced(nameEnd - name.size(), name.size()).compare(name, Qt::CaseInsensitive) == 0;
        };
        // What the value is: a link, an image, or a list of images.
        qsizetype nameSize = 0;
        bool image = true;
        bool imageList = false;
        if (named(u"src"))
            nameSize = 3;
        else if (named(u"poster"))
            nameSize = 6;
        else if (named(u"srcset"))
            nameSize = 6, imageList = true;
        else if (named(u"href"))
            nameSize = 4, image = false;
        else
            continue;
        qsizetype open = equals + 1;
        while (open < view.size() && blank(view.at(open)))
            ++open;
        if (open == view.size() || (view.at(open) != u'"' && view.at(open) != u'\''))
            continue;
        const QChar quote = view.at(open);
        const qsizetype close = view.indexOf(quote, open + 1);
        if (close < 0)
            continue;
        from = close + 1;
        const qsizetype nameStart = nameEnd - nameSize;
        if (nameStart == 0)
            continue;
        if (const QChar before = view.at(nameStart - 1); !before.isSpace() && before != u'"' && before != u'\'')
            continue;
        const QString value = decodeEntities(view.sliced(open + 1, close - open - 1));
        const std::optional<QString> replaced = imageList ? rewriteSrcset(value, rewrite) : rewrite(value, image);
        if (!replaced)
            continue;
        if (out.isEmpty())
            out.reserve(html.size() + 256);
        out += view.sliced(last, open + 1 - last);
        out += quote == u'"' ? escapeAttribute(*replaced) : escapeHtml(*replaced);
        last = close;
    }
    if (last == 0)
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
        const QString decoded = decodeEntities(html.sliced(segmentStart, end - segmentStart));
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
