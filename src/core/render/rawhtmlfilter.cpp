// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rawhtmlfilter.h"

#include "render/htmltags.h"

#include <QList>

#include <string_view>
#include <utility>

namespace postwright {
namespace {

bool endsName(QStringView html, qsizetype at)
{
    if (at >= html.size())
        return true;
    const QChar c = html.at(at);
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'/' || c == u'>';
}

// The code unit c as a number: a UTF-16 unit or a UTF-8 byte.
char16_t unitOf(QChar c)
{
    return c.unicode();
}

char16_t unitOf(char c)
{
    return static_cast<unsigned char>(c);
}

// Whether text (UTF-16 or UTF-8) starts with lowerPrefix in any ASCII case,
// as a browser compares tag names ("noſcript" is no noscript tag).
template <typename View>
bool startsWithAsciiNoCase(View text, std::string_view lowerPrefix)
{
    if (std::size_t(text.size()) < lowerPrefix.size())
        return false;
    for (std::size_t i = 0; i < lowerPrefix.size(); ++i) {
        const char16_t c = unitOf(text[i]);
        if ((c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c) != char16_t(lowerPrefix[i]))
            return false;
    }
    return true;
}

// What the text after '<' at i starts: a (possible) meta tag, something
// to disarm, or neither.
enum class Opening { Other, Meta, Disarm };

Opening openingAt(QStringView html, qsizetype i)
{
    const QStringView rest = html.sliced(i + 1);
    if (rest.startsWith(u"![CDATA["))
        return Opening::Disarm;
    const QStringView name = rest.startsWith(u'/') ? rest.sliced(1) : rest;
    const qsizetype nameAt = i + 1 + (rest.size() - name.size());
    if (startsWithAsciiNoCase(name, "noscript") && endsName(html, nameAt + 8))
        return Opening::Disarm;
    if (name.data() == rest.data() && startsWithAsciiNoCase(name, "meta") && endsName(html, nameAt + 4))
        return Opening::Meta;
    return Opening::Other;
}

} // namespace

// Every '<' that starts a CDATA section, a noscript tag or a meta tag: more
// than openingAt finds (the name may go on).
bool mayNeedRawHtmlFilter(std::string_view html)
{
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
        std::string_view rest = html.substr(i + 1);
        if (rest.starts_with("![CDATA["))
            return true;
        if (rest.starts_with('/'))
            rest.remove_prefix(1);
        if (startsWithAsciiNoCase(rest, "noscript") || startsWithAsciiNoCase(rest, "meta"))
            return true;
    }
    return false;
}

QStringList filterRawHtml(QByteArray &utf8)
{
    if (!mayNeedRawHtmlFilter(std::string_view(utf8.constData(), std::size_t(utf8.size()))))
        return {};
    QString html = QString::fromUtf8(utf8);
    QStringList removed = filterRawHtml(html);
    utf8 = html.toUtf8();
    return removed;
}

QStringList filterRawHtml(QString &html)
{
    // Most bodies have neither: one look at each '<'.
    bool meta = false;
    QList<qsizetype> disarm;
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        switch (openingAt(html, i)) {
        case Opening::Meta:
            meta = true;
            break;
        case Opening::Disarm:
            disarm.append(i);
            break;
        case Opening::Other:
            break;
        }
    }
    for (auto it = disarm.crbegin(); it != disarm.crend(); ++it)
        html.replace(*it, 1, QStringLiteral("&lt;"));
    QStringList removed;
    if (!meta)
        return removed;
    QList<std::pair<qsizetype, qsizetype>> spans;
    forEachStartTag(html, [&](const HtmlStartTag &tag) {
        if (tag.name != QLatin1String("meta"))
            return;
        for (const HtmlAttribute &attribute : tag.attributes) {
            if (attribute.name == QLatin1String("http-equiv")) {
                spans.append({tag.start, tag.end});
                return;
            }
        }
    });
    // An empty comment takes the element's place: text on both sides of it
    // must not join into a tag ("<<meta ...>script>").
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        removed.prepend(html.sliced(it->first, it->second - it->first));
        html.replace(it->first, it->second - it->first, QStringLiteral("<!---->"));
    }
    return removed;
}

} // namespace postwright
