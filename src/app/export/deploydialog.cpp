// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/deploydialog.h"

#include "settings/appsettings.h"
#include "ui_deploydialog.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace postwright {
namespace {

// The keychain's service name; the key is the destination (user and host in it).
const QString keychainService = QStringLiteral("Postwright deploy");

} // namespace

DeployDialog::DeployDialog(const QString &siteRoot, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeployDialog>()), m_siteRoot(siteRoot)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Deploy Site — %1").arg(QFileInfo(siteRoot).fileName()));
    m_ui->destinationEdit->setText(AppSettings::deployDestination(siteRoot));
    m_ui->deleteCheck->setChecked(AppSettings::deployRemovesStale(siteRoot));
    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_ui->deployButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &DeployDialog::reject);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DeployDialog::cancel);
    connect(m_ui->destinationEdit, &QLineEdit::textChanged, this, &DeployDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Result<DeployReport>>::finished, this, &DeployDialog::showResult);
    updateButtons();
}

DeployDialog::~DeployDialog()
{
    cancel();
    m_watcher.waitForFinished();
}

void DeployDialog::setDestination(const QString &dest)
{
    m_ui->destinationEdit->setText(dest);
}

bool DeployDialog::isSftp() const
{
    return m_ui->destinationEdit->text().trimmed().startsWith(QLatin1String("sftp://"));
}

QString DeployDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

void DeployDialog::start(bool dryRun)
{
    const QString dest = m_ui->destinationEdit->text().trimmed();
    if (isRunning() || dest.isEmpty())
        return;
    AppSettings::setDeployDestination(m_siteRoot, dest);
    AppSettings::setDeployRemovesStale(m_siteRoot, m_ui->deleteCheck->isChecked());
    m_ui->logView->clear();
    m_ui->summaryLabel->setText(dryRun ? tr("Checking what would change…") : tr("Deploying…"));
    const QString typed = m_ui->passwordEdit->text();
    if (!isSftp()) {
        run(dryRun, {});
        return;
    }
    if (!typed.isEmpty()) {
        auto *write = new QKeychain::WritePasswordJob(keychainService, this);
        write->setKey(dest);
        write->setTextData(typed);
        connect(write, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
            if (job->error() != QKeychain::NoError)
                appendLog(tr("The password could not be kept in the system keychain: %1").arg(job->errorString()));
        });
        write->start();
        m_ui->passwordEdit->clear();
        run(dryRun, typed);
        return;
    }
    auto *read = new QKeychain::ReadPasswordJob(keychainService, this);
    read->setKey(dest);
    connect(read, &QKeychain::Job::finished, this, [this, dryRun, read] {
        run(dryRun, read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    read->start();
    updateButtons();
}

void DeployDialog::run(bool dryRun, const QString &password)
{
    if (isRunning())
        return;
    m_cancel->store(false);
    DeployOptions options;
    options.dest = m_ui->destinationEdit->text().trimmed();
    options.dryRun = dryRun;
    options.removeStale = m_ui->deleteCheck->isChecked();
    options.password = password;
    DeployProgress progress;
    QPointer<DeployDialog> self(this);
    progress.step = [self](const QString &line) {
        QMetaObject::invokeMethod(self, [self, line] { if (self) self->appendLog(line); }, Qt::QueuedConnection);
    };
    progress.canceled = [cancel = m_cancel] { return cancel->load(); };
    const QString root = m_siteRoot;
    m_watcher.setFuture(QtConcurrent::run([root, options, progress] { return deploySite(root, options, progress); }));
    updateButtons();
}

void DeployDialog::appendLog(const QString &line)
{
    m_ui->logView->appendPlainText(line);
}

void DeployDialog::showResult()
{
    const Result<DeployReport> result = m_watcher.future().result();
    bool ok = false;
    if (!result) {
        m_ui->summaryLabel->setText(tr("Nothing was deployed: %1").arg(result.error().toString()));
    } else if (const DeployReport &report = result.value(); report.failure) {
        m_ui->summaryLabel->setText(tr("The deploy stopped: %1\nThe destination still has the earlier site whole; deploy again to finish.")
                                        .arg(report.failure->toString()));
    } else {
        ok = true;
        const QString verb = report.dryRun ? tr("would upload") : tr("uploaded");
        for (qsizetype i = 0; i < report.uploaded.size(); ++i)
            appendLog(QStringLiteral("%1 (%2): %3").arg(verb, i < report.added ? tr("new") : tr("changed"), report.uploaded.at(i)));
        for (const QString &file : report.deleted)
            appendLog((report.dryRun ? tr("would delete: %1") : tr("deleted: %1")).arg(file));
        QString text = report.dryRun ? tr("Preview: nothing was changed. ") : QString();
        text += tr("%n file(s) uploaded", nullptr, int(report.uploaded.size())) + QStringLiteral(", ")
                + tr("%n deleted", nullptr, int(report.deleted.size())) + QStringLiteral(", ")
                + tr("%n unchanged", nullptr, report.unchanged) + QLatin1Char('.');
        if (!report.kept.isEmpty())
            text += QLatin1Char(' ') + tr("%n stale file(s) left in place.", nullptr, int(report.kept.size()));
        m_ui->summaryLabel->setText(text);
    }
    updateButtons();
    emit finished(ok);
}

void DeployDialog::updateButtons()
{
    const bool running = isRunning();
    const bool hasDest = !m_ui->destinationEdit->text().trimmed().isEmpty();
    m_ui->previewButton->setEnabled(!running && hasDest);
    m_ui->deployButton->setEnabled(!running && hasDest);
    m_ui->closeButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->destinationEdit->setEnabled(!running);
    m_ui->deleteCheck->setEnabled(!running);
    m_ui->passwordLabel->setVisible(isSftp());
    m_ui->passwordEdit->setVisible(isSftp());
}

void DeployDialog::reject()
{
    // Closing while it runs cancels first (its order keeps the site whole).
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace postwright
