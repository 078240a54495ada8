// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/postrecord.h"
#include "site/siteconfig.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace postwright {

// How an index came to be: how many records were reused (from the on-disk
// cache or a previous index) and how many files were read.
struct IndexStats
{
    int files = 0;
    int reused = 0;
    int parsed = 0;
    bool cacheLoaded = false;   // the on-disk cache was there and matched the site's config
    bool cacheWritten = false;
};

// Every post of a site with its front matter, sorted by path. A value: cheap
// to copy (implicitly shared lists), safe to hand between threads.
class SiteIndex final
{
public:
    SiteIndex() = default;
    explicit SiteIndex(SiteConfig config, QList<PostRecord> posts = {}, QList<Error> warnings = {});

    const SiteConfig &config() const { return m_config; }
    const QList<PostRecord> &posts() const { return m_posts; }
    // path relative to the site root, or absolute inside it.
    const PostRecord *post(const QString &path) const;
    // Listing warnings (a misnamed Jekyll post...).
    const QList<Error> &warnings() const { return m_warnings; }
    void setWarnings(const QList<Error> &warnings) { m_warnings = warnings; }
    // Folders of the site that could not be read, then the records' errors
    // (unreadable file, front matter that does not parse).
    QList<Error> errors() const;
    void setFolderErrors(const QList<Error> &errors) { m_folderErrors = errors; }

    // Adds record or replaces the one with its path.
    void insert(const PostRecord &record);
    bool remove(const QString &path);

    // Each term of taxonomy (plural: "tags") with its number of posts;
    // sections are not posts and are not counted.
    QMap<QString, int> termCounts(const QString &taxonomy) const;
    // Paths of the posts (sections excluded) that carry term.
    QStringList postsWithTerm(const QString &taxonomy, const QString &term) const;

    // Whether the generator builds record at now with the site's settings
    // (isBuilt with configStates), and it can be read.
    bool isPublished(const PostRecord &record, const QDateTime &now = QDateTime::currentDateTime()) const;
    // Whether the generator builds record at now, publishing also what
    // states says: its own state (with what cascades hand down) and, on a
    // Hugo site, that of each section above it but the home page, as hugo
    // builds nothing below a section it does not build.
    bool isBuilt(const PostRecord &record, const BuildStates &states, const QDateTime &now) const;
    // Why the generator does not build record (isBuilt false): the first
    // state of its own (draft, then scheduled, then expired), else of a
    // section above it, that states does not publish; nullopt when built.
    std::optional<PostState> notBuiltAs(const PostRecord &record, const BuildStates &states, const QDateTime &now) const;
    BuildStates configStates() const;
    // record's state; a published post of a Hugo site below a section that
    // is not published takes that section's state.
    PostState state(const PostRecord &record, const QDateTime &now) const;

    // Hugo: the list page file of folder (relative to the site's root; ""
    // or "." for it): its _index.md, else its _index.markdown; null for none.
    const PostRecord *listPageOf(const QString &folder) const;

    const IndexStats &stats() const { return m_stats; }
    void setStats(const IndexStats &stats) { m_stats = stats; }

private:
    qsizetype lowerBound(const QString &path) const;
    // Hugo: fills each record's inherited from the cascades.
    void resolveCascades();
    // Hugo: the top folder of the content folder record lies in (a section
    // hugo makes even without an _index.md); empty for none.
    QString topFolderOf(const PostRecord &record) const;
    // Hugo: what the cascades hand down to folder (a top folder) when it
    // has no _index.md, kept when it is something.
    void resolveFilelessSection(const QString &folder);
    // The sections above record (Hugo), nearest first, but the home page.
    QList<const PostRecord *> sectionsAbove(const PostRecord &record) const;
    QString relative(const QString &path) const;

    SiteConfig m_config;
    QList<PostRecord> m_posts;
    QList<Error> m_warnings;
    QList<Error> m_folderErrors;
    IndexStats m_stats;
    bool m_cascaded = false;   // some record has inherited values
    // Hugo: the top folders without an _index.md that a cascade reaches
    // (a draft or a date there keeps everything below unbuilt, as hugo).
    QHash<QString, CascadeValues> m_filelessSections;
};

} // namespace postwright
