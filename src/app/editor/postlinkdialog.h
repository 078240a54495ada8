// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;
class QListWidget;

namespace postwright {

class MarkdownEditor;
class PostLinker;
struct PostRecord;

// Format → Link to Post: the site's posts by title (and path), filtered as
// the user types; Enter or OK inserts the link at the cursor (the
// selection, if any, becomes the link's text).
class PostLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostLinkDialog)

public:
    PostLinkDialog(PostLinker *linker, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // The post chosen, after the dialog was accepted.
    std::optional<PostRecord> chosen() const;

    // Asks and inserts into editor; tells why not through message.
    static void insertInto(MarkdownEditor *editor, PostLinker *linker, QWidget *parent,
                           const std::function<void(const QString &)> &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMatches();

    PostLinker *m_linker = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace postwright
