// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textcodec.h"

#include "text/lineindex.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace postwright {
namespace {

// Offset of the first byte that is not valid UTF-8, or -1. QStringDecoder
// reports that an error happened but not where, and the user needs the where.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1; minimum = 0x80; codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2; minimum = 0x800; codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3; minimum = 0x10000; codePoint = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// The translation context of this file's messages (lupdate reads "TextCodecText::tr").
struct TextCodecText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::TextCodec)
};

qsizetype firstUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// 1-based line and column of the end of text: LF, CRLF and a bare CR all
// end a line and a column counts characters (code points), as the
// front-matter parsers count them.
std::pair<int, int> lineAndColumn(QStringView text)
{
    const LineIndex lines(text);
    const QStringView last = text.sliced(lines.line(lines.count() - 1).start);
    const auto characters = std::count_if(last.begin(), last.end(), [](QChar c) { return !c.isLowSurrogate(); });
    return {int(lines.count()), int(characters) + 1};
}

// UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte,
// which is valid UTF-8 and would load as garbage. Looks at the start only.
std::optional<Encoding> likelyUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = sample / 2;
    // Most pairs zero on one side and (almost) none on the other.
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

// A binary file (an image or an archive renamed .md, a file of zeros after a
// crash): a NUL byte in bytes that are not UTF-8, or nothing but control
// bytes. UTF-8 text with NUL bytes in it is kept: a ratio of NULs would let
// an edit that shortens the text turn a post into "binary" after its save.
bool looksBinary(const QByteArray &bytes, bool validUtf8)
{
    if (!bytes.contains('\0'))
        return false;
    if (!validUtf8)
        return true;
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
}

Error binaryFileError(const QByteArray &bytes)
{
    return Error{{}, 0, 0, TextCodecText::tr("binary file (a NUL byte at byte offset %1): not a text post").arg(bytes.indexOf('\0'))};
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    DecodedText decoded;
    const auto starts = [&](const char *prefix, qsizetype n) {
        return bytes.size() >= n && memcmp(bytes.constData(), prefix, size_t(n)) == 0;
    };
    // ConvertInitialBom: the file's own BOM is taken off above; a second one
    // right after it is text and must survive a save.
    if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2)) {
        decoded.encoding = bytes.at(0) == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
        decoded.bom = true;
        if (bytes.size() % 2 != 0)
            return Error{{}, 0, 0, TextCodecText::tr("UTF-16 file has an odd number of bytes (%1): its last byte is cut off").arg(bytes.size())};
        QStringDecoder decoder(decoded.encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                      : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        decoded.text = decoder(QByteArrayView(bytes).sliced(2));
        // The UTF-16 decoder passes unpaired surrogates through.
        const qsizetype bad = firstUnpairedSurrogate(decoded.text);
        if (decoder.hasError() || bad >= 0) {
            const auto [line, column] = lineAndColumn(QStringView(decoded.text).first(std::max<qsizetype>(bad, 0)));
            return Error{{}, bad < 0 ? 0 : line, bad < 0 ? 0 : column,
                         TextCodecText::tr("invalid UTF-16 at byte offset %1 (an unpaired surrogate)").arg(2 + 2 * std::max<qsizetype>(bad, 0))};
        }
        return decoded;
    }
    if (const std::optional<Encoding> utf16 = likelyUtf16(bytes)) {
        return Error{{}, 0, 0, TextCodecText::tr("the file looks like %1 text without a byte-order mark; save it as UTF-8 "
                                  "(or as UTF-16 with a BOM) to open it")
                                   .arg(encodingName(*utf16, false))};
    }
    qsizetype from = 0;
    if (starts("\xEF\xBB\xBF", 3)) {
        decoded.bom = true;
        from = 3;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    // Qt's decoder is the fast path; only a file it flags is walked byte by
    // byte to say where the bad byte is.
    decoded.text = decoder(QByteArrayView(bytes).sliced(from));
    const qsizetype bad = decoder.hasError() ? firstInvalidUtf8(bytes, from) : -1;
    if (looksBinary(bytes, !decoder.hasError()))
        return binaryFileError(bytes);
    if (bad >= 0) {
        decoder.resetState();
        // Everything before the bad byte is valid: locate it in that text.
        const QString valid = decoder(QByteArrayView(bytes).sliced(from, bad - from));
        const auto [line, column] = lineAndColumn(valid);
        return Error{{}, line, column,
                     TextCodecText::tr("invalid UTF-8 at byte offset %1 (byte 0x%2); the file is not UTF-8 text")
                         .arg(bad)
                         .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0'))};
    }
    if (decoder.hasError())
        return Error{{}, 0, 0, TextCodecText::tr("invalid UTF-8; the file is not UTF-8 text")};
    return decoded;
}

QByteArray encodeText(const DecodedText &decoded)
{
    switch (decoded.encoding) {
    case Encoding::Utf8: {
        QByteArray out = decoded.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        return out + decoded.text.toUtf8();
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool le = decoded.encoding == Encoding::Utf16LE;
        QStringEncoder encoder(le ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                               QStringEncoder::Flag::Stateless);
        QByteArray out = decoded.bom ? (le ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF")) : QByteArray();
        out += QByteArray(encoder(decoded.text));
        return out;
    }
    }
    return {};
}

QString encodingName(Encoding encoding, bool bom)
{
    switch (encoding) {
    case Encoding::Utf8:
        return bom ? TextCodecText::tr("UTF-8 with BOM") : TextCodecText::tr("UTF-8");
    case Encoding::Utf16LE:
        return TextCodecText::tr("UTF-16 LE");
    case Encoding::Utf16BE:
        return TextCodecText::tr("UTF-16 BE");
    }
    return {};
}

namespace {
struct BreakCounts
{
    qsizetype lf = 0, crlf = 0, cr = 0;
};

BreakCounts countBreaks(QStringView text)
{
    BreakCounts counts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++counts.crlf;
                ++i;
            } else {
                ++counts.cr;
            }
        } else if (c == QLatin1Char('\n')) {
            ++counts.lf;
        }
    }
    return counts;
}
} // namespace

LineEnding detectLineEnding(QStringView text)
{
    const BreakCounts c = countBreaks(text);
    const int kinds = (c.lf > 0) + (c.crlf > 0) + (c.cr > 0);
    if (kinds == 0)
        return LineEnding::None;
    if (kinds > 1)
        return LineEnding::Mixed;
    return c.lf ? LineEnding::LF : c.crlf ? LineEnding::CRLF : LineEnding::CR;
}

QString dominantLineBreak(QStringView text)
{
    const BreakCounts c = countBreaks(text);
    if (c.crlf > c.lf && c.crlf >= c.cr)
        return QStringLiteral("\r\n");
    if (c.cr > c.lf && c.cr > c.crlf)
        return QStringLiteral("\r");
    return QStringLiteral("\n");
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None:
    case LineEnding::LF:
        return TextCodecText::tr("LF");
    case LineEnding::CRLF:
        return TextCodecText::tr("CRLF");
    case LineEnding::CR:
        return TextCodecText::tr("CR");
    case LineEnding::Mixed:
        return TextCodecText::tr("Mixed");
    }
    return {};
}

QString convertLineEndings(QStringView text, QStringView newline)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += newline;
        } else if (c == QLatin1Char('\n')) {
            out += newline;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace postwright
