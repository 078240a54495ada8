// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/postdiff.h"

#include "post/post.h"
#include "vcs/posthistory.h"

namespace postwright {
namespace {

// The post's front matter (none when it does not parse) and body.
struct Parsed
{
    FrontMatter frontMatter;
    QString body;
};

Parsed parse(const QByteArray &bytes)
{
    Parsed parsed;
    if (bytes.isEmpty())
        return parsed;
    const Result<Post> post = Post::fromBytes(bytes);
    if (!post) {
        parsed.body = QString::fromUtf8(bytes);
        return parsed;
    }
    if (post.value().frontMatter().isValid())
        parsed.frontMatter = post.value().frontMatter();
    parsed.body = post.value().body().toString();
    return parsed;
}

std::optional<QString> shown(const FrontMatter &frontMatter, const QString &key)
{
    const Field *field = frontMatter.field(key);
    if (!field)
        return std::nullopt;
    return field->value.type == ValueType::Map ? field->value.text.trimmed() : field->value.displayText();
}

} // namespace

PostDiff diffPostVersions(const QByteArray &before, const QByteArray &after)
{
    const PostChange change = comparePostVersions(before, after);
    const Parsed old = parse(before);
    const Parsed now = parse(after);
    PostDiff diff;
    for (const QString &key : change.changedKeys)
        diff.keys.append({key, shown(old.frontMatter, key), shown(now.frontMatter, key)});
    diff.bodyChanged = change.bodyChanged;
    diff.body = wordDiff(old.body, now.body);
    return diff;
}

} // namespace postwright
