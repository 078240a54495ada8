// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/error.h"

#include <QList>
#include <QString>

namespace postwright {

// The folder of the user's data (the sample blog, recovery files, the
// personal word list): $XDG_DATA_HOME/Postwright, ~/.local/share/Postwright.
QString dataFolder();

// Where versions before 0.x kept that data: Qt's AppDataLocation for the
// organisation and application "Postwright", dataFolder()/Postwright.
QString oldDataFolder();

// Moves what is in from into to, entry by entry: a file or folder that to
// does not have moves there, a folder both have is merged the same way, a
// file both have stays in from (nothing is replaced, nothing is lost). from
// is removed once it is empty. The errors name what could not be moved.
QList<Error> moveDataFolder(const QString &from, const QString &to);

} // namespace postwright
