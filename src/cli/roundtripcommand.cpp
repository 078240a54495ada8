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

// Every field with its own value, for the one writer: a duplicated key's
// last occurrence (the one generators use and the form shows; the earlier
// ones stay); nested and read-only values are left alone.
QList<FieldChange> fieldsAsTheyAre(const FrontMatter &frontMatter)
{
    QList<FieldChange> changes;
    QSet<QString> seen;
    QHash<QString, const Field *> used;
    for (const Field &field : frontMatter.fields)
        used.insert(field.key, &field);
    for (const Field &field : frontMatter.fields) {
        const Field *last = used.value(field.key);
        if (!last->readOnly && last->value.type != ValueType::Map && !seen.contains(field.key)) {
            seen.insert(field.key);
            changes.append({field.key, last->value});
        }
    }
    return changes;
}

// What became of one file.
struct FileOutcome
{
    bool identical = false;
    bool differs = false;
    bool error = false;
    bool unreadable = false;   // not read or not decoded: unusable input
};

FileOutcome roundtripFile(const QString &path, bool write)
{
    FileOutcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(Error{path, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        outcome.error = outcome.unreadable = true;
        return outcome;
    }
    const QByteArray original = file.readAll();
    Result<Post> loaded = Post::fromBytes(original, path);
    if (!loaded) {
        err(loaded.error());
        outcome.error = outcome.unreadable = true;
        return outcome;
    }
    Post post = std::move(loaded).value();
    const QString before = post.text();
    if (post.frontMatter().error) {
        // Unparseable: the block is kept as text and must save unchanged.
        err(*post.frontMatter().error);
        outcome.error = true;
        if (post.toBytes() != original) {
            err(Error{path, 0, 0, tr("an unparseable file did not save unchanged")});
            outcome.differs = true;
        }
        return outcome;
    }
    // Write every field back with its own value, through the one writer:
    // all at once (one parse, one check), and one at a time only to say
    // which field failed.
    bool writeFailed = false;
    const QList<FieldChange> changes = fieldsAsTheyAre(post.frontMatter());
    if (!post.setFields(changes, WriteMode::Rewrite)) {
        for (const FieldChange &change : changes) {
            if (const auto result = post.setField(change.key, change.value, WriteMode::Rewrite); !result) {
                err(result.error());
                writeFailed = true;
            }
        }
    }
    if (post.toBytes() == original && !writeFailed) {
        outcome.identical = true;
        return outcome;
    }
    outcome.differs = true;
    out(QStringLiteral("%1:%2: differs").arg(path).arg(firstDifferentLine(before, post.text())));
    if (write) {
        if (const auto saved = post.save(path); !saved)
            err(saved.error());
    }
    return outcome;
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
        const FileOutcome outcome = roundtripFile(path, parser.isSet(write));
        identical += outcome.identical;
        differ += outcome.differs;
        errors += outcome.error;
        unreadable = unreadable || outcome.unreadable;
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
