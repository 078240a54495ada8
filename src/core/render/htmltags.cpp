// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmltags.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace postwright {
namespace {

struct NamedReference
{
    const char *name;   // without ';'
    bool bare;          // also written without ';' (the legacy ones)
    char32_t first;
    char32_t second = 0;
};

// The HTML named character references whose value lies in Latin-1 (made
// from the WHATWG list, sorted by name): every one that gives an ASCII
// character, and every legacy one that may go without ';'.
constexpr NamedReference namedReferences[] = {
    {"AElig", true, 0xC6}, {"AMP", true, 0x26}, {"Aacute", true, 0xC1}, {"Acirc", true, 0xC2},
    {"Agrave", true, 0xC0}, {"Aring", true, 0xC5}, {"Atilde", true, 0xC3}, {"Auml", true, 0xC4},
    {"COPY", true, 0xA9}, {"Ccedil", true, 0xC7}, {"Cedilla", false, 0xB8}, {"CenterDot", false, 0xB7},
    {"DiacriticalAcute", false, 0xB4}, {"DiacriticalGrave", false, 0x60}, {"Dot", false, 0xA8},
    {"DoubleDot", false, 0xA8}, {"ETH", true, 0xD0}, {"Eacute", true, 0xC9}, {"Ecirc", true, 0xCA},
    {"Egrave", true, 0xC8}, {"Euml", true, 0xCB}, {"GT", true, 0x3E}, {"Hat", false, 0x5E},
    {"Iacute", true, 0xCD}, {"Icirc", true, 0xCE}, {"Igrave", true, 0xCC}, {"Iuml", true, 0xCF},
    {"LT", true, 0x3C}, {"NewLine", false, 0xA}, {"NonBreakingSpace", false, 0xA0}, {"Ntilde", true, 0xD1},
    {"Oacute", true, 0xD3}, {"Ocirc", true, 0xD4}, {"Ograve", true, 0xD2}, {"Oslash", true, 0xD8},
    {"Otilde", true, 0xD5}, {"Ouml", true, 0xD6}, {"PlusMinus", false, 0xB1}, {"QUOT", true, 0x22},
    {"REG", true, 0xAE}, {"THORN", true, 0xDE}, {"Tab", false, 0x9}, {"Uacute", true, 0xDA},
    {"Ucirc", true, 0xDB}, {"Ugrave", true, 0xD9}, {"UnderBar", false, 0x5F}, {"Uuml", true, 0xDC},
    {"VerticalLine", false, 0x7C}, {"Yacute", true, 0xDD}, {"aacute", true, 0xE1}, {"acirc", true, 0xE2},
    {"acute", true, 0xB4}, {"aelig", true, 0xE6}, {"agrave", true, 0xE0}, {"amp", true, 0x26},
    {"angst", false, 0xC5}, {"apos", false, 0x27}, {"aring", true, 0xE5}, {"ast", false, 0x2A},
    {"atilde", true, 0xE3}, {"auml", true, 0xE4}, {"brvbar", true, 0xA6}, {"bsol", false, 0x5C},
    {"ccedil", true, 0xE7}, {"cedil", true, 0xB8}, {"cent", true, 0xA2}, {"centerdot", false, 0xB7},
    {"circledR", false, 0xAE}, {"colon", false, 0x3A}, {"comma", false, 0x2C}, {"commat", false, 0x40},
    {"copy", true, 0xA9}, {"curren", true, 0xA4}, {"deg", true, 0xB0}, {"die", false, 0xA8},
    {"div", false, 0xF7}, {"divide", true, 0xF7}, {"dollar", false, 0x24}, {"eacute", true, 0xE9},
    {"ecirc", true, 0xEA}, {"egrave", true, 0xE8}, {"equals", false, 0x3D}, {"eth", true, 0xF0},
    {"euml", true, 0xEB}, {"excl", false, 0x21}, {"fjlig", false, 0x66, 0x6A}, {"frac12", true, 0xBD},
    {"frac14", true, 0xBC}, {"frac34", true, 0xBE}, {"grave", false, 0x60}, {"gt", true, 0x3E},
    {"half", false, 0xBD}, {"iacute", true, 0xED}, {"icirc", true, 0xEE}, {"iexcl", true, 0xA1},
    {"igrave", true, 0xEC}, {"iquest", true, 0xBF}, {"iuml", true, 0xEF}, {"laquo", true, 0xAB},
    {"lbrace", false, 0x7B}, {"lbrack", false, 0x5B}, {"lcub", false, 0x7B}, {"lowbar", false, 0x5F},
    {"lpar", false, 0x28}, {"lsqb", false, 0x5B}, {"lt", true, 0x3C}, {"macr", true, 0xAF},
    {"micro", true, 0xB5}, {"midast", false, 0x2A}, {"middot", true, 0xB7}, {"nbsp", true, 0xA0},
    {"not", true, 0xAC}, {"ntilde", true, 0xF1}, {"num", false, 0x23}, {"oacute", true, 0xF3},
    {"ocirc", true, 0xF4}, {"ograve", true, 0xF2}, {"ordf", true, 0xAA}, {"ordm", true, 0xBA},
    {"oslash", true, 0xF8}, {"otilde", true, 0xF5}, {"ouml", true, 0xF6}, {"para", true, 0xB6},
    {"percnt", false, 0x25}, {"period", false, 0x2E}, {"plus", false, 0x2B}, {"plusmn", true, 0xB1},
    {"pm", false, 0xB1}, {"pound", true, 0xA3}, {"quest", false, 0x3F}, {"quot", true, 0x22},
    {"raquo", true, 0xBB}, {"rbrace", false, 0x7D}, {"rbrack", false, 0x5D}, {"rcub", false, 0x7D},
    {"reg", true, 0xAE}, {"rpar", false, 0x29}, {"rsqb", false, 0x5D}, {"sect", true, 0xA7},
    {"semi", false, 0x3B}, {"shy", true, 0xAD}, {"sol", false, 0x2F}, {"strns", false, 0xAF},
    {"sup1", true, 0xB9}, {"sup2", true, 0xB2}, {"sup3", true, 0xB3}, {"szlig", true, 0xDF},
    {"thorn", true, 0xFE}, {"times", true, 0xD7}, {"uacute", true, 0xFA}, {"ucirc", true, 0xFB},
    {"ugrave", true, 0xF9}, {"uml", true, 0xA8}, {"uuml", true, 0xFC}, {"verbar", false, 0x7C},
    {"vert", false, 0x7C}, {"yacute", true, 0xFD}, {"yen", true, 0xA5}, {"yuml", true, 0xFF},
};

const NamedReference *findReference(const QByteArray &name)
{
    const auto *end = std::end(namedReferences);
    const auto *found = std::lower_bound(std::begin(namedReferences), end, name, [](const NamedReference &r, const QByteArray &n) {
        return std::strcmp(r.name, n.constData()) < 0;
    });
    return found != end && name == found->name ? found : nullptr;
}

// What the numeric reference &#n; stands for.
char32_t numericValue(quint64 n)
{
    static constexpr char16_t windows1252[32] = {
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
    if (n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
        return 0xFFFD;
    if (n >= 0x80 && n <= 0x9F)
        return windows1252[n - 0x80];
    return char32_t(n);
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// The reference at text[at] ('&'): appends its value to out and returns
// how many characters it took; 0 when it is not one (the '&' is text).
qsizetype decodeReference(QStringView text, qsizetype at, bool inAttribute, QString &out)
{
    qsizetype i = at + 1;
    const qsizetype n = text.size();
    if (i < n && text.at(i) == u'#') {
        ++i;
        const bool hex = i < n && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digits = i;
        quint64 value = 0;
        for (; i < n; ++i) {
            const int d = hex ? hexValue(text.at(i)) : (text.at(i) >= u'0' && text.at(i) <= u'9' ? text.at(i).unicode() - u'0' : -1);
            if (d < 0)
                break;
            value = std::min<quint64>(value * (hex ? 16 : 10) + quint64(d), 0x110000);
        }
        if (i == digits)
            return 0;
        if (i < n && text.at(i) == u';')
            ++i;
        const char32_t c = numericValue(value);
        out += QString::fromUcs4(&c, 1);
        return i - at;
    }
    qsizetype end = i;
    while (end < n && end - i < 32 && isAsciiAlnum(text.at(end)))
        ++end;
    if (end == i)
        return 0;
    const QByteArray run = text.sliced(i, end - i).toLatin1();
    const NamedReference *ref = nullptr;
    qsizetype taken = 0;
    if (end < n && text.at(end) == u';') {
        ref = findReference(run);
        if (!ref)
            return 0;   // a reference outside Latin-1: left as written
        taken = end + 1 - at;
    } else {
        // The longest legacy name the run starts with.
        for (qsizetype length = run.size(); length > 0 && !ref; --length) {
            const NamedReference *found = findReference(run.left(length));
            if (found && found->bare) {
                ref = found;
                taken = length + 1;
            }
        }
        if (!ref)
            return 0;
        const qsizetype next = at + taken;
        if (inAttribute && next < n && (isAsciiAlnum(text.at(next)) || text.at(next) == u'='))
            return 0;
    }
    out += QString::fromUcs4(&ref->first, 1);
    if (ref->second)
        out += QString::fromUcs4(&ref->second, 1);
    return taken;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// name in ASCII lower case, as a browser compares tag and attribute names:
// the text itself when it already is (no copy: the string refers to the
// HTML, which outlives the visit), else a lowered copy.
QString asciiLower(QStringView name)
{
    const auto upper = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    if (std::none_of(name.begin(), name.end(), upper))
        return QString::fromRawData(name.data(), name.size());
    QString lowered(name.size(), Qt::Uninitialized);
    QChar *out = lowered.data();
    for (const QChar c : name)
        *out++ = upper(c) ? QChar(c.unicode() + (u'a' - u'A')) : c;
    return lowered;
}

// Reads the tag whose name begins at i (just after '<'); returns the
// offset after it. tag: the start tag to fill (its attributes cleared
// first), or null for an end tag, whose name and attributes mean nothing.
qsizetype readTag(QStringView html, qsizetype i, HtmlStartTag *tag)
{
    const qsizetype n = html.size();
    const qsizetype nameStart = i;
    while (i < n && !isBlank(html.at(i)) && html.at(i) != u'/' && html.at(i) != u'>')
        ++i;
    if (tag) {
        tag->name = asciiLower(html.sliced(nameStart, i - nameStart));
        tag->attributes.clear();   // keeps its capacity: one list for every tag
    }
    while (i < n) {
        const QChar c = html.at(i);
        if (isBlank(c) || c == u'/') {
            ++i;
            continue;
        }
        if (c == u'>')
            return i + 1;
        // An attribute name: a leading '=' belongs to it.
        const qsizetype attrStart = i++;
        while (i < n && !isBlank(html.at(i)) && html.at(i) != u'/' && html.at(i) != u'>' && html.at(i) != u'=')
            ++i;
        HtmlAttribute attribute;
        if (tag)
            attribute.name = asciiLower(html.sliced(attrStart, i - attrStart));
        qsizetype j = i;
        while (j < n && isBlank(html.at(j)))
            ++j;
        if (j < n && html.at(j) == u'=') {
            ++j;
            while (j < n && isBlank(html.at(j)))
                ++j;
            if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                attribute.quote = html.at(j);
                attribute.valueStart = j + 1;
                const qsizetype close = html.indexOf(attribute.quote, j + 1);
                attribute.valueEnd = close < 0 ? n : close;
                i = close < 0 ? n : close + 1;
            } else if (j < n && html.at(j) != u'>') {
                attribute.valueStart = j;
                while (j < n && !isBlank(html.at(j)) && html.at(j) != u'>')
                    ++j;
                attribute.valueEnd = j;
                i = j;
            } else {
                i = j;   // "name=>": an empty value
                attribute.valueStart = attribute.valueEnd = j;
            }
        }
        if (tag)
            tag->attributes.append(std::move(attribute));
    }
    return n;
}

// The offset after the comment or bogus comment that starts at i ('<').
qsizetype skipComment(QStringView html, qsizetype i)
{
    const qsizetype n = html.size();
    if (html.sliced(i).startsWith(u"<!--")) {
        qsizetype j = i + 4;
        if (j < n && html.at(j) == u'>')
            return j + 1;                          // <!-->
        if (html.sliced(j).startsWith(u"->"))
            return j + 2;                          // <!--->
        for (; j < n; ++j) {
            if (html.sliced(j).startsWith(u"-->"))
                return j + 3;
            if (html.sliced(j).startsWith(u"--!>"))
                return j + 4;
        }
        return n;
    }
    const qsizetype close = html.indexOf(u'>', i + 1);
    return close < 0 ? n : close + 1;
}

} // namespace

void forEachStartTag(QStringView html, const std::function<void(const HtmlStartTag &)> &visit)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    HtmlStartTag tag;   // one for every tag: its lists and names are reused
    while ((i = html.indexOf(u'<', i)) >= 0 && i + 1 < n) {
        const QChar next = html.at(i + 1);
        if (isAsciiAlpha(next)) {
            tag.start = i;
            tag.end = readTag(html, i + 1, &tag);
            i = tag.end;
            visit(tag);
        } else if (next == u'/') {
            if (i + 2 < n && isAsciiAlpha(html.at(i + 2)))
                i = readTag(html, i + 2, nullptr);
            else if (i + 2 < n && html.at(i + 2) == u'>')
                i += 3;
            else
                i = skipComment(html, i);
        } else if (next == u'!' || next == u'?') {
            i = skipComment(html, i);
        } else {
            ++i;
        }
    }
}

QString decodeHtmlCharacters(QStringView text, bool inAttribute)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    while (amp >= 0) {
        out += text.sliced(last, amp - last);
        const qsizetype taken = decodeReference(text, amp, inAttribute, out);
        if (taken == 0) {
            out += u'&';
            last = amp + 1;
        } else {
            last = amp + taken;
        }
        amp = text.indexOf(u'&', last);
    }
    out += text.sliced(last);
    return out;
}

} // namespace postwright
