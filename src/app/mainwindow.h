// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post/post.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QPlainTextEdit;

namespace postwright {

class PreviewView;

// The editor window: the post's text beside its live preview.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a post; on failure shows why and keeps what is open.
    bool openPost(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void open();
    bool save();
    bool confirmDiscard();
    void textEdited();
    void updatePreview();
    void updateTitle();
    void updateStatus();

    Post m_post;
    QPlainTextEdit *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_frontMatterLabel = nullptr;
    QTimer m_previewTimer;
};

} // namespace postwright
