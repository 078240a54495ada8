// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace postwright {

// Exports the open site as a static site: target folder, drafts, future
// posts, base URL; runs core's exportSite in the background with a progress
// bar and Cancel, then shows what it did (pages written and unchanged,
// warnings, time) with "Open in Browser" for the home page.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const QString &siteRoot, QWidget *parent = nullptr);
    ~ExportDialog() override;

    SiteExportOptions options() const;
    void setOutputFolder(const QString &folder);
    // Starts the export (what the Export button does).
    void startExport();
    bool isRunning() const;
    // The last finished export's report; empty outDir when there is none.
    const SiteExportReport &report() const { return m_report; }

signals:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void showResult();
    void updateButtons();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_siteRoot;
    QFutureWatcher<Result<SiteExportReport>> m_watcher;
    SiteExportReport m_report;
};

} // namespace postwright
