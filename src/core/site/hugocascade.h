// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/buildoptions.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace postwright {

class SiteIndex;
struct BuildStates;
struct PostRecord;
struct SiteConfig;

// A `cascade` value (front matter or the site's config) as hugo 0.111
// reads it. The map form is one entry that applies to every page below,
// the section itself too (a `_target` in it is only a key, as in hugo);
// the list form is one entry per map, each with its `_target`. Keys are
// read without case, but for the dates in the list form: hugo lowers the
// keys of the map form only, so there only `publishdate`, `pubdate`,
// `published`, `expirydate`, `unpublishdate` take effect.
// newerBuildKey: `build` counts as `_build` (hugo 0.123 and later).
QList<CascadeEntry> readCascade(const QVariant &cascade, bool newerBuildKey);

// Whether glob (hugo's glob syntax: `*` within a folder, `**` across
// folders, `?`, `[a-z]`, `[!a]`, `{a,b}`, `\` escapes) matches text, both
// without case; a glob that does not compile matches everything (hugo
// ignores the condition then).
bool hugoGlobMatches(const QString &glob, const QString &text);

// What the cascades hand down to record in its site, as hugo 0.111 merges
// them: its own `cascade` (a section's applies to itself), then each
// section above it, nearest first, then the site config's; a key is taken
// from the first entry that targets the page and has it, and only when the
// page's own front matter lacks it. Empty for sites other than Hugo's.
CascadeValues inheritedValues(const SiteIndex &index, const PostRecord &record);

// inheritedValues for a page hugo makes without a file (a taxonomy or a
// term without an _index.md) in folder (content-relative, "tags/go"), of
// kind ("taxonomy", "term"): hugo matches a cascade's path against the
// folder's ("/tags/go").
CascadeValues inheritedValuesOfFilelessPage(const SiteIndex &index, const QString &folder, const QString &kind);
// What hugo builds of the list page of folder (content-relative) of kind
// ("section", "taxonomy", "term"): the _build of own (its _index.md, when
// it has one), else the cascades'; nullopt when hugo builds nothing of it
// (own, or a cascade, makes it a draft, in the future or expired).
std::optional<BuildOptions> listPageBuild(const SiteIndex &index, const PostRecord *own, const QString &folder,
                                          const QString &kind, const BuildStates &states, const QDateTime &now);

// The page kind hugo gives record ("page", "section", "home", "taxonomy", "term").
QString hugoPageKind(const SiteConfig &config, const PostRecord &record);

} // namespace postwright
