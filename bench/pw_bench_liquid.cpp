// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// pw-bench-liquid: the preview's render of a Jekyll post whose body runs a
// 1,000-iteration Liquid loop (over a range, with filters, site.data and
// forloop), while a sentence is typed into it one key at a time. Each key
// is one renderPost() call, the render the preview's full render makes
// (Liquid, then Markdown, then the line map), on a site in a temporary
// folder.
//
//   pw-bench-liquid
//
// Ends with: liquid preview render p95: <x> ms (1000-iteration loop), target <= 8 ms

#include "post/post.h"
#include "post/postpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace postwright;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 1; i <= 50; ++i)
        data += "- name: Member " + QByteArray::number(i) + "\n  role: writer\n";
    const QString post = dir.filePath(QStringLiteral("_posts/2024-01-05-loop.md"));
    if (!writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Bench Site\n")
        || !writeFile(dir.filePath(QStringLiteral("_data/team.yml")), data)
        || !writeFile(post, "---\ntitle: Loop\n---\n")) {
        std::fprintf(stderr, "cannot write the site\n");
        return 2;
    }
    QString text = QStringLiteral("---\ntitle: Loop\n---\n# {{ page.title }} on {{ site.title }}\n\n"
                                  "Typed here: \n\n"
                                  "{% for i in (1..1000) %}{% assign k = forloop.index0 | modulo: 50 %}{% assign m = site.data.team[k] %}"
                                  "- {{ i }}: {{ m.name | upcase }} ({{ m.role }}){% if forloop.last %} last{% endif %}\n"
                                  "{% endfor %}\nThe end.\n");
    const QString keys = QStringLiteral("A sentence typed one key at a time into a post with a loop. ");
    qsizetype at = text.indexOf(QLatin1String("Typed here: ")) + 12;
    std::vector<double> times;
    for (int round = 0; round < 4; ++round) {
        for (const QChar key : keys) {
            text.insert(at++, key);
            QElapsedTimer timer;
            timer.start();
            const Result<Post> loaded = Post::fromBytes(text.toUtf8(), post);
            const RenderResult rendered = renderPost(loaded.value());
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!rendered.html.contains(QLatin1String("MEMBER 50")) || !rendered.liquidErrors.isEmpty()) {
                std::fprintf(stderr, "the loop did not render\n");
                return 1;
            }
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    const double p95 = times[times.size() * 95 / 100];
    std::printf("%zu renders, median %.2f ms\n", times.size(), median);
    std::printf("liquid preview render p95: %.2f ms (1000-iteration loop), target <= 8 ms\n", p95);
    return 0;
}
