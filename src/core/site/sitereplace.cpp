// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitereplace.h"

#include "files/filestamp.h"
#include "post/post.h"
#include "site/siterewrite.h"
#include "text/textcodec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace postwright {
namespace {

struct ReplaceText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteReplace)
};

// A post's text and where its body starts in it.
struct SearchedPost
{
    Post post;
    qsizetype bodyStart = 0;
};

Result<SearchedPost> readPost(const QString &absolute, const QByteArray &bytes)
{
    Result<Post> loaded = Post::fromBytes(bytes, absolute);
    if (!loaded)
        return loaded.error();
    SearchedPost searched{std::move(loaded).value(), 0};
    searched.bodyStart = searched.post.text().size() - searched.post.body().size();
    return searched;
}

// The matches in the body, as offsets into the whole text; an Error when
// there are too many.
Result<TextMatches> bodyMatches(const SearchedPost &post, const QRegularExpression &re, const SearchQuery &query,
                                qsizetype limit, const QString &path)
{
    TextMatches found = findMatches(post.post.body(), re, limit, &query);
    if (found.truncated)
        return Error{path, 0, 0, ReplaceText::tr("more than %1 matches: not changed").arg(limit), QStringLiteral("too-many-matches")};
    // Replacing the matches found before it gave up would leave the rest.
    if (found.gaveUp)
        return Error{path, 0, 0, searchGaveUpMessage(), QStringLiteral("search-gave-up")};
    // A line break the replacement makes (\n) is the post's own, as when the editor saves.
    const QString lineBreak = dominantLineBreak(post.post.text());
    for (TextMatch &match : found.matches) {
        match.start += post.bodyStart;
        if (lineBreak != QLatin1String("\n") && match.replacement.contains(QLatin1Char('\n')))
            match.replacement = convertLineEndings(match.replacement, lineBreak);
    }
    return found;
}

qsizetype lineEnd(const QString &text, qsizetype from)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
    return end < 0 ? text.size() : end;
}

// The changed lines: each line holding a match, before and after.
QList<ReplaceExcerpt> excerptsOf(const QString &text, const QList<TextMatch> &matches, int maxExcerpts)
{
    QList<ReplaceExcerpt> excerpts;
    int line = 1;
    qsizetype counted = 0;
    for (qsizetype i = 0; i < matches.size() && excerpts.size() < maxExcerpts;) {
        const qsizetype start = matches.at(i).start;
        const qsizetype from = start == 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1;
        line += int(QStringView(text).sliced(counted, from - counted).count(QLatin1Char('\n')));
        counted = from;
        // Every match that starts on this line (a multi-line match takes its lines along).
        qsizetype to = lineEnd(text, start + matches.at(i).length);
        QList<TextMatch> onLine;
        while (i < matches.size() && matches.at(i).start < to) {
            TextMatch local = matches.at(i++);
            to = std::max(to, lineEnd(text, local.start + local.length));
            local.start -= from;
            onLine.append(local);
        }
        const QString before = text.sliced(from, to - from);
        excerpts.append({line, before, replaceMatches(before, onLine)});
    }
    return excerpts;
}

} // namespace

int SiteReplacePlan::totalMatches() const
{
    int total = 0;
    for (const SiteReplaceFile &file : files)
        total += file.matches;
    return total;
}

SiteReplacePlan planSiteReplace(const SiteIndex &index, const SearchQuery &query, const std::atomic_bool *cancel,
                                const SiteReplaceLimits &limits)
{
    SiteReplacePlan plan;
    plan.query = query;
    const QRegularExpression re = searchPattern(query);
    if (query.text.isEmpty() || !re.isValid())
        return plan;
    const SiteConfig &config = index.config();
    qsizetype total = 0;
    for (const PostRecord &record : index.posts()) {
        if (cancel && cancel->load()) {
            plan.canceled = true;
            break;
        }
        const QString absolute = config.absolutePath(record.path);
        if (QFileInfo(absolute).size() > limits.maxFileBytes) {
            plan.problems.append({record.path, 0, 0, ReplaceText::tr("larger than %1 MB: not searched").arg(limits.maxFileBytes >> 20),
                                  QStringLiteral("too-large")});
            continue;
        }
        Result<StampedBytes> read = readFileStamped(absolute);
        Result<SearchedPost> post = read ? readPost(absolute, read.value().bytes) : Result<SearchedPost>(read.error());
        if (!post) {
            Error error = post.error();
            error.path = record.path;
            plan.problems.append(error);
            continue;
        }
        const qsizetype limit = std::min(limits.maxMatchesPerFile, limits.maxMatches - total);
        const Result<TextMatches> found = bodyMatches(post.value(), re, query, limits.maxMatchesPerFile, record.path);
        if (!found) {
            plan.problems.append(found.error());
            continue;
        }
        if (found.value().matches.isEmpty())
            continue;
        if (found.value().matches.size() > limit) {
            plan.truncated = true;
            break;
        }
        total += found.value().matches.size();
        plan.files.append({record.path, SiteFileEdit::hash(read.value().bytes), int(found.value().matches.size()),
                           excerptsOf(post.value().post.text(), found.value().matches, limits.maxExcerpts)});
    }
    return plan;
}

