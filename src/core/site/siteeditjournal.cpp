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

} // namespace

SiteFileEdit SiteFileEdit::of(const QString &path, const QByteArray &before, const QByteArray &after)
{
    return {path, before, hash(after)};
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

SiteUndoReport SiteEditJournal::undo(const SiteConfig &config)
{
    SiteUndoReport report;
    if (m_operations.isEmpty())
        return report;
    const Operation operation = m_operations.takeLast();
    report.label = operation.label;
    // The user chose this edit before; a post it wrote read-only stays so.
    SaveOptions options;
    options.replaceReadOnly = true;
    for (const SiteFileEdit &file : operation.files) {
        const auto restore = [&file](const QByteArray &current) -> Result<std::optional<QByteArray>> {
            if (SiteFileEdit::hash(current) != file.afterHash)
                return Error{file.path, 0, 0, JournalText::tr("changed since: left as it is now"), QStringLiteral("changed-since")};
            return std::optional<QByteArray>{file.before};
        };
        const RewriteOutcome outcome = rewriteSiteFile(config, file.path, restore, options);
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
    return report;
}

void SiteEditJournal::clear()
{
    m_operations.clear();
    m_tooLarge.clear();
}

} // namespace postwright
