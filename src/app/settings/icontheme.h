// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright::icons {

// The bundled icon themes (resources/icons, Breeze): dark icons for a light
// window, light icons for a dark one.
inline constexpr char lightWindowTheme[] = "postwright-breeze";
inline constexpr char darkWindowTheme[] = "postwright-breeze-dark";

// Makes QIcon::fromTheme find every icon the app uses: the desktop's icon
// theme first, then the bundled set that suits the window (the fallback
// theme). When the window is dark on a light desktop (or light on a dark
// one) the desktop's icons would not stand out, so the bundled set is used
// first. Call it before the window makes its first icon (an icon made
// before keeps the desktop's own icon engine, which knows no fallback) and
// whenever the window's theme changes.
void matchWindowTheme(bool darkWindow, bool systemDark);

// The desktop's icon theme: the current one unless it is a bundled one,
// else the one that was current before.
QString desktopThemeName();

} // namespace postwright::icons
