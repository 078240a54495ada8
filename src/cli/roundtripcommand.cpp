// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "post/post.h"
#include "text/lineindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

// 1-based line of the first character where a and b differ.
int firstDifferentLine(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return int(LineIndex(a).lineAt(i)) + 1;
}

} // namespace

int roundtripCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption write(QStringLiteral("write"), tr("Save the rewritten files in place."));
    parser.addOption(write);
    if (!parseCommand(parser, args, 1, QStringLiteral("PATH... [--write]")))
        return Usage;
    int identical = 0, differ = 0, errors = 0;
    bool unreadable = false;
    const QStringList files = markdownFiles(parser.positionalArguments().mid(1));
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(Error{path, 0, 0, tr("cannot read: %1").arg(file.errorString())});
            ++errors;
            unreadable = true;
            continue;
        }
        const QByteArray original = file.readAll();
        Result<Post> loaded = Post::fromBytes(original, path);
        if (!loaded) {
            err(loaded.error());
            ++errors;
            unreadable = true;
            continue;
        }
        Post post = std::move(loaded).value();
        const QString before = post.text();
        bool writeFailed = false;
        if (post.frontMatter().error) {
            // Unparseable: the block is kept as text and must save unchanged.
            err(*post.frontMatter().error);
            ++errors;
            if (post.toBytes() != original) {
                err(Error{path, 0, 0, tr("an unparseable file did not save unchanged")});
                ++differ;
            }
            continue;
        }
        // Write every field back with its own value, through the one writer:
        // all at once (one parse, one check), and one at a time only to say
        // which field failed.
        QList<FieldChange> changes;
        QSet<QString> seen;
        // A duplicated key: the writer edits its last occurrence, the one
        // generators use and the form shows; the earlier ones stay.
        QHash<QString, const Field *> used;
        for (const Field &field : post.frontMatter().fields)
            used.insert(field.key, &field);
        for (const Field &field : post.frontMatter().fields) {
            const Field *last = used.value(field.key);
            if (!last->readOnly && last->value.type != ValueType::Map && !seen.contains(field.key)) {
                seen.insert(field.key);
                changes.append({field.key, last->value});
            }
        }
        if (!post.setFields(changes, WriteMode::Rewrite)) {
            for (const FieldChange &change : std::as_const(changes)) {
                if (const auto result = post.setField(change.key, change.value, WriteMode::Rewrite); !result) {
                    err(result.error());
                    writeFailed = true;
                }
            }
        }
        const QByteArray after = post.toBytes();
        if (after == original && !writeFailed) {
            ++identical;
            continue;
        }
        ++differ;
        out(QStringLiteral("%1:%2: differs").arg(path).arg(firstDifferentLine(before, post.text())));
        if (parser.isSet(write)) {
            if (const auto saved = post.save(path); !saved)
                err(saved.error());
        }
    }
    out(QStringLiteral("roundtrip: %1 files, %2 identical, %3 differ, %4 errors")
            .arg(files.size())
            .arg(identical)
            .arg(differ)
            .arg(errors));
    // A file that differs is a finding; one that cannot be read or decoded
    // is unreadable input (a malformed block is reported, and kept as is).
    if (unreadable)
        return Usage;
    return differ > 0 ? Findings : Ok;
}

} // namespace postwright::cli
