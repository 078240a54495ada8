// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/postdoctor.h"

#include "doctor/mojibake.h"
#include "export/hugoshortcodes.h"
#include "render/renderer.h"
#include "text/lineindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
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
    static const QStringList keys = {QStringLiteral("date"), QStringLiteral("publishDate"), QStringLiteral("expiryDate"),
                                     QStringLiteral("lastmod"), QStringLiteral("updated")};
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

// Where a local link points on disk, or empty when it cannot be checked
// (a URL, an anchor, a site path without a known site).
QStringList candidatesFor(const QString &target, const QString &postDir, const CheckContext &context)
{
    QString t = target;
    const qsizetype cut = t.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        t.truncate(cut);
    t = QUrl::fromPercentEncoding(t.toUtf8());
    if (t.isEmpty())
        return {};
    if (t.startsWith(QLatin1Char('/'))) {
        if (context.siteRoot.isEmpty())
            return {};
        QStringList candidates;
        if (!context.staticDir.isEmpty())
            candidates.append(QDir(context.staticDir).filePath(t.mid(1)));
        candidates.append(QDir(context.siteRoot).filePath(t.mid(1)));
        if (!context.contentDir.isEmpty()) {
            // Hugo's pretty URL of a post: /posts/x/ is content/posts/x.md or x/index.md.
            QString page = t.mid(1);
            if (page.endsWith(QLatin1Char('/')))
                page.chop(1);
            const QDir content(context.contentDir);
            for (const char *suffix : {".md", ".markdown", "/index.md", "/_index.md", "/index.markdown"})
                candidates.append(content.filePath(page + QString::fromLatin1(suffix)));
        }
        return candidates;
    }
    // Relative: only links that name a file (an extension) can be checked;
    // "../other-post/" is a URL only the generator knows.
    if (QFileInfo(t).suffix().isEmpty())
        return {};
    return {QDir(postDir).filePath(t)};
}

bool isExternal(const QString &target)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return target.startsWith(QLatin1String("//")) || target.startsWith(QLatin1Char('#')) || scheme.match(target).hasMatch()
           || target.contains(QLatin1String("{{"));
}

// Blanks the code spans of a line, keeping its columns: a run of n
// backticks opens one when a later run of exactly n closes it. One pass
// (a regular expression with a back-reference took 19 s on 125 KB of
// backtick runs of every length).
void blankCodeSpans(QString &line)
{
    QHash<qsizetype, QList<qsizetype>> runs;   // length -> starts, in order
    for (qsizetype i = 0; i < line.size();) {
        qsizetype j = i;
        while (j < line.size() && line.at(j) == QLatin1Char('`'))
            ++j;
        if (j > i)
            runs[j - i].append(i);
        i = std::max(j, i + 1);
    }
    QHash<qsizetype, qsizetype> next;   // length -> first run not yet passed
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < line.size() && line.at(j) == QLatin1Char('`'))
            ++j;
        const QList<qsizetype> &same = runs[j - i];
        qsizetype &k = next[j - i];
        while (k < same.size() && same.at(k) <= i)
            ++k;
        if (k == same.size()) {
            i = j;   // no closer: literal backticks
            continue;
        }
        const qsizetype end = same.at(k) + (j - i);
        line.replace(i, end - i, QString(end - i, QLatin1Char(' ')));
        i = end;
    }
}

// A Markdown link or image as this pattern reads it on one line:
//   (!?)\[(?:[^\[\]]|\[[^\[\]]*\])*+\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+["'(][^)]*)?\)
// The pattern read the rest of the line for each "[" whose title or
// target ran on without a ')' or '>' ("[a](b (" 40,000 times: seconds).
// Here the next ')' and '>', and where each run of spaces or of target
// characters ends, are worked out once, so the line is read a fixed
// number of times.
struct MarkdownLink
{
    bool image = false;
    QString target;   // as written, "<...>" included
    qsizetype start = 0;
};

bool isLinkSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

