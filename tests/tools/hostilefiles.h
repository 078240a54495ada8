// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Large and hostile post files, made at run time (nothing of 50 MB is
// committed), shared by the core and CLI hardening tests.

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QStringConverter>

namespace postwright::hostile {

struct HostileFile
{
    const char *name;        // also the file's base name
    QByteArray bytes;
    // Empty: the file loads and every command works on it. Otherwise the
    // load error must contain this.
    const char *error = "";
};

inline QByteArray bigPost(qsizetype size)
{
    QByteArray out = "---\ntitle: Big\ntags: [large]\n---\n";
    const QByteArray paragraph = QByteArray("The *quick* brown fox jumps over the lazy dog. ").repeated(20) + "\n\n";
    out.reserve(size + paragraph.size());
    for (int i = 0; out.size() < size; ++i) {
        if (i % 100 == 0)
            out += "## Section " + QByteArray::number(i / 100) + "\n\n";
        out += paragraph;
    }
    return out;
}

inline QByteArray manyLines(int count)
{
    QByteArray out = "---\ntitle: Lines\n---\n";
    for (int i = 0; i < count; ++i)
        out += "line " + QByteArray::number(i) + " with *some* text\n";
    return out;
}

// "- - - … x": a list nested depth deep on one line (indenting each level
// on its own line would take depth² bytes).
inline QByteArray nestedLists(int depth)
{
    return "---\ntitle: Lists\n---\n" + QByteArray("- ").repeated(depth) + "x\n";
}

inline QByteArray nestedQuotes(int depth)
{
    return "---\ntitle: Quotes\n---\n" + QByteArray("> ").repeated(depth) + "deep\n\n"
           + QByteArray(">").repeated(depth) + " deeper\n";
}

inline QByteArray binaryBytes()
{
    QRandomGenerator random(7);
    QByteArray out(100000, '\0');
    for (char &c : out)
        c = char(random.bounded(256));
    // Not a UTF-16 BOM by chance.
    out[0] = '\x89';
    return out;
}

// The billion laughs: 9^12 "lol"s if the aliases were expanded.
inline QByteArray aliasBomb()
{
    QByteArray out = "---\ntitle: Laughs\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 12; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        QByteArrayList items;
        for (int i = 0; i < 9; ++i)
            items.append(previous);
        out += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" + items.join(", ") + "]\n";
    }
    return out + "---\nBody after the bomb.\n";
}

inline QByteArray hugeFrontMatter(qsizetype size)
{
    QByteArray out = "---\ntitle: Huge front matter\n";
    for (int i = 0; out.size() < size; ++i)
        out += "key" + QByteArray::number(i) + ": value number " + QByteArray::number(i) + " with some padding\n";
    return out + "---\nThe body.\n";
}

inline QByteArray utf16WithoutBom(QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::Stateless);
    return encoder(QStringLiteral("---\ntitle: Wide\n---\nHello, world. A post saved by an old editor.\n"));
}

inline QList<HostileFile> hostileFiles()
{
    return {
        {"big-50mb", bigPost(50 * 1024 * 1024)},
        {"lines-100k", manyLines(100000)},
        {"nested-lists-10k", nestedLists(10000)},
        {"nested-quotes-10k", nestedQuotes(10000)},
        {"binary", binaryBytes(), "binary file"},
        {"zeros", QByteArray(4096, '\0'), "binary file"},
        {"invalid-utf8", "---\ntitle: Bad\n---\nCaf\xE9 au lait\n", "invalid UTF-8 at byte offset 22"},
        {"utf16le-without-bom", utf16WithoutBom(QStringConverter::Utf16LE), "UTF-16 LE text without a byte-order mark"},
        {"utf16be-without-bom", utf16WithoutBom(QStringConverter::Utf16BE), "UTF-16 BE text without a byte-order mark"},
        {"alias-bomb", aliasBomb()},
        {"front-matter-10mb", hugeFrontMatter(10 * 1024 * 1024)},
        {"nul-bytes", QByteArray("---\ntitle: Nul\n---\nBefore") + '\0' + "after.\n\n" + '\0' + "\n"},
    };
}

} // namespace postwright::hostile
