// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquiderror.h"
#include "liquidvalue.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace postwright {

struct JekyllData
{
    LiquidValue value;
    QList<LiquidError> errors;    // files that do not parse, with line and column
    QStringList files;            // absolute paths of the files read
};

// YAML (and JSON, which YAML reads too) as Ruby's Psych gives it to
// Liquid: key order kept, 12 an integer, 1.5 a float, true/false booleans,
// ~ and null nil; quoted scalars stay strings; a timestamp with a time a
// date-time, in zone when written without one (liquid/jekylltime.h). A
// parse error names its line.
JekyllData liquidFromYaml(const QString &text, const QString &file, const QTimeZone &zone = {});

// Jekyll reads its files (configuration, data, includes) as UTF-8 and
// stops at a byte sequence that is not: where the first one is (line and
// column), nullopt when bytes are UTF-8.
std::optional<LiquidError> jekyllNotUtf8(const QByteArray &bytes, const QString &file);

// CSV (tab: TSV) with a header row: an array of hashes, as Jekyll reads
// _data/*.csv.
LiquidValue liquidFromCsv(const QString &text, QChar separator);

// Jekyll's site.data: each file of the folder under its name without the
// extension (yml, yaml, json, csv, tsv), nested folders as nested hashes.
JekyllData readJekyllDataFolder(const QString &folder, const QTimeZone &zone = {});

} // namespace postwright
