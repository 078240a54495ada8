// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/postdoctor.h"

#include <QDir>
#include <QTest>

using namespace postwright;

namespace {

const QString site = QStringLiteral(POSTWRIGHT_TEST_DATA "/doctor/site");

CheckContext hugoContext()
{
    return {site, site + QStringLiteral("/static"), site + QStringLiteral("/content"), {}};
}

QStringList summary(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1:%2 %3 %4").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code));
    return out;
}

// A fixture post of the doctor site; the test fails when it does not load.
Result<Post> fixture(const QString &relative)
{
    return Post::load(site + QStringLiteral("/content/posts/") + relative);
}

// Why a post did not load (QVERIFY2 reads its message even when all is well).
QString whyNot(const Result<Post> &post)
{
    return post.ok() ? QString() : post.error().toString();
}

// "line:col severity code: message", in order.
QStringList detailed(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1:%2 %3 %4: %5").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code, f.message));
    return out;
}

} // namespace

class TestPostDoctor final : public QObject
{
    Q_OBJECT

private slots:
    void cleanBundleHasNoFindings()
    {
        const Result<Post> post = fixture("bundle/index.md");
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        QCOMPARE(summary(checkPost(post.value(), hugoContext())), QStringList());
    }

    void links()
    {
        const Result<Post> post = fixture("links.md");
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        const QList<Finding> findings = checkPost(post.value(), hugoContext());
        QCOMPARE(summary(findings), QStringList({"10:9 error broken-link", "10:37 error missing-image", "12:1 error missing-image"}));
        QVERIFY(findings.at(0).message.contains("missing-post.md"));
        QVERIFY(findings.at(1).message.contains("images/lost.png"));
        QVERIFY(findings.at(2).message.contains("../nowhere.jpg"));
        QCOMPARE(summary(checkPost(post.value(), {})),
                 QStringList({"10:9 error broken-link", "10:37 error missing-image", "12:1 error missing-image"}));
    }

    // Links from the site's root are checked against static/, the site and
    // content/ (Hugo's pretty URLs); without a site they cannot be checked
    // and are not reported.
    void rootedLinks()
    {
        const Result<Post> post = fixture("rooted-links.md");
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        const QList<Finding> findings = checkPost(post.value(), hugoContext());
        QCOMPARE(summary(findings), QStringList({"8:7 error missing-image", "8:37 error broken-link"}));
        QCOMPARE(findings.at(0).message, QString("image not found: /images/gone.png"));
        QCOMPARE(findings.at(1).message, QString("link target not found: /posts/nowhere/"));
        QCOMPARE(summary(checkPost(post.value(), {})), QStringList());
    }

    void frontMatterProblems()
    {
        const Result<Post> post = fixture("frontmatter.md");
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        QCOMPARE(summary(checkPost(post.value(), hugoContext())),
                 QStringList({"1:1 warning missing-summary", "2:1 warning title-too-long", "3:1 error bad-date",
                              "4:1 warning slug-too-long", "6:1 error duplicate-key"}));
        const Result<Post> untitled = fixture("untitled.md");
        QVERIFY2(untitled.ok(), qPrintable(whyNot(untitled)));
        QCOMPARE(summary(checkPost(untitled.value(), hugoContext())),
                 QStringList({"2:1 error missing-title", "3:1 warning summary-too-long"}));
    }

    // The SEO lengths at their limits: a title of 60 characters, a summary or
    // description of 160, a slug of 75 pass; one more is reported. Length is
    // in characters (UTF-16 units), not bytes: "é" is one.
    void lengthLimits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        const QByteArray summary160 = "summary: " + QByteArray(160, 's') + "\n";
        const QByteArray title60 = "title: " + QByteArray(60, 't') + "\n";
        const auto yaml = [](const QByteArray &fields) { return "---\n" + fields + "---\n\nBody.\n"; };
        const QByteArray e = "\xc3\xa9";   // é: 2 bytes, 1 character

