// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QVariantMap>

namespace postwright {

// The language a site is written in, from its settings: Hugo's
// languageCode, else defaultContentLanguage (keys in any case); Jekyll's
// lang, else locale. Empty when the site names none.
QString siteLanguage(SiteKind kind, const QVariantMap &settings);

// The same, read from the site's configuration files (Hugo's main config
// and config/_default/; Jekyll's _config.yml). Empty for a plain folder or
// an unreadable config.
QString siteLanguage(const SiteConfig &config);

} // namespace postwright
