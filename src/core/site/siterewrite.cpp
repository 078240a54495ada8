// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siterewrite.h"

#include "files/filestamp.h"
#include "files/stagedfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace postwright {
namespace {

// The messages keep the term edit's translation context, where they were first.
struct SiteRewriteText
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

RewriteOutcome failedWith(Error error, const QString &path)
{
    error.path = path;
    const bool deleted = error.code == QLatin1String("deleted");
    return {deleted ? RewriteOutcome::Kind::Skipped : RewriteOutcome::Kind::Failed, error, {}, {}, {}};
}

} // namespace

RewriteOutcome rewriteSiteFile(const SiteConfig &config, const QString &path, const Rewrite &rewrite,
                               const SaveOptions &options)
{
    const QString absolute = config.absolutePath(path);
    const Error deleted{path, 0, 0, SiteRewriteText::tr("deleted during the change: left deleted"), QStringLiteral("deleted")};
    const RewriteOutcome skipped{RewriteOutcome::Kind::Skipped, deleted, {}, {}, {}};
    if (!FileStamp::of(absolute, false).exists)
        return skipped;
    if (!insideSite(config, absolute)) {
        if (!FileStamp::of(absolute, false).exists)
            return skipped;
        return {RewriteOutcome::Kind::Failed, Error{path, 0, 0, SiteRewriteText::tr("not inside the site: left alone")}, {}, {}, {}};
    }
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        Result<StampedBytes> read = readFileStamped(absolute);
        if (!read)
            return read.error().code == QLatin1String("deleted") ? skipped : failedWith(read.error(), path);
        Result<std::optional<QByteArray>> next = rewrite(read.value().bytes);
        if (!next)
            return failedWith(next.error(), path);
        if (!next.value())
            return {};
        Result<StagedFile> staged = StagedFile::write(absolute, *next.value(), Post::writeOptions(options));
        if (!staged)
            return failedWith(staged.error(), path);
        const Result<Success> committed = staged.value().commitIfUnchanged(read.value().stamp);
        if (committed)
            return {RewriteOutcome::Kind::Written, {}, read.value().bytes, *next.value(), staged.value().written()};
        if (committed.error().code == QLatin1String("deleted"))
            return skipped;
        if (committed.error().code != QLatin1String("changed"))
            return failedWith(committed.error(), path);
        // The other program is at work on it: give it a moment, longer each time.
        QThread::usleep(500UL << attempt);
    }
    return {RewriteOutcome::Kind::Failed,
            Error{path, 0, 0, SiteRewriteText::tr("changed again and again during the change: left as it is now")}, {}, {}, {}};
}

} // namespace postwright
