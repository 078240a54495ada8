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
    static const QString name = QIcon::themeName();
    return name;
}

void matchWindowTheme(bool darkWindow, bool systemDark)
{
    const QString desktop = desktopThemeName();
    if (!QIcon::themeSearchPaths().contains(searchPath)) {
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << searchPath);
    }
    const QString bundled = QString::fromLatin1(darkWindow ? darkWindowTheme : lightWindowTheme);
    const QString theme = darkWindow == systemDark ? desktop : bundled;
    if (QIcon::fallbackThemeName() == bundled && QIcon::themeName() == theme)
        return;
    QIcon::setFallbackThemeName(bundled);
    QIcon::setThemeName(theme);
    // Icons already shown are drawn again from the new theme.
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

} // namespace postwright::icons
