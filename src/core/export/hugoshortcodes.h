// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/renderer.h"
#include "site/siteconfig.h"
#include "text/error.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace postwright {

struct FrontMatter;
struct PostRecord;
class HugoRefIndex;
class SiteIndex;
struct BuildStates;

// The posts a Hugo ref/relref can name, looked up as hugo 0.111 does: a
// path relative to the page's folder, else from the content folder
// ("/posts/b.md" too), with or without ".md", a bundle by its folder
// ("posts/trip" is posts/trip/index.md), else a file or bundle name that
// only one post has ("b" when content/posts/b.md is the only "b"). Case
// does not matter. The home page ("/") and the sections (a folder at the
// top of the content folder, or any folder with an _index.md) are list
// pages it names too. A site whose languages have content folders of their
// own (languages.de.contentDir) has a set of pages per language, each named
// from its language's folder, and a post names only pages of its own
// language, as hugo. Read-only after construction: safe on any thread.
struct HugoRef
{
    QString path;      // site-relative file of the page; a list page: its _index.md, or empty
    QString listUrl;   // a list page's URL ("/", "/posts/"); empty for a post
    // false: a draft, future or expired page (or section) that hugo does
    // not build by the site's settings; a ref to it fails the build.
    bool built = true;
};

class HugoRefIndex final
{
public:
    HugoRefIndex() = default;
    // The pages of index; those hugo does not build at now with states
    // (draft, future, expired, also by a cascade or a section above) are
    // not built.
    HugoRefIndex(const SiteIndex &index, const BuildStates &states, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The site's pages, their front matter read from disk (hidden files left out).
    explicit HugoRefIndex(const SiteConfig &config);

    // The page that target (fragment removed) names, seen from the post at
    // fromPost (site-relative), among the pages of language (the ref's
    // `lang`; empty: fromPost's own); nullopt when there is none, or the
    // name is ambiguous.
    std::optional<HugoRef> find(const QString &target, const QString &fromPost, const QString &language = {}) const;
    // Whether target is a bare name that more than one page has (hugo:
    // "page reference is ambiguous").
    bool ambiguous(const QString &target, const QString &fromPost) const;

private:
    // Where a site path lies: the language of its content folder (empty:
    // the site's content folder) and its path from that folder.
    struct InContent
    {
        QString language;
        QString path;
    };
    // The page at contentRelative among language's pages.
    std::optional<HugoRef> page(const QString &language, const QString &contentRelative) const;
    // Whether language has a content folder of its own.
    bool hasLanguageFolder(const QString &language) const;
    // sitePath's place (SiteConfig::contentFolderOf); none outside every content folder.
    std::optional<InContent> inContent(const QString &sitePath) const;
    QString folderOf(const QString &fromPost) const;
    void add(const QString &sitePath);

    // The site's folders and languages. The tables' keys are qualified by a
    // language folder's language (inLanguage).
    SiteConfig m_config;
    QSet<QString> m_unbuilt;                // site paths of pages hugo does not build
    QHash<QString, QString> m_byPath;       // lower-case content-relative path -> site path
    QHash<QString, QStringList> m_byName;   // lower-case file or bundle name -> site paths
    QHash<QString, QString> m_lists;        // lower-case section path ("": home) -> its _index.md, or empty
    QHash<QString, QStringList> m_listNames;   // lower-case section name -> section paths
};

// What the export and the doctor say of a ref/relref target that resolves
// to nothing: no such page, or a name more than one page has.
QString unresolvedRefMessage(const ShortcodeFinding &finding, const HugoRefIndex *pages, const QString &fromPost);

// "b.md#part" -> {"b.md", "#part"}; the path percent-decoded, without a
// query, as hugo reads it ("c%23.md?x" -> "c#.md").
std::pair<QString, QString> splitRefFragment(const QString &target);

// Hugo's .Page.Param: the page's front-matter key, else the site's
// [params] (dotted keys reach into tables), without case.
std::optional<QString> hugoParam(const FrontMatter &frontMatter, const QVariantMap &siteParams, const QString &key);

// Shortcode options for a post of a Hugo site in the preview: params from
// its front matter and the site's [params], videos as click-to-load
// placeholders (embedsBlocked: remote content is off). ref/relref show
// their target as written.
ShortcodeOptions previewShortcodeOptions(const FrontMatter &frontMatter, const QVariantMap &siteParams,
                                         bool embedsBlocked);

// Shortcode options for one post rendered on its own (render, Export as
// HTML) in the site it lies in: off unless that is a Hugo site; params from
// its front matter and the site's [params]; ref/relref show their target as
// written (there is no other page); videos are embeds.
ShortcodeOptions standaloneShortcodeOptions(const SiteConfig &site, const FrontMatter &frontMatter);

// The export's warnings for what a post's shortcodes came to. A site's own
// shortcode is a warning with code "unknown-shortcode" and the name as its
// message, until combineShortcodeWarnings makes one warning per name.
// pages: the site's pages, to tell an ambiguous ref from a missing one.
// site: a site's own shortcode left unclosed whose template uses .Inner
// is a warning (hugo stops the build).
QList<Error> shortcodeWarnings(const QList<ShortcodeFinding> &findings, const QString &path,
                               const HugoRefIndex *pages = nullptr, const SiteConfig *site = nullptr);

// The site's template of shortcode name: layouts/shortcodes/NAME.html, else
// a theme's; empty when there is none.
QString hugoShortcodeTemplate(const SiteConfig &config, const QString &name);
// Whether finding is a site's own shortcode left unclosed whose template
// uses .Inner, which hugo refuses ("must be closed or self-closed"); then
// what to say.
std::optional<QString> unclosedShortcodeProblem(const ShortcodeFinding &finding, const SiteConfig &config);

// What a shortcode that Hugo cannot read says, in the export and the
// doctor: the problem, that it is shown as text, and that hugo stops.
QString shortcodeSyntaxMessage(const ShortcodeFinding &finding);

// Replaces the "unknown-shortcode" warnings by one per shortcode name, at
// its first use, naming the files that use it and whether the site has its
// template (layouts/shortcodes/NAME.html, or a theme's).
void combineShortcodeWarnings(QList<Error> &warnings, const SiteConfig &config);

} // namespace postwright
