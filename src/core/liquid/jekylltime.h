// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace postwright {

// _config.yml's timezone as Jekyll gives it to Ruby on Linux (it sets TZ
// to it, and the C library reads that): a name of the zoneinfo database
// ("Europe/Berlin", "Etc/GMT+5"); else a POSIX TZ string, whose offset
// counts hours *west* of UTC ("UTC+5" and "EST5" are five hours behind UTC,
// "CET-1CEST,M3.5.0,M10.5.0/3" one ahead with summer time); else UTC. An
// empty setting gives an invalid zone: the system's own.
QTimeZone jekyllTimeZone(const QString &setting);

// A plain (unquoted) YAML scalar that is a YAML 1.1 timestamp with a time
// (2024-03-01 10:00:00, 2024-03-01T10:00:00.5Z, 2024-03-01 10:00:00 +05:00),
// as Ruby's YAML reads it for Jekyll: with a zone, that offset; without one,
// a time in UTC (not local time), shown in zone (invalid: the system's).
// nullopt for anything else, a date alone included (Ruby keeps that a Date).
std::optional<QDateTime> jekyllYamlTime(const QString &plainScalar, const QTimeZone &zone);

// A time as Jekyll shows it: in zone (invalid: the system's). A wall-clock
// time (Qt::LocalTime, written without a zone) is read there.
QDateTime jekyllInZone(const QDateTime &time, const QTimeZone &zone);

} // namespace postwright
