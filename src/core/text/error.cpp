// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/error.h"

namespace postwright {

QString Error::toString() const
{
    QString out = path.isEmpty() ? QStringLiteral("<input>") : path;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    return out + QStringLiteral(": ") + message;
}

} // namespace postwright
