// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace postwright::spelling {

// One Hunspell dictionary (<name>.aff + <name>.dic). Not thread-safe: load it
// anywhere, then use it from one thread.
class SpellDictionary final
{
    Q_DISABLE_COPY_MOVE(SpellDictionary)

public:
    ~SpellDictionary();

    // Where dictionaries are looked for: $DICPATH, the user's
    // ~/.local/share/hunspell, then Debian's /usr/share/hunspell and
    // /usr/share/myspell.
    static QStringList defaultSearchPaths();

    // The dictionary for a BCP-47 tag ("en", "en-US", "de", "fr_FR") as the
    // path without extension ("/usr/share/hunspell/en_US"): the exact region,
    // else the language's own dictionary, else its main region (en -> en_US,
    // de -> de_DE), else any region of it. Empty when none is installed.
    static QString find(const QString &language, const QStringList &searchPaths);

    // The names ("de_DE", "en_US"...) installed in the folders, sorted.
    static QStringList installed(const QStringList &searchPaths);

    // Loads the dictionary at basePath (from find()); nullptr when its files
    // cannot be read. Takes some tens of milliseconds.
    static std::unique_ptr<SpellDictionary> load(const QString &basePath);

    QString name() const { return m_name; }   // "en_US"
    bool isCorrect(const QString &word) const;
    // At most max suggestions, best first. Can take a tenth of a second.
    QStringList suggestions(const QString &word, int max) const;

private:
    SpellDictionary() = default;
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_name;
    bool m_utf8 = true;
};

} // namespace postwright::spelling
