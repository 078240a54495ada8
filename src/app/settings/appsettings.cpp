// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include "spelling/spelllanguage.h"

#include <QCryptographicHash>
#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

namespace postwright {
namespace {

const QString fontKey = QStringLiteral("editor/font");
const QString autosaveKey = QStringLiteral("editor/autosaveSeconds");
const QString uiThemeKey = QStringLiteral("ui/theme");
const QString previewThemeKey = QStringLiteral("preview/theme");
// Shared with the preview (PreviewView reads it): "images" | "none".
const QString remoteKey = QStringLiteral("preview/remoteContent");
const QString imagePlacementKey = QStringLiteral("editor/imageFolder");
const QString customImageFolderKey = QStringLiteral("editor/customImageFolder");
// "relative" | "ref" | "relref".
const QString postLinkKey = QStringLiteral("editor/postLinks");
const QString hugoBinaryKey = QStringLiteral("sitePreview/hugo");
const QString uiLanguageKey = QStringLiteral("ui/language");
const QString toolBarKey = QStringLiteral("ui/toolbarButtons");
const QString focusFontKey = QStringLiteral("focus/font");
const QString typewriterKey = QStringLiteral("view/typewriter");
const QString dimKey = QStringLiteral("view/dimParagraphs");
const QString lastPostKey = QStringLiteral("session/lastPost");
const QString recentKey = QStringLiteral("session/recent");
const int maxRecent = 10;

QString deployKey(const QString &siteRoot, const char *name)
{
    const QByteArray site = QCryptographicHash::hash(siteRoot.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("deploy/") + QString::fromLatin1(site) + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QString toolButtonStyleKey(Qt::ToolButtonStyle style)
{
    switch (style) {
    case Qt::ToolButtonTextOnly:
        return QStringLiteral("text");
    case Qt::ToolButtonTextUnderIcon:
    case Qt::ToolButtonTextBesideIcon:
        return QStringLiteral("both");
    default:
        break;
    }
    return QStringLiteral("icons");
}

Qt::ToolButtonStyle toolButtonStyleFromKey(const QString &key)
{
    if (key == QLatin1String("text"))
        return Qt::ToolButtonTextOnly;
    if (key == QLatin1String("both"))
        return Qt::ToolButtonTextUnderIcon;
    return Qt::ToolButtonIconOnly;
}

QFont AppSettings::defaultFocusFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"), QStringLiteral("Liberation Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(13);
    return font;
}

QFont AppSettings::defaultEditorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 10.5));
    return font;
}

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.editorFont = defaultEditorFont();
    if (const QString font = s.value(fontKey).toString(); !font.isEmpty())
        a.editorFont.fromString(font);
    a.uiTheme = themeChoiceFromKey(s.value(uiThemeKey).toString());
    a.previewTheme = themeChoiceFromKey(s.value(previewThemeKey).toString());
    a.autosaveSeconds = std::max(0, s.value(autosaveKey, 30).toInt());
    a.spellLanguage = s.value(QString::fromLatin1(spelling::spellLanguageSettingsKey), QString::fromLatin1(spellFollow)).toString();
    a.blockRemoteContent = s.value(remoteKey).toString() == QLatin1String("none");
    const QString placement = s.value(imagePlacementKey).toString();
    a.imagePlacement = placement == QLatin1String("beside") ? ImagePlacement::BesidePost
                       : placement == QLatin1String("custom") ? ImagePlacement::Custom
                                                              : ImagePlacement::SiteDefault;
    a.customImageFolder = s.value(customImageFolderKey, a.customImageFolder).toString();
    a.uiLanguage = s.value(uiLanguageKey, a.uiLanguage).toString();
    a.hugoBinary = s.value(hugoBinaryKey).toString();
    const QString postLinks = s.value(postLinkKey).toString();
    a.postLinkStyle = postLinks == QLatin1String("ref")        ? markdown::PostLinkStyle::HugoRef
                      : postLinks == QLatin1String("relative") ? markdown::PostLinkStyle::Relative
                                                               : markdown::PostLinkStyle::HugoRelref;
    a.toolButtonStyle = toolButtonStyleFromKey(s.value(toolBarKey).toString());
    a.focusFont = defaultFocusFont();
    if (const QString font = s.value(focusFontKey).toString(); !font.isEmpty())
        a.focusFont.fromString(font);
    a.typewriterScrolling = s.value(typewriterKey, false).toBool();
    a.dimOtherParagraphs = s.value(dimKey, false).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(fontKey, editorFont.toString());
    s.setValue(uiThemeKey, themeChoiceKey(uiTheme));
    s.setValue(previewThemeKey, themeChoiceKey(previewTheme));
    s.setValue(autosaveKey, autosaveSeconds);
    s.setValue(QString::fromLatin1(spelling::spellLanguageSettingsKey), spellLanguage);
    s.setValue(remoteKey, blockRemoteContent ? QStringLiteral("none") : QStringLiteral("images"));
    s.setValue(imagePlacementKey, imagePlacement == ImagePlacement::BesidePost ? QStringLiteral("beside")
                                  : imagePlacement == ImagePlacement::Custom   ? QStringLiteral("custom")
                                                                               : QStringLiteral("site"));
    s.setValue(customImageFolderKey, customImageFolder);
    s.setValue(uiLanguageKey, uiLanguage);
    s.setValue(hugoBinaryKey, hugoBinary);
    s.setValue(postLinkKey, postLinkStyle == markdown::PostLinkStyle::HugoRef      ? QStringLiteral("ref")
                            : postLinkStyle == markdown::PostLinkStyle::HugoRelref ? QStringLiteral("relref")
                                                                                  : QStringLiteral("relative"));
    s.setValue(toolBarKey, toolButtonStyleKey(toolButtonStyle));
    s.setValue(focusFontKey, focusFont.toString());
    s.setValue(typewriterKey, typewriterScrolling);
    s.setValue(dimKey, dimOtherParagraphs);
}

