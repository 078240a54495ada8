// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace postwright {

// Makes document read text as one undo step that replaces only the span
// that differs (common start and end kept), so cursors elsewhere stay and
// one Undo takes the change back.
void patchDocument(QTextDocument *document, const QString &text);

} // namespace postwright
