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
    return {site, site + QStringLiteral("/static"), site + QStringLiteral("/content")};
}

QStringList summary(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1:%2 %3 %4").arg(f.line).arg(f.column).arg(severityName(f.severity), f.code));
    return out;
}

QList<Finding> check(const QString &relative, const CheckContext &context = hugoContext())
{
    const Result<Post> post = Post::load(site + QStringLiteral("/content/posts/") + relative);
    if (!post)
        return {};
    return checkPost(post.value(), context);
}

} // namespace

class TestPostDoctor final : public QObject
{
    Q_OBJECT

private slots:
    void cleanBundleHasNoFindings()
    {
        QCOMPARE(summary(check("bundle/index.md")), QStringList());
    }

    void links()
    {
        const QList<Finding> findings = check("links.md");
        QCOMPARE(summary(findings), QStringList({"10:9 error broken-link", "10:37 error missing-image", "12:1 error missing-image"}));
        QVERIFY(findings.at(0).message.contains("missing-post.md"));
        QVERIFY(findings.at(1).message.contains("images/lost.png"));
        QVERIFY(findings.at(2).message.contains("../nowhere.jpg"));
        // Without a site, "/..." links cannot be checked and are not reported.
        QCOMPARE(check("links.md", {}).size(), 3);
    }

    void frontMatterProblems()
    {
        QCOMPARE(summary(check("frontmatter.md")),
                 QStringList({"1:1 warning missing-summary", "2:1 warning title-too-long", "3:1 error bad-date",
                              "4:1 warning slug-too-long", "6:1 error duplicate-key"}));
        QCOMPARE(summary(check("untitled.md")), QStringList({"2:1 error missing-title", "3:1 warning summary-too-long"}));
    }

    void brokenBlock()
    {
        const QList<Finding> findings = check("broken.md");
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QString("front-matter"));
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestPostDoctor)
#include "tst_postdoctor.moc"
