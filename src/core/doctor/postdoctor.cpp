// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/postdoctor.h"

#include "doctor/mojibake.h"
#include "doctor/readerchecks.h"
#include "export/localreference.h"
#include "export/sitefiles.h"
#include "markdown/markdownlinks.h"
#include "site/hugovalues.h"
#include "site/sitelookup.h"
#include "export/hugoshortcodes.h"
#include "liquid/jekyllsite.h"
#include "render/renderer.h"
#include "text/lineindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "PostDoctorText::tr").
struct PostDoctorText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::PostDoctor)
};

constexpr int maxTitle = 60;
constexpr int maxSummary = 160;
constexpr int maxSlug = 75;

const QStringList &dateKeys()
{
    static const QStringList keys = {QStringLiteral("date"),    QStringLiteral("publishDate"), QStringLiteral("expiryDate"),
                                     QStringLiteral("lastmod"), QStringLiteral("updated"),     QStringLiteral("pubdate"),
                                     QStringLiteral("published"), QStringLiteral("unpublishdate")};
    return keys;
}

void checkFrontMatter(const Post &post, QList<Finding> &out)
{
    const FrontMatter &fm = post.frontMatter();
    const QString path = post.path();
    if (fm.error) {
        out.append({path, fm.error->line, fm.error->column, Severity::Error, QStringLiteral("front-matter"),
                    PostDoctorText::tr("front matter does not parse: %1").arg(fm.error->message), {}});
        return;
    }
    for (const QString &key : fm.duplicateKeys) {
        // Reported where the value generators use stands: the last one.
        QStringList lines;
        for (const Field &f : fm.fields) {
            if (f.key == key)
                lines.append(QString::number(f.line));
        }
        out.append({path, fm.field(key)->line, 1, Severity::Error, QStringLiteral("duplicate-key"),
                    PostDoctorText::tr("\"%1\" appears %n times (lines %2); Hugo and Jekyll use only the last one", nullptr,
                                       int(lines.size()))
                        .arg(key, lines.join(QStringLiteral(", "))),
                    {}});
    }
    const Field *title = fm.field(QStringLiteral("title"));
    if (!title || title->value.displayText().trimmed().isEmpty()) {
        out.append({path, title ? title->line : 1, 1, Severity::Error, QStringLiteral("missing-title"),
                    PostDoctorText::tr("the post has no title"), {}});
    } else if (title->value.displayText().size() > maxTitle) {
        out.append({path, title->line, 1, Severity::Warning, QStringLiteral("title-too-long"),
                    PostDoctorText::tr("the title has %1 characters; search engines show about %2").arg(title->value.displayText().size()).arg(maxTitle),
                    {}});
    }
    for (const QString &key : dateKeys()) {
        const Field *f = fm.field(key);
        if (f && f->value.type != ValueType::Date && f->value.type != ValueType::Null
            && !f->value.displayText().trimmed().isEmpty())
            out.append({path, f->line, 1, Severity::Error, QStringLiteral("bad-date"),
                        PostDoctorText::tr("\"%1\" is not a date generators can read: %2").arg(key, f->value.displayText()), {}});
    }
    if (fm.format() != FrontMatterFormat::None) {
        const Field *summary = fm.firstField({"summary", "description"});
        if (!summary || summary->value.displayText().trimmed().isEmpty())
            out.append({path, summary ? summary->line : 1, 1, Severity::Warning, QStringLiteral("missing-summary"),
                        PostDoctorText::tr("no summary or description: search engines and feeds will guess one"), {}});
        else if (summary->value.displayText().size() > maxSummary)
            out.append({path, summary->line, 1, Severity::Warning, QStringLiteral("summary-too-long"),
                        PostDoctorText::tr("the %1 has %2 characters; search engines show about %3")
                            .arg(summary->key)
                            .arg(summary->value.displayText().size())
                            .arg(maxSummary),
                        {}});
    }
    const Field *slug = fm.field(QStringLiteral("slug"));
    if (slug && slug->value.displayText().size() > maxSlug)
        out.append({path, slug->line, 1, Severity::Warning, QStringLiteral("slug-too-long"),
                    PostDoctorText::tr("the slug has %1 characters; keep URLs under %2").arg(slug->value.displayText().size()).arg(maxSlug), {}});
}

