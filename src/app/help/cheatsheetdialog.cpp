// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/cheatsheetdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postwright {

CheatSheetDialog::CheatSheetDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Markdown and Front-Matter Cheat Sheet"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/cheatsheet.html")));
    m_browser->setAccessibleName(tr("Cheat sheet"));
    m_browser->setAccessibleDescription(tr("Markdown syntax and front-matter basics"));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

} // namespace postwright
