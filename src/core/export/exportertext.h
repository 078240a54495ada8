// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/export: the translation context of the export's messages
// (lupdate reads "ExporterText::tr").

#include <QCoreApplication>

namespace postwright {

struct ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Exporter)
};

} // namespace postwright