        QTest::newRow("title 60") << yaml("title: " + QByteArray(60, 't') + "\n" + summary160) << QStringList();
        QTest::newRow("title 61") << yaml("title: " + QByteArray(61, 't') + "\n" + summary160)
                                  << QStringList{"2:1 warning title-too-long: the title has 61 characters; search engines show about 60"};
        QTest::newRow("title 60 characters, 120 bytes") << yaml("title: " + e.repeated(60) + "\n" + summary160)
                                                         << QStringList();
        QTest::newRow("title 61 characters, 122 bytes")
            << yaml("title: \"" + e.repeated(61) + "\"\n" + summary160)
            << QStringList{"2:1 warning title-too-long: the title has 61 characters; search engines show about 60"};
        QTest::newRow("title 60, quoted") << yaml("title: \"" + QByteArray(60, 't') + "\"\n" + summary160) << QStringList();
        QTest::newRow("summary 160") << yaml(title60 + summary160) << QStringList();
        QTest::newRow("summary 161") << yaml(title60 + "summary: " + QByteArray(161, 's') + "\n")
                                     << QStringList{"3:1 warning summary-too-long: the summary has 161 characters; search engines show about 160"};
        QTest::newRow("summary 160 characters, 320 bytes") << yaml(title60 + "summary: " + e.repeated(160) + "\n")
                                                            << QStringList();
        QTest::newRow("summary 161 characters, 322 bytes")
            << yaml(title60 + "summary: " + e.repeated(161) + "\n")
            << QStringList{"3:1 warning summary-too-long: the summary has 161 characters; search engines show about 160"};
        QTest::newRow("description 160") << yaml(title60 + "description: " + QByteArray(160, 'd') + "\n") << QStringList();
        QTest::newRow("description 161") << yaml(title60 + "description: " + QByteArray(161, 'd') + "\n")
                                         << QStringList{"3:1 warning summary-too-long: the description has 161 characters; search engines show about 160"};
        QTest::newRow("summary wins over a long description")
            << yaml(title60 + "description: " + QByteArray(161, 'd') + "\n" + summary160) << QStringList();
        QTest::newRow("slug 75") << yaml(title60 + summary160 + "slug: " + QByteArray(75, 'x') + "\n") << QStringList();
        QTest::newRow("slug 76") << yaml(title60 + summary160 + "slug: " + QByteArray(76, 'x') + "\n")
                                 << QStringList{"4:1 warning slug-too-long: the slug has 76 characters; keep URLs under 75"};
        QTest::newRow("slug 75 characters, 150 bytes") << yaml(title60 + summary160 + "slug: " + e.repeated(75) + "\n")
                                                        << QStringList();
        QTest::newRow("slug 76 characters, 152 bytes")
            << yaml(title60 + summary160 + "slug: " + e.repeated(76) + "\n")
            << QStringList{"4:1 warning slug-too-long: the slug has 76 characters; keep URLs under 75"};
        QTest::newRow("all three one over")
            << yaml("title: " + QByteArray(61, 't') + "\nsummary: " + QByteArray(161, 's') + "\nslug: " + QByteArray(76, 'x') + "\n")
            << QStringList{"2:1 warning title-too-long: the title has 61 characters; search engines show about 60",
                           "3:1 warning summary-too-long: the summary has 161 characters; search engines show about 160",
                           "4:1 warning slug-too-long: the slug has 76 characters; keep URLs under 75"};
        QTest::newRow("TOML at the limits")
            << "+++\ntitle = \"" + QByteArray(60, 't') + "\"\nsummary = \"" + QByteArray(160, 's') + "\"\nslug = \""
                   + QByteArray(75, 'x') + "\"\n+++\n\nBody.\n"
            << QStringList();
        QTest::newRow("TOML one over")
            << "+++\ntitle = \"" + QByteArray(61, 't') + "\"\ndescription = \"" + QByteArray(161, 'd') + "\"\nslug = \""
                   + QByteArray(76, 'x') + "\"\n+++\n\nBody.\n"
            << QStringList{"2:1 warning title-too-long: the title has 61 characters; search engines show about 60",
                           "3:1 warning summary-too-long: the description has 161 characters; search engines show about 160",
                           "4:1 warning slug-too-long: the slug has 76 characters; keep URLs under 75"};
    }
    void lengthLimits()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const Result<Post> post = Post::fromBytes(text, QStringLiteral("limits.md"));
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        QVERIFY(!post.value().frontMatter().error);
        QCOMPARE(detailed(checkPost(post.value())), expected);
    }

    void brokenBlock()
    {
        const Result<Post> post = fixture("broken.md");
        QVERIFY2(post.ok(), qPrintable(whyNot(post)));
        const QList<Finding> findings = checkPost(post.value(), hugoContext());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QString("front-matter"));
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().line, 3);
    }

    // A fixture that is not there fails to load (and so fails the tests
    // above) instead of reading as a post without findings.
    void missingFixtureDoesNotLoad()
    {
        QVERIFY(!fixture("no-such-post.md").ok());
    }
};

QTEST_GUILESS_MAIN(TestPostDoctor)
#include "tst_postdoctor.moc"
