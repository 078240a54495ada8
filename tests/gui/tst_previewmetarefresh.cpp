// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A post's <meta http-equiv="refresh"> never reaches the live preview: the
// page that loaded is the page that stays, whatever the post says.
#include "post/post.h"
#include "preview/previewview.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace postwright;

namespace {

QVariant evalJs(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
        return QVariant();
    return result->value_or(QVariant());
}

} // namespace

class tst_PreviewMetaRefresh final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;

    Post post(const QByteArray &body) const
    {
        Result<Post> result = Post::fromBytes("---\ntitle: \"Refresh\"\n---\n\n" + body, m_dir.filePath("post.md"));
        if (!result)
            qFatal("test post does not parse");
        return result.value();
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void refreshInThePostIsRemoved_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("block") << QByteArray("<meta http-equiv=\"refresh\" content=\"0;url=https://example.com\">\n\nText.\n");
        QTest::newRow("inline, upper case, unquoted")
            << QByteArray("Text <META HTTP-EQUIV=Refresh CONTENT=\"0;url=https://example.com\"> inline.\n\nText.\n");
        QTest::newRow("set-cookie and policy in a div")
            << QByteArray("<div><meta http-equiv=\"set-cookie\" content=\"a=b\"><meta http-equiv=\"content-security-policy\" "
                          "content=\"script-src *\"></div>\n\nText.\n");
    }

    void refreshInThePostIsRemoved()
    {
        QFETCH(QByteArray, body);
        PreviewView view;
        QList<QUrl> opened;
        view.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy started(view.page(), &QWebEnginePage::loadStarted);
        QSignalSpy finished(view.page(), &QWebEnginePage::loadFinished);

        view.setPost(post(body));
        // The page's own load: the template, once.
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QTest::qWaitFor([&] { return view.isUpToDate(); }, 20000));
        const QUrl loaded = view.page()->url();

        // The body is in the page, without the post's meta elements; the
        // page's own policy is the one http-equiv left.
        QVERIFY(evalJs(view.page(), "document.getElementById('pw-body').textContent").toString().contains("Text."));
        QCOMPARE(evalJs(view.page(), "document.querySelectorAll('#pw-body meta').length").toInt(), 0);
        QCOMPARE(evalJs(view.page(), "document.querySelectorAll('meta[http-equiv]').length").toInt(), 1);
        QCOMPARE(evalJs(view.page(), "document.querySelector('meta[http-equiv]').httpEquiv").toString(),
                 QStringLiteral("Content-Security-Policy"));

        // An edit after it goes to the same page: nothing started another load.
        view.setPost(post(body + "\nMore text.\n"));
        QVERIFY(QTest::qWaitFor([&] { return view.isUpToDate(); }, 20000));
        QVERIFY(evalJs(view.page(), "document.getElementById('pw-body').textContent").toString().contains("More text."));
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(view.page()->url(), loaded);
        QVERIFY(opened.isEmpty());
    }
};

QTEST_MAIN(tst_PreviewMetaRefresh)
#include "tst_previewmetarefresh.moc"
