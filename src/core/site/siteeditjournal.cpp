// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/siteeditjournal.h"

#include "site/siterewrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace postwright {
namespace {

struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::SiteEditJournal)
};

// The new bytes of a file the edit wrote: its bytes before, while it is
// still what the edit left; else an Error that leaves it alone.
Rewrite restoreOf(const SiteConfig &config, const SiteFileEdit &file)
{
    return [&config, &file](const QByteArray &current) -> Result<std::optional<QByteArray>> {
        if (SiteFileEdit::hash(current) != file.afterHash)
            return Error{file.path, 0, 0, JournalText::tr("changed since: left as it is now"), QStringLiteral("changed-since")};
        // Made read-only (or given to someone else) since: the user's say.
        // A change after this look moves the change time, and the write
        // waits for the file to be still (rewriteSiteFile).
        const FileStamp now = FileStamp::of(config.absolutePath(file.path));
        if (file.written.exists && now.exists && !now.sameAccess(file.written)) {
            return Error{file.path, 0, 0,
                         JournalText::tr("its permissions or owner changed since (mode %1 now): left as it is now")
                             .arg(QString::number(now.mode, 8).rightJustified(4, QLatin1Char('0'))),
                         QStringLiteral("changed-since")};
        }
        return std::optional<QByteArray>{file.before};
    };
}

void restoreOne(const SiteConfig &config, const SiteFileEdit &file, SiteUndoReport &report)
{
    // The user chose this edit before; a post it wrote read-only stays so.
    SaveOptions options;
    options.replaceReadOnly = true;
    const RewriteOutcome outcome = rewriteSiteFile(config, file.path, restoreOf(config, file), options);
    switch (outcome.kind) {
    case RewriteOutcome::Kind::Written:
    case RewriteOutcome::Kind::Unchanged:
        report.restored.append(file.path);
        break;
    case RewriteOutcome::Kind::Skipped:
        report.leftAlone.append(Error{file.path, 0, 0, JournalText::tr("deleted since: left deleted"), QStringLiteral("deleted")});
        break;
    case RewriteOutcome::Kind::Failed:
        if (outcome.error.code == QLatin1String("changed-since"))
            report.leftAlone.append(outcome.error);
        else
            report.failed.append(outcome.error);
        break;
    }
}

} // namespace

SiteUndoReport restoreSiteEdit(const SiteConfig &config, const SiteEditOperation &operation, const RewriteProgress &progress)
{
    SiteUndoReport report;
    report.label = operation.label;
    const int total = int(operation.files.size());
    for (int i = 0; i < total; ++i) {
        if (progress.isCanceled()) {
            report.canceled = true;
            report.remaining = operation.files.mid(i);
            break;
        }
        restoreOne(config, operation.files.at(i), report);
        progress.advance(i + 1, total);
    }
    return report;
}

SiteFileEdit SiteFileEdit::of(const QString &path, const QByteArray &before, const QByteArray &after,
                              const FileStamp &written)
{
    return {path, before, hash(after), written};
}

QByteArray SiteFileEdit::hash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void SiteEditJournal::record(const QString &label, const QList<SiteFileEdit> &files, bool extendLast)
{
    if (files.isEmpty())
        return;
    QList<SiteFileEdit> all = files;
    if (extendLast && !m_operations.isEmpty() && m_operations.last().label == label)
        all = m_operations.takeLast().files + files;
    qint64 size = 0;
    for (const SiteFileEdit &file : std::as_const(all))
        size += file.before.size();
    if (size > m_maxBeforeBytes) {
        m_operations.clear();
        m_tooLarge = label;
        return;
    }
    m_tooLarge.clear();
    m_operations.append({label, all});
    while (m_operations.size() > maxOperations)
        m_operations.removeFirst();
}

QString SiteEditJournal::undoLabel() const
{
    return m_operations.isEmpty() ? QString() : m_operations.last().label;
}

QStringList SiteEditJournal::undoFiles() const
{
    QStringList paths;
    if (!m_operations.isEmpty()) {
        for (const SiteFileEdit &file : m_operations.last().files)
            paths.append(file.path);
    }
    return paths;
}

SiteEditOperation SiteEditJournal::takeLast()
{
    return m_operations.isEmpty() ? SiteEditOperation{} : m_operations.takeLast();
}

SiteUndoReport SiteEditJournal::undo(const SiteConfig &config)
{
    if (m_operations.isEmpty())
        return {};
    return restoreSiteEdit(config, takeLast());
}

void SiteEditJournal::clear()
{
    m_operations.clear();
    m_tooLarge.clear();
}

} // namespace postwright
