// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/historydialog.h"

#include "post/post.h"
#include "vcs/postdiff.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace postwright {
namespace {

// Unchanged text longer than this is cut to its ends around the changes.
constexpr qsizetype contextChars = 160;

QList<DiffSegment> withShortContext(QList<DiffSegment> segments)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        DiffSegment &segment = segments[i];
        if (segment.kind != DiffSegment::Kind::Same || segment.text.size() <= 2 * contextChars + 20)
            continue;
        const bool first = i == 0;
        const bool last = i == segments.size() - 1;
        const QString head = first ? QString() : segment.text.left(contextChars);
        const QString tail = last ? QString() : segment.text.right(contextChars);
        segment.text = head + QStringLiteral(" … ") + tail;
    }
    return segments;
}

QString valueHtml(const std::optional<QString> &value, const char *style)
{
    if (!value)
        return HistoryDialog::tr("(none)").toHtmlEscaped().prepend(QStringLiteral("<i>")).append(QStringLiteral("</i>"));
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(style), value->toHtmlEscaped());
}

QString keyChangesHtml(const QList<KeyChange> &keys)
{
    QString html;
    for (const KeyChange &change : keys) {
        html += QStringLiteral("<p style=\"margin:2px 0\"><b>%1</b>: %2 → %3</p>")
                    .arg(change.key.toHtmlEscaped(),
                         valueHtml(change.before, "background-color:#f8c8c8;color:#600;text-decoration:line-through"),
                         valueHtml(change.after, "background-color:#c8f0c8;color:#050"));
    }
    return html;
}

} // namespace

HistoryDialog::HistoryDialog(const QString &postPath, QWidget *parent) : QDialog(parent), m_postPath(postPath)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(QFileInfo(postPath).fileName()));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the history…"), this);
    layout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(3);
    m_diff = new QTextBrowser(splitter);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setOpenLinks(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put this version's text into the editor (Undo takes it back; nothing is saved)"));
    m_restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::showRevision);
    connect(&m_watcher, &QFutureWatcher<Result<QList<PostRevision>>>::finished, this, &HistoryDialog::showRevisions);
    m_watcher.setFuture(QtConcurrent::run(&postHistory, postPath));
}

HistoryDialog::~HistoryDialog()
{
    m_watcher.waitForFinished();
}

void HistoryDialog::showRevisions()
{
    const Result<QList<PostRevision>> history = m_watcher.result();
    m_loading = false;
    if (!history) {
        m_status->setText(tr("No history: %1").arg(history.error().message));
        emit loaded();
        return;
    }
    m_revisions = history.value();
    m_status->setText(m_revisions.isEmpty() ? tr("No commit has this post yet.")
                                            : tr("%n commit(s) changed this post.", nullptr, int(m_revisions.size())));
    for (const PostRevision &revision : std::as_const(m_revisions)) {
        QStringList changed = revision.changedKeys;
        if (revision.bodyChanged)
            changed.append(tr("text"));
        if (!revision.renamedFrom.isEmpty())
            changed.append(tr("renamed"));
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3\n%4")
                                             .arg(QLocale().toString(revision.date, QLocale::ShortFormat),
                                                  revision.author.section(QLatin1String(" <"), 0, 0),
                                                  revision.message.section(QLatin1Char('\n'), 0, 0),
                                                  tr("Changed: %1").arg(changed.join(QStringLiteral(", ")))),
                                         m_list);
        item->setToolTip(QStringLiteral("%1\n%2").arg(revision.commit, revision.message));
    }
    if (!m_revisions.isEmpty())
        m_list->setCurrentRow(0);
    emit loaded();
}

Result<QByteArray> HistoryDialog::versionAt(int row) const
{
    if (row < 0 || row >= m_revisions.size())
        return Error{m_postPath, 0, 0, tr("no such version")};
    return postVersion(m_postPath, m_revisions.at(row).commit, m_revisions.at(row).path);
}

void HistoryDialog::showRevision(int row)
{
    m_restore->setEnabled(row >= 0);
    if (row < 0 || row >= m_revisions.size()) {
        m_diff->clear();
        return;
    }
    const PostRevision &revision = m_revisions.at(row);
    const Result<QByteArray> after = versionAt(row);
    // The version before is the one the next older commit that changed it wrote.
    const Result<QByteArray> before = row + 1 < m_revisions.size() ? versionAt(row + 1) : Result<QByteArray>(QByteArray());
    if (!after || !before) {
        m_diff->setPlainText((after ? before : after).error().toString());
        return;
    }
    const PostDiff diff = diffPostVersions(before.value(), after.value());
    QString html = QStringLiteral("<p><b>%1</b><br>%2 · %3 · <tt>%4</tt></p>")
                       .arg(revision.message.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped(), revision.author.toHtmlEscaped(),
                            QLocale().toString(revision.date, QLocale::LongFormat).toHtmlEscaped(), revision.commit.left(7));
    if (!revision.renamedFrom.isEmpty())
        html += QStringLiteral("<p>") + tr("Renamed from %1").arg(revision.renamedFrom).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<h4>") + tr("Front matter").toHtmlEscaped() + QStringLiteral("</h4>");
    html += diff.keys.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("unchanged").toHtmlEscaped()) : keyChangesHtml(diff.keys);
    html += QStringLiteral("<h4>") + tr("Text").toHtmlEscaped() + QStringLiteral("</h4>");
    html += diff.bodyChanged ? QStringLiteral("<p>%1</p>").arg(wordDiffHtml(withShortContext(diff.body)))
                             : QStringLiteral("<p><i>%1</i></p>").arg(tr("unchanged").toHtmlEscaped());
    m_diff->setHtml(html);
}

void HistoryDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    const Result<QByteArray> bytes = versionAt(row);
    if (!bytes) {
        m_status->setText(bytes.error().toString());
        return;
    }
    const Result<Post> post = Post::fromBytes(bytes.value(), m_postPath);
    if (!post) {
        m_status->setText(post.error().toString());
        return;
    }
    emit restoreRequested(post.value().text(), m_revisions.at(row).commit);
}

} // namespace postwright
