// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/personalwordlist.h"
#include "spelling/spelldictionary.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace postwright::spelling {

// What the editors share: the loaded dictionaries (loaded off the GUI
// thread), the personal word list and the words ignored for the session.
// Use it from one thread.
class SpellChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellChecker)

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // The application's checker (owned by the QCoreApplication).
    static SpellChecker *instance();

    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const { return m_searchPaths; }
    void setPersonalWordListPath(const QString &path);
    QString personalWordListPath() const { return m_personal.path(); }

    // The installed dictionary's name for a BCP-47 tag ("en_US"), or empty.
    QString dictionaryName(const QString &language) const;
    // The dictionary for a tag when it is loaded; else nullptr, and when one
    // is installed it starts loading and dictionaryLoaded() follows.
    std::shared_ptr<SpellDictionary> dictionary(const QString &language);
    // True while the dictionary for the tag is being read.
    bool isLoading(const QString &language) const;

    // Words the user accepted: the personal list and this session's ignores.
    bool isAccepted(const QString &word) const;
    Result<Success> addToPersonalList(const QString &word);
    void ignoreForSession(const QString &word);

signals:
    void dictionaryLoaded(const QString &name);
    void wordAccepted(const QString &word);

private:
    QStringList m_searchPaths;
    PersonalWordList m_personal;
    QSet<QString> m_ignored;
    // By dictionary path; a null entry failed to load.
    QHash<QString, std::shared_ptr<SpellDictionary>> m_loaded;
    QSet<QString> m_loading;
};

} // namespace postwright::spelling
