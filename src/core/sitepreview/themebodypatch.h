// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/bodyblocks.h"

#include <QStringList>

#include <optional>

namespace postwright {

// What changes in the site-theme page's body while the generator rebuilds:
// the blocks the page shows that an edit replaced (removed), the rendered
// blocks that replace them (inserted), and up to `context` unchanged blocks
// on each side (before, after), by which the page finds where they are.
// The HTML is without data-sourcepos (the theme's page has no use for it).
struct ThemeBodyPatch
{
    QStringList before;
    QStringList removed;
    QStringList after;
    QStringList inserted;
};

// The patch from the blocks shown to the blocks of the edit; nullopt when
// they are the same. Pure.
std::optional<ThemeBodyPatch> themeBodyPatch(const BodyBlocks &shown, const BodyBlocks &edited, int context = 3);

// html without its data-sourcepos attributes.
QString withoutSourcePositions(QStringView html);

} // namespace postwright
