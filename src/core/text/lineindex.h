// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace postwright {

// Where each line of a text starts and ends. LF, CRLF and a bare CR all end a
// line, as they do for YAML, so line numbers agree with the parsers'.
class LineIndex final
{
public:
    struct Line
    {
        qsizetype start = 0;    // first character
        qsizetype end = 0;      // one past the last character, before the break
        qsizetype next = 0;     // start of the next line (end + break length)
    };

    explicit LineIndex(QStringView text);

    qsizetype count() const { return m_lines.size(); }
    // 0-based line number.
    const Line &line(qsizetype index) const { return m_lines.at(index); }
    // 0-based line holding the character at offset.
    qsizetype lineAt(qsizetype offset) const;

private:
    QList<Line> m_lines;
};

} // namespace postwright
