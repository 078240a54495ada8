// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/cischeduledialog.h"

#include "schedule/cischedule.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace postwright {

CiScheduleDialog::CiScheduleDialog(SiteKind kind, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ciScheduleDialog"));
    setWindowTitle(tr("Publish Scheduled Posts with CI"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your host can publish scheduled posts: a job that builds the site every hour shows each post "
                                "once its date has passed (the generator leaves it out until then). Publish the posts as usual; "
                                "save this workflow in the repository."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("CI service"));
    for (const auto &[service, name] : {std::pair{CiService::GitHub, tr("GitHub Actions")}, std::pair{CiService::GitLab, tr("GitLab CI")}}) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(new QLabel(tr("Save as %1:").arg(ciScheduleFile(service)), page));
        auto *text = new QPlainTextEdit(ciScheduleSnippet(service, kind), page);
        text->setReadOnly(true);
        text->setAccessibleName(tr("Workflow for %1").arg(name));
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        pageLayout->addWidget(text);
        m_tabs->addTab(page, name);
    }
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copySnippetButton"));
    connect(copyButton, &QPushButton::clicked, this, &CiScheduleDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString CiScheduleDialog::currentSnippet() const
{
    const auto *text = m_tabs->currentWidget()->findChild<QPlainTextEdit *>();
    return text ? text->toPlainText() : QString();
}

void CiScheduleDialog::copy()
{
    QApplication::clipboard()->setText(currentSnippet());
}

} // namespace postwright
