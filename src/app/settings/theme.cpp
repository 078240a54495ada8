// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace postwright::theme {
namespace {

// What the platform gave before the first theme was applied.
struct SystemLook
{
    QPalette palette;
    QString styleName;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::palette(), QApplication::style()->name()};
    return look;
}

} // namespace

bool isSystemDark()
{
    const QPalette &p = systemLook().palette;
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

bool isDark(ThemeChoice choice)
{
    return choice == ThemeChoice::Dark || (choice == ThemeChoice::System && isSystemDark());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1e, 0x21, 0x25);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x86, 0x8d);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x57));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x45, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x8a, 0x91, 0x99));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1c, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x13));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x72, 0xb2, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb7, 0x9c, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4f, 0x57));
    return p;
}

bool applyUiTheme(ThemeChoice choice)
{
    const SystemLook &system = systemLook();
    const bool dark = isDark(choice);
    if (choice == ThemeChoice::System && !dark) {
        if (QApplication::style()->name() != system.styleName)
            QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
    } else {
        if (QApplication::style()->name() != QLatin1String("fusion"))
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    // Windows that are already open resolve their palettes again (the
    // application palette alone does not reach them all).
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->testAttribute(Qt::WA_SetPalette))
            window->setPalette(QPalette());
    }
    return dark;
}

} // namespace postwright::theme
