// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace postwright {

struct ExportActions
{
    QAction *exportPost = nullptr;   // File → Export as HTML…
    QAction *exportSite = nullptr;   // File → Export Site…
    QAction *deploySite = nullptr;   // File → Deploy Site…
};

// Adds "Export as HTML…" (the current post as one self-contained file) and
// "Export Site…" (the Export dialog) and "Deploy Site…" (the Deploy dialog) to fileMenu. The callbacks answer the
// current post's path and the open site's root (empty: none, and the action
// says so). window parents the dialogs.
ExportActions installExportActions(QMenu *fileMenu, QWidget *window, std::function<QString()> currentPostPath,
                                   std::function<QString()> currentSiteRoot);

} // namespace postwright
