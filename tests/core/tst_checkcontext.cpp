// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/checkcontext.h"
#include "support/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace postwright;
using namespace postwright::testing;

namespace {

QStringList brokenRefs(const QString &path, const CheckContext &context)
{
    const Result<Post> post = Post::load(path);
    if (!post)
        return {post.error().toString()};
    QStringList out;
    for (const Finding &f : checkPost(post.value(), context)) {
        if (f.code == QLatin1String("broken-ref"))
            out.append(QStringLiteral("%1: %2").arg(f.line).arg(f.message));
    }
    return out;
}

} // namespace

// The check context the app and the CLI both build: one function, with a
// Hugo site's pages for ref and relref.
class TestCheckContext final : public QObject
{
    Q_OBJECT

private slots:
    void hugoRefsAreJudgedForAnyCaller()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + QStringLiteral("/hugo.toml"), "title = 'T'\nbaseURL = 'https://example.org/'\n");
        const QString post = root + QStringLiteral("/content/posts/a.md");
        writeFile(post, "---\ntitle: A\n---\nSee {{< ref \"b.md\" >}}.\n");
        // One post's context, as the app asked for it: the missing page is an error.
        QCOMPARE(brokenRefs(post, checkContextFor(post)).size(), 1);
        CheckContexts contexts;
        const CheckContext first = contexts.forPost(post);
        QVERIFY(first.site.has_value());
        QCOMPARE(brokenRefs(post, first).size(), 1);
        // The page appears: the pages walked are kept until forgotten.
        writeFile(root + QStringLiteral("/content/posts/b.md"), "---\ntitle: B\n---\n");
        QCOMPARE(contexts.forPost(post).hugoRefs.get(), first.hugoRefs.get());
        contexts.forgetPages();
        QCOMPARE(brokenRefs(post, contexts.forPost(post)), QStringList());
    }

    // A page that its section makes a draft (cascade) or that sits below a
    // draft section is not built: a ref to it fails hugo's build, and the
    // check says so, as the export does (issue 14).
    void refsToPagesHiddenBySectionsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("section");   // blog/_index.md
        QTest::addColumn<QString>("message");      // what the check says; empty: fine
        QTest::newRow("cascade draft") << QByteArray("---\ntitle: Blog\ncascade:\n  draft: true\n---\n")
                                       << QStringLiteral("is a draft, in the future or expired");
        QTest::newRow("cascade list with a target")
            << QByteArray("---\ntitle: Blog\ncascade:\n  - _target:\n      path: /blog/**\n    expirydate: 2020-01-01\n---\n")
            << QStringLiteral("is a draft, in the future or expired");
        QTest::newRow("draft section") << QByteArray("---\ntitle: Blog\ndraft: true\n---\n")
                                       << QStringLiteral("is a draft, in the future or expired");
        QTest::newRow("target elsewhere")
            << QByteArray("---\ntitle: Blog\ncascade:\n  - _target:\n      path: /news/**\n    draft: true\n---\n") << QString();
        QTest::newRow("no cascade") << QByteArray("---\ntitle: Blog\n---\n") << QString();
    }

    void refsToPagesHiddenBySectionsAreErrors()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + QStringLiteral("/hugo.toml"), "title = 'T'\nbaseURL = 'https://example.org/'\n");
        writeFile(root + QStringLiteral("/content/blog/_index.md"), section);
        writeFile(root + QStringLiteral("/content/blog/b.md"), "---\ntitle: B\ndate: 2024-01-01\n---\nB.\n");
        const QString post = root + QStringLiteral("/content/posts/a.md");
        writeFile(post, "---\ntitle: A\n---\nSee {{< ref \"blog/b.md\" >}}.\n");
        const QStringList broken = brokenRefs(post, checkContextFor(post));
        if (message.isEmpty()) {
            QCOMPARE(broken, QStringList());
            return;
        }
        QCOMPARE(broken.size(), 1);
        QVERIFY2(broken.first().startsWith(QLatin1String("4: ")) && broken.first().contains(message), qPrintable(broken.first()));
    }

    void noSiteNoContext()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("notes/a.md"));
        writeFile(post, "See {{< ref \"b.md\" >}}.\n");
        const CheckContext context = CheckContexts().forPost(post);
        QVERIFY(!context.site);
        QVERIFY(!context.hugoRefs);
        QCOMPARE(brokenRefs(post, context), QStringList());
        QVERIFY(!CheckContexts().forPost(QString()).site);
    }
};

QTEST_GUILESS_MAIN(TestCheckContext)
#include "tst_checkcontext.moc"
