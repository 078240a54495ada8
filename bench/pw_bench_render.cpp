// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-render: postwright::render() against direct libcmark-gfm calls
// with the same options and extensions, in the same process, on the same
// documents. Prints the median of several runs of each and their ratio.
//
//   gen_corpus.py --posts 0 --big-doc 1000000 --big-doc 5000000 --out DIR
//   pw-bench-render DIR            (DIR/bench/*.body.md; 20 KB cut from them)
//   pw-bench-render FILE...        (any Markdown bodies)

#include "render/renderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int referenceOptions =
    CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
constexpr std::array referenceExtensions{"table", "strikethrough", "autolink", "tagfilter",
                                         "tasklist"};

// What an application calling libcmark-gfm directly does: UTF-8 in, HTML out.
char *referenceRender(const QByteArray &utf8)
{
    cmark_parser *parser = cmark_parser_new(referenceOptions);
    for (const char *name : referenceExtensions)
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, utf8.constData(), std::size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, referenceOptions, cmark_parser_get_syntax_extensions(parser));
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return html;
}

struct Document
{
    QString label;
    QByteArray utf8;
};

QString sizeLabel(qsizetype bytes)
{
    if (bytes < 950 * 1000)   // gen_corpus.py's 1 MB body is 999 825 bytes
        return QString::number(qRound(bytes / 1000.0)) + u"KB"_s;
    return QString::number(qRound(bytes / 1000000.0)) + u"MB"_s;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pw-bench-render: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

// About 20 KB of whole paragraphs: cut at the last blank line before 20 000
// bytes, so no block is broken in half.
QByteArray typicalSlice(QByteArray text)
{
    while (text.size() < 20000 && !text.isEmpty())
        text += "\n\n" + text;
    const qsizetype cut = text.lastIndexOf("\n\n", 20000);
    return text.left(cut > 0 ? cut + 1 : 20000);
}

std::vector<Document> documentsFrom(const QStringList &args)
{
    std::vector<Document> docs;
    for (const QString &arg : args) {
        const QFileInfo info(arg);
        if (!info.isDir()) {
            const QByteArray text = readFile(arg);
            docs.push_back({sizeLabel(text.size()), text});
            continue;
        }
        QDir dir(arg);
        if (dir.exists(u"bench"_s))
            dir.cd(u"bench"_s);
        const QStringList big = dir.entryList({u"big-*.body.md"_s}, QDir::Files, QDir::Size | QDir::Reversed);
        QByteArray typical;
        if (dir.exists(u"typical.body.md"_s))
            typical = readFile(dir.filePath(u"typical.body.md"_s));
        else if (!big.isEmpty())
            typical = readFile(dir.filePath(big.first()));
        if (typical.isEmpty()) {
            std::fprintf(stderr, "pw-bench-render: no *.body.md in %s\n", qPrintable(arg));
            std::exit(2);
        }
        const QByteArray slice = typicalSlice(typical);
        docs.push_back({sizeLabel(slice.size()), slice});
        for (const QString &name : big) {
            const QByteArray text = readFile(dir.filePath(name));
            docs.push_back({sizeLabel(text.size()), text});
        }
    }
    return docs;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Our output is cmark's plus an id on each heading: check that nothing else
// differs, so both sides did the same work.
bool sameApartFromHeadingIds(const QString &ours, const char *reference)
{
    static const QRegularExpression headingId(u"(<h[1-6]) id=\"[^\"]*\""_s);
    return QString(ours).replace(headingId, u"\\1"_s) == QString::fromUtf8(reference);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int reps = 0;
    if (const qsizetype i = args.indexOf(u"--reps"_s); i >= 0 && i + 1 < args.size()) {
        reps = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    if (args.isEmpty() || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fprintf(stderr,
                     "usage: pw-bench-render [--reps N] DIR|FILE...\n"
                     "  DIR as made by: gen_corpus.py --posts 0 --big-doc 1000000"
                     " --big-doc 5000000 --out DIR\n");
        return 2;
    }

    cmark_gfm_core_extensions_ensure_registered();
    const std::vector<Document> docs = documentsFrom(args);

    int status = 0;
    for (const Document &doc : docs) {
        // Same total work per size: many runs of small documents, few of big.
        const int runs = reps > 0 ? reps : int(std::clamp<qsizetype>(200000000 / doc.utf8.size(), 7, 101));
        const QString markdown = QString::fromUtf8(doc.utf8);
        // Like for like: sourcepos and footnotes as cmark-gfm has them; no
        // code highlighting or math, which cmark-gfm does not do.
        postwright::RenderOptions options;
        options.highlightCode = false;
        options.math = false;

        const postwright::RenderResult check = postwright::render(markdown, options);
        char *referenceHtml = referenceRender(doc.utf8);
        const bool same = sameApartFromHeadingIds(check.html, referenceHtml);
        std::free(referenceHtml);
        if (!same) {
            std::fprintf(stderr, "%s: output differs from cmark-gfm beyond heading ids\n",
                         qPrintable(doc.label));
            status = 1;
        }

        std::vector<double> ours;
        std::vector<double> theirs;
        QElapsedTimer timer;
        // Interleave the two so that both see the same machine state.
        for (int i = 0; i < runs; ++i) {
            timer.start();
            const postwright::RenderResult result = postwright::render(markdown, options);
            ours.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (result.html.isEmpty() && !markdown.trimmed().isEmpty())
                status = 1;

            timer.start();
            char *html = referenceRender(doc.utf8);
            theirs.push_back(double(timer.nsecsElapsed()) / 1e6);
            std::free(html);
        }
        const double a = median(ours);
        const double b = median(theirs);
        std::printf("%s: postwright %.1f ms, cmark-gfm %.1f ms, ratio %.2f\n", qPrintable(doc.label),
                    a, b, a / b);
        std::fflush(stdout);
    }
    return status;
}
