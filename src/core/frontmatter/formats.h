// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/frontmatter: one parser and one value writer per format.

#include "frontmatter/frontmatter.h"
#include "text/lineindex.h"

#include <QCoreApplication>

#include <functional>

namespace postwright::detail {

// Everything a format needs to read the block: the whole text, its lines, and
// the block's content with every line break turned into "\n" (the parsers'
// line numbers then match ours).
struct BlockSource
{
    QStringView text;
    const LineIndex &lines;
    QString normalizedContent;
    qsizetype contentFirstLineIndex = 0;  // 0-based line of block.contentStart
};

void parseYaml(const BlockSource &source, FrontMatter &frontMatter);
void parseToml(const BlockSource &source, FrontMatter &frontMatter);
void parseJson(const BlockSource &source, FrontMatter &frontMatter);

// What a writer is asked to do: replace field's value, or (field null) make
// the text of a new entry.
struct WriteRequest
{
    QStringView text;
    const FrontMatter &frontMatter;
    const Field *field;   // null for a new key
    QString key;
    Value value;
    QString lineBreak;
    // The lines of text, when the caller has them: writing every key of a
    // 50,000-key block must not index the text once per key.
    const LineIndex *lines = nullptr;
};

// The replacement for [field->valueStart, field->valueEnd), or for a new
// key the whole entry with its line break.
Result<QString> writeYaml(const WriteRequest &request);
Result<QString> writeToml(const WriteRequest &request);
Result<QString> writeJson(const WriteRequest &request);

// Items of a list as laid out in the source.
struct ListLayout
{
    bool block = false;
    QString open;        // flow: "[" and what follows it up to the first item
    QString separator;   // flow: between the first two items
    QString close;       // flow: after the last item, up to and with "]"
    QString linePrefix;  // block: what stands before each item ("  - ")
    struct Item
    {
        QString value;
        QString source;  // flow: the item's token; block: its whole line(s)
    };
    QList<Item> items;
    ValueStyle itemStyle = ValueStyle::Plain;
};

// Splits a flow list "[a, 'b', "c"]" (possibly over several lines) into its
// item tokens, honouring quotes; values are left empty for the caller.
std::optional<ListLayout> splitFlowList(QStringView source, bool allowComments);
// Writes items in layout's style: unchanged items keep their source text,
// new ones are formatted by formatItem.
QString rebuildList(const ListLayout &layout, const QStringList &items,
                    const std::function<QString(const QString &)> &formatItem, const QString &lineBreak);

// YAML 1.1 plain-scalar resolution as Hugo's and Jekyll's parsers see it.
Value resolvePlainScalar(const QString &text);

// A top-level YAML key and a digest of its value with every alias followed
// (compared, never shown).
struct ResolvedEntry
{
    QString key;
    QByteArray value;
};
// The keys of a YAML block's content in order, or nullopt when it does not
// parse.
std::optional<QList<ResolvedEntry>> resolvedYamlEntries(const QString &content);

// One key an edit changes: set to value, or (no value) removed.
struct KeyEdit
{
    QString key;
    std::optional<Value> value;
};
// The writer's promise, checked on the text it wrote: the block parses, the
// edited keys read back as set (removed ones are gone), and every other key
// keeps each of its values (YAML: as its aliases resolve too). line is the
// edited key's line, for the error.
std::optional<Error> checkEdit(const QString &before, const FrontMatter &beforeFrontMatter, const QString &after,
                               const QList<KeyEdit> &edits, int line);

// 1-based file line of a 0-based line inside the block content.
inline int fileLine(const BlockSource &source, qsizetype contentLine)
{
    return int(source.contentFirstLineIndex + contentLine) + 1;
}

} // namespace postwright::detail

namespace postwright {

// The translation context of the front-matter messages (lupdate reads
// "FrontMatterText::tr").
struct FrontMatterText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::FrontMatter)
};

} // namespace postwright
