// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace postwright {

class Post;

// A run of characters that is UTF-8 once decoded as Windows-1252 (or
// Latin-1): "â€“" for "–", "ðŸš€" for "🚀".
struct MojibakeSequence
{
    // Where a run sits in a post (findPostMojibake): only runs in text are
    // repaired; code keeps its bytes, and a byte-order mark read as text
    // ("ï»¿") is the file's BOM only at the very start.
    enum class Place { Text, Code, InnerBom };

    qsizetype start = 0;    // offset in the text
    qsizetype length = 0;   // characters of the garbled run
    QString repaired;       // what it stood for; empty when bytes were lost
    bool lostBytes = false; // the run is cut short: it cannot be repaired exactly
    Place place = Place::Text;
};

// Every garbled run in text, in order. Text that only looks odd ("château",
// "5 €", "Tomáš") is left alone: a run counts only when its characters spell
// a complete UTF-8 sequence, or (lostBytes) a four-byte one cut short after
// three bytes, or "â€" cut short (a quote whose last byte was dropped).
QList<MojibakeSequence> findMojibake(QStringView text);

// findMojibake over a post's whole text (front matter and Markdown), each
// run with its place: code spans, fenced and indented code blocks, <pre>
// blocks and HTML attribute values are Code; a "ï»¿" anywhere but at
// offset 0 is InnerBom.
QList<MojibakeSequence> findPostMojibake(QStringView text);

struct MojibakeRepair
{
    QString text;                         // with every exact repair made
    int repaired = 0;
    QList<MojibakeSequence> unrepairable; // offsets in the original text
    QList<MojibakeSequence> kept;         // in code, or a BOM further in: left as written
    // The text began with the UTF-8 byte-order mark read as text ("ï»¿"):
    // it is taken off the text, and the file is to be saved with a BOM.
    bool bom = false;
};

// Repairs a post's text (Edit → Repair Encoding, check --fix): every run in
// its front matter and prose that can be repaired exactly; runs in code and
// a BOM further in are kept as written.
MojibakeRepair repairMojibake(QStringView text);
// repairMojibake on the post, in place: its text, and its BOM when the
// text began with one read as text. What Edit → Repair Encoding and
// check --fix do.
MojibakeRepair repairPostMojibake(Post &post);

} // namespace postwright
