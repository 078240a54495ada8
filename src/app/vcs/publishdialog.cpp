// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/publishdialog.h"

#include "vcs/gitrepository.h"
#include "vcs/mergedialog.h"
#include "vcs/postresolve.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace postwright {

PublishDialog::PublishDialog(const QString &siteRoot, QWidget *parent) : QDialog(parent), m_siteRoot(siteRoot)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish"));
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Looking at what changed…"), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("publishMessage"));
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Message:"), m_message);
    m_commitList = new QListWidget(this);
    m_commitList->setObjectName(QStringLiteral("publishCommitList"));
    form->addRow(tr("Committed:"), m_commitList);
    m_otherList = new QListWidget(this);
    m_otherList->setObjectName(QStringLiteral("publishOtherList"));
    m_otherList->setToolTip(tr("Changed files that are not posts or their images. Tick one to commit it too."));
    form->addRow(tr("Also commit?"), m_otherList);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_gitLine = new QLabel(this);
    m_gitLine->setObjectName(QStringLiteral("publishGitLine"));
    layout->addWidget(m_gitLine);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("publishLog"));
    m_log->setReadOnly(true);
    layout->addWidget(m_log, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, &PublishDialog::showPlan);
    connect(&m_runWatcher, &QFutureWatcher<PublishResult>::finished, this, &PublishDialog::showResult);
    m_planWatcher.setFuture(QtConcurrent::run(&PublishDialog::plan, siteRoot));
}

PublishDialog::~PublishDialog()
{
    m_cancel->store(true);
    m_planWatcher.waitForFinished();
    m_runWatcher.waitForFinished();
}

PublishDialog::Planned PublishDialog::plan(const QString &siteRoot)
{
    Planned planned;
    const Result<GitRepository> repository = GitRepository::open(siteRoot);
    if (!repository) {
        planned.plan = repository.error();
        return planned;
    }
    planned.plan = planPublish(repository.value(), siteRoot);
    const Result<GitBranch> branch = repository.value().branch();
    if (branch && !branch.value().upstream.isEmpty())
        planned.branch = tr("Commits on %1, then merges with %2 and pushes there.").arg(branch.value().name, branch.value().upstream);
    else if (branch)
        planned.branch = tr("Commits on %1. It has no upstream: nothing is pushed (push it once with git push -u).")
                             .arg(branch.value().name);
    return planned;
}

void PublishDialog::showPlan()
{
    const Planned outcome = m_planWatcher.result();
    m_planning = false;
    if (!outcome.plan) {
        m_summary->setText(tr("Cannot publish: %1").arg(outcome.plan.error().toString()));
        emit planned();
        return;
    }
    const PublishPlan &plan = outcome.plan.value();
    m_summary->setText(outcome.branch);
    m_message->setPlainText(plan.message());
    for (const QString &path : plan.paths)
        m_commitList->addItem(path);
    if (plan.paths.isEmpty())
        m_commitList->addItem(tr("(no changed post: only fetch, merge and push)"));
    for (const GitFileStatus &file : plan.leftOut) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(file.path, gitFileStateName(file.state)), m_otherList);
        item->setData(Qt::UserRole, file.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_otherList->setVisible(!plan.leftOut.isEmpty());
    for (const Error &marker : plan.markers)
        appendLine(marker.toString(), true);
    for (const GitFileStatus &file : plan.conflicted)
        appendLine(tr("%1: an unresolved merge: resolve it first").arg(file.path), true);
    m_publish->setEnabled(plan.markers.isEmpty() && plan.conflicted.isEmpty());
    emit planned();
}

void PublishDialog::start()
{
    if (isRunning() || isPlanning())
        return;
    m_request = PublishRequest{};
    m_request.site = m_siteRoot;
    m_request.message = m_message->toPlainText().trimmed();
    for (int i = 0; i < m_otherList->count(); ++i) {
        if (m_otherList->item(i)->checkState() == Qt::Checked)
            m_request.alsoCommit.append(m_otherList->item(i)->data(Qt::UserRole).toString());
    }
    run(m_request);
}

