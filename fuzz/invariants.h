// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The promises core makes about any input, written once: the libFuzzer
// targets (fuzz/*.cpp) abort when one is broken, and the regression test
// (tests/core/tst_fuzzregressions.cpp) replays every input that once broke
// one. Each check takes a file's bytes and returns what went wrong, or an
// empty string. No fuzzer or test framework here.

#include "doctor/mojibake.h"
#include "doctor/postdoctor.h"
#include "post/post.h"
#include "render/renderer.h"
#include "text/lineindex.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace postwright::fuzz {

inline QString describeValue(const Value &value)
{
    return valueTypeName(value.type) + QLatin1Char(':')
           + (value.type == ValueType::List ? value.list.join(QLatin1Char('|')) : value.displayText());
}

// The other keys keep their values when one key is set or removed.
inline QString compareOtherFields(const FrontMatter &before, const FrontMatter &after, const QString &key)
{
    QList<const Field *> left, right;
    for (const Field &f : before.fields) {
        if (f.key != key)
            left.append(&f);
    }
    for (const Field &f : after.fields) {
        if (f.key != key)
            right.append(&f);
    }
    if (left.size() != right.size())
        return QStringLiteral("writing \"%1\" changed the number of other keys from %2 to %3")
            .arg(key).arg(left.size()).arg(right.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        if (left.at(i)->key != right.at(i)->key || !(left.at(i)->value == right.at(i)->value))
            return QStringLiteral("writing \"%1\" changed \"%2\" from %3 to \"%4\" %5")
                .arg(key, left.at(i)->key, describeValue(left.at(i)->value), right.at(i)->key,
                     describeValue(right.at(i)->value));
    }
    return {};
}

// Sets key to value: a clean error, or text whose front matter reads back
// the value set with every other key unchanged, and that saves and loads
// back to the same text.
inline QString checkSet(const Post &post, const QString &key, const Value &value)
{
    Post edited = post;
    if (!edited.setField(key, value, WriteMode::Rewrite)) {
        // Refused: the post must be untouched.
        return edited.text() == post.text() ? QString() : QStringLiteral("a refused set of \"%1\" changed the text").arg(key);
    }
    const FrontMatter reread = parseFrontMatter(edited.text());
    if (reread.error)
        return QStringLiteral("after setting \"%1\" the front matter does not parse: %2\n%3")
            .arg(key, reread.error->message, edited.text().left(400));
    const Field *field = reread.field(key);
    if (!field)
        return QStringLiteral("after setting \"%1\" the key is missing").arg(key);
    if (!(field->value == value) && !(value.type == ValueType::Date && field->value.text == value.date.text)
        && !(value.type == ValueType::String && field->value.type == ValueType::Date && field->value.date.text == value.text))
        return QStringLiteral("set \"%1\" to %2, read back %3").arg(key, describeValue(value), describeValue(field->value));
    if (!post.frontMatter().duplicateKeys.contains(key)) {
        if (const QString other = compareOtherFields(post.frontMatter(), reread, key); !other.isEmpty())
            return other;
    }
    const Result<Post> reloaded = Post::fromBytes(edited.toBytes());
    if (!reloaded || reloaded.value().text() != edited.text())
        return QStringLiteral("after setting \"%1\" the saved bytes do not load back to the same text").arg(key);
    return {};
}

inline QString checkRemove(const Post &post, const QString &key)
{
    Post edited = post;
    if (!edited.removeField(key))
        return edited.text() == post.text() ? QString() : QStringLiteral("a refused remove of \"%1\" changed the text").arg(key);
    const FrontMatter reread = parseFrontMatter(edited.text());
    if (reread.error)
        return QStringLiteral("after removing \"%1\" the front matter does not parse: %2\n%3")
            .arg(key, reread.error->message, edited.text().left(400));
    if (post.frontMatter().duplicateKeys.contains(key))
        return {};
    if (reread.field(key))
        return QStringLiteral("after removing \"%1\" the key is still there").arg(key);
    return compareOtherFields(post.frontMatter(), reread, key);
}

