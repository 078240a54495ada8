// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/postrecord.h"
#include "site/siteconfig.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace postwright {

// A post file found in the site, before its front matter is read.
struct SiteFile
{
    QString path;            // relative to the root
    qint64 size = 0;
    qint64 modified = 0;     // ms since the epoch
    qint64 changed = 0;      // the inode's change time (ms): no copy tool sets it back
    PostKind kind = PostKind::Post;
    bool jekyllDraft = false;  // in a Jekyll _drafts/ folder
};

struct SiteListing
{
    QList<SiteFile> files;   // sorted by path
    QList<Error> warnings;   // e.g. a Jekyll _posts file without a date in its name
    QList<Error> errors;     // folders that cannot be read, as unreadable files are
};

// The post files the site's generator would read (Hugo: content/, leaf
// bundles' index.md, _index.md sections; Jekyll: _posts/, <category>/_posts/,
// _drafts/; plain: every .md/.markdown). Hidden folders are skipped. A
// symbolic link (to a post or a folder) is read only when it leads inside
// the site; one that leads out is a warning. A linked folder that the walk
// reaches anyway (or that holds it) is not followed: no post twice, no loop.
SiteListing listSiteFiles(const SiteConfig &config);

// The record for file from its bytes: front matter plus what the path says.
// Never fails: a problem is kept in the record's error.
PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, const QByteArray &bytes);
// The same from a post already parsed (text: its decoded text): the open
// post's row follows its edits without reading or parsing it again.
PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, const FrontMatter &frontMatter, const QString &text);
// How much of a post file readPostRecord reads: FrontMatter skips the body,
// and with it the check that the body is text.
enum class PostRead { WholeFile, FrontMatter };
// Reads the file from disk.
PostRecord readPostRecord(const SiteConfig &config, const SiteFile &file, PostRead scope = PostRead::WholeFile);

// Would the site's generator publish the post at now (honouring Hugo's
// buildDrafts/buildFuture/buildExpired and Jekyll's show_drafts/future).
bool isPublished(const SiteConfig &config, const PostRecord &record, const QDateTime &now);

bool isMarkdownFileName(QStringView fileName);

// Jekyll's post file name: YYYY-MM-DD-slug.ext.
struct JekyllFileName
{
    QDate date;
    QString dateText;
    QString slug;
};
std::optional<JekyllFileName> parseJekyllFileName(QStringView fileName);

// The names {% post_url %} finds the Jekyll post at path (site-relative,
// in a _posts folder) by, the one to write first: with the folders below
// _posts ("trips/2024-01-02-a"), else with those above it for a category
// folder's post ("news/2024-01-02-a", as Jekyll 4 asks), and the file's
// base name alone ("2024-01-02-a", deprecated where a folder is around).
// Empty when path is in no _posts folder.
QStringList jekyllPostUrlNames(const QString &path);

// The front-matter field for key: Hugo reads keys case-insensitively.
const Field *siteField(const SiteConfig &config, const FrontMatter &frontMatter, const QString &key);
// The URL frontMatter gives its post itself, as written (empty: none):
// Hugo's and a plain folder's `url`, Zola's `path`, Jekyll's `permalink`.
QString ownUrlOf(const SiteConfig &config, const FrontMatter &frontMatter);

// The front-matter keys that hold a taxonomy's terms: Hugo the plural
// ("tags"); Jekyll the singular ("tag") first, then the plural: as
// Jekyll's pluralized_array_from_hash, a post with the singular key takes
// its terms from there alone.
QStringList taxonomyKeys(const SiteConfig &config, const QString &taxonomy);

// A taxonomy field's terms: a list, or a string. A Jekyll plural key's
// string is space-separated terms ("categories: a b"); a singular key's is
// one term ("category: Tech News").
QStringList termsOfField(const SiteConfig &config, const Field &field);

// The value to write for a taxonomy field that held old and now holds terms,
// in the field's own form: a list stays a list; a string stays a string while
// it can say the terms (a Jekyll space-separated string, or one term), else
// it becomes a list; a new field is a list.
Value termsFieldValue(const SiteConfig &config, const Value &old, const QStringList &terms);

} // namespace postwright
