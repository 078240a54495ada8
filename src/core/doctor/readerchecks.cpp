// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/readerchecks.h"

#include "documentsupport/readability.h"
#include "documentsupport/textstats.h"
#include "site/sitelanguage.h"
#include "spelling/spelllanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace postwright {
namespace {

struct ReaderCheckText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::PostDoctor)
};

// Link texts that tell a reader (and a screen reader's list of links)
// nothing about where the link goes, in the UI's languages.
const QSet<QString> &vagueLinkTexts()
{
    static const QSet<QString> texts = {
        // English
        QStringLiteral("click here"), QStringLiteral("here"), QStringLiteral("link"), QStringLiteral("this link"),
        QStringLiteral("click"), QStringLiteral("read more"), QStringLiteral("more"), QStringLiteral("this"),
        QStringLiteral("go here"), QStringLiteral("click this"),
        // German
        QStringLiteral("hier"), QStringLiteral("hier klicken"), QStringLiteral("klicken sie hier"),
        QStringLiteral("klick hier"), QStringLiteral("mehr"), QStringLiteral("weiterlesen"), QStringLiteral("dieser link"),
        // French
        QStringLiteral("ici"), QStringLiteral("cliquez ici"), QStringLiteral("cliquer ici"), QStringLiteral("lien"),
        QStringLiteral("ce lien"), QStringLiteral("plus"), QStringLiteral("en savoir plus"), QStringLiteral("lire la suite"),
        // Spanish
        QStringLiteral("aquí"), QStringLiteral("aqui"), QStringLiteral("haga clic aquí"), QStringLiteral("haz clic aquí"),
        QStringLiteral("clic aquí"), QStringLiteral("enlace"), QStringLiteral("este enlace"), QStringLiteral("más"),
        QStringLiteral("leer más")};
    return texts;
}

QString normalizedLinkText(const QString &text)
{
    QString t = text.simplified().toLower();
    while (!t.isEmpty() && (t.back().isPunct() || t.back().isSpace()))
        t.chop(1);
    while (!t.isEmpty() && (t.front().isPunct() || t.front().isSpace()))
        t.remove(0, 1);
    return t;
}

void checkLinkTexts(const Post &post, const MarkdownScan &scan, const BodyPlace &place, QList<Finding> &out)
{
    for (const MarkdownLink &link : scan.links) {
        if (!link.text)
            continue;
        const auto [line, column] = place(link.start);
        if (link.image && link.text->trimmed().isEmpty()) {
            out.append({post.path(), line, column, Severity::Warning, QStringLiteral("missing-alt"),
                        ReaderCheckText::tr("image without alt text: screen readers and search engines learn nothing "
                                            "from it; describe it as ![what it shows](%1)").arg(link.url), {}});
        } else if (!link.image && vagueLinkTexts().contains(normalizedLinkText(*link.text))) {
            out.append({post.path(), line, column, Severity::Warning, QStringLiteral("vague-link-text"),
                        ReaderCheckText::tr("the link text \"%1\" says nothing about where it leads; name the "
                                            "destination instead").arg(link.text->simplified()), {}});
        }
    }
}

// A title as text: front matter titles may hold Markdown emphasis and code.
QString withoutMarkup(QString text)
{
    text.remove(QLatin1Char('*')).remove(QLatin1Char('_')).remove(QLatin1Char('`'));
    return text.simplified();
}

void checkHeadings(const Post &post, const MarkdownScan &scan, QList<Finding> &out)
{
    const Field *titleField = post.frontMatter().field(QStringLiteral("title"));
    const QString title = titleField ? titleField->value.displayText().simplified() : QString();
    // The page shows the title as its h1, so the body's headings start
    // below it.
    int previous = title.isEmpty() ? 0 : 1;
    int h1s = title.isEmpty() ? 0 : 1;
    for (const MarkdownHeading &heading : scan.headings) {
        const int line = post.bodyFirstLine() + heading.line - 1;
        if (heading.level == 1) {
            if (!title.isEmpty() && withoutMarkup(heading.text).compare(withoutMarkup(title), Qt::CaseInsensitive) == 0)
                out.append({post.path(), line, 1, Severity::Warning, QStringLiteral("duplicate-title"),
                            ReaderCheckText::tr("this heading repeats the title, which the page already shows as "
                                                "its heading; remove it"), {}});
            else if (++h1s > 1)
                out.append({post.path(), line, 1, Severity::Warning, QStringLiteral("duplicate-title"),
                            title.isEmpty()
                                ? ReaderCheckText::tr("a second top-level heading (#): a page has one; use ## for sections")
                                : ReaderCheckText::tr("a top-level heading (#) besides the title, which the page shows "
                                                      "as its heading; use ## for sections"), {}});
        }
        if (previous > 0 && heading.level > previous + 1)
            out.append({post.path(), line, 1, Severity::Warning, QStringLiteral("heading-skip"),
                        ReaderCheckText::tr("the heading level skips from h%1 to h%2: screen reader users lose "
                                            "their place; use h%3").arg(previous).arg(heading.level).arg(previous + 1), {}});
        previous = heading.level;
    }
}

} // namespace

void checkForReaders(const Post &post, const MarkdownScan &scan, const BodyPlace &place, QList<Finding> &out)
{
    checkLinkTexts(post, scan, place, out);
    checkHeadings(post, scan, out);
}

std::optional<Readability> proseReadability(const QString &prose, const QString &language)
{
    return readability(textStats(prose), language);
}

void checkReadability(const Post &post, const std::optional<Readability> &score, QList<Finding> &out)
{
    if (!score || score->words < readabilityMinimumWords || !score->veryHard)
        return;
    out.append({post.path(), post.bodyFirstLine(), 1, Severity::Warning, QStringLiteral("hard-to-read"),
                ReaderCheckText::tr("hard to read: %1 %2 (%3); shorter sentences and plainer words help")
                    .arg(score->formulaName)
                    .arg(std::lround(score->score))
                    .arg(score->band),
                {}});
}

QString postTextLanguage(const Post &post, const CheckContext &context)
{
    QString language = spelling::postLanguage(post.frontMatter());
    // Hugo's translations by file name: post.de.md is in German.
    if (language.isEmpty() && context.site && context.site->config.kind == SiteKind::Hugo) {
        static const QRegularExpression byName(QStringLiteral("\\.([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\\.(md|markdown)$"));
        const QRegularExpressionMatch match = byName.match(post.path());
        if (match.hasMatch())
            language = match.captured(1);
    }
    if (language.isEmpty() && context.site)
        language = siteLanguage(context.site->config);
    return language;
}

} // namespace postwright
