// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one check every front-matter edit passes (set, unset, the form, tag
// edits): what was written parses, says what was asked, and leaves every
// other key's values as they were. An anchor that another key's alias
// uses, a value that runs into the next key: such an edit is refused,
// naming the key it would have changed, and nothing is written.
#include "frontmatter/formats.h"
#include "text/textcodec.h"
#include "text/lineindex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace postwright::detail {
namespace {

// Each key's occurrences in order (a key may be written more than once).
template <typename T>
struct Occurrences
{
    QStringList keys;   // first appearance order
    QHash<QString, QList<T>> values;

    void add(const QString &key, const T &value)
    {
        auto it = values.find(key);
        if (it == values.end()) {
            keys.append(key);
            it = values.insert(key, {});
        }
        it->append(value);
    }
};

// A set value reads back as itself; a string that spells a date reads back
// as that date (Hugo's rule).
bool readsBackAs(const Value &read, const Value &value)
{
    Value expected = value;
    if (read.type == ValueType::Date && value.type == ValueType::String) {
        if (const auto date = DateTimeValue::parse(value.text); date && *date == read.date)
            expected = Value::fromDate(read.date);
    }
    return read == expected || (value.type == ValueType::Date && read.text == value.date.text);
}

QString quotedKeys(const QList<KeyEdit> &edits)
{
    QStringList keys;
    for (const KeyEdit &edit : edits)
        keys.append(QLatin1Char('"') + edit.key + QLatin1Char('"'));
    return keys.join(QStringLiteral(", "));
}

// The key of before whose lines hold offset of after, found through the
// text the edit left alone on either side; empty inside the edit.
QString keyAtOffset(const QString &before, const FrontMatter &beforeFrontMatter, const QString &after, qsizetype offset)
{
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    qsizetype at = -1;
    if (offset < prefix)
        at = offset;
    else if (offset >= after.size() - suffix)
        at = offset - after.size() + before.size();
    for (const Field &f : beforeFrontMatter.fields) {
        if (at >= f.entryStart && at < f.entryEnd)
            return f.key;
    }
    return {};
}

struct Messages
{
    bool removing = false;
    QString keys;
    int line = 0;

    Error error(const QString &message) const { return Error{{}, line, line > 0 ? 1 : 0, message}; }
    Error changes(const QString &other) const
    {
        return error(removing ? FrontMatterText::tr("removing %1 would also change \"%2\"").arg(keys, other)
                              : FrontMatterText::tr("writing %1 would also change \"%2\"").arg(keys, other));
    }
    Error breaks(const QString &other, const QString &why) const
    {
        if (other.isEmpty())
            return error(removing ? FrontMatterText::tr("removing %1 would break the front matter: %2").arg(keys, why)
                                  : FrontMatterText::tr("writing %1 would break the front matter: %2").arg(keys, why));
        return error(removing ? FrontMatterText::tr("removing %1 would break \"%2\": %3").arg(keys, other, why)
                              : FrontMatterText::tr("writing %1 would break \"%2\": %3").arg(keys, other, why));
    }
};

// The values of every key no edit names are the same before and after.
template <typename T, typename Equal>
std::optional<Error> compareOthers(const Occurrences<T> &before, const Occurrences<T> &after,
                                   const QSet<QString> &edited, const Messages &messages, Equal equal)
{
    for (const QString &key : after.keys) {
        if (!edited.contains(key) && !before.values.contains(key))
            return messages.changes(key);
    }
    for (const QString &key : before.keys) {
        if (edited.contains(key))
            continue;
        const QList<T> &was = before.values.value(key);
        const QList<T> now = after.values.value(key);
        if (was.size() != now.size())
            return messages.changes(key);
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (!equal(was.at(i), now.at(i)))
                return messages.changes(key);
        }
    }
    return std::nullopt;
}

