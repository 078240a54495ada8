// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/slug.h"

#include <QHash>
#include <QStringList>

namespace postwright {
namespace {

// Letters that NFKD does not split into an ASCII letter and marks.
const QHash<char16_t, QLatin1String> &transliterations()
{
    static const QHash<char16_t, QLatin1String> table = {
        {u'ß', QLatin1String("ss")}, {u'ẞ', QLatin1String("ss")}, {u'æ', QLatin1String("ae")},
        {u'Æ', QLatin1String("ae")}, {u'œ', QLatin1String("oe")}, {u'Œ', QLatin1String("oe")},
        {u'ø', QLatin1String("o")},  {u'Ø', QLatin1String("o")},  {u'ł', QLatin1String("l")},
        {u'Ł', QLatin1String("l")},  {u'đ', QLatin1String("d")},  {u'Đ', QLatin1String("d")},
        {u'ð', QLatin1String("d")},  {u'Ð', QLatin1String("d")},  {u'þ', QLatin1String("th")},
        {u'Þ', QLatin1String("th")}, {u'ı', QLatin1String("i")},  {u'ħ', QLatin1String("h")},
        {u'Ħ', QLatin1String("h")},  {u'ŋ', QLatin1String("n")},  {u'Ŋ', QLatin1String("n")},
    };
    return table;
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018);
}

} // namespace

QString slugify(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool separator = false;
    for (const QChar c : decomposed) {
        // "Don't" is "dont", not "don-t".
        if (isMark(c) || isApostrophe(c))
            continue;
        QString piece;
        const auto special = transliterations().constFind(c.unicode());
        if (special != transliterations().cend())
            piece = *special;
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            piece = c.toLower();
        if (piece.isEmpty()) {
            separator = true;
            continue;
        }
        if (separator && !slug.isEmpty())
            slug += QLatin1Char('-');
        separator = false;
        slug += piece;
    }
    return slug;
}

QString titleFromSlug(const QString &slug)
{
    QStringList words = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

} // namespace postwright
