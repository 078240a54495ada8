// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/files: the translation context of the file writer's
// messages (lupdate reads "FilesText::tr").

#include <QCoreApplication>

namespace postwright {

struct FilesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Files)
};

} // namespace postwright
