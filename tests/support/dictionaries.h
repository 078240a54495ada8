// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hunspell dictionaries for tests, found where the app finds them (DICPATH,
// the user's data folder, then the system's folders). A test or row that
// needs a dictionary which is not installed is skipped, saying which.

#include "spelling/spelldictionary.h"

#include <QStringList>
#include <QTest>

namespace postwright::testing {

inline QStringList dictionarySearchPaths()
{
    return spelling::SpellDictionary::defaultSearchPaths();
}

// The first of names ("en_US", "fr") with no .dic/.aff pair on the search
// path; empty when all are installed.
inline QString missingDictionary(const QStringList &names)
{
    const QStringList installed = spelling::SpellDictionary::installed(dictionarySearchPaths());
    for (const QString &name : names) {
        if (!installed.contains(name))
            return name;
    }
    return {};
}

// The path of an installed dictionary's file (name.dic or name.aff).
inline QString dictionaryFile(const QString &fileName)
{
    for (const QString &folder : dictionarySearchPaths()) {
        const QString path = folder + QLatin1Char('/') + fileName;
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace postwright::testing

// Skips the current test (or row) unless every named dictionary is installed.
#define POSTWRIGHT_REQUIRE_DICTIONARIES(...)                                                                       \
    do {                                                                                                           \
        const QString missing_ = ::postwright::testing::missingDictionary(QStringList{__VA_ARGS__});              \
        if (!missing_.isEmpty())                                                                                   \
            QSKIP(qPrintable(QStringLiteral("hunspell dictionary %1 is not installed: not run").arg(missing_)));   \
    } while (false)
