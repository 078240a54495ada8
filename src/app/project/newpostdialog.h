// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/newpost.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPostDialog;
}

namespace postwright {

// Asks for a new post's title, section (Hugo), tags, draft flag and form
// (file or page bundle), shows the slug and the file it will be, and on OK
// creates it through core's createPost.
class NewPostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPostDialog)

public:
    explicit NewPostDialog(const SiteConfig &config, const QStringList &knownTags = {}, QWidget *parent = nullptr);
    ~NewPostDialog() override;

    NewPostOptions options() const;
    // After OK: the new post's path, relative to the site root.
    QString createdPath() const { return m_created; }

    // Creates the post; on failure says why and stays open.
    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updatePreview();
    void showPath();

    std::unique_ptr<Ui::NewPostDialog> m_ui;
    SiteConfig m_config;
    QString m_created;
    QString m_path;   // the new file, site-relative, as pathLabel shows it (elided to fit)
};

} // namespace postwright
