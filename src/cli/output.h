// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QByteArray>
#include <QString>

namespace postwright::cli {

void out(const QString &line);           // a line on stdout
void writeStdout(const QByteArray &bytes);
void err(const QString &line);           // a line on stderr
void err(const Error &error);            // "path:line:col: message" on stderr

} // namespace postwright::cli
