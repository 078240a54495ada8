// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/personalwordlist.h"

#include "files/atomicwrite.h"
#include "files/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace postwright::spelling {
namespace {

// The translation context of this file's messages (lupdate reads "PersonalWordListText::tr").
struct PersonalWordListText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::PersonalWordList)
};

} // namespace

PersonalWordList::PersonalWordList(const QString &path)
    : m_path(path)
{
    reload();
}

QString PersonalWordList::defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("words.txt"));
}

QStringList PersonalWordList::words() const
{
    QStringList list(m_words.cbegin(), m_words.cend());
    list.sort();
    return list;
}

void PersonalWordList::reload()
{
    m_words.clear();
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            m_words.insert(word);
    }
}

Result<Success> PersonalWordList::add(const QString &word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_words.contains(clean))
        return Success{};
    m_words.insert(clean);
    if (m_path.isEmpty())
        return Error{m_path, 0, 0, PersonalWordListText::tr("no folder for the personal word list")};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QByteArray bytes;
    QFile file(m_path);
    if (file.exists() && !file.open(QIODevice::ReadOnly))
        return Error{m_path, 0, 0, PersonalWordListText::tr("cannot write: %1").arg(file.errorString())};
    if (file.isOpen())
        bytes = file.readAll();
    // Keep the file one word a line even if its last line has no newline.
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    bytes += clean.toUtf8() + '\n';
    // The whole list, replaced at once: a full disk never leaves half a line.
    // A list that is a link (dotfiles) stays one.
    WriteOptions options;
    options.followSymlink = true;
    if (const Result<Success> written = writeFileAtomically(m_path, bytes, options); !written)
        return Error{m_path, 0, 0, PersonalWordListText::tr("cannot write: %1").arg(written.error().message)};
    return Success{};
}

} // namespace postwright::spelling
