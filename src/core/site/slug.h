// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// A title as a file name: transliterated to ASCII (accents dropped, ß → ss,
// æ → ae, ø → o, ł → l...), lower case, words joined by hyphens:
// "Crème Brûlée & Straße" → "creme-brulee-strasse". Letters with no ASCII
// form (Hebrew, CJK...) are dropped; the result can be empty.
QString slugify(const QString &title);

// Hugo's `title` function on a slug: "my-first-post" → "My First Post".
QString titleFromSlug(const QString &slug);

} // namespace postwright