// Zola reads a page's [taxonomies] as lists of strings, each of a
// taxonomy config.toml declares; anything else stops zola build.
// A date hugo reads as none (Go's layouts have fixed widths: "2099-1-1",
// "2024-01-01 10:00"): the page is undated to hugo, and published now.
void checkHugoDates(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    if (!context.site || context.site->config.kind != SiteKind::Hugo)
        return;
    const FrontMatter &fm = post.frontMatter();
    for (const Field &f : fm.fields) {
        const bool dateKey = std::any_of(dateKeys().cbegin(), dateKeys().cend(), [&f](const QString &key) {
            return f.key.compare(key, Qt::CaseInsensitive) == 0;
        });
        if (!dateKey || f.value.type != ValueType::Date || hugoDate(f, fm.format()).isValid())
            continue;
        const QDateTime meant = f.value.date.toDateTime();
        const QString written = f.value.date.hasTime ? meant.toString(Qt::ISODate) : meant.toString(QStringLiteral("yyyy-MM-dd"));
        out.append({post.path(), f.line, 1, Severity::Warning, QStringLiteral("hugo-date"),
                    PostDoctorText::tr("hugo reads no date in %1: %2 (the page is undated to hugo); write %3")
                        .arg(f.key, f.value.date.text, written),
                    {}});
    }
}

void checkZolaTaxonomies(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    if (!context.zolaTaxonomies)
        return;
    const QString prefix = QStringLiteral("taxonomies.");
    for (const Field &f : post.frontMatter().tableFields) {
        if (!f.key.startsWith(prefix))
            continue;
        const QString name = f.key.mid(prefix.size());
        if (!context.zolaTaxonomies->contains(name))
            out.append({post.path(), f.line, 1, Severity::Error, QStringLiteral("undeclared-taxonomy"),
                        PostDoctorText::tr("the taxonomy \"%1\" is not declared in config.toml "
                                           "(taxonomies = [{name = \"%1\"}]): zola build fails").arg(name), {}});
        else if (f.value.type != ValueType::List)
            out.append({post.path(), f.line, 1, Severity::Error, QStringLiteral("taxonomy-not-list"),
                        PostDoctorText::tr("\"%1\" must be a list of strings for Zola, as %1 = [\"a\", \"b\"]").arg(name), {}});
    }
}

// 1-based column (in characters) of offset in its line.
int columnOf(QStringView text, const LineIndex &lines, qsizetype offset)
{
    const qsizetype start = lines.line(lines.lineAt(offset)).start;
    const QStringView before = text.sliced(start, offset - start);
    return int(std::count_if(before.begin(), before.end(), [](QChar c) { return !c.isLowSurrogate(); })) + 1;
}

