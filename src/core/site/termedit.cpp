// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/termedit.h"

#include "post/post.h"
#include "site/siterewrite.h"
#include "site/siterules.h"

namespace postwright {
namespace {

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

// The plan's changes of path applied to the file's bytes now (nothing when
// another program changed its terms meanwhile), through the front-matter writer.
Rewrite termRewrite(const SiteConfig &config, const TermEditPlan &plan, const QString &path)
{
    return [&config, &plan, path](const QByteArray &current) -> Result<std::optional<QByteArray>> {
        Result<Post> loaded = Post::fromBytes(current, config.absolutePath(path));
        if (!loaded)
            return loaded.error();
        Post post = std::move(loaded).value();
        if (post.frontMatter().error)
            return *post.frontMatter().error;
        const Result<bool> changed = applyChanges(config, plan, path, post);
        if (!changed)
            return changed.error();
        if (!changed.value())
            return std::optional<QByteArray>{};
        return std::optional<QByteArray>{post.toBytes()};
    };
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
    SaveOptions save;
    save.replaceReadOnly = options.replaceReadOnly;
    for (const QString &path : plan.files()) {
        const RewriteOutcome outcome = rewriteSiteFile(config, path, termRewrite(config, plan, path), save);
        switch (outcome.kind) {
        case RewriteOutcome::Kind::Written:
            report.written.append(path);
            report.edits.append(SiteFileEdit::of(path, outcome.before, outcome.after, outcome.written));
            break;
        case RewriteOutcome::Kind::Unchanged:
            break;
        case RewriteOutcome::Kind::Skipped:
            report.skipped.append(outcome.error);
            break;
        case RewriteOutcome::Kind::Failed:
            report.failed.append(outcome.error);
            break;
        }
    }
    return report;
}

} // namespace postwright
