// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportactions.h"

#include "export/deploydialog.h"
#include "export/exportdialog.h"
#include "export/postexporter.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "ExportActionsText::tr").
struct ExportActionsText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::ExportActions)
};

void exportCurrentPost(QWidget *window, const QString &post)
{
    if (post.isEmpty()) {
        QMessageBox::information(window, ExportActionsText::tr("Export as HTML"), ExportActionsText::tr("Open or save a post first."));
        return;
    }
    const QFileInfo info(post);
    const QString suggested = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".html"));
    const QString target = QFileDialog::getSaveFileName(window, ExportActionsText::tr("Export as HTML"), suggested,
                                                        ExportActionsText::tr("HTML files (*.html *.htm)"));
    if (target.isEmpty())
        return;
    PostExportOptions options;
    options.output = target;
    const Result<PostExportReport> report = exportPost(post, options);
    if (!report) {
        QMessageBox::warning(window, ExportActionsText::tr("Export as HTML"), ExportActionsText::tr("The post could not be exported:\n%1").arg(report.error().toString()));
        return;
    }
    QString message = ExportActionsText::tr("Exported to %1.").arg(report.value().output);
    if (!report.value().warnings.isEmpty()) {
        QStringList lines;
        for (const Error &warning : report.value().warnings)
            lines.append(warning.toString());
        message += QStringLiteral("\n\n") + ExportActionsText::tr("Warnings:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    QMessageBox box(QMessageBox::Information, ExportActionsText::tr("Export as HTML"), message, QMessageBox::Close, window);
    QPushButton *open = box.addButton(ExportActionsText::tr("Open in Browser"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(open))
        QDesktopServices::openUrl(QUrl::fromLocalFile(report.value().output));
}

} // namespace

ExportActions installExportActions(QMenu *fileMenu, QWidget *window, std::function<QString()> currentPostPath,
                                   std::function<QString()> currentSiteRoot)
{
    ExportActions actions;
    fileMenu->addSeparator();
    actions.exportPost = fileMenu->addAction(ExportActionsText::tr("Export as &HTML…"));
    actions.exportPost->setObjectName(QStringLiteral("exportPostAction"));
    actions.exportPost->setStatusTip(ExportActionsText::tr("Save the post as one self-contained HTML file"));
    QObject::connect(actions.exportPost, &QAction::triggered, window,
                     [window, currentPostPath] { exportCurrentPost(window, currentPostPath()); });

    actions.exportSite = fileMenu->addAction(ExportActionsText::tr("Export Sit&e…"));
    actions.exportSite->setObjectName(QStringLiteral("exportSiteAction"));
    actions.exportSite->setStatusTip(ExportActionsText::tr("Publish the whole blog as a static site"));
    QObject::connect(actions.exportSite, &QAction::triggered, window, [window, currentSiteRoot] {
        const QString root = currentSiteRoot();
        if (root.isEmpty()) {
            QMessageBox::information(window, ExportActionsText::tr("Export Site"), ExportActionsText::tr("Open a site first."));
            return;
        }
        auto *dialog = new ExportDialog(root, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    actions.deploySite = fileMenu->addAction(ExportActionsText::tr("&Deploy Site…"));
    actions.deploySite->setObjectName(QStringLiteral("deploySiteAction"));
    actions.deploySite->setStatusTip(ExportActionsText::tr("Upload what changed since the last deploy: a folder, a Git branch, rsync or SFTP"));
    QObject::connect(actions.deploySite, &QAction::triggered, window, [window, currentSiteRoot] {
        const QString root = currentSiteRoot();
        if (root.isEmpty()) {
            QMessageBox::information(window, ExportActionsText::tr("Deploy Site"), ExportActionsText::tr("Open a site first."));
            return;
        }
        auto *dialog = new DeployDialog(root, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return actions;
}

} // namespace postwright
