// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploy/sitedeployer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace Ui {
class DeployDialog;
}

namespace postwright {

// Deploys the open site (core's deploySite) to the destination remembered
// for it: Preview lists what would change, Deploy sends it, in the
// background, with the steps in a log. An SFTP password is kept in the
// system keychain (QtKeychain), never in the settings.
class DeployDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    explicit DeployDialog(const QString &siteRoot, QWidget *parent = nullptr);
    ~DeployDialog() override;

    void setDestination(const QString &dest);
    // Starts a deploy (dryRun: the Preview button).
    void start(bool dryRun);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Stops a running deploy after the file it is sending (the Cancel button).
    void cancel() { m_cancel->store(true); }
    QString summary() const;

signals:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void run(bool dryRun, const QString &password);
    void appendLog(const QString &line);
    void showResult();
    void updateButtons();
    bool isSftp() const;

    std::unique_ptr<Ui::DeployDialog> m_ui;
    QString m_siteRoot;
    QFutureWatcher<Result<DeployReport>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace postwright
