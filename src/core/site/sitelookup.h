// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <optional>

namespace postwright {

// The Hugo, Jekyll or Zola site a file or folder lies in: the nearest folder at or
// above it with a site configuration. nullopt for a plain folder.
std::optional<SiteConfig> findEnclosingSite(const QString &path);

} // namespace postwright
