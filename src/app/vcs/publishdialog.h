// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcs/publish.h"
#include "vcs/publishplan.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace postwright {

class MergeDialog;

// Publish: what will be committed (the changed posts and their images),
// the message (from the posts' titles, editable), the other changed files
// (committed only when ticked: nothing the user did not choose), then
// commit, fetch, merge, push (core's publishSite) off the GUI thread with
// its progress and Cancel. A real conflict opens the merge view for each
// post; applying it continues the publish with the merged posts.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    explicit PublishDialog(const QString &siteRoot, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // What the user sees (tests drive these).
    QPlainTextEdit *messageEdit() const { return m_message; }
    QListWidget *commitList() const { return m_commitList; }
    QListWidget *otherList() const { return m_otherList; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *publishButton() const { return m_publish; }
    bool isPlanning() const { return m_planning; }
    bool isRunning() const { return m_running; }
    // The merge view open for a conflicting post, or nullptr.
    MergeDialog *mergeDialog() const { return m_merge; }
    const PublishResult &result() const { return m_result; }

    // Starts the publish (what the Publish button does).
    void start();
    void cancel();

signals:
    void planned();
    // A publish run ended (one signal per run; a merge view may follow).
    void finishedRun(postwright::PublishResult::Status status);

protected:
    void reject() override;

private:
    struct Planned
    {
        Result<PublishPlan> plan = Error{};
        QString branch;
    };
    static Planned plan(const QString &siteRoot);
    void showPlan();
    void run(const PublishRequest &request);
    void showResult();
    void resolveNext();
    void appendLine(const QString &line, bool problem = false);
    void showGitOutput(const QByteArray &chunk);
    void setRunning(bool running);

    QString m_siteRoot;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QListWidget *m_commitList = nullptr;
    QListWidget *m_otherList = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_gitLine = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
    MergeDialog *m_merge = nullptr;
    QFutureWatcher<Planned> m_planWatcher;
    QFutureWatcher<PublishResult> m_runWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    PublishRequest m_request;
    PublishResult m_result;
    QList<FileConflict> m_pending;   // conflicting posts not yet merged by the user
    QString m_gitPartial;
    bool m_planning = true;   // until the plan is shown
    bool m_running = false;   // from start until the result is shown
};

} // namespace postwright
