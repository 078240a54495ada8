// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace postwright::cli {

// One function per command; args start with the command name.
int renderCommand(const QStringList &args);
int setCommand(const QStringList &args);
int roundtripCommand(const QStringList &args);

// Parses a command's arguments; on a usage error prints it and returns false.
// --help prints the command's help and exits.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int minPositional,
                  const QString &positionalSyntax);

// Every .md/.markdown file under each path (a file path is taken as it is),
// sorted, so that output is stable.
QStringList markdownFiles(const QStringList &paths);

} // namespace postwright::cli
