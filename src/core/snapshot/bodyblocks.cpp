// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/bodyblocks.h"

#include <algorithm>
#include <array>

namespace postwright {
namespace {

constexpr QStringView sourcePosAttr = u"data-sourcepos=\"";

struct SourcePos
{
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;
    qsizetype length = 0;   // characters from the first digit up to the closing quote
};

// Reads "12:1-14:0" (up to the closing quote) at `from`.
bool readSourcePos(QStringView text, qsizetype from, SourcePos *pos)
{
    int numbers[4] = {};
    int n = 0;
    qsizetype i = from;
    bool digit = false;
    for (; i < text.size() && n < 4; ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            numbers[n] = numbers[n] * 10 + c.digitValue();
            digit = true;
        } else if (digit && ((n == 0 || n == 2) ? c == u':' : n == 1 ? c == u'-' : c == u'"')) {
            ++n;
            digit = false;
        } else {
            return false;
        }
    }
    if (n != 4)
        return false;
    pos->startLine = numbers[0];
    pos->startColumn = numbers[1];
    pos->endLine = numbers[2];
    pos->endColumn = numbers[3];
    pos->length = i - 1 - from;
    return true;
}

bool isVoidElement(QStringView name)
{
    static constexpr std::array<QStringView, 14> voids = {
        u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input",
        u"link", u"meta", u"param", u"source", u"track", u"wbr"};
    return std::any_of(voids.begin(), voids.end(), [name](QStringView v) {
        return v.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

BodyBlocks::BodyBlocks(const RenderResult &rendered)
    : m_html(rendered.html)
    , m_starts(rendered.blockStarts)
    , m_lines(rendered.blockLines)
{
    if (m_starts.isEmpty() && !m_html.isEmpty()) {
        m_starts = {0};
        m_lines = {0};
    }
}

namespace {

void appendNumber(QString &out, int n)
{
    std::array<char16_t, 12> digits{};
    std::size_t length = 0;
    long long v = n;
    if (v < 0) {
        out.append(u'-');
        v = -v;
    }
    do {
        digits[length++] = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v > 0);
    while (length > 0)
        out.append(QChar(digits[--length]));
}

// shiftSourceLines, one pass: also where each of `starts` (offsets into
// html, ascending, none inside an attribute) lands in the result, into moved.
QString shiftedLines(QStringView html, int lineShift, const QList<qsizetype> &starts, QList<qsizetype> *moved = nullptr)
{
    QString out;
    out.reserve(html.size() + html.size() / 50);
    qsizetype i = 0;
    qsizetype next = 0;
    // The starts before `limit` lie in html[i, limit), copied as it is next.
    const auto land = [&](qsizetype limit) {
        for (; next < starts.size() && starts.at(next) < limit; ++next)
            moved->append(out.size() + starts.at(next) - i);
    };
    while (true) {
        const qsizetype attr = html.indexOf(sourcePosAttr, i);
        if (attr < 0)
            break;
        const qsizetype value = attr + sourcePosAttr.size();
        land(value);
        out.append(html.sliced(i, value - i));
        i = value;
        SourcePos pos;
        if (!readSourcePos(html, value, &pos))
            continue;
        appendNumber(out, pos.startLine + lineShift);
        out.append(u':');
        appendNumber(out, pos.startColumn);
        out.append(u'-');
        appendNumber(out, pos.endLine + lineShift);
        out.append(u':');
        appendNumber(out, pos.endColumn);
        i = value + pos.length;
    }
    land(html.size() + 1);
    out.append(html.sliced(i));
    return out;
}

} // namespace

BodyBlocks BodyBlocks::spliced(const BodyBlocks &base, qsizetype first, qsizetype count,
                               const BodyBlocks &replacement, int lineShift)
{
    const qsizetype headEnd = first < base.count() ? base.m_starts.at(first) : base.m_html.size();
    const qsizetype tailStart = first + count < base.count() ? base.m_starts.at(first + count) : base.m_html.size();
    const QStringView tail = QStringView(base.m_html).sliced(tailStart);

    BodyBlocks result;
    result.m_html.reserve(headEnd + replacement.m_html.size() + tail.size() + 64);
    result.m_html.append(QStringView(base.m_html).first(headEnd));
    result.m_html.append(replacement.m_html);
    const qsizetype tailAt = result.m_html.size();
    // Where the tail's blocks start once its lines moved (where the shift
    // changed their digits, the offsets inside each block changed too, but
    // a block's start stays at its first tag).
    QList<qsizetype> tailStarts;
    QList<qsizetype> movedStarts;
    if (lineShift != 0) {
        tailStarts.reserve(base.count() - first - count);
        movedStarts.reserve(base.count() - first - count);
        for (qsizetype i = first + count; i < base.count(); ++i)
            tailStarts.append(base.m_starts.at(i) - tailStart);
    }
    result.m_html.append(lineShift == 0 ? tail.toString() : shiftedLines(tail, lineShift, tailStarts, &movedStarts));

    result.m_starts = base.m_starts.first(first);
    result.m_lines = base.m_lines.first(first);
    for (qsizetype i = 0; i < replacement.count(); ++i) {
        result.m_starts.append(headEnd + replacement.m_starts.at(i));
        result.m_lines.append(replacement.m_lines.at(i));
    }
    // The tail's offsets move with the text before it, and its lines.
    for (qsizetype i = first + count; i < base.count(); ++i) {
        const qsizetype k = i - first - count;
        result.m_starts.append(tailAt + (lineShift == 0 ? base.m_starts.at(i) - tailStart : movedStarts.at(k)));
        const int line = base.m_lines.at(i);
        result.m_lines.append(line > 0 ? line + lineShift : 0);
    }
    return result;
}

QStringView BodyBlocks::block(qsizetype index) const
{
    const qsizetype start = m_starts.at(index);
    const qsizetype end = index + 1 < m_starts.size() ? m_starts.at(index + 1) : m_html.size();
    return QStringView(m_html).sliced(start, end - start);
}

QString shiftSourceLines(QStringView html, int lineShift)
{
    return shiftedLines(html, lineShift, {});
}

bool equalShifted(QStringView a, QStringView b, int lineShift)
{
    if (lineShift == 0)
        return a == b;
    qsizetype i = 0;
    qsizetype j = 0;
    while (true) {
        const qsizetype attr = a.indexOf(sourcePosAttr, i);
        if (attr < 0)
            return a.sliced(i) == b.sliced(j);
        const qsizetype plain = attr + sourcePosAttr.size() - i;
        if (b.size() - j < plain || a.sliced(i, plain) != b.sliced(j, plain))
            return false;
        i += plain;
        j += plain;
        SourcePos pa;
        SourcePos pb;
        if (!readSourcePos(a, i, &pa) || !readSourcePos(b, j, &pb))
            return false;
        if (pb.startLine != pa.startLine + lineShift || pb.endLine != pa.endLine + lineShift
            || pb.startColumn != pa.startColumn || pb.endColumn != pa.endColumn)
            return false;
        i += pa.length;
        j += pb.length;
    }
}

BlockPatch diffBlocks(const BodyBlocks &from, const BodyBlocks &to, int headShift, int tailShift)
{
    const qsizetype common = std::min(from.count(), to.count());
    qsizetype head = 0;
    while (head < common && equalShifted(from.block(head), to.block(head), headShift))
        ++head;
    qsizetype tail = 0;
    while (tail < common - head
           && equalShifted(from.block(from.count() - 1 - tail), to.block(to.count() - 1 - tail), tailShift))
        ++tail;

    BlockPatch patch;
    patch.start = head;
    patch.removed = from.count() - head - tail;
    patch.headShift = head > 0 ? headShift : 0;
    patch.tailShift = tail > 0 ? tailShift : 0;
    for (qsizetype i = head; i < to.count() - tail; ++i)
        patch.inserted.append(to.block(i).toString());
    return patch;
}

bool isSelfContainedHtml(QStringView html)
{
    QList<QStringView> open;
    qsizetype i = 0;
    while ((i = html.indexOf(u'<', i)) >= 0) {
        const QStringView rest = html.sliced(i);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            if (end < 0)
                return false;
            i = end + 3;
            continue;
        }
        const bool closing = rest.startsWith(u"</");
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= html.size() || !html[nameStart].isLetter()) {
            ++i;   // "<!DOCTYPE", "<?", or a lone "<" in raw HTML text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < html.size() && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
            ++nameEnd;
        const QStringView name = html.sliced(nameStart, nameEnd - nameStart);
        // The end of the tag, skipping '>' inside quoted attribute values.
        qsizetype end = nameEnd;
        QChar quote;
        for (; end < html.size(); ++end) {
            const QChar c = html[end];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        if (end >= html.size())
            return false;
        if (closing) {
            if (open.isEmpty() || open.last().compare(name, Qt::CaseInsensitive) != 0)
                return false;
            open.removeLast();
        } else if (html[end - 1] != u'/' && !isVoidElement(name)) {
            open.append(name);
        }
        i = end + 1;
    }
    return open.isEmpty();
}

} // namespace postwright
