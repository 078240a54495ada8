// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QVariantMap>

namespace postwright {

// One generator config file (Hugo or Jekyll) as a map; TOML, YAML or JSON
// by its extension. A syntax error comes back with its line and column.
Result<QVariantMap> readConfigFile(const QString &path);
// The same for text already read; format is "toml", "json", or anything
// else for YAML. path only names the file in an error.
Result<QVariantMap> parseConfigText(const QByteArray &bytes, QStringView format, const QString &path);

// map[key], the key compared without case as Hugo does.
QVariant configValue(const QVariantMap &map, QStringView key);

} // namespace postwright
