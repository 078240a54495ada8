// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace postwright {

// Terms in the order a reader expects a list of them: by the locale's
// collation, case ignored ("apple", "Banana", "cherry"; "Éclair" beside
// "eclair"), numbers by value ("tag2" before "tag10"); terms that differ
// only in case keep a fixed order.
QStringList sortedTerms(QStringList terms, const QLocale &locale = QLocale());

} // namespace postwright