void PublishDialog::run(const PublishRequest &request)
{
    m_cancel->store(false);
    setRunning(true);
    // The worker tells the dialog through queued calls; the dialog waits for
    // it before it goes, and the flag is shared.
    PublishCallbacks callbacks;
    callbacks.line = [this](const QString &line) { QMetaObject::invokeMethod(this, [this, line] { appendLine(line); }); };
    callbacks.error = [this](const Error &error) {
        QMetaObject::invokeMethod(this, [this, text = error.toString()] { appendLine(text, true); });
    };
    callbacks.gitOutput = [this](const QByteArray &chunk) { QMetaObject::invokeMethod(this, [this, chunk] { showGitOutput(chunk); }); };
    callbacks.canceled = [cancel = m_cancel] { return cancel->load(); };
    m_runWatcher.setFuture(QtConcurrent::run([request, callbacks] { return publishSite(request, callbacks); }));
}

void PublishDialog::cancel()
{
    if (isRunning()) {
        m_cancel->store(true);
        appendLine(tr("Canceling…"));
    }
}

void PublishDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void PublishDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_publish->setEnabled(!running);
    m_message->setReadOnly(running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void PublishDialog::showResult()
{
    // Lines queued by the worker come first.
    QCoreApplication::sendPostedEvents(this);
    setRunning(false);
    m_result = m_runWatcher.result();
    m_gitLine->clear();
    switch (m_result.status) {
    case PublishResult::Status::Published:
        appendLine(tr("Published."));
        m_publish->setEnabled(false);
        break;
    case PublishResult::Status::Canceled:
        appendLine(m_result.commit.isEmpty() ? tr("Canceled.") : tr("Canceled. Your commit stays here; Publish again to push it."), true);
        break;
    case PublishResult::Status::Conflicts:
        m_pending = m_result.conflicts;
        break;
    case PublishResult::Status::Refused:
    case PublishResult::Status::Failed:
        appendLine(tr("Publishing stopped: see above."), true);
        break;
    }
    emit finishedRun(m_result.status);
    if (m_result.status == PublishResult::Status::Conflicts)
        resolveNext();
}

// Opens the merge view for the next conflicting post; when every one is
// merged, publishes again with the user's merges.
void PublishDialog::resolveNext()
{
    if (m_pending.isEmpty()) {
        appendLine(tr("Merged as you chose: publishing again."));
        run(m_request);
        return;
    }
    const FileConflict file = m_pending.takeFirst();
    if (!file.reason.isEmpty() || file.conflicts.isEmpty()) {
        appendLine(tr("%1 cannot be merged here (%2): merge it with git, then publish.").arg(file.path, file.reason), true);
        m_pending.clear();
        return;
    }
    m_merge = new MergeDialog(QFileInfo(file.path).fileName(), MergeDialog::fromMerge(file.conflicts), this);
    m_merge->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_merge, &QDialog::finished, this, [this, file](int code) {
        const QList<MergeChoice> choices = m_merge->choices();
        m_merge = nullptr;
        if (code != QDialog::Accepted) {
            appendLine(tr("Not merged: nothing was changed. Publish again when you want to merge."), true);
            m_pending.clear();
            return;
        }
        const Result<QByteArray> merged = resolvePostMerge(file.base, file.ours, file.theirs, choices, file.path);
        if (!merged) {
            appendLine(merged.error().toString(), true);
            m_pending.clear();
            return;
        }
        m_request.resolved.insert(file.path, merged.value());
        resolveNext();
    });
    m_merge->open();
}

void PublishDialog::appendLine(const QString &line, bool problem)
{
    m_log->appendHtml(problem ? QStringLiteral("<span style=\"color:#c00\">%1</span>").arg(line.toHtmlEscaped()) : line.toHtmlEscaped());
}

// git writes progress as lines ending in \r (rewritten in place) or \n: the last one is shown.
void PublishDialog::showGitOutput(const QByteArray &chunk)
{
    m_gitPartial += QString::fromLocal8Bit(chunk);
    m_gitPartial.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = m_gitPartial.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        m_gitLine->setText(lines.last().trimmed());
    m_gitPartial = m_gitPartial.section(QLatin1Char('\n'), -1);
}

} // namespace postwright
