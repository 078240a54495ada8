// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace postwright {
namespace {

const QString resourceFolder = QStringLiteral(":/i18n");
const QString english = QStringLiteral("en");
QString running = english;

// Loads a translator into the application, which owns it; nothing when the
// file is not there (Qt's own strings then stay English).
void install(QCoreApplication &app, const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(fileName, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList translatedUiLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("postwright_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11).chopped(3);   // postwright_<code>.qm
        if (code != english)
            languages.append(code);
    }
    return languages;
}

QString effectiveUiLanguage(const QString &choice, const QLocale &system)
{
    const QStringList available = translatedUiLanguages();
    if (choice != QLatin1String(uiLanguageFollowSystem))
        return available.contains(choice) ? choice : english;
    // The first of the system's preferred languages that we have ("de-AT" → "de").
    for (const QString &name : system.uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (code == english)
            return english;
        if (available.contains(code))
            return code;
    }
    return english;
}

QString installUiTranslators(QCoreApplication &app, const QString &choice)
{
    // Installed last is asked first: the chosen language, then the English plurals.
    install(app, QStringLiteral("postwright_en"), resourceFolder);
    const QString language = effectiveUiLanguage(choice);
    running = language;
    // Dates and numbers follow the language the window speaks; the system's
    // own region stays when it is in that language ("de_AT" for German).
    const QLocale speaking(language);
    QLocale::setDefault(QLocale::system().language() == speaking.language() ? QLocale::system() : speaking);
    if (language == english)
        return language;
    install(app, QStringLiteral("postwright_") + language, resourceFolder);
    // Qt's standard buttons and dialogs (Debian: qt6-translations-l10n).
    install(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString runningUiLanguage()
{
    return running;
}

QString uiLanguageName(const QString &code)
{
    // CLDR names the locale, not the language ("American English",
    // "español de España"), for the languages Postwright has.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    if (const auto it = names.constFind(code); it != names.cend())
        return it.value();
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace postwright
