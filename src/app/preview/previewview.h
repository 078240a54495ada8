// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post/post.h"

#include <QWebEngineView>

namespace postwright {

// The live preview: the post in the page template that export uses. The
// page never navigates away (links go to the system browser).
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Shows the post's current text; call on every edit. Renders off the GUI
    // thread, debounced and coalesced.
    void setPost(const Post &post);
    // Brings the block of this 1-based file line to the top.
    void scrollToLine(int line);

signals:
    void lineClicked(int line);        // 1-based file line of the clicked block
    void topLineChanged(int line);     // the preview was scrolled by the user
    void taskToggled(int line, bool checked);
    void pageUpdated();                // the page shows the latest render

private:
    void renderNow();

    Post m_post;
    QTimer *m_debounce = nullptr;
};

} // namespace postwright
