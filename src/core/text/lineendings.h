// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postwright {

// An editor holds text with "\n" breaks; this gives the edited text back the
// line endings of the original: lines that did not change keep theirs, new
// lines get the original's most common one.
QString restoreLineEndings(QStringView original, QStringView editedWithLf);

} // namespace postwright
