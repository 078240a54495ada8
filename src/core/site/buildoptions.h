// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <optional>

namespace postwright {

class SiteIndex;
struct FrontMatter;
struct PostRecord;

// Hugo's build options (front matter `_build`, or `build` as newer hugo
// names it): whether a page is written, and which lists show it.
enum class RenderOption : quint8 {
    Always,   // a page, as usual
    Link,     // no page written, but it has its URL: links to it resolve
    Never,    // no page and no URL
};
enum class ListOption : quint8 {
    Always,   // in every list: home, taxonomy terms, feed, sitemap
    Local,    // only in its own section's list (which the export does not make)
    Never,    // in no list
};

struct BuildOptions
{
    RenderOption render = RenderOption::Always;
    ListOption list = ListOption::Always;
    bool publishResources = true;   // false: bundle files only where a page refers to them

    bool isDefault() const { return *this == BuildOptions{}; }
    // Has a page of its own in the export.
    bool writesPage() const { return render == RenderOption::Always; }
    // Has a URL other pages can link to.
    bool hasUrl() const { return render != RenderOption::Never; }
    // Shown on the home page, taxonomy term pages, the feed and the sitemap.
    bool listed() const { return render != RenderOption::Never && list == ListOption::Always; }
    friend bool operator==(const BuildOptions &, const BuildOptions &) = default;
};

// The pages a cascade entry applies to (hugo's `_target`): globs as hugo
// matches them (lower case; `*` stays within a folder, `**` does not);
// an empty one matches every page.
struct CascadeTarget
{
    QString path;          // against "/" + the file's content-relative path ("/posts/a.md", "/posts/_index.md")
    QString kind;          // "page", "section", "home", "taxonomy", "term"
    QString lang;
    QString environment;   // the export and the preview are "production", as `hugo` builds

    bool isEmpty() const { return path.isEmpty() && kind.isEmpty() && lang.isEmpty() && environment.isEmpty(); }
    friend bool operator==(const CascadeTarget &, const CascadeTarget &) = default;
};

// What a cascade hands down of what decides publishing and listing.
struct CascadeValues
{
    std::optional<bool> draft;
    QDateTime publishDate;   // invalid: none
    QDateTime expiryDate;
    QDateTime date;          // publishDate's fallback
    std::optional<BuildOptions> build;
    std::optional<bool> headless;

    bool isEmpty() const { return !draft && !publishDate.isValid() && !expiryDate.isValid() && !date.isValid() && !build && !headless; }
    friend bool operator==(const CascadeValues &, const CascadeValues &) = default;
};

// One item of a `cascade` (the map form is one item without a target).
struct CascadeEntry
{
    CascadeTarget target;
    CascadeValues values;
    friend bool operator==(const CascadeEntry &, const CascadeEntry &) = default;
};

// What one front matter says about building: its own `_build`, `headless`
// and whether it sets `draft` (a cascade fills only keys a page lacks), and
// (a section's _index.md) its `cascade`.
struct BuildFrontMatter
{
    std::optional<BuildOptions> build;
    std::optional<bool> headless;
    bool hasDraft = false;
    QList<CascadeEntry> cascade;

    bool isEmpty() const { return !build && !headless && !hasDraft && cascade.isEmpty(); }
    friend bool operator==(const BuildFrontMatter &, const BuildFrontMatter &) = default;
};

// A `_build` map as hugo 0.111 decodes it: "always"/"link"/"never" and
// "always"/"local"/"never" (any case), or the older booleans (true: always,
// false: never); a missing or unknown value is the default.
BuildOptions buildOptionsFromMap(const QVariantMap &map);

// The build keys of a Hugo post's front matter. text is the file's text
// that frontMatter was parsed from (nested maps are read from it).
// newerBuildKey: `build` counts as `_build` (hugo 0.123 and later).
BuildFrontMatter readBuildFrontMatter(const FrontMatter &frontMatter, QStringView text, bool newerBuildKey = true);

// What hugo does with record: its own `_build`, else what the cascades
// hand down to it (record.inherited, filled by its SiteIndex); `headless:
// true` (own or cascaded) on a leaf bundle's index.md is render and list never. Zola: `render = false` is render
// link (no page, still listed). Other sites: the defaults.
BuildOptions buildOptions(const SiteIndex &index, const PostRecord &record);

QString renderOptionName(RenderOption option);
QString listOptionName(ListOption option);

} // namespace postwright
