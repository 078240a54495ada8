// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsupport/readability.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace postwright {
namespace {

struct ReadabilityText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Readability)
};

bool unsuited(QStringView language)
{
    for (const char *tag : {"zh", "ja", "ko", "th"}) {
        const QLatin1StringView prefix(tag);
        if (language.compare(prefix, Qt::CaseInsensitive) == 0
            || (language.startsWith(prefix, Qt::CaseInsensitive) && language.size() > 2
                && (language[2] == u'-' || language[2] == u'_')))
            return true;
    }
    return false;
}

bool english(QStringView language)
{
    return language.isEmpty() || language.compare(QLatin1StringView("en"), Qt::CaseInsensitive) == 0
           || (language.size() > 2 && language.first(2).compare(QLatin1StringView("en"), Qt::CaseInsensitive) == 0
               && (language[2] == u'-' || language[2] == u'_'));
}

// The bands of Flesch's own table.
QString fleschBand(double score)
{
    if (score >= 90)
        return ReadabilityText::tr("very easy");
    if (score >= 80)
        return ReadabilityText::tr("easy");
    if (score >= 70)
        return ReadabilityText::tr("fairly easy");
    if (score >= 60)
        return ReadabilityText::tr("standard");
    if (score >= 50)
        return ReadabilityText::tr("fairly difficult");
    if (score >= 30)
        return ReadabilityText::tr("difficult");
    return ReadabilityText::tr("very difficult");
}

// The bands Björnsson's LIX is usually read with.
QString lixBand(double score)
{
    if (score < 30)
        return ReadabilityText::tr("very easy");
    if (score < 40)
        return ReadabilityText::tr("easy");
    if (score < 50)
        return ReadabilityText::tr("medium");
    if (score < 60)
        return ReadabilityText::tr("difficult");
    return ReadabilityText::tr("very difficult");
}

} // namespace

std::optional<Readability> readability(const TextStats &stats, QStringView language)
{
    if (stats.words == 0 || stats.sentences == 0 || unsuited(language))
        return std::nullopt;
    const double wordsPerSentence = double(stats.words) / stats.sentences;
    Readability result;
    result.words = stats.words;
    if (english(language)) {
        result.formula = Readability::Formula::FleschReadingEase;
        // Flesch's scale runs from 0 (hardest) to 100 (easiest); the formula
        // leaves it for texts at the extremes (a 1,000-word sentence).
        result.score = std::clamp(206.835 - 1.015 * wordsPerSentence - 84.6 * (double(stats.syllables) / stats.words),
                                  0.0, 100.0);
        result.veryHard = result.score < 30;
        result.band = fleschBand(result.score);
        result.formulaName = ReadabilityText::tr("Flesch reading ease");
    } else {
        result.formula = Readability::Formula::Lix;
        result.score = wordsPerSentence + 100.0 * stats.longWords / stats.words;
        result.veryHard = result.score >= 60;
        result.band = lixBand(result.score);
        result.formulaName = ReadabilityText::tr("LIX");
    }
    return result;
}

} // namespace postwright
