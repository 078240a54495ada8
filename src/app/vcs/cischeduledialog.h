// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteconfig.h"

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace postwright {

// The CI alternative to the systemd timer: a scheduled GitHub Actions or
// GitLab CI workflow for the site's generator (core's ciScheduleSnippet),
// to copy into the repository.
class CiScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CiScheduleDialog)

public:
    explicit CiScheduleDialog(SiteKind kind, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The workflow of the tab shown.
    QString currentSnippet() const;
    // Puts it on the clipboard (the Copy button).
    void copy();

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace postwright
