// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/externalchange.h"

namespace postwright {

ExternalChange classifyExternalChange(const QByteArray &known, bool exists, const QByteArray &onDisk,
                                      bool locallyModified)
{
    if (!exists)
        return ExternalChange::Deleted;
    if (onDisk == known)
        return ExternalChange::Ignore;
    return locallyModified ? ExternalChange::Ask : ExternalChange::Reload;
}

} // namespace postwright
