// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace postwright {

// Autosaved copies of posts with unsaved edits, kept in a folder of the
// user's data (never over the original), so that a crash loses nothing.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString postPath;   // the post it belongs to (empty for an unsaved new post)
        QString text;
        QDateTime savedAt;
    };

    explicit RecoveryStore(QString folder);

    // key: the post's path, or an id for an untitled post.
    Result<Success> write(const QString &key, const QString &text);
    std::optional<Entry> find(const QString &key) const;
    void remove(const QString &key);
    // Every entry (for untitled posts after a crash).
    QList<Entry> entries() const;

    QString folder() const { return m_folder; }

private:
    QString fileFor(const QString &key) const;

    QString m_folder;
};

} // namespace postwright
