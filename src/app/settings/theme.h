// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QPalette>

namespace postwright::theme {

// True when the desktop's own palette is dark (its window colour is darker
// than its text), as the platform gave it before any theme was applied.
bool isSystemDark();
// Whether a choice comes out dark on this desktop.
bool isDark(ThemeChoice choice);

// The dark palette used with the Fusion style.
QPalette darkPalette();

// Applies the UI theme to the application: a dark choice (or a dark system)
// gets Fusion and the dark palette; light gets Fusion and its light palette;
// following a light system keeps the platform's own style and palette.
// Returns whether the UI is now dark.
bool applyUiTheme(ThemeChoice choice);

} // namespace postwright::theme