QList<MarkdownLink> markdownLinks(QStringView text)
{
    const qsizetype n = text.size();
    std::vector<qsizetype> nextParen(n + 1, n), nextAngle(n + 1, n), runEnd(n + 1, n), spaceEnd(n + 1, n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const QChar c = text[i];
        nextParen[i] = c == u')' ? i : nextParen[i + 1];
        nextAngle[i] = c == u'>' ? i : nextAngle[i + 1];
        runEnd[i] = isLinkSpace(c) || c == u')' ? i : runEnd[i + 1];
        spaceEnd[i] = isLinkSpace(c) ? spaceEnd[i + 1] : i;
    }
    // Where the link ends when its target ends at `at` (a title up to the
    // next ')', or a ')' right there), or -1.
    const auto close = [&](qsizetype at) -> qsizetype {
        const qsizetype title = spaceEnd[at];
        if (title > at && title < n && (text[title] == u'"' || text[title] == u'\'' || text[title] == u'(')
            && nextParen[title + 1] < n)
            return nextParen[title + 1] + 1;
        return at < n && text[at] == u')' ? at + 1 : -1;
    };
    // Where the link text that opens at `p` closes: its ']', or where it
    // cannot go on (a '[' that no ']' closes before another bracket).
    const auto textEnd = [&](qsizetype p) {
        qsizetype j = p + 1;
        while (j < n && text[j] != u']') {
            if (text[j] == u'[') {
                qsizetype k = j + 1;
                while (k < n && text[k] != u'[' && text[k] != u']')
                    ++k;
                if (k == n || text[k] == u'[')
                    break;
                j = k;
            }
            ++j;
        }
        return j;
    };

    QList<MarkdownLink> links;
    qsizetype from = 0;
    for (qsizetype p = text.indexOf(u'[', from); p >= 0; p = text.indexOf(u'[', p + 1)) {
        const qsizetype j = textEnd(p);
        if (j + 1 >= n || text[j] != u']' || text[j + 1] != u'(')
            continue;
        const qsizetype t = spaceEnd[j + 2];
        qsizetype end = -1;
        qsizetype targetEnd = t;
        if (t < n && text[t] == u'<' && nextAngle[t + 1] < n) {
            targetEnd = nextAngle[t + 1] + 1;
            end = close(targetEnd);
        }
        if (end < 0 && runEnd[t] > t) {
            targetEnd = runEnd[t];
            end = close(targetEnd);
        }
        if (end < 0)
            continue;
        const bool image = p > from && text[p - 1] == u'!';
        links.append({image, text.sliced(t, targetEnd - t).toString(), image ? p - 1 : p});
        from = end;
        p = end - 1;
    }
    return links;
}

void checkLinks(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    // A tag holds no '<', so no match attempt reads past the next tag.
    static const QRegularExpression htmlLink(QStringLiteral(R"(<(img|a)\b[^<>]*?\s(src|href)\s*=\s*["']([^"']+)["'])"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(`{3,}|~{3,}))"));
    const QString postDir = QFileInfo(post.path()).absolutePath();
    const QStringView body = post.body();
    const LineIndex lines(body);
    QString openFence;
    for (qsizetype i = 0; i < lines.count(); ++i) {
        const auto &l = lines.line(i);
        QString text = body.sliced(l.start, l.end - l.start).toString();
        if (const auto f = fence.match(text); f.hasMatch()) {
            const QString marker = f.captured(1);
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.front() == openFence.front() && marker.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty() || text.startsWith(QLatin1String("    ")) || text.startsWith(QLatin1Char('\t')))
            continue;
        // Code spans hold examples, not links: blank them, keeping columns.
        blankCodeSpans(text);
        const int fileLine = post.bodyFirstLine() + int(i);
        const auto report = [&](bool image, const QString &target, qsizetype column) {
            if (isExternal(target))
                return;
            const QStringList candidates = candidatesFor(target, postDir, context);
            if (candidates.isEmpty())
                return;
            if (std::any_of(candidates.cbegin(), candidates.cend(), [](const QString &c) { return QFileInfo::exists(c); }))
                return;
            out.append({post.path(), fileLine, int(column) + 1, Severity::Error,
                        image ? QStringLiteral("missing-image") : QStringLiteral("broken-link"),
                        image ? PostDoctorText::tr("image not found: %1").arg(target) : PostDoctorText::tr("link target not found: %1").arg(target), {}});
        };
        for (const MarkdownLink &link : markdownLinks(text)) {
            QString target = link.target;
            if (target.startsWith(QLatin1Char('<')))
                target = target.mid(1, target.size() - 2);
            report(link.image, target, link.start);
        }
        for (auto it = htmlLink.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            report(m.captured(1).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0, m.captured(3), m.capturedStart(0));
        }
    }
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

// ref/relref targets of a Hugo post that name no page, at their lines.
void checkShortcodes(const Post &post, const CheckContext &context, QList<Finding> &out)
{
    if (!context.hugoRefs || !post.body().contains(QLatin1String("ref")))
        return;
    const QString from = QDir(context.siteRoot).relativeFilePath(post.path());
    RenderOptions options;
    options.sourcePos = false;
    options.statistics = false;
    options.math = false;
    options.highlightCode = false;
    options.firstLine = post.bodyFirstLine();
    options.shortcodes.enabled = true;
    options.shortcodes.resolveRef = [&](const QString &target, bool) -> std::optional<QString> {
        const QString path = splitRefFragment(target).first;
        if (path.isEmpty())
            return QString();
        return context.hugoRefs->find(path, from);
    };
    for (const ShortcodeFinding &finding : render(post.body(), options).shortcodes) {
        if (finding.kind != ShortcodeFinding::Kind::UnresolvedRef)
            continue;
        out.append(Finding{post.path(), finding.line, 0, Severity::Error, QStringLiteral("broken-ref"),
                           QCoreApplication::translate("postwright::PostDoctor",
                                                       "%1 \"%2\": no such page (hugo stops the build here)")
                               .arg(finding.name, finding.detail),
                           QString()});
    }
}

} // namespace

QList<Finding> checkPost(const Post &post, const CheckContext &context)
{
    QList<Finding> findings;
    checkFrontMatter(post, findings);
    checkYamlCharacters(post, findings);
    checkLinks(post, context, findings);
    checkShortcodes(post, context, findings);
    checkMojibake(post, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    return findings;
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace postwright
