// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/indexbuilder.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace postwright::cli {

// One function per command; args start with the command name.
int renderCommand(const QStringList &args);
int setCommand(const QStringList &args);
int roundtripCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int indexCommand(const QStringList &args);
int tagsCommand(const QStringList &args);
int tagCommand(const QStringList &args);
int newCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int statusCommand(const QStringList &args);
int historyCommand(const QStringList &args);
int publishCommand(const QStringList &args);
int deployCommand(const QStringList &args);

// For the commands that export a whole site (export, deploy): memory the
// export frees goes back to the system at once (tcmalloc's aggressive
// decommit). Not for every command: on one large document (render) giving
// every freed buffer back costs 7% of the time.
void releaseFreedMemoryAtOnce();

// Parses a command's arguments; on a usage error prints it and returns false.
// --help prints the command's help and exits.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int minPositional,
                  const QString &positionalSyntax);

// Every .md/.markdown file under each path (a file path is taken as it is),
// sorted, so that output is stable.
QStringList markdownFiles(const QStringList &paths);

// Site commands: --kind KIND, read into IndexOptions (nullopt: a usage
// error, printed).
QCommandLineOption kindOption();
std::optional<IndexOptions> indexOptions(const QCommandLineParser &parser, const QCommandLineOption &kind);
// A path relative to the site as the user can open it: SITE/relative.
QString sitePath(const QString &site, const QString &relative);
// --force (set, tag, check --fix): writes a read-only post all the same.
QCommandLineOption forceOption();
// A post that could not be written; a read-only one says how to overrule it.
void reportWriteError(Error error);

// Problems whose paths are relative to the site, as "SITE/path:line:col: message".
void reportProblems(const QString &site, const QList<Error> &problems);

} // namespace postwright::cli
