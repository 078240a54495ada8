// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace postwright {

class SiteSession;

// The status bar's line while a bulk edit (Replace in All Posts, Edit →
// Undo of a site edit) writes posts on its worker: "Replacing in 412 of
// 2,000 posts…", a progress bar and Stop. Hidden otherwise.
class BulkEditProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditProgress)

public:
    explicit BulkEditProgress(SiteSession *session, QWidget *parent = nullptr);

    QString text() const;

private:
    void showProgress(int done, int total);

    SiteSession *m_session = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace postwright
