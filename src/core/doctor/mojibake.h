// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace postwright {

// A run of characters that is UTF-8 once decoded as Windows-1252 (or
// Latin-1): "â€“" for "–", "ðŸš€" for "🚀".
struct MojibakeSequence
{
    qsizetype start = 0;    // offset in the text
    qsizetype length = 0;   // characters of the garbled run
    QString repaired;       // what it stood for; empty when bytes were lost
    bool lostBytes = false; // the run is cut short: it cannot be repaired exactly
};

// Every garbled run in text, in order. Text that only looks odd ("château",
// "5 €", "Tomáš") is left alone: a run counts only when its characters spell
// a complete UTF-8 sequence, or (lostBytes) a four-byte one cut short after
// three bytes, or "â€" cut short (a quote whose last byte was dropped).
QList<MojibakeSequence> findMojibake(QStringView text);

struct MojibakeRepair
{
    QString text;                         // with every exact repair made
    int repaired = 0;
    QList<MojibakeSequence> unrepairable; // offsets in the original text
};

// Repairs every run that can be repaired exactly and keeps the rest.
MojibakeRepair repairMojibake(QStringView text);

} // namespace postwright
