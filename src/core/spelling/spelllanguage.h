// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {
struct FrontMatter;
}

namespace postwright::spelling {

// The QSettings key of the language used when neither the post nor the site
// names one.
inline constexpr char spellLanguageSettingsKey[] = "editor/spellLanguage";

// The post's own language: its `lang` key, else `language`; empty if none.
QString postLanguage(const FrontMatter &frontMatter);

// The system locale as a BCP-47 tag ("en-US"; "en-US" for the C locale):
// the setting's default.
QString systemSpellLanguage();

// The language to check a post in: the post's lang/language key, else the
// site's language, else the setting. Empty ones are skipped; the result is
// empty only when all three are (spell checking off).
QString resolveSpellLanguage(const QString &postLanguage, const QString &siteLanguage, const QString &setting);

} // namespace postwright::spelling
