// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace postwright::spelling {

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
    , m_searchPaths(SpellDictionary::defaultSearchPaths())
{
}

SpellChecker::~SpellChecker() = default;

SpellChecker *SpellChecker::instance()
{
    static QPointer<SpellChecker> shared;
    if (!shared)
        shared = new SpellChecker(QCoreApplication::instance());
    return shared;
}

void SpellChecker::setSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
}

void SpellChecker::setPersonalWordListPath(const QString &path)
{
    m_personal = PersonalWordList(path);
}

QString SpellChecker::dictionaryName(const QString &language) const
{
    const QString base = SpellDictionary::find(language, m_searchPaths);
    return base.isEmpty() ? QString() : QFileInfo(base).fileName();
}

std::shared_ptr<SpellDictionary> SpellChecker::dictionary(const QString &language)
{
    const QString base = SpellDictionary::find(language, m_searchPaths);
    if (base.isEmpty())
        return nullptr;
    if (const auto it = m_loaded.constFind(base); it != m_loaded.cend())
        return it.value();
    if (m_loading.contains(base))
        return nullptr;
    // Reading a dictionary takes 30-50 ms: not on the GUI thread.
    m_loading.insert(base);
    auto *watcher = new QFutureWatcher<std::shared_ptr<SpellDictionary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, base] {
        m_loading.remove(base);
        m_loaded.insert(base, watcher->result());
        watcher->deleteLater();
        emit dictionaryLoaded(QFileInfo(base).fileName());
    });
    watcher->setFuture(QtConcurrent::run([base] { return std::shared_ptr<SpellDictionary>(SpellDictionary::load(base)); }));
    return nullptr;
}

bool SpellChecker::isLoading(const QString &language) const
{
    return m_loading.contains(SpellDictionary::find(language, m_searchPaths));
}

bool SpellChecker::isAccepted(const QString &word) const
{
    return m_ignored.contains(word) || m_personal.contains(word);
}

Result<Success> SpellChecker::addToPersonalList(const QString &word)
{
    Result<Success> added = m_personal.add(word);
    emit wordAccepted(word);
    return added;
}

void SpellChecker::ignoreForSession(const QString &word)
{
    m_ignored.insert(word);
    emit wordAccepted(word);
}

} // namespace postwright::spelling
