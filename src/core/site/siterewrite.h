// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/filestamp.h"
#include "post/post.h"
#include "site/siteconfig.h"
#include "text/error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace postwright {

// What became of one file a bulk edit rewrote.
struct RewriteOutcome
{
    enum class Kind { Written, Unchanged, Skipped, Failed };
    Kind kind = Kind::Unchanged;
    Error error;          // Skipped (code "deleted") or Failed
    QByteArray before;    // Written: the bytes replaced
    QByteArray after;     // Written: the bytes that replaced them
    FileStamp written;    // Written: the new file (its mode, owner and group)
};

// How a bulk edit over many files tells how far it got and learns that the
// user stopped it. It stops between files only, so each file is either
// wholly its old version or wholly its new one. Both may be empty.
struct RewriteProgress
{
    std::function<void(int done, int total)> advanced;
    std::function<bool()> canceled;

    bool isCanceled() const { return canceled && canceled(); }
    void advance(int done, int total) const
    {
        if (advanced)
            advanced(done, total);
    }
};

// The file's new bytes from its bytes now; an empty optional when nothing
// is to change; an Error to leave the file as it is and report it.
using Rewrite = std::function<Result<std::optional<QByteArray>>(const QByteArray &current)>;

// The one path by which bulk edits (term edits, Replace in All Posts, their
// undo) change a post of the site: the file (path relative to the root) is
// read, rewritten and replaced atomically only while it is still the version
// read; when another program changed it meanwhile it is read and rewritten
// again (a few times). Never writes outside the site's root (symbolic links
// included); a file deleted meanwhile stays deleted (Skipped).
RewriteOutcome rewriteSiteFile(const SiteConfig &config, const QString &path, const Rewrite &rewrite,
                               const SaveOptions &options = {});

} // namespace postwright