QString AppSettings::sitePreviewMode(const QString &root)
{
    // The root as a key: slashes would make groups of it.
    return QSettings().value(QStringLiteral("sitePreview/mode/") + QString::fromLatin1(root.toUtf8().toBase64(QByteArray::Base64UrlEncoding))).toString();
}

void AppSettings::setSitePreviewMode(const QString &root, const QString &mode)
{
    QSettings().setValue(QStringLiteral("sitePreview/mode/") + QString::fromLatin1(root.toUtf8().toBase64(QByteArray::Base64UrlEncoding)), mode);
}

bool AppSettings::viewOption(const QString &name, bool byDefault)
{
    return QSettings().value(QStringLiteral("view/") + name, byDefault).toBool();
}

void AppSettings::setViewOption(const QString &name, bool on)
{
    QSettings().setValue(QStringLiteral("view/") + name, on);
}

QVariant AppSettings::imageOption(const QString &name, const QVariant &byDefault)
{
    return QSettings().value(QStringLiteral("images/") + name, byDefault);
}

void AppSettings::setImageOption(const QString &name, const QVariant &value)
{
    QSettings().setValue(QStringLiteral("images/") + name, value);
}

QByteArray AppSettings::windowLayout(const QString &part)
{
    return QSettings().value(QStringLiteral("window/") + part).toByteArray();
}

void AppSettings::setWindowLayout(const QString &part, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("window/") + part, state);
}

QByteArray AppSettings::projectLayout(const QString &part)
{
    return QSettings().value(QStringLiteral("project/") + part).toByteArray();
}

void AppSettings::setProjectLayout(const QString &part, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("project/") + part, state);
}

QString AppSettings::lastPost()
{
    return QSettings().value(lastPostKey).toString();
}

void AppSettings::setLastPost(const QString &path)
{
    QSettings().setValue(lastPostKey, path);
}

QStringList AppSettings::recentPosts()
{
    return QSettings().value(recentKey).toStringList();
}

void AppSettings::setRecentPosts(const QStringList &paths)
{
    if (paths.isEmpty())
        QSettings().remove(recentKey);
    else
        QSettings().setValue(recentKey, paths.mid(0, maxRecent));
}

QString AppSettings::remoteContentSetting()
{
    return QSettings().value(remoteKey).toString();
}

QString AppSettings::deployDestination(const QString &siteRoot)
{
    return QSettings().value(deployKey(siteRoot, "destination")).toString();
}

void AppSettings::setDeployDestination(const QString &siteRoot, const QString &dest)
{
    QSettings().setValue(deployKey(siteRoot, "destination"), dest);
}

bool AppSettings::deployRemovesStale(const QString &siteRoot)
{
    return QSettings().value(deployKey(siteRoot, "delete"), false).toBool();
}

void AppSettings::setDeployRemovesStale(const QString &siteRoot, bool on)
{
    QSettings().setValue(deployKey(siteRoot, "delete"), on);
}

} // namespace postwright
