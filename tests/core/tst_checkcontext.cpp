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
