// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spelllanguage.h"

#include "frontmatter/frontmatter.h"

#include <QLocale>

namespace postwright::spelling {

QString postLanguage(const FrontMatter &frontMatter)
{
    const QString lang = frontMatter.string(QStringLiteral("lang")).trimmed();
    return lang.isEmpty() ? frontMatter.string(QStringLiteral("language")).trimmed() : lang;
}

QString systemSpellLanguage()
{
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return QStringLiteral("en-US");
    return locale.bcp47Name().contains(QLatin1Char('-'))
               ? locale.bcp47Name()
               : QLocale::languageToCode(locale.language()) + QLatin1Char('-') + QLocale::territoryToCode(locale.territory());
}

QString resolveSpellLanguage(const QString &postLanguage, const QString &siteLanguage, const QString &setting)
{
    for (const QString *candidate : {&postLanguage, &siteLanguage, &setting}) {
        if (!candidate->trimmed().isEmpty())
            return candidate->trimmed();
    }
    return {};
}

} // namespace postwright::spelling
