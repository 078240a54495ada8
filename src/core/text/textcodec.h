// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QString>

namespace postwright {

enum class Encoding { Utf8, Utf16LE, Utf16BE };
enum class LineEnding { None, LF, CRLF, CR, Mixed };

// Decoded file text. Line endings are kept as they were in the file, so that
// encoding the text again gives back the original bytes.
struct DecodedText
{
    QString text;
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
};

// UTF-8 (with or without BOM) or UTF-16 with a BOM. Invalid UTF-8 is an error
// naming the byte offset: the file is never guessed at. UTF-16 without a BOM
// and binary files (NUL bytes) are errors that say so; a few NUL bytes in
// otherwise clean UTF-8 text are kept.
Result<DecodedText> decodeText(const QByteArray &bytes);
QByteArray encodeText(const DecodedText &decoded);

QString encodingName(Encoding encoding, bool bom);

// The kind of line break in text: one kind, Mixed, or None (a single line).
LineEnding detectLineEnding(QStringView text);
// The most common line break in text (LF when there is none).
QString dominantLineBreak(QStringView text);
QString lineEndingName(LineEnding ending);
// Text with every line break replaced by newline (CRLF, CR, LF all count).
QString convertLineEndings(QStringView text, QStringView newline);

} // namespace postwright
