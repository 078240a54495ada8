// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

namespace postwright {

// Shows a rendered page; the page never navigates away (links go to the
// system browser).
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);

    // Shows html with baseUrl as the folder relative links resolve against.
    void showPage(const QString &html, const QUrl &baseUrl);
};

} // namespace postwright
