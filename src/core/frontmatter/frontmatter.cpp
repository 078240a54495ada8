// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading front matter: finding the block in a post's text, parsing it
// through the format's parser, and looking fields up. Writing is in
// frontmatterwrite.cpp.
#include "frontmatter/frontmatter.h"

#include "frontmatter/formats.h"
#include "text/lineindex.h"
#include "text/textcodec.h"

#include <QCoreApplication>
#include <QSet>


namespace postwright {
namespace {

// A delimiter line: the marker alone, trailing spaces allowed.
bool isDelimiterLine(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

// End of the JSON object starting at text[0] == '{', or -1.
qsizetype matchingBrace(QStringView text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

// A line of text: where it starts and ends, and where the next one starts.
struct Line
{
    qsizetype start, end, next;
};

// Lines are found as needed: the body of a 5 MB post is never scanned.
Line lineFrom(QStringView text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
        ++end;
    qsizetype next = end;
    if (next < text.size())
        next += (text.at(next) == QLatin1Char('\r') && next + 1 < text.size() && text.at(next + 1) == QLatin1Char('\n')) ? 2 : 1;
    return Line{start, end, next};
}

// 1-based number of the line that starts at or holds offset.
int lineNumberAt(QStringView text, qsizetype offset)
{
    int number = 1;
    for (Line l = lineFrom(text, 0); l.next <= offset && l.next > l.end; l = lineFrom(text, l.next))
        ++number;
    return number;
}

// A JSON block: the object that starts at text[0] == '{'.
FrontMatterBlock locateJsonFrontMatter(QStringView text)
{
    FrontMatterBlock block;
    const qsizetype end = matchingBrace(text);
    block.format = FrontMatterFormat::Json;
    block.contentStart = 0;
    block.contentFirstLine = 1;
    if (end < 0) {
        block.closed = false;
        block.contentEnd = block.bodyStart = text.size();
    } else {
        block.contentEnd = end;
        qsizetype lineStart = end - 1;
        while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n') && text.at(lineStart - 1) != QLatin1Char('\r'))
            --lineStart;
        block.bodyStart = lineFrom(text, lineStart).next;
    }
    block.bodyFirstLine = lineNumberAt(text, block.bodyStart);
    return block;
}

} // namespace

FrontMatterBlock locateFrontMatter(QStringView text)
{
    FrontMatterBlock block;
    if (text.isEmpty())
        return block;
    if (text.front() == QLatin1Char('{'))
        return locateJsonFrontMatter(text);
    const auto lineText = [&](const Line &l) { return text.sliced(l.start, l.end - l.start); };
    QList<QStringView> closers;
    const Line first = lineFrom(text, 0);
    if (isDelimiterLine(lineText(first), u"---")) {
        block.format = FrontMatterFormat::Yaml;
        closers = {u"---", u"..."};
    } else if (isDelimiterLine(lineText(first), u"+++")) {
        block.format = FrontMatterFormat::Toml;
        closers = {u"+++"};
    } else {
        return block;
    }
    // A file that is only "---" has no block: its one line is body.
    if (first.next == first.end) {
        block.format = FrontMatterFormat::None;
        return block;
    }
    block.contentStart = first.next;
    block.contentFirstLine = 2;
    int number = 2;
    for (Line l = lineFrom(text, first.next);; l = lineFrom(text, l.next), ++number) {
        for (QStringView closer : closers) {
            if (isDelimiterLine(lineText(l), closer)) {
                block.contentEnd = l.start;
                block.bodyStart = l.next;
                block.bodyFirstLine = l.next == l.end ? number : number + 1;   // closing line without a break
                return block;
            }
        }
        if (l.next == l.end)
            break;
    }
    block.closed = false;
    block.contentEnd = block.bodyStart = text.size();
    block.bodyFirstLine = number;
    return block;
}

FrontMatter parseFrontMatter(QStringView text)
{
    FrontMatter fm;
    fm.block = locateFrontMatter(text);
    if (fm.block.format == FrontMatterFormat::None)
        return fm;
    if (!fm.block.closed) {
        const char *what = fm.block.format == FrontMatterFormat::Json
                               ? "front matter: the JSON object opened on line 1 is never closed"
                               : "front matter: the block opened on line 1 has no closing delimiter line";
        fm.error = Error{{}, 1, 1, FrontMatterText::tr(what)};
        return fm;
    }
    // yaml-cpp needs tens of bytes of memory per byte of YAML, and every
    // edit parses the block again: a block this large is not a blogger's
    // front matter. It is reported and kept as text, unchanged.
    const qsizetype contentSize = fm.block.contentEnd - fm.block.contentStart;
    if (contentSize > maxFrontMatterSize) {
        fm.error = Error{{}, 1, 1,
                         FrontMatterText::tr("front matter: the block is %1 MB, more than the %2 MB that is read; "
                            "it is kept as text, unchanged")
                             .arg(double(contentSize) / (1024 * 1024), 0, 'f', 1)
                             .arg(maxFrontMatterSize / (1024 * 1024))};
        return fm;
    }
    // Only the block's lines: the parsers never look at the body.
    const LineIndex lines(text.first(fm.block.bodyStart));
    detail::BlockSource source{text, lines,
                               convertLineEndings(text.sliced(fm.block.contentStart,
                                                              fm.block.contentEnd - fm.block.contentStart),
                                                  u"\n"),
                               lines.lineAt(fm.block.contentStart)};
    switch (fm.block.format) {
    case FrontMatterFormat::Yaml:
        detail::parseYaml(source, fm);
        break;
    case FrontMatterFormat::Toml:
        detail::parseToml(source, fm);
        break;
    case FrontMatterFormat::Json:
        detail::parseJson(source, fm);
        break;
    case FrontMatterFormat::None:
        break;
    }
    if (fm.error) {
        fm.fields.clear();
        fm.tableFields.clear();
    } else {
        QSet<QString> seen;
        for (const Field &f : std::as_const(fm.fields)) {
            if (seen.contains(f.key) && !fm.duplicateKeys.contains(f.key))
                fm.duplicateKeys.append(f.key);
            seen.insert(f.key);
        }
    }
    return fm;
}

const Field *FrontMatter::field(const QString &key) const
{
    // Hugo and Jekyll use the last occurrence of a key written twice.
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    if (key.contains(QLatin1Char('.'))) {
        for (const Field &f : tableFields) {
            if (f.key == key)
                return &f;
        }
    }
    return nullptr;
}

const Field *FrontMatter::firstField(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (const Field *f = field(QString::fromLatin1(key)))
            return f;
    }
    return nullptr;
}

QString FrontMatter::string(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->value.displayText() : QString();
}

QStringList FrontMatter::keys() const
{
    QStringList out;
    for (const Field &f : fields)
        out.append(f.key);
    return out;
}

QString frontMatterFormatName(FrontMatterFormat format)
{
    switch (format) {
    case FrontMatterFormat::None: return FrontMatterText::tr("none");
    case FrontMatterFormat::Yaml: return QStringLiteral("YAML");
    case FrontMatterFormat::Toml: return QStringLiteral("TOML");
    case FrontMatterFormat::Json: return QStringLiteral("JSON");
    }
    return {};
}

} // namespace postwright
