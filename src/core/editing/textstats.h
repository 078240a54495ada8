// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace postwright {

struct TextStats
{
    int words = 0;
    int readingMinutes = 0;   // rounded up at 230 words a minute; 0 for no words
};

// Words of plain or Markdown text (a run of letters or digits is one word;
// each CJK character counts as one), for the status bar and the selection.
TextStats textStats(QStringView text);

} // namespace postwright
