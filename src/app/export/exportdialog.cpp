// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdialog.h"

#include "export/siteexporter.h"
#include "ui_exportdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>

namespace postwright {

ExportDialog::ExportDialog(const QString &siteRoot, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_siteRoot(siteRoot)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export Site — %1").arg(QFileInfo(siteRoot).fileName()));
    // Hugo's and Jekyll's own output folders are the natural default.
    const QString defaultName = QFileInfo::exists(QDir(siteRoot).filePath(QStringLiteral("_config.yml")))
                                    ? QStringLiteral("_site")
                                    : QStringLiteral("public");
    m_ui->folderEdit->setText(QDir::cleanPath(QDir(siteRoot).filePath(defaultName)));
    m_ui->warningsView->setVisible(false);
    m_ui->openButton->setEnabled(false);

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export To"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(folder);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            m_watcher.cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (!m_report.homePage.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_report.homePage));
    });
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Result<SiteExportReport>>::progressRangeChanged, m_ui->progressBar,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Result<SiteExportReport>>::progressValueChanged, m_ui->progressBar,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Result<SiteExportReport>>::finished, this, &ExportDialog::showResult);
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

SiteExportOptions ExportDialog::options() const
{
    SiteExportOptions options;
    options.outDir = m_ui->folderEdit->text().trimmed();
    options.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    options.drafts = m_ui->draftsCheck->isChecked();
    options.future = m_ui->futureCheck->isChecked();
    options.clean = m_ui->cleanCheck->isChecked();
    return options;
}

void ExportDialog::setOutputFolder(const QString &folder)
{
    m_ui->folderEdit->setText(folder);
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportDialog::startExport()
{
    if (isRunning() || m_ui->folderEdit->text().trimmed().isEmpty())
        return;
    m_report = {};
    m_ui->progressBar->setRange(0, 0);   // busy until the post count is known
    m_ui->summaryLabel->setText(tr("Exporting…"));
    m_ui->warningsView->clear();
    m_ui->warningsView->setVisible(false);
    m_watcher.setFuture(exportSiteInBackground(m_siteRoot, options()));
    updateButtons();
}

void ExportDialog::showResult()
{
    const QFuture<Result<SiteExportReport>> future = m_watcher.future();
    m_ui->progressBar->setRange(0, 100);
    bool ok = false;
    if (future.isCanceled() || future.resultCount() == 0) {
        m_ui->progressBar->setValue(0);
        m_ui->summaryLabel->setText(tr("Export canceled. The folder is as the previous export left it."));
    } else if (const Result<SiteExportReport> result = future.result(); !result) {
        m_ui->progressBar->setValue(0);
        m_ui->summaryLabel->setText(tr("Export failed: %1").arg(result.error().toString()));
    } else {
        m_report = result.value();
        ok = m_report.pagesFailed == 0;
        m_ui->progressBar->setValue(100);
        QString summary = tr("%n post(s) exported to %1.", nullptr, m_report.posts).arg(m_report.outDir);
        summary += QLatin1Char(' ')
                   + tr("%n page(s) written", nullptr, m_report.pagesWritten) + QStringLiteral(", ")
                   + tr("%n unchanged", nullptr, m_report.pagesUnchanged) + QStringLiteral(", ")
                   + tr("%n file(s) copied", nullptr, m_report.filesCopied) + QStringLiteral(", ")
                   + tr("%n warning(s)", nullptr, int(m_report.warnings.size()));
        if (m_report.pagesFailed > 0)
            summary += QStringLiteral(", ") + tr("%n page(s) failed", nullptr, m_report.pagesFailed);
        summary += QStringLiteral("; ") + tr("%1 s.").arg(QLocale().toString(m_report.elapsedMs / 1000.0, 'f', 2));
        m_ui->summaryLabel->setText(summary);
        QStringList lines;
        for (Error warning : std::as_const(m_report.warnings)) {
            if (!QDir::isAbsolutePath(warning.path))
                warning.path = QDir(m_siteRoot).filePath(warning.path);
            lines.append(warning.toString());
        }
        m_ui->warningsView->setPlainText(lines.join(QLatin1Char('\n')));
        m_ui->warningsView->setVisible(!lines.isEmpty());
    }
    updateButtons();
    emit finished(ok);
}

void ExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_ui->exportButton->setEnabled(!running && !m_ui->folderEdit->text().trimmed().isEmpty());
    m_ui->cancelButton->setEnabled(running);
    m_ui->closeButton->setEnabled(!running);
    m_ui->openButton->setEnabled(!running && !m_report.homePage.isEmpty() && QFileInfo::exists(m_report.homePage));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->folderEdit), static_cast<QWidget *>(m_ui->browseButton),
                       static_cast<QWidget *>(m_ui->baseUrlEdit), static_cast<QWidget *>(m_ui->draftsCheck),
                       static_cast<QWidget *>(m_ui->futureCheck), static_cast<QWidget *>(m_ui->cleanCheck)})
        w->setEnabled(!running);
}

void ExportDialog::reject()
{
    // Closing while it runs cancels first.
    if (isRunning()) {
        m_watcher.cancel();
        return;
    }
    QDialog::reject();
}

} // namespace postwright
