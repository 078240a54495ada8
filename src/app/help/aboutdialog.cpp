// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace postwright {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Postwright"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize) * 2;
    const QIcon appIcon = QApplication::windowIcon().isNull() ? QIcon::fromTheme(QStringLiteral("accessories-text-editor"))
                                                              : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *label = new QLabel(text(), this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setAccessibleName(tr("About Postwright"));
    label->setAccessibleDescription(tr("Version, licence and libraries"));
    row->addWidget(label, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QString AboutDialog::text()
{
    return tr("<h2>Postwright %1</h2>"
              "<p>A desktop blog editor for Hugo, Jekyll and folders of Markdown posts.</p>"
              "<p>Licence: GNU General Public License, version 3 or later "
              "(<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0-or-later</a>).</p>"
              "<p>Built with Qt %2 (running on Qt %3) and Qt WebEngine.</p>"
              "<p>Libraries: cmark-gfm (Markdown), yaml-cpp and toml++ (front matter), Hunspell (spelling), "
              "KaTeX (math), Noto Color Emoji.</p>")
        .arg(QStringLiteral(POSTWRIGHT_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace postwright
