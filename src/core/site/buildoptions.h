// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// What one front matter says about building: its own `_build` and
// `headless`, and (a section's _index.md) the ones its `cascade` hands down.
struct BuildFrontMatter
{
    std::optional<BuildOptions> build;
    std::optional<bool> headless;
    std::optional<BuildOptions> cascadeBuild;
    std::optional<bool> cascadeHeadless;

    bool isEmpty() const { return !build && !headless && !cascadeBuild && !cascadeHeadless; }
    friend bool operator==(const BuildFrontMatter &, const BuildFrontMatter &) = default;
};

// A `_build` map as hugo 0.111 decodes it: "always"/"link"/"never" and
// "always"/"local"/"never" (any case), or the older booleans (true: always,
// false: never); a missing or unknown value is the default.
BuildOptions buildOptionsFromMap(const QVariantMap &map);

// The build keys of a Hugo post's front matter. text is the file's text
// that frontMatter was parsed from (nested maps are read from it).
BuildFrontMatter readBuildFrontMatter(const FrontMatter &frontMatter, QStringView text);

// What hugo does with record: its own `_build`, else the nearest enclosing
// section's cascade; `headless: true` (own or cascaded) on a leaf bundle's
// index.md is render and list never. Zola: `render = false` is render
// link (no page, still listed). Other sites: the defaults.
BuildOptions buildOptions(const SiteIndex &index, const PostRecord &record);

QString renderOptionName(RenderOption option);
QString listOptionName(ListOption option);

} // namespace postwright
