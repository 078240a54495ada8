// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace postwright {

// The language of the user interface: the system's, or one chosen in
// Settings. Translations are compiled into :/i18n (translations/*.ts).

// The settings value that follows the system.
inline constexpr char uiLanguageFollowSystem[] = "auto";

// The languages with a translation besides English ("de", "es", "fr").
QStringList translatedUiLanguages();

// The language a choice ("auto" or a code like "de") gives on this system:
// a translated language, else "en".
QString effectiveUiLanguage(const QString &choice, const QLocale &system = QLocale::system());

// Installs the translators for a choice on the application: English plural
// forms always, then Postwright's and Qt's own strings in that language.
// Dates and numbers (QLocale()) follow that language too. Returns the
// language used. Call before any window is created.
QString installUiTranslators(QCoreApplication &app, const QString &choice);

// The language the running application speaks ("en" until translators are
// installed).
QString runningUiLanguage();

// The language's name in itself, capitalised: "Deutsch", "Français".
QString uiLanguageName(const QString &code);

} // namespace postwright
