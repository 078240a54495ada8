// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace postwright {

// The Markdown and front-matter cheat sheet (qrc:/help/cheatsheet.html).
class CheatSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheatSheetDialog)

public:
    explicit CheatSheetDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace postwright
