// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace postwright::spelling {

// The words the user added to the dictionary: a UTF-8 file, one word a
// line, shared by every language.
class PersonalWordList final
{
public:
    explicit PersonalWordList(const QString &path = defaultPath());

    // dataFolder()/words.txt (~/.local/share/Postwright/words.txt).
    static QString defaultPath();

    QString path() const { return m_path; }
    bool contains(const QString &word) const { return m_words.contains(word); }
    QStringList words() const;

    // Adds the word and appends it to the file (creating its folder); an
    // error when the file cannot be written (the word is known for the
    // session all the same).
    Result<Success> add(const QString &word);
    // Reads the file again (another window may have added words).
    void reload();

private:
    QString m_path;
    QSet<QString> m_words;
};

} // namespace postwright::spelling
