// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace postwright {

// The user's systemd (systemctl --user). The command is systemctl, or what
// POSTWRIGHT_SYSTEMCTL names (tests: a script that records its arguments).

// Why the user's systemd cannot run timers here (no systemctl, no user
// manager running: a container, a desktop without systemd); nullopt: it can.
std::optional<QString> systemdUserMissing();

// Runs systemctl --user args; an Error with what it wrote when it fails.
Result<Success> systemctlUser(const QStringList &args);

} // namespace postwright