// Characters YAML 1.1 parsers (Hugo's go-yaml, Jekyll's libyaml) read as
// line breaks, unescaped in the front matter: the published value, or the
// keys after it, are not what the file shows.
void checkYamlCharacters(const Post &post, QList<Finding> &out)
{
    const QList<UnsafeYamlCharacter> found = unsafeYamlCharacters(post.text(), post.frontMatter().block);
    if (found.isEmpty())
        return;
    const LineIndex lines(QStringView(post.text()).first(post.frontMatter().block.bodyStart));
    for (const UnsafeYamlCharacter &c : found) {
        const QString code = QString::number(uint(c.character), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        QString message;
        switch (c.character) {
        case 0x2028: message = PostDoctorText::tr("U+%1 (line separator) is a line break to Jekyll's and Hugo's YAML parsers; write it as \"%2\" inside double quotes"); break;
        case 0x2029: message = PostDoctorText::tr("U+%1 (paragraph separator) is a line break to Jekyll's and Hugo's YAML parsers; write it as \"%2\" inside double quotes"); break;
        case 0x85: message = PostDoctorText::tr("U+%1 (next line) is a line break to Jekyll's and Hugo's YAML parsers; write it as \"%2\" inside double quotes"); break;
        default: message = PostDoctorText::tr("U+%1 (byte-order mark) is invisible, and YAML emitters always escape it; write it as \"%2\" inside double quotes"); break;
        }
        out.append({post.path(), int(lines.lineAt(c.offset)) + 1, columnOf(post.text(), lines, c.offset), Severity::Warning,
                    QStringLiteral("yaml-unsafe-character"), message.arg(code, c.escape), {}});
    }
}

// What the doctor says of one link or image, judged by the rule the
// export follows (judgeLocalReference); nothing when all is well.
std::optional<Finding> judgeLink(const Post &post, const CheckContext &context, const MarkdownLink &link)
{
    const QString postFile = QFileInfo(post.path()).absoluteFilePath();
    LocalReference ref;
    if (context.site) {
        ref = judgeLocalReference(link.url, postFile, *context.site);
    } else {
        // No site: only links relative to the post can be looked up.
        if (link.url.trimmed().startsWith(QLatin1Char('/')))
            return std::nullopt;
        SiteFiles anywhere;
        anywhere.config.root = QStringLiteral("/");
        ref = resolveLocalReference(link.url, QFileInfo(postFile).absolutePath(), anywhere);
    }
    const QString &target = link.url;
    switch (ref.kind) {
    case LocalReference::Kind::Missing:
        return Finding{{}, 0, 0, Severity::Error, link.image ? QStringLiteral("missing-image") : QStringLiteral("broken-link"),
                       link.image ? PostDoctorText::tr("image not found: %1").arg(target)
                                  : PostDoctorText::tr("link target not found: %1").arg(target),
                       {}};
    case LocalReference::Kind::Outside:
        return Finding{{}, 0, 0, Severity::Warning, QStringLiteral("not-published"),
                       PostDoctorText::tr("%1 is outside the site: it is not published").arg(target), {}};
    case LocalReference::Kind::Refused:
        return Finding{{}, 0, 0, Severity::Warning, QStringLiteral("not-published"),
                       PostDoctorText::tr("%1 is not published: %2").arg(target, ref.refusal), {}};
    default:
        return std::nullopt;
    }
}

// The body's links and images (judged by the export's rule), and what a
// careful publisher checks for readers, from one scan of the tree; gives
// the readability of its prose.
std::optional<Readability> checkBody(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    const QStringView body = post.body();
    const MarkdownScan scan = scanMarkdown(body, context.site && context.site->config.kind == SiteKind::Hugo);
    const LineIndex lines(body);
    const BodyPlace place = [&](qsizetype offset) {
        return std::pair{post.bodyFirstLine() + int(lines.lineAt(offset)), columnOf(body, lines, offset)};
    };
    for (const MarkdownLink &link : scan.links) {
        std::optional<Finding> finding = judgeLink(post, context, link);
        if (!finding)
            continue;
        finding->path = post.path();
        std::tie(finding->line, finding->column) = place(link.start);
        out.append(*finding);
    }
    checkForReaders(post, scan, place, out);
    const QString language = postTextLanguage(post, context);
    const std::optional<Readability> score = proseReadability(scan.prose, language);
    // Without a language the score is English's (Statistics says which
    // formula), but a German post is not judged by it.
    if (!language.isEmpty())
        checkReadability(post, score, out);
    return score;
}

// The finding for the runs of one line that sit in text (with the line
// repaired as its fix), in code, or that are a BOM read as text further in.
Finding mojibakeFinding(const Post &post, const LineIndex &lines, qsizetype lineNumber,
                        const QList<MojibakeSequence> &runs)
{
    const QString &text = post.text();
    const auto &line = lines.line(lineNumber);
    const MojibakeSequence &first = runs.constFirst();
    Finding finding{post.path(), int(lineNumber) + 1, int(first.start - line.start) + 1, Severity::Warning,
                    QStringLiteral("mojibake"), {}, {}};
    if (first.place == MojibakeSequence::Place::InnerBom) {
        finding.message = PostDoctorText::tr("a byte-order mark read as text (%1) in the middle of the file: it is not "
                                             "repaired; delete it unless it is meant").arg(text.mid(first.start, first.length));
        return finding;
    }
    QStringList garbled, lost;
    QString fixed;
    qsizetype last = line.start;
    for (const MojibakeSequence &s : runs) {
        const QString seen = text.mid(s.start, s.length);
        if (s.lostBytes) {
            lost.append(seen);
            continue;
        }
        garbled.append(QStringLiteral("%1 → %2").arg(seen, s.repaired));
        fixed += QStringView(text).sliced(last, s.start - last);
        if (s.start > 0 || s.repaired != QStringView(u"\uFEFF"))   // the file's own BOM: to its encoding, not its text
            fixed += s.repaired;
        last = s.start + s.length;
    }
    finding.message = first.place == MojibakeSequence::Place::Code
                          ? PostDoctorText::tr("garbled text in code, left as written (UTF-8 once read as Windows-1252)")
                          : PostDoctorText::tr("garbled text (UTF-8 once read as Windows-1252)");
    if (!garbled.isEmpty())
        finding.message += QStringLiteral(": ") + garbled.join(QStringLiteral(", "));
    if (!lost.isEmpty())
        finding.message += QStringLiteral("; ") + PostDoctorText::tr("cannot be repaired exactly, a byte was lost: %1").arg(lost.join(QStringLiteral(", ")));
    if (first.place == MojibakeSequence::Place::Text && !garbled.isEmpty())
        finding.fix = fixed.append(QStringView(text).sliced(last, line.end - last));
    return finding;
}

// One finding per line and place: runs in text, runs in code, and each
// BOM read as text further in.
void checkMojibake(const Post &post, QList<Finding> &out)
{
    const QString &text = post.text();
    const QList<MojibakeSequence> found = findPostMojibake(text);
    if (found.isEmpty())
        return;
    const LineIndex lines(text);
    qsizetype k = 0;
    while (k < found.size()) {
        const qsizetype lineNumber = lines.lineAt(found.at(k).start);
        QList<MojibakeSequence> inText, inCode;
        for (; k < found.size() && found.at(k).start < lines.line(lineNumber).end; ++k) {
            const MojibakeSequence &s = found.at(k);
            if (s.place == MojibakeSequence::Place::InnerBom)
                out.append(mojibakeFinding(post, lines, lineNumber, {s}));
            else
                (s.place == MojibakeSequence::Place::Code ? inCode : inText).append(s);
        }
        if (!inText.isEmpty())
            out.append(mojibakeFinding(post, lines, lineNumber, inText));
        if (!inCode.isEmpty())
            out.append(mojibakeFinding(post, lines, lineNumber, inCode));
    }
}

// The post's path in its site, as the site's pages name it ("content/posts/a.md").
// A post opened by a path relative to the working folder (check
// site/content/en/a.md) is made absolute first: relativePath takes an
// absolute path, and a ref is looked up from the post's own folder.
QString sitePathOf(const Post &post, const CheckContext &context)
{
    return context.site ? context.site->config.relativePath(QFileInfo(post.path()).absoluteFilePath()) : QString();
}

// A Hugo post's shortcode findings, from a render that resolved its refs
// (doctorRefResolver): tags hugo cannot read, and ref/relref targets that
// name no page, at their lines.
void addShortcodeFindings(const Post &post, const CheckContext &context, const QList<ShortcodeFinding> &rendered,
                          QList<Finding> &out)
{
    const QString from = sitePathOf(post, context);
    for (const ShortcodeFinding &finding : rendered) {
        if (finding.kind == ShortcodeFinding::Kind::Syntax) {
            out.append(Finding{post.path(), finding.line, finding.column, Severity::Error,
                               QStringLiteral("shortcode-syntax"), shortcodeSyntaxMessage(finding), QString()});
        } else if (const std::optional<QString> unclosed = unclosedShortcodeProblem(finding, context.site->config)) {
            out.append(Finding{post.path(), finding.line, finding.column, Severity::Error,
                               QStringLiteral("shortcode-syntax"), *unclosed, QString()});
        } else if (finding.kind == ShortcodeFinding::Kind::UnresolvedRef) {
            out.append(Finding{post.path(), finding.line, finding.column, Severity::Error, QStringLiteral("broken-ref"),
                               unresolvedRefMessage(finding, context.hugoRefs.get(), from), QString()});
        }
    }
}

bool mayHaveShortcodes(const Post &post, const CheckContext &context)
{
    if (!context.site || context.site->config.kind != SiteKind::Hugo)
        return false;
    const QStringView body = post.body();
    return body.contains(QLatin1String("{{<")) || body.contains(QLatin1String("{{%"));
}

void checkShortcodes(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    if (!mayHaveShortcodes(post, context))
        return;
    RenderOptions options;
    options.sourcePos = false;
    options.statistics = false;
    options.math = false;
    options.highlightCode = false;
    options.firstLine = post.bodyFirstLine();
    options.shortcodes.enabled = true;
    options.shortcodes.resolveRef = doctorRefResolver(post, context);
    addShortcodeFindings(post, context, render(post.body(), options).shortcodes, out);
}

// Liquid syntax and render errors of a Jekyll post (an unknown tag, an if
// never closed, a post_url naming no post), at their lines.
void addLiquidFindings(const Post &post, const CheckContext &context, const QList<LiquidError> &errors,
                       QList<Finding> &out)
{
    if (!context.site)
        return;
    for (const LiquidError &error : errors) {
        const bool here = error.file.isEmpty() || error.file == context.site->config.relativePath(post.path());
        out.append(Finding{here ? post.path() : context.site->config.absolutePath(error.file), error.line,
                           error.column, Severity::Error, QStringLiteral("liquid"),
                           QCoreApplication::translate("postwright::PostDoctor", "Liquid: %1").arg(error.message),
                           QString()});
    }
}

void checkLiquid(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    if (!context.site || context.site->config.kind != SiteKind::Jekyll)
        return;
    const QStringView body = post.body();
    if (!hasTemplateOpener(body))
        return;
    const auto step = jekyllLiquidFor(context.site->config, post.path(), post.text());
    if (step)
        addLiquidFindings(post, context, step(body, post.bodyFirstLine()).errors, out);
}

// A Jekyll site's _config.yml that does not parse: jekyll build stops
// there, so every post of the site says where.
void checkSiteConfig(const CheckContext &context, QList<Finding> &out)
{
    if (!context.site || !context.site->config.configError)
        return;
    const Error &error = *context.site->config.configError;
    out.append(Finding{error.path, error.line, error.column, Severity::Error, QStringLiteral("site-config"),
                       QCoreApplication::translate("postwright::PostDoctor",
                                                   "The site's configuration does not parse, jekyll build stops "
                                                   "here: %1")
                           .arg(error.message),
                       QString()});
}

// Every check but the ones that need a render.
PostExamination checkWithoutRender(const Post &post, const CheckContext &context)
{
    PostExamination examination;
    checkSiteConfig(context, examination.findings);
    checkFrontMatter(post, examination.findings);
    checkZolaTaxonomies(post, context, examination.findings);
    checkHugoDates(post, context, examination.findings);
    checkYamlCharacters(post, examination.findings);
    examination.readability = checkBody(post, context, examination.findings);
    return examination;
}

void finishFindings(const Post &post, QList<Finding> &findings)
{
    checkMojibake(post, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
}

} // namespace

QList<Finding> checkPost(const Post &post, const CheckContext &context)
{
    QList<Finding> findings = checkWithoutRender(post, context).findings;
    checkShortcodes(post, context, findings);
    checkLiquid(post, context, findings);
    finishFindings(post, findings);
    return findings;
}

PostExamination examinePost(const Post &post, const CheckContext &context, const RenderResult &rendered)
{
    PostExamination examination = checkWithoutRender(post, context);
    if (mayHaveShortcodes(post, context))
        addShortcodeFindings(post, context, rendered.shortcodes, examination.findings);
    addLiquidFindings(post, context, rendered.liquidErrors, examination.findings);
    finishFindings(post, examination.findings);
    return examination;
}

QList<Finding> checkPost(const Post &post, const CheckContext &context, const RenderResult &rendered)
{
    return examinePost(post, context, rendered).findings;
}

std::function<std::optional<QString>(const QString &, bool, const QString &)> doctorRefResolver(const Post &post,
                                                                                              const CheckContext &context)
{
    if (!context.hugoRefs)
        return {};
    return [refs = context.hugoRefs, from = sitePathOf(post, context)](const QString &target, bool,
                                                                       const QString &language) -> std::optional<QString> {
        const QString path = splitRefFragment(target).first;
        if (path.isEmpty())
            return target;
        const std::optional<HugoRef> found = refs->find(path, from, language);
        if (!found || !found->built)
            return std::nullopt;
        // The preview renders with this resolver too: the link names the
        // page as written (an empty one would lead nowhere).
        return target;
    };
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace postwright
