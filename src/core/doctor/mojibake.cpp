// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/mojibake.h"

#include "frontmatter/frontmatter.h"
#include "markdown/coderanges.h"
#include "post/post.h"

#include <array>
#include <optional>

namespace postwright {
namespace {

// The byte Windows-1252 decodes to this character (Latin-1 for the five
// bytes 1252 leaves undefined, which lenient decoders pass through).
std::optional<unsigned char> cp1252Byte(char16_t c)
{
    static constexpr std::array<char16_t, 32> high = {
        u'€', 0x81, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0x8D, u'Ž', 0x8F,
        0x90, u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0x9D, u'ž', u'Ÿ'};
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return static_cast<unsigned char>(c);
    for (std::size_t i = 0; i < high.size(); ++i) {
        if (high[i] == c)
            return static_cast<unsigned char>(0x80 + i);
    }
    // Latin-1 decoders give the C1 controls for 0x80-0x9F.
    if (c >= 0x80 && c <= 0x9F)
        return static_cast<unsigned char>(c);
    return std::nullopt;
}

bool isContinuation(QChar c)
{
    const auto b = cp1252Byte(c.unicode());
    return b && *b >= 0x80 && *b <= 0xBF;
}

// Bytes a sequence with this lead byte needs, or 0.
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The character the bytes stand for, if they are one valid UTF-8 sequence.
std::optional<QString> decodeSequence(const unsigned char *bytes, int n)
{
    char32_t cp = bytes[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (int i = 1; i < n; ++i)
        cp = (cp << 6) | (bytes[i] & 0x3F);
    const char32_t minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return std::nullopt;
    // Not QString::fromUcs4: it takes U+FEFF for a byte-order mark and drops it.
    return QStringView(QChar::fromUcs4(cp)).toString();
}

// The UTF-8 byte-order mark (EF BB BF) read as Windows-1252.
QStringView garbledBom()
{
    return u"\u00EF\u00BB\u00BF";
}

} // namespace

QList<MojibakeSequence> findMojibake(QStringView text)
{
    QList<MojibakeSequence> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0xC2 || c > 0xF4)
            continue;
        const int n = sequenceLength(static_cast<unsigned char>(c));
        std::array<unsigned char, 4> bytes{static_cast<unsigned char>(c), 0, 0, 0};
        int have = 1;
        while (have < n && i + have < text.size() && isContinuation(text.at(i + have))) {
            bytes[std::size_t(have)] = *cp1252Byte(text.at(i + have).unicode());
            ++have;
        }
        if (have == n) {
            if (const auto repaired = decodeSequence(bytes.data(), n)) {
                found.append({i, n, *repaired, false});
                i += n - 1;
            }
        } else if ((n == 4 && have == 3) || (n == 3 && have == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80)) {
            // "ðŸ”" or "â€" then a space: a byte the old decoder could not map
            // (0x81, 0x8D, 0x8F, 0x90, 0x9D) is gone. Shorter runs are left
            // alone: "áš" in "Tomáš" is Czech, not a broken character.
            found.append({i, have, QString(), true});
            i += have - 1;
        }
    }
    return found;
}

QList<MojibakeSequence> findPostMojibake(QStringView text)
{
    QList<MojibakeSequence> found = findMojibake(text);
    if (found.isEmpty())
        return found;
    // The front matter (YAML, TOML, JSON) is text; it starts after a BOM
    // read as text. A block that is never closed is read as Markdown.
    const qsizetype skip = text.startsWith(garbledBom()) ? garbledBom().size() : 0;
    const FrontMatterBlock block = locateFrontMatter(text.sliced(skip));
    const qsizetype bodyStart = skip + (block.closed ? block.bodyStart : 0);
    QList<TextRange> code;
    if (found.constLast().start >= bodyStart) {
        code = markdownCodeRanges(text.sliced(bodyStart));
        for (TextRange &r : code) {
            r.start += bodyStart;
            r.end += bodyStart;
        }
    }
    qsizetype k = 0;
    for (MojibakeSequence &s : found) {
        if (s.start > 0 && text.sliced(s.start, s.length) == garbledBom()) {
            s.place = MojibakeSequence::Place::InnerBom;
            continue;
        }
        while (k < code.size() && code.at(k).end <= s.start)
            ++k;
        // Ranges are sorted by start and may nest (a tag in a <pre> block).
        for (qsizetype j = k; j < code.size() && code.at(j).start < s.start + s.length; ++j) {
            if (code.at(j).end > s.start) {
                s.place = MojibakeSequence::Place::Code;
                break;
            }
        }
    }
    return found;
}

MojibakeRepair repairMojibake(QStringView text)
{
    MojibakeRepair result;
    qsizetype last = 0;
    for (const MojibakeSequence &s : findPostMojibake(text)) {
        if (s.lostBytes) {
            result.unrepairable.append(s);
            continue;
        }
        if (s.place != MojibakeSequence::Place::Text) {
            result.kept.append(s);
            continue;
        }
        result.text += text.sliced(last, s.start - last);
        if (s.start == 0 && text.sliced(s.start, s.length) == garbledBom())
            result.bom = true;   // the file's own BOM: the encoding keeps it, not the text
        else
            result.text += s.repaired;
        last = s.start + s.length;
        ++result.repaired;
    }
    result.text += text.sliced(last);
    return result;
}

MojibakeRepair repairPostMojibake(Post &post)
{
    MojibakeRepair repair = repairMojibake(post.text());
    if (repair.repaired == 0)
        return repair;
    post.setText(repair.text);
    if (repair.bom)
        post.setEncoding(post.encoding(), true);
    return repair;
}

} // namespace postwright