// Front-matter parse and write. Bytes that load save back identically; every
// editable key set to its own value, and a few new values, read back as set.
inline QString checkFrontMatter(const QByteArray &bytes)
{
    const Result<Post> loaded = Post::fromBytes(bytes);
    if (!loaded)
        return loaded.error().message.isEmpty() ? QStringLiteral("an error without a message") : QString();
    const Post &post = loaded.value();
    if (post.toBytes() != bytes)
        return QStringLiteral("an unmodified post does not save byte-identical");
    const FrontMatter &fm = post.frontMatter();
    if (fm.block.bodyStart < 0 || fm.block.bodyStart > post.text().size())
        return QStringLiteral("the body starts outside the text");
    if (fm.error) {
        // Unparseable: kept as text, no fields, and the writer refuses.
        if (!fm.fields.isEmpty())
            return QStringLiteral("an unparseable block has fields");
        return checkSet(post, QStringLiteral("title"), Value::fromString(QStringLiteral("x")));
    }
    int edits = 0;
    QSet<QString> seen;
    for (const Field &field : fm.fields) {
        if (field.readOnly || field.value.type == ValueType::Map || seen.contains(field.key) || ++edits > 8)
            continue;
        seen.insert(field.key);
        if (const QString failure = checkSet(post, field.key, field.value); !failure.isEmpty())
            return failure;
    }
    // Every field rewritten with its own value, all at once (roundtrip's
    // way): the text does not change, as with one key at a time.
    {
        // A key written twice: each key once, with the value of its last
        // occurrence, the one the writer edits (as roundtrip builds it).
        QList<FieldChange> same;
        QSet<QString> listed;
        for (const Field &field : fm.fields) {
            const Field &used = *fm.field(field.key);
            if (!used.readOnly && used.value.type != ValueType::Map && !listed.contains(field.key)) {
                listed.insert(field.key);
                same.append({field.key, used.value});
            }
        }
        const Result<QString> rewritten = setFrontMatterFields(post.text(), same, WriteMode::Rewrite);
        QString sequential = post.text();
        bool sequentialOk = true;
        QSet<QString> done;
        for (const FieldChange &change : std::as_const(same)) {
            if (done.contains(change.key))
                continue;
            done.insert(change.key);
            const Result<QString> next = setFrontMatterField(sequential, change.key, change.value, WriteMode::Rewrite);
            if (!next) {
                sequentialOk = false;
                break;
            }
            sequential = next.value();
        }
        if (rewritten.ok() != sequentialOk)
            return QStringLiteral("setting all fields at once and one by one disagree on success");
        if (rewritten && rewritten.value() != sequential)
            return QStringLiteral("setting all fields at once gives other text than one by one");
    }
    // New values made from the body's first line: arbitrary text as a
    // string, its words as a list.
    const QString line = post.body().toString().section(QLatin1Char('\n'), 0, 0).trimmed().left(200);
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 4);
    const QString someKey = fm.fields.isEmpty() ? QStringLiteral("title") : fm.fields.constFirst().key;
    const QList<std::pair<QString, Value>> newValues = {
        {QStringLiteral("title"), Value::fromString(line.isEmpty() ? QStringLiteral("A title") : line)},
        {QStringLiteral("tags"), Value::fromList(words)},
        {QStringLiteral("draft"), Value::fromBool(true)},
        {QStringLiteral("weight"), Value::fromNumber(12)},
        {someKey, Value::fromString(QStringLiteral("it's: a \"quoted\" # value"))},
        {QStringLiteral("fuzz key"), Value::fromString(line)},
    };
    for (const auto &[key, value] : newValues) {
        if (const QString failure = checkSet(post, key, value); !failure.isEmpty())
            return failure;
    }
    for (const QString &key : {someKey, QStringLiteral("title")}) {
        if (const QString failure = checkRemove(post, key); !failure.isEmpty())
            return failure;
    }
    return {};
}

// Rendering: any body renders, headings sit on lines of the file, ids are
// unique.
inline QString checkRender(const QByteArray &bytes)
{
    const Result<Post> loaded = Post::fromBytes(bytes);
    if (!loaded)
        return {};
    const Post &post = loaded.value();
    RenderOptions options;
    options.firstLine = post.bodyFirstLine();
    const RenderResult result = render(post.body(), options);
    const qsizetype lines = LineIndex(post.text()).count();
    QSet<QString> ids;
    for (const Heading &heading : result.outline) {
        if (heading.line < options.firstLine || heading.line > lines)
            return QStringLiteral("heading \"%1\" on line %2 of a %3-line file").arg(heading.text).arg(heading.line).arg(lines);
        if (ids.contains(heading.id))
            return QStringLiteral("two headings share the id \"%1\"").arg(heading.id);
        ids.insert(heading.id);
    }
    if (result.words < 0 || result.readingMinutes < 0)
        return QStringLiteral("negative statistics");
    return {};
}

// The post doctor: findings point into the file, and a mojibake repair keeps
// every character that was not garbled.
inline QString checkDoctor(const QByteArray &bytes)
{
    Result<Post> loaded = Post::fromBytes(bytes);
    if (!loaded)
        return {};
    Post &post = loaded.value();
    post.setPath(QStringLiteral("/nonexistent/fuzz/post.md"));
    const qsizetype lines = LineIndex(post.text()).count();
    for (const Finding &finding : checkPost(post)) {
        if (finding.line < 0 || finding.line > lines || finding.column < 0)
            return QStringLiteral("finding \"%1\" at %2:%3 in a %4-line file")
                .arg(finding.code).arg(finding.line).arg(finding.column).arg(lines);
        if (finding.code.isEmpty() || finding.message.isEmpty())
            return QStringLiteral("a finding without a code or message");
    }
    const MojibakeRepair repair = repairMojibake(post.text());
    for (const MojibakeSequence &sequence : repair.unrepairable) {
        if (sequence.start < 0 || sequence.length <= 0 || sequence.start + sequence.length > post.text().size())
            return QStringLiteral("an unrepairable run outside the text");
    }
    if (repair.repaired == 0 && repair.text != post.text())
        return QStringLiteral("a repair that repaired nothing changed the text");
    return {};
}

} // namespace postwright::fuzz
