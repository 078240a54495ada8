// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/icontheme.h"

#include <QApplication>
#include <QIcon>
#include <QWidget>

namespace postwright::icons {
namespace {

const QString searchPath = QStringLiteral(":/icons");

} // namespace

QString desktopThemeName()
{
    // The desktop's theme, or whatever was set since that is not ours.
    static QString desktop;
    const QString current = QIcon::themeName();
    if (current != QLatin1String(lightWindowTheme) && current != QLatin1String(darkWindowTheme))
        desktop = current;
    return desktop;
}

void matchWindowTheme(bool darkWindow, bool systemDark)
{
    const QString desktop = desktopThemeName();
    if (!QIcon::themeSearchPaths().contains(searchPath))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << searchPath);
    const QString bundled = QString::fromLatin1(darkWindow ? darkWindowTheme : lightWindowTheme);
    // A theme is always named: a desktop's own icon engine (used while none
    // is) would not look in the fallback theme.
    const QString theme = darkWindow != systemDark ? bundled : desktop.isEmpty() ? QStringLiteral("hicolor") : desktop;
    if (QIcon::fallbackThemeName() == bundled && QIcon::themeName() == theme)
        return;
    QIcon::setFallbackThemeName(bundled);
    QIcon::setThemeName(theme);
    // Icons already shown are drawn again from the new theme.
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

} // namespace postwright::icons
