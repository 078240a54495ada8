// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

namespace postwright {

// The object the preview page sees over QWebChannel (as "preview"). C++
// publishes finished HTML as the `patch` property (the changed body blocks
// and header, see resources/preview/preview.js); the page answers through
// the report* methods.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)
    Q_PROPERTY(QJsonObject patch READ patch NOTIFY patchChanged)

public:
    explicit PreviewBridge(QObject *parent = nullptr);

    QJsonObject patch() const { return m_patch; }
    void setPatch(const QJsonObject &patch);
    // Asks the page to bring the block of this file line to the top.
    void requestScroll(int line) { emit scrollRequested(line); }

    // Called by the page.
    Q_INVOKABLE void reportReady();
    Q_INVOKABLE void reportApplied(int seq, bool ok);
    Q_INVOKABLE void reportClick(int line);
    Q_INVOKABLE void reportTopLine(int line);
    Q_INVOKABLE void reportTask(int line, bool checked);

signals:
    // To the page.
    void patchChanged();
    void scrollRequested(int line);

    // To the view.
    void pageReady();
    void patchApplied(int seq, bool ok);
    void blockClicked(int line);
    void topLineScrolled(int line);
    void taskToggled(int line, bool checked);

private:
    QJsonObject m_patch;
};

} // namespace postwright
