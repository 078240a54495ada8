// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/termedit.h"

#include "files/filestamp.h"
#include "files/stagedfile.h"
#include "post/post.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "TermEditText::tr").
struct TermEditText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::TermEdit)
};

// Symbolic links must not lead a write out of the site.
bool insideSite(const SiteConfig &config, const QString &absolutePath)
{
    if (!config.contains(absolutePath))
        return false;
    const QString canonicalRoot = QFileInfo(config.root).canonicalFilePath();
    const QString canonical = QFileInfo(absolutePath).canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

// A file that another program keeps changing is given up after this many reads.
constexpr int maxAttempts = 8;

// What became of one file of the plan.
struct FileOutcome
{
    enum class Kind { Written, Unchanged, Skipped, Failed };
    Kind kind = Kind::Unchanged;
    Error error;
};

FileOutcome failedWith(Error error, const QString &path)
{
    error.path = path;
    return {error.code == QLatin1String("deleted") ? FileOutcome::Kind::Skipped : FileOutcome::Kind::Failed, error};
}

// The plan's changes of path applied to post as it is now; false when none
// applies any more (another program changed the terms meanwhile).
Result<bool> applyChanges(const SiteConfig &config, const TermEditPlan &plan, const QString &path, Post &post)
{
    bool changed = false;
    for (const TermFileChange &change : plan.changes) {
        if (change.path != path)
            continue;
        const Field *field = post.frontMatter().field(change.key);
        if (!field)
            continue;
        const QStringList before = termsOfField(config, *field);
        const QStringList after = applyTermEdit(before, plan.edit);
        if (after == before)
            continue;
        if (const auto set = post.setField(change.key, termsFieldValue(config, field->value, after)); !set)
            return set.error();
        changed = true;
    }
    return changed;
}

// Reads the file, edits it and replaces it only while it is still the
// version read; when another program changed it meanwhile, again.
FileOutcome editFile(const SiteConfig &config, const TermEditPlan &plan, const QString &path,
                     const TermEditOptions &options)
{
    const QString absolute = config.absolutePath(path);
    const Error deleted{path, 0, 0, TermEditText::tr("deleted during the change: left deleted"), QStringLiteral("deleted")};
    if (!FileStamp::of(absolute, false).exists)
        return {FileOutcome::Kind::Skipped, deleted};
    if (!insideSite(config, absolute)) {
        if (!FileStamp::of(absolute, false).exists)
            return {FileOutcome::Kind::Skipped, deleted};
        return {FileOutcome::Kind::Failed, Error{path, 0, 0, TermEditText::tr("not inside the site: left alone")}};
    }
    SaveOptions save;
    save.replaceReadOnly = options.replaceReadOnly;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        Result<StampedBytes> read = readFileStamped(absolute);
        if (!read)
            return read.error().code == QLatin1String("deleted") ? FileOutcome{FileOutcome::Kind::Skipped, deleted}
                                                                 : failedWith(read.error(), path);
        Result<Post> loaded = Post::fromBytes(read.value().bytes, absolute);
        if (!loaded)
            return failedWith(loaded.error(), path);
        Post post = std::move(loaded).value();
        if (post.frontMatter().error)
            return failedWith(*post.frontMatter().error, path);
        const Result<bool> changed = applyChanges(config, plan, path, post);
        if (!changed)
            return failedWith(changed.error(), path);
        if (!changed.value())
            return {};
        Result<StagedFile> staged = StagedFile::write(absolute, post.toBytes(), Post::writeOptions(save));
        if (!staged)
            return failedWith(staged.error(), path);
        const Result<Success> committed = staged.value().commitIfUnchanged(read.value().stamp);
        if (committed)
            return {FileOutcome::Kind::Written, {}};
        if (committed.error().code == QLatin1String("deleted"))
            return {FileOutcome::Kind::Skipped, deleted};
        if (committed.error().code != QLatin1String("changed"))
            return failedWith(committed.error(), path);
        // The other program is at work on it: give it a moment, longer each time.
        QThread::usleep(500UL << attempt);
    }
    return {FileOutcome::Kind::Failed,
            Error{path, 0, 0, TermEditText::tr("changed again and again during the change: left as it is now")}};
}

} // namespace

QStringList TermEditPlan::files() const
{
    QStringList paths;
    for (const TermFileChange &change : changes) {
        if (paths.isEmpty() || paths.last() != change.path)
            paths.append(change.path);
    }
    return paths;
}

QStringList applyTermEdit(const QStringList &terms, const TermEdit &edit)
{
    QStringList result;
    for (const QString &term : terms) {
        QString next = term;
        if (term == edit.term) {
            if (edit.kind == TermEdit::Kind::Delete)
                continue;
            next = edit.replacement;
        }
        if (!result.contains(next))
            result.append(next);
    }
    return result;
}

TermEditPlan planTermEdit(const SiteIndex &index, const TermEdit &edit)
{
    TermEditPlan plan;
    plan.edit = edit;
    const SiteConfig &config = index.config();
    const QStringList keys = taxonomyKeys(config, edit.taxonomy);
    for (const PostRecord &record : index.posts()) {
        if (!record.terms.value(edit.taxonomy).contains(edit.term))
            continue;
        Result<Post> loaded = Post::load(config.absolutePath(record.path));
        if (!loaded) {
            Error error = loaded.error();
            error.path = record.path;
            plan.problems.append(error);
            continue;
        }
        const FrontMatter &fm = loaded.value().frontMatter();
        if (fm.error) {
            Error error = *fm.error;
            error.path = record.path;
            plan.problems.append(error);
            continue;
        }
        for (const QString &key : keys) {
            const Field *field = siteField(config, fm, key);
            if (!field)
                continue;
            const QStringList before = termsOfField(config, *field);
            const QStringList after = applyTermEdit(before, edit);
            if (after != before)
                plan.changes.append({record.path, field->key, before, after});
        }
    }
    return plan;
}

TermEditReport applyTermEditPlan(const SiteConfig &config, const TermEditPlan &plan, const TermEditOptions &options)
{
    TermEditReport report;
    for (const QString &path : plan.files()) {
        const FileOutcome outcome = editFile(config, plan, path, options);
        switch (outcome.kind) {
        case FileOutcome::Kind::Written:
            report.written.append(path);
            break;
        case FileOutcome::Kind::Unchanged:
            break;
        case FileOutcome::Kind::Skipped:
            report.skipped.append(outcome.error);
            break;
        case FileOutcome::Kind::Failed:
            report.failed.append(outcome.error);
            break;
        }
    }
    return report;
}

} // namespace postwright
