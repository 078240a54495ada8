// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot of an edit, headless: one front-matter parse and one render
// give the preview's blocks, the outline, the statistics and the doctor's
// findings (the same as postwright-cli check), computed off the GUI thread
// with superseded edits dropped.
#include "export/hugoshortcodes.h"
#include "site/sitelookup.h"
#include "snapshot/postsnapshot.h"
#include "snapshot/snapshotbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postwright;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

SnapshotSettings withoutSite()
{
    SnapshotSettings settings;
    settings.checkContext = CheckContext();
    return settings;
}

// What `postwright-cli check --json` says of the post: line, column,
// severity, code and message of each finding.
QStringList cliFindings(const QString &path)
{
    QProcess cli;
    cli.start(QStringLiteral(POSTWRIGHT_CLI), {QStringLiteral("check"), QStringLiteral("--json"), path});
    if (!cli.waitForFinished(60000))
        return {QStringLiteral("cli did not finish")};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(cli.readAllStandardOutput()).array()) {
        const QJsonObject f = v.toObject();
        out.append(QStringLiteral("%1:%2 %3 %4: %5")
                       .arg(f.value("line").toInt())
                       .arg(f.value("column").toInt())
                       .arg(f.value("severity").toString(), f.value("code").toString(), f.value("message").toString()));
    }
    return out;
}

QStringList lines(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1:%2 %3 %4: %5").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code, f.message));
    return out;
}

} // namespace

class TestPostSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void outlineAndStatistics()
    {
        const QString text = "---\ntitle: Stats\n---\n\n# Top\n\nOne two three. Four five!\n\n"
                             "## Second *part*\n\n```\nnot counted words here\n```\n\n### Third\n\nSix seven\n";
        const PostSnapshot s = takeSnapshot(text, QString(), withoutSite());
        QVERIFY(s.complete);
        QCOMPARE(s.outline.size(), 3);
        QCOMPARE(s.outline.at(0).text, QString("Top"));
        QCOMPARE(s.outline.at(0).line, 5);
        QCOMPARE(s.outline.at(1).text, QString("Second part"));
        QCOMPARE(s.outline.at(1).level, 2);
        QCOMPARE(s.outline.at(1).line, 9);
        QCOMPARE(s.outline.at(2).line, 15);
        // Words a reader sees (headings and prose, not the code block), as
        // the renderer counts them: Top, 5 + 2, Second part, Third, 2.
        QCOMPARE(s.statistics.words, 1 + 5 + 2 + 1 + 2);
        QCOMPARE(s.statistics.readingMinutes, 1);
        QCOMPARE(s.statistics.paragraphs, 6);
        // Sentences and paragraphs are counted over the Markdown text.
        QCOMPARE(s.statistics.sentences, 7);
        QCOMPARE(s.lineCount, 18);
        QCOMPARE(s.post.frontMatter().string("title"), QString("Stats"));
    }

    // The writing tools show what `postwright-cli check` reports, broken
    // refs included (read off the snapshot's own render).
    void findingsAreTheChecks()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Site'\n");
        writeFile(dir.filePath("content/posts/other.md"), "---\ntitle: Other\n---\nHi\n");
        const QString path = dir.filePath("content/posts/post.md");
        const QByteArray text = "---\ntitle: A post\ndate: someday\n---\n\nSee [other]({{< ref \"other.md\" >}}) and "
                                "[gone]({{< ref \"gone.md\" >}}).\n\n![pic](missing.png) and [x](nowhere.md)\n\n"
                                "Garbled â€“ dash.\n";
        writeFile(path, text);

        CheckContext context = checkContextFor(path);
        QVERIFY(context.site);
        context.hugoRefs = std::make_shared<const HugoRefIndex>(context.site->config);
        SnapshotSettings settings;
        settings.hugo = true;
        settings.checkContext = context;
        const PostSnapshot s = takeSnapshot(QString::fromUtf8(text), path, settings);
        const QStringList cli = cliFindings(path);
        QCOMPARE(lines(s.findings), cli);
        QVERIFY(cli.join('\n').contains("broken-ref"));
        QVERIFY(cli.join('\n').contains("missing-image"));
        QVERIFY(cli.join('\n').contains("bad-date"));
        QVERIFY(cli.join('\n').contains("mojibake"));
        // The preview's link to a page that is there names it as written
        // (the preview has no other page); one that is not keeps its text.
        QVERIFY2(s.blocks.html().contains(QLatin1String("<a href=\"other.md\">other</a>")), qPrintable(s.blocks.html()));
        QVERIFY(!s.blocks.html().contains(QLatin1String("href=\"\"")));
    }

    // A Jekyll site whose _config.yml does not parse (jekyll build stops
    // there): the preview's findings say where, as check does, and the
    // post's Liquid still runs (its own error is found too).
    void jekyllConfigThatDoesNotParseIsAFinding()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("_config.yml"), "title: Bad\nnav: [home, about\nauthor: me\n");
        const QString path = dir.filePath("_posts/2024-01-01-post.md");
        const QByteArray text = "---\ntitle: Post\ndescription: A post.\n---\nHello {% frobnicate %}.\n";
        writeFile(path, text);
        SnapshotSettings settings;
        settings.checkContext = checkContextFor(path);
        QVERIFY(settings.checkContext && settings.checkContext->site);
        const PostSnapshot s = takeSnapshot(QString::fromUtf8(text), path, settings);
        QCOMPARE(lines(s.findings), cliFindings(path));
        const auto config = std::find_if(s.findings.begin(), s.findings.end(),
                                         [](const Finding &f) { return f.code == QLatin1String("site-config"); });
        QVERIFY2(config != s.findings.end(), qPrintable(lines(s.findings).join('\n')));
        QVERIFY(config->path.endsWith("/_config.yml"));
        QCOMPARE(config->line, 3);
        QCOMPARE(config->severity, Severity::Error);
        QVERIFY(lines(s.findings).join('\n').contains("Unknown tag 'frobnicate'"));
    }

    // A burst of edits: each snapshot given out is newer than the one
    // before, the last is of the last edit, and edits in between were
    // dropped rather than worked out.
    void supersededEditsAreDropped()
    {
        SnapshotBuilder builder;
        builder.setDebounceInterval(0);
        builder.setSettings(withoutSite());
        QList<quint64> serials;
        connect(&builder, &SnapshotBuilder::snapshotReady, this,
                [&serials](const SnapshotPtr &s) { serials.append(s->serial); });
        QString body;
        for (int i = 0; i < 2000; ++i)
            body += QStringLiteral("# Heading %1\n\nSome *text* with [a link](https://example.org) here.\n\n").arg(i);
        for (int i = 1; i <= 30; ++i)
            builder.request(QStringLiteral("---\ntitle: T%1\n---\n\n").arg(i) + body, QString());
        QTRY_VERIFY_WITH_TIMEOUT(builder.latest() && builder.latest()->complete && builder.latest()->serial == builder.serial(),
                                 30000);
        QCOMPARE(builder.latest()->post.frontMatter().string("title"), QString("T30"));
        QVERIFY(builder.taken() < 30);
        QVERIFY(builder.dropped() > 0);
        QCOMPARE(builder.taken() + builder.dropped(), 30);
        for (qsizetype i = 1; i < serials.size(); ++i)
            QVERIFY(serials.at(i) > serials.at(i - 1));
    }

    // Each edit is parsed once and rendered once, whoever shows it; a small
    // edit's quick snapshot comes first, at once, and the full one agrees.
    void oneParseAndOneRenderPerEdit()
    {
        SnapshotBuilder builder;
        builder.setDebounceInterval(0);
        builder.setSettings(withoutSite());
        QList<SnapshotPtr> given;
        connect(&builder, &SnapshotBuilder::snapshotReady, this, [&given](const SnapshotPtr &s) { given.append(s); });
        QString text = "---\ntitle: Once\n---\n\n";
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("Paragraph %1 of the post.\n\n").arg(i);
        const SnapshotWork before = snapshotWork();
        builder.request(text, QString());
        QTRY_VERIFY(builder.latest() && builder.latest()->complete);
        for (int edit = 1; edit <= 5; ++edit) {
            text.replace(QStringLiteral("Paragraph %1 of").arg(edit * 7), QStringLiteral("Paragraph %1 edited of").arg(edit * 7));
            given.clear();
            builder.request(text, QString());
            // The quick one, before the event loop ran.
            QCOMPARE(given.size(), 1);
            QVERIFY(!given.first()->complete);
            QTRY_COMPARE(given.size(), 2);
            QVERIFY(given.last()->complete);
            QCOMPARE(given.last()->serial, given.first()->serial);
            QCOMPARE(given.last()->blocks.html(), given.first()->blocks.html());
        }
        const SnapshotWork after = snapshotWork();
        QCOMPARE(after.parses - before.parses, quint64(6));
        QCOMPARE(after.renders - before.renders, quint64(6));
        QCOMPARE(builder.taken(), 6);
    }
};

QTEST_GUILESS_MAIN(TestPostSnapshot)
#include "tst_postsnapshot.moc"
