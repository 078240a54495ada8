// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewbridge.h"

namespace postwright {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
{
}

void PreviewBridge::setPatch(const QJsonObject &patch)
{
    m_patch = patch;
    emit patchChanged();
}

void PreviewBridge::reportReady()
{
    emit pageReady();
}

void PreviewBridge::reportApplied(int seq, bool ok)
{
    emit patchApplied(seq, ok);
}

void PreviewBridge::reportClick(int line)
{
    if (line > 0)
        emit blockClicked(line);
}

void PreviewBridge::reportTopLine(int line)
{
    if (line > 0)
        emit topLineScrolled(line);
}

void PreviewBridge::reportTask(int line, bool checked)
{
    if (line > 0)
        emit taskToggled(line, checked);
}

} // namespace postwright
