// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// The source of a post's excerpt, as Jekyll 4.3's Excerpt#extract_excerpt:
// the content up to the separator (all of it when the separator is not
// in it), a Liquid block the separator cuts closed at its end, and the
// Markdown link reference definitions of the rest that it uses. Pure.
QString jekyllExcerptSource(const QString &content, const QString &separator);

} // namespace postwright
