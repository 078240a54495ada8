// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/postlink.h"

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace postwright {

// Light or dark, or whatever the desktop uses.
enum class ThemeChoice { System, Light, Dark };

// Where a pasted or dropped image is saved.
enum class ImagePlacement {
    SiteDefault,   // core's imageFolderFor: the bundle, the site's image folder, else images/
    BesidePost,    // always images/ beside the post
    Custom,        // a folder relative to the site root
};

// The preferences in the settings dialog, stored with QSettings. Each
// setting has one key; load() fills in the defaults of the missing ones.
struct AppSettings
{
    // The special values of the spell-language key besides a dictionary name.
    static constexpr char spellOff[] = "off";
    static constexpr char spellFollow[] = "auto";

    QFont editorFont;                 // family and point size
    ThemeChoice uiTheme = ThemeChoice::System;
    ThemeChoice previewTheme = ThemeChoice::System;
    int autosaveSeconds = 30;         // 0: off
    // "off", "auto" (the post's or site's language, else the system's) or a
    // dictionary used when the post and site name none ("de_DE").
    QString spellLanguage = QString::fromLatin1(spellFollow);
    bool blockRemoteContent = false;  // false: remote images load
    ImagePlacement imagePlacement = ImagePlacement::SiteDefault;
    QString customImageFolder = QStringLiteral("static/images");
    // How Format → Link to Post and the "[" completion link to a post of a
    // Hugo site (other sites: always Relative).
    // Hugo publishes a link to a post's file as written (broken on its
    // site); relref is what hugo itself resolves. Other sites: relative.
    markdown::PostLinkStyle postLinkStyle = markdown::PostLinkStyle::HugoRelref;
    // "auto" (the system's) or a language code ("de"); read at start-up.
    QString uiLanguage = QStringLiteral("auto");
    // The hugo of the Site theme preview: a path or a command; empty: hugo
    // on the PATH (sitePreview/hugo).
    QString hugoBinary;
    // The main toolbar's buttons: icons (the default), text, or both.
    Qt::ToolButtonStyle toolButtonStyle = Qt::ToolButtonIconOnly;
    // Focus mode (View → Focus): its proportional font, and its two options
    // (also in the View menu: view/typewriter, view/dimParagraphs).
    QFont focusFont;
    bool typewriterScrolling = false;  // the cursor's line stays in the middle
    bool dimOtherParagraphs = false;   // all but the cursor's paragraph are dimmed

    static AppSettings load();
    void save() const;

    // The editor's font when none is chosen: the system's fixed font.
    static QFont defaultEditorFont();
    // Focus mode's font when none is chosen: a serif family Debian ships.
    static QFont defaultFocusFont();

    // What the window remembers between sessions (not in the dialog). The
    // keys are those of earlier versions, so nothing a user set is lost.
    // A pane or option of the View menu ("sidebar", "form", "preview",
    // "rawFrontMatter", "softWrap", "typewriter", "dimParagraphs"): view/<name>.
    static bool viewOption(const QString &name, bool byDefault);
    static void setViewOption(const QString &name, bool on);
    // The image dialog's last choices ("scale", "maxWidth", "webp",
    // "webpQuality", "keepOriginal"): images/<name>.
    static QVariant imageOption(const QString &name, const QVariant &byDefault);
    static void setImageOption(const QString &name, const QVariant &value);
    // The window's geometry, dock state and splitters ("geometry", "state",
    // "mainSplitter", "middleSplitter"): window/<part>.
    static QByteArray windowLayout(const QString &part);
    static void setWindowLayout(const QString &part, const QByteArray &state);
    // The sidebar's splitter and post-list header ("splitter", "postHeader"):
    // project/<part>.
    static QByteArray projectLayout(const QString &part);
    static void setProjectLayout(const QString &part, const QByteArray &state);
    // The post open when the app last closed (absolute), or empty.
    static QString lastPost();
    static void setLastPost(const QString &path);
    // Open Recent, newest first (at most ten are kept); empty forgets them.
    static QStringList recentPosts();
    static void setRecentPosts(const QStringList &paths);
    // The remote-content key as stored ("images" | "none"), or empty.
    static QString remoteContentSetting();
    // The preview mode the user chose for the site at root ("site" or
    // "postwright"), or empty: the default (sitePreview/mode/<root>).
    static QString sitePreviewMode(const QString &root);
    static void setSitePreviewMode(const QString &root, const QString &mode);
    // The Deploy dialog's destination and --delete, per site (deploy/<hash of the site's folder>/);
    // never a password (the system keychain holds those).
    static QString deployDestination(const QString &siteRoot);
    static void setDeployDestination(const QString &siteRoot, const QString &dest);
    static bool deployRemovesStale(const QString &siteRoot);
    static void setDeployRemovesStale(const QString &siteRoot, bool on);
};

QString themeChoiceKey(ThemeChoice choice);                // "system" | "light" | "dark"
QString toolButtonStyleKey(Qt::ToolButtonStyle style);     // "icons" | "text" | "both"
Qt::ToolButtonStyle toolButtonStyleFromKey(const QString &key);
ThemeChoice themeChoiceFromKey(const QString &key);

} // namespace postwright