bool refreshSiteReplaceFile(const SiteConfig &config, SiteReplacePlan &plan, const QString &path,
                            const SiteReplaceLimits &limits)
{
    const auto file = std::find_if(plan.files.begin(), plan.files.end(),
                                   [&path](const SiteReplaceFile &candidate) { return candidate.path == path; });
    if (file == plan.files.end())
        return false;
    const QString absolute = config.absolutePath(path);
    if (QFileInfo(absolute).size() > limits.maxFileBytes)
        return false;
    const Result<StampedBytes> read = readFileStamped(absolute);
    const Result<SearchedPost> post = read ? readPost(absolute, read.value().bytes) : Result<SearchedPost>(read.error());
    if (!post)
        return false;
    const Result<TextMatches> found = bodyMatches(post.value(), searchPattern(plan.query), plan.query, limits.maxMatchesPerFile, path);
    if (!found)
        return false;
    const QList<ReplaceExcerpt> excerpts = excerptsOf(post.value().post.text(), found.value().matches, limits.maxExcerpts);
    if (found.value().matches.size() != file->matches || excerpts.size() != file->excerpts.size())
        return false;
    for (qsizetype i = 0; i < excerpts.size(); ++i) {
        if (excerpts.at(i).before != file->excerpts.at(i).before || excerpts.at(i).after != file->excerpts.at(i).after)
            return false;
    }
    file->hash = SiteFileEdit::hash(read.value().bytes);
    file->excerpts = excerpts;
    return true;
}

SiteReplaceReport applySiteReplace(const SiteConfig &config, const SiteReplacePlan &plan, const QStringList &paths,
                                   const RewriteProgress &progress, const SiteReplaceLimits &limits)
{
    SiteReplaceReport report;
    const QRegularExpression re = searchPattern(plan.query);
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    QList<const SiteReplaceFile *> files;
    for (const SiteReplaceFile &file : plan.files) {
        if (wanted.contains(file.path))
            files.append(&file);
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress.isCanceled()) {
            report.canceled = true;
            break;
        }
        progress.advance(int(i), int(files.size()));
        const SiteReplaceFile &file = *files.at(i);
        const QString absolute = config.absolutePath(file.path);
        const auto replace = [&](const QByteArray &current) -> Result<std::optional<QByteArray>> {
            if (SiteFileEdit::hash(current) != file.hash)
                return Error{file.path, 0, 0, ReplaceText::tr("changed since the preview: left as it is now"), QStringLiteral("changed-since")};
            Result<SearchedPost> post = readPost(absolute, current);
            if (!post)
                return post.error();
            const Result<TextMatches> found = bodyMatches(post.value(), re, plan.query, limits.maxMatchesPerFile, file.path);
            if (!found)
                return found.error();
            if (found.value().matches.isEmpty())
                return std::optional<QByteArray>{};
            Post &edited = post.value().post;
            edited.setText(replaceMatches(edited.text(), found.value().matches));
            return std::optional<QByteArray>{edited.toBytes()};
        };
        const RewriteOutcome outcome = rewriteSiteFile(config, file.path, replace);
        if (outcome.kind == RewriteOutcome::Kind::Written) {
            report.written.append(file.path);
            report.edits.append(SiteFileEdit::of(file.path, outcome.before, outcome.after, outcome.written));
        } else if (outcome.kind == RewriteOutcome::Kind::Skipped || outcome.error.code == QLatin1String("changed-since")) {
            report.changedSince.append(outcome.error);
        } else if (outcome.kind == RewriteOutcome::Kind::Failed) {
            report.failed.append(outcome.error);
        }
    }
    if (!report.canceled)
        progress.advance(int(files.size()), int(files.size()));
    return report;
}

} // namespace postwright
