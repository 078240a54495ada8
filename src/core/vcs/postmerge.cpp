// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/postmerge.h"

#include "frontmatter/frontmatter.h"
#include "post/post.h"
#include "vcs/blockmerge.h"

#include <QCoreApplication>

namespace postwright {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright", text);
}

Result<Post> readSide(const QByteArray &bytes, const QString &path, const QString &side, LineEnding ending)
{
    Result<Post> post = Post::fromBytes(bytes, path);
    if (!post)
        return post;
    if ((ending == LineEnding::LF || ending == LineEnding::CRLF) && post.value().lineEnding() != ending)
        post.value().setLineEnding(ending);
    if (const std::optional<Error> &error = post.value().frontMatter().error) {
        Error e = *error;
        e.message = tr("%1 (%2 version)").arg(e.message, side);
        return e;
    }
    return post;
}

const Value *valueOf(const FrontMatter &frontMatter, const QString &key)
{
    const Field *field = frontMatter.field(key);
    return field ? &field->value : nullptr;
}

// Numbers compare as written: 1.10 is not 1.1 (a version), and integers
// past 2^53 are not rounded together, so their change is never lost.
bool same(const Value *a, const Value *b)
{
    if (!a || !b)
        return a == b;
    if (a->type == ValueType::Number && b->type == ValueType::Number && !a->text.isEmpty() && !b->text.isEmpty())
        return a->text.trimmed() == b->text.trimmed();
    return *a == *b;
}

std::optional<QString> shown(const Value *value)
{
    if (!value)
        return std::nullopt;
    return value->type == ValueType::Map ? value->text : value->displayText();
}

// Keys in our order, then keys only they have, then keys only the base had.
QStringList allKeys(const FrontMatter &ours, const FrontMatter &theirs, const FrontMatter &base)
{
    QStringList keys = ours.keys();
    for (const FrontMatter *other : {&theirs, &base}) {
        for (const QString &key : other->keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

// A nested value (a map, a TOML table) cannot be set through the writer:
// their entry's lines replace ours, or are added at the end of our block.
Result<QString> transplant(const QString &text, const QString &key, const QString &theirText, const Field &theirs)
{
    const FrontMatter now = parseFrontMatter(text);
    const QString entry = theirText.mid(theirs.entryStart, theirs.entryEnd - theirs.entryStart);
    if (const Field *ours = now.field(key))
        return QString(text).replace(ours->entryStart, ours->entryEnd - ours->entryStart, entry);
    const bool appendable = now.format() == FrontMatterFormat::Yaml
                            || (now.format() == FrontMatterFormat::Toml && theirs.section);
    if (!appendable)
        return Error{{}, 0, 0, tr("cannot add the nested key \"%1\" to this front matter").arg(key)};
    QString added = text.left(now.block.contentEnd);
    if (!added.isEmpty() && !added.endsWith(QLatin1Char('\n')))
        added += text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return added + entry + text.mid(now.block.contentEnd);
}

struct KeyMerge
{
    QString text;
    QList<MergeConflict> conflicts;
};

// Applies their key changes to `text` (ours, with the merged body).
Result<KeyMerge> mergeKeys(QString text, const Post &base, const Post &ours, const Post &theirs)
{
    KeyMerge merge;
    const FrontMatter &b = base.frontMatter();
    const FrontMatter &o = ours.frontMatter();
    const FrontMatter &t = theirs.frontMatter();
    QList<std::pair<QString, const Value *>> expected;
    for (const QString &key : allKeys(o, t, b)) {
        const Value *baseValue = valueOf(b, key);
        const Value *ourValue = valueOf(o, key);
        const Value *theirValue = valueOf(t, key);
        if (same(ourValue, theirValue) || same(theirValue, baseValue)) {
            expected.append({key, ourValue});
            continue;
        }
        if (!same(ourValue, baseValue)) {
            merge.conflicts.append({MergeConflict::Kind::Key, key, 0, shown(baseValue), shown(ourValue), shown(theirValue)});
            expected.append({key, ourValue});
            continue;
        }
        const Field *theirField = t.field(key);
        Result<QString> written = !theirValue ? removeFrontMatterField(text, key)
                                  : theirValue->type == ValueType::Map ? transplant(text, key, theirs.text(), *theirField)
                                                                       : setFrontMatterField(text, key, *theirValue, WriteMode::Rewrite);
        if (!written) {
            Error error = written.error();
            error.path = ours.path();
            error.message = tr("cannot merge the key \"%1\": %2").arg(key, error.message);
            return error;
        }
        text = written.value();
        expected.append({key, theirValue});
    }
    // The writer keeps every other key as it reads: check the whole result.
    const FrontMatter result = parseFrontMatter(text);
    for (const auto &[key, value] : expected) {
        if (!result.isValid() || !same(valueOf(result, key), value))
            return Error{ours.path(), 0, 0, tr("merging the front matter would change the key \"%1\"").arg(key)};
    }
    merge.text = text;
    return merge;
}

} // namespace

Result<PostMergeResult> mergePost(const QByteArray &baseBytes, const QByteArray &ourBytes,
                                  const QByteArray &theirBytes, const QString &path)
{
    Result<Post> ours = readSide(ourBytes, path, tr("our"), LineEnding::None);
    if (!ours)
        return ours.error();
    const LineEnding ending = ours.value().lineEnding();
    Result<Post> base = readSide(baseBytes, path, tr("the common"), ending);
    if (!base)
        return base.error();
    Result<Post> theirs = readSide(theirBytes, path, tr("their"), ending);
    if (!theirs)
        return theirs.error();

    const BlockMerge body = mergeBodyBlocks(base.value().body(), ours.value().body(), theirs.value().body());
    const QString &ourText = ours.value().text();
    const QString withBody = ourText.left(ours.value().frontMatter().block.bodyStart) + body.text;
    Result<KeyMerge> keys = mergeKeys(withBody, base.value(), ours.value(), theirs.value());
    if (!keys)
        return keys.error();

    PostMergeResult result;
    result.conflicts = keys.value().conflicts;
    Post merged = ours.value();
    merged.setText(keys.value().text);
    const auto blocks = [](const QString &text) { return text.isEmpty() ? std::nullopt : std::optional(text); };
    for (const BlockConflict &block : body.conflicts) {
        result.conflicts.append({MergeConflict::Kind::Block, {}, merged.bodyFirstLine() - 1 + block.line,
                                 blocks(block.base), blocks(block.ours), blocks(block.theirs)});
    }
    result.merged = merged.toBytes();
    return result;
}

} // namespace postwright
