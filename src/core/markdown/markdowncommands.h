// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor's Markdown text commands (bold, link, lists, headings, table,
// code block): pure functions from text and selection to the edit to make.

#include <QString>
#include <QStringList>

#include <optional>

namespace postwright::markdown {

// A replacement of text[start, end) and where the selection goes afterwards
// (offsets in the new text).
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
    qsizetype selectionStart = 0;
    qsizetype selectionEnd = 0;
};

// Wraps the selection in marker ("**", "_", "~~", "`"), or unwraps it when it
// is wrapped already. An empty selection gets an empty pair with the cursor
// between.
TextEdit toggleInline(const QString &text, qsizetype selectionStart, qsizetype selectionEnd, const QString &marker);

// "[selection](url)" or "![alt](url)"; an image's alt text is plain text,
// escaped as escapeLinkText does ('\\', '[', ']', '<', '|', "{{" and "{%"; line breaks
// become spaces).
TextEdit insertLink(const QString &text, qsizetype selectionStart, qsizetype selectionEnd, const QString &label,
                    const QString &url, bool image);

enum class LineKind { Bullet, Numbered, Task, Quote };

// Toggles a prefix on each of the lines: all get it, or, when all have it
// already, all lose it. Numbered lists are numbered 1, 2, 3...
QStringList toggleLinePrefix(const QStringList &lines, LineKind kind);

// The line as a heading of level (1-6), or a plain paragraph for level 0.
QString setHeadingLevel(const QString &line, int level);

// What Enter inserts after line in a list or quote: the next item's prefix
// ("- ", "2. ", "- [ ] ", "> "). An empty item ends the list: then the
// result has endsList set and the line should be cleared.
struct ListContinuation
{
    QString prefix;
    bool endsList = false;
};
std::optional<ListContinuation> continueList(const QString &line);

// Indents (or outdents) a list item line by one level; nullopt when the
// line is not a list item.
std::optional<QString> indentListItem(const QString &line, bool outdent);

// A GitHub table with the given columns and rows (header row included).
QString table(int columns, int rows, const QString &newline);

// A fenced code block around text, with the language as info string.
QString codeBlock(const QString &text, const QString &language, const QString &newline);

} // namespace postwright::markdown
