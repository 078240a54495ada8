// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace postwright::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Findings = 1, Usage = 2 };

// Runs `postwright-cli` with its arguments (args[0] is the program).
int run(const QStringList &args);

} // namespace postwright::cli
