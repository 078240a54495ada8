// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/termedit.h"

#include "post/post.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "TermEditText::tr").
struct TermEditText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::TermEdit)
};

// The value to write for a key that held old and now holds terms, in the
// key's own form: a list stays a list, a string stays a string.
Value valueFor(const SiteConfig &config, const Value &old, const QStringList &terms)
{
    if (old.type == ValueType::List)
        return Value::fromList(terms);
    if (config.kind == SiteKind::Jekyll || terms.size() <= 1)
        return Value::fromString(terms.join(QLatin1Char(' ')));
    return Value::fromList(terms);
}

// Symbolic links must not lead a write out of the site.
bool insideSite(const SiteConfig &config, const QString &absolutePath)
{
    if (!config.contains(absolutePath))
        return false;
    const QString canonicalRoot = QFileInfo(config.root).canonicalFilePath();
    const QString canonical = QFileInfo(absolutePath).canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(canonicalRoot + QLatin1Char('/'));
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

TermEditReport applyTermEditPlan(const SiteConfig &config, const TermEditPlan &plan)
{
    TermEditReport report;
    for (const QString &path : plan.files()) {
        const QString absolute = config.absolutePath(path);
        if (!insideSite(config, absolute)) {
            report.failed.append(Error{path, 0, 0, TermEditText::tr("not inside the site: left alone")});
            continue;
        }
        Result<Post> loaded = Post::load(absolute);
        if (!loaded) {
            Error error = loaded.error();
            error.path = path;
            report.failed.append(error);
            continue;
        }
        Post post = std::move(loaded).value();
        std::optional<Error> failure;
        bool changed = false;
        for (const TermFileChange &change : plan.changes) {
            if (change.path != path)
                continue;
            // The file is read again: it may have changed since the plan.
            const Field *field = post.frontMatter().field(change.key);
            if (!field)
                continue;
            const QStringList before = termsOfField(config, *field);
            const QStringList after = applyTermEdit(before, plan.edit);
            if (after == before)
                continue;
            if (const auto set = post.setField(change.key, valueFor(config, field->value, after)); !set) {
                failure = set.error();
                break;
            }
            changed = true;
        }
        if (!failure && changed) {
            if (const auto saved = post.save(); !saved)
                failure = saved.error();
        }
        if (failure) {
            failure->path = path;
            report.failed.append(*failure);
        } else if (changed) {
            report.written.append(path);
        }
    }
    return report;
}

} // namespace postwright