// Each edited key: removed, or its last occurrence (the one generators
// use) reads back as set and the earlier ones are as they were.
std::optional<Error> checkEdited(const Occurrences<const Field *> &before, const Occurrences<const Field *> &after,
                                 const QList<KeyEdit> &edits)
{
    for (const KeyEdit &edit : edits) {
        const QList<const Field *> was = before.values.value(edit.key);
        const QList<const Field *> now = after.values.value(edit.key);
        if (!edit.value) {
            if (!now.isEmpty())
                return Error{{}, now.first()->line, 1, FrontMatterText::tr("removing \"%1\" failed: the key is still there").arg(edit.key)};
            continue;
        }
        if (now.isEmpty())
            return Error{{}, 0, 0, FrontMatterText::tr("writing \"%1\" failed: the key is missing afterwards").arg(edit.key)};
        bool earlierKept = now.size() == std::max<qsizetype>(was.size(), 1);
        for (qsizetype i = 0; earlierKept && i + 1 < now.size(); ++i)
            earlierKept = was.at(i)->value == now.at(i)->value;
        if (!earlierKept || !readsBackAs(now.constLast()->value, *edit.value))
            return Error{{}, now.constLast()->line, 0,
                         FrontMatterText::tr("\"%1\" cannot be written as this value in this front matter format").arg(edit.key)};
    }
    return std::nullopt;
}

QString blockContent(const QString &text, const FrontMatter &frontMatter)
{
    return convertLineEndings(QStringView(text).sliced(frontMatter.block.contentStart,
                                                       frontMatter.block.contentEnd - frontMatter.block.contentStart),
                              u"\n");
}

// YAML: the other keys also mean the same once aliases are followed (a map
// holding "*me" changes when the value anchored "&me" does).
std::optional<Error> compareResolved(const QString &before, const FrontMatter &beforeFrontMatter, const QString &after,
                                     const FrontMatter &afterFrontMatter, const QSet<QString> &edited,
                                     const Messages &messages)
{
    const QString beforeContent = blockContent(before, beforeFrontMatter);
    const QString afterContent = blockContent(after, afterFrontMatter);
    // Only an alias ("*name") makes one key's value depend on another's.
    if (!beforeContent.contains(QLatin1Char('*')) && !afterContent.contains(QLatin1Char('*')))
        return std::nullopt;
    const auto was = resolvedYamlEntries(beforeContent);
    const auto now = resolvedYamlEntries(afterContent);
    if (!was || !now)
        return messages.breaks(QString(), FrontMatterText::tr("it does not parse"));
    Occurrences<QByteArray> wasByKey, nowByKey;
    for (const ResolvedEntry &e : *was)
        wasByKey.add(e.key, e.value);
    for (const ResolvedEntry &e : *now)
        nowByKey.add(e.key, e.value);
    return compareOthers(wasByKey, nowByKey, edited, messages, std::equal_to<QByteArray>());
}

} // namespace

std::optional<Error> checkEdit(const QString &before, const FrontMatter &beforeFrontMatter, const QString &after,
                               const QList<KeyEdit> &edits, int line)
{
    const Messages messages{!edits.isEmpty() && !edits.first().value, quotedKeys(edits), line};
    const FrontMatter afterFrontMatter = parseFrontMatter(after);
    if (afterFrontMatter.error) {
        const LineIndex lines(after);
        const qsizetype errorLine = std::clamp<qsizetype>(afterFrontMatter.error->line - 1, 0, lines.count() - 1);
        QString other = keyAtOffset(before, beforeFrontMatter, after, lines.line(errorLine).start);
        for (const KeyEdit &edit : edits) {
            if (edit.key == other)
                other.clear();
        }
        return messages.breaks(other, afterFrontMatter.error->message);
    }
    QSet<QString> edited;
    for (const KeyEdit &edit : edits) {
        edited.insert(edit.key);
        // A TOML table's key: the table changes with it, its other keys
        // are compared one by one (tableFields).
        const qsizetype dot = edit.key.indexOf(QLatin1Char('.'));
        if (dot > 0 && !beforeFrontMatter.keys().contains(edit.key))
            edited.insert(edit.key.left(dot));
    }
    Occurrences<const Field *> was, now;
    for (const QList<Field> *fields : {&beforeFrontMatter.fields, &beforeFrontMatter.tableFields}) {
        for (const Field &f : *fields)
            was.add(f.key, &f);
    }
    for (const QList<Field> *fields : {&afterFrontMatter.fields, &afterFrontMatter.tableFields}) {
        for (const Field &f : *fields)
            now.add(f.key, &f);
    }
    const auto sameValue = [](const Field *a, const Field *b) { return a->value == b->value; };
    if (auto error = compareOthers(was, now, edited, messages, sameValue))
        return error;
    if (auto error = checkEdited(was, now, edits))
        return error;
    if (beforeFrontMatter.format() == FrontMatterFormat::Yaml)
        return compareResolved(before, beforeFrontMatter, after, afterFrontMatter, edited, messages);
    return std::nullopt;
}

} // namespace postwright::detail
