// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsupport/textstats.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace postwright {

// How hard a text is to read, by the formula that suits its language:
// Flesch reading ease for English (0-100, higher is easier; the formula's
// values beyond are clamped), LIX for other
// languages written in an alphabet (20-70, lower is easier: word length
// and sentence length, no syllables).
struct Readability
{
    enum class Formula { FleschReadingEase, Lix };
    Formula formula = Formula::FleschReadingEase;
    double score = 0;
    // Flesch under 30 or LIX over 60: the bands both scales call very
    // difficult (academic prose), which the doctor warns about.
    bool veryHard = false;
    QString band;      // translated: "very easy" ... "very difficult"
    QString formulaName;  // translated: "Flesch reading ease", "LIX"
    int words = 0;        // of the text measured
};

// language: a BCP 47 tag ("en", "de-DE"), or empty for English. Nothing
// for text without words or sentences, or in Chinese, Japanese, Korean or
// Thai (neither formula means anything there).
std::optional<Readability> readability(const TextStats &stats, QStringView language);

// At least this many words before the doctor judges a post as hard to
// read: a short note's score swings with each sentence.
inline constexpr int readabilityMinimumWords = 100;

} // namespace postwright
