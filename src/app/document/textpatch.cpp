// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/textpatch.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace postwright {

void patchDocument(QTextDocument *document, const QString &text)
{
    const QString old = document->toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    cursor.endEditBlock();
}

} // namespace postwright
