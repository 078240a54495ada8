// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A post is untrusted content: in the preview (and in an exported page) its
// scripts never run, it cannot navigate the page away, its links reach the
// system browser only for http, https and mailto, it cannot read files
// outside its site, and remote content follows the user's setting.
#include "page/pagetemplate.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>
#include <optional>

using namespace postwright;

namespace {

QVariant evalJs(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    for (int i = 0; i < 1000 && !result->has_value(); ++i)
        QTest::qWait(10);
    return result->value_or(QVariant());
}

QByteArray pngBytes(const QColor &color)
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A web server on 127.0.0.1 that answers every GET with a tiny PNG and
// remembers the paths asked for.
class TinyServer final : public QObject
{
public:
    TinyServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    if (!m_pending[socket].contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> line = m_pending[socket].left(m_pending[socket].indexOf("\r\n")).split(' ');
                    m_pending.remove(socket);
                    m_paths.append(QString::fromLatin1(line.value(1)));
                    const QByteArray body = pngBytes(Qt::red);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QStringList paths() const { return m_paths; }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QStringList m_paths;
};

// Hostile bodies: each would set window.pwHacked if its script ran.
void addHostileRows()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("script element") << "<script>window.pwHacked = 1;</script>\n";
    QTest::newRow("onerror handler") << "<img src=\"x-missing.png\" onerror=\"window.pwHacked = 1\">\n";
    QTest::newRow("onload on svg") << "<svg onload=\"window.pwHacked = 1\"></svg>\n";
    QTest::newRow("javascript: iframe") << "<iframe src=\"javascript:parent.pwHacked = 1\"></iframe>\n";
    QTest::newRow("iframe srcdoc") << "<iframe srcdoc=\"<script>parent.pwHacked = 1</script>\"></iframe>\n";
    QTest::newRow("object data") << "<object data=\"data:text/html,<script>parent.pwHacked = 1</script>\"></object>\n";
    QTest::newRow("meta refresh to javascript:")
        << "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.pwHacked = 1\">\n";
    QTest::newRow("javascript: link, clicked")
        << "<a id=\"pw-test-link\" href=\"javascript:window.pwHacked = 1\">click</a>\n";
}

} // namespace

class TestPreviewSecurity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    QString m_site;
    QString m_path;
    std::unique_ptr<PreviewView> m_view;
    QList<QUrl> m_opened;

    Post post(const QString &body)
    {
        Result<Post> result = Post::fromBytes(("---\ntitle: \"Hostile\"\n---\n\n" + body).toUtf8(), m_path);
        if (!result)
            qFatal("test post does not parse");
        return result.value();
    }

    bool show(const QString &body)
    {
        m_view->setPost(post(body));
        for (int i = 0; i < 2000 && !m_view->isUpToDate(); ++i)
            QTest::qWait(10);
        return m_view->isUpToDate();
    }

    QVariant js(const QString &script) { return evalJs(m_view->page(), script); }

    bool imageLoaded(const QString &id)
    {
        return js(QString("(function () { var i = document.getElementById('%1');"
                          " return !!i && i.complete && i.naturalWidth > 0; })()").arg(id)).toBool();
    }

    // A real mouse click in the middle of the element with this id.
    void click(const QString &id)
    {
        const QVariantList box = js(QString("(function () { var r = document.getElementById('%1').getBoundingClientRect();"
                                            " return [r.left + r.width / 2, r.top + r.height / 2]; })()").arg(id)).toList();
        QCOMPARE(box.size(), 2);
        QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view.get();
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(int(box[0].toDouble()), int(box[1].toDouble())));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        // site/ is a Hugo site: the post may read anything below it.
        m_site = m_dir.filePath("site");
        QVERIFY(writeFile(m_site + "/hugo.toml", "title = \"Test\"\n"));
        m_path = m_site + "/content/posts/hello/index.md";
        QVERIFY(writeFile(m_path, "---\ntitle: x\n---\n"));
        QVERIFY(writeFile(m_site + "/content/posts/hello/inside.png", pngBytes(Qt::green)));
        QVERIFY(writeFile(m_site + "/static/up.png", pngBytes(Qt::blue)));
        QVERIFY(writeFile(m_dir.filePath("outside.png"), pngBytes(Qt::black)));
        QVERIFY(QFile::link(m_dir.filePath("outside.png"), m_site + "/content/posts/hello/link.png"));
    }

    void init()
    {
        QSettings().remove("preview/remoteContent");
        m_opened.clear();
        m_view = std::make_unique<PreviewView>();
        m_view->setLinkOpener([this](const QUrl &url) { m_opened.append(url); });
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void scriptInThePreviewNeverRuns_data() { addHostileRows(); }
    void scriptInThePreviewNeverRuns()
    {
        QFETCH(QString, body);
        QVERIFY(show(body + "\nText.\n"));
        if (body.contains("pw-test-link"))
            click("pw-test-link");
        QTest::qWait(300);
        QCOMPARE(js("typeof window.pwHacked").toString(), QString("undefined"));
        QVERIFY(m_opened.isEmpty());
        // Still our page, still patched.
        QVERIFY(show(body + "\nMore text.\n"));
        QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("More text."));
    }

    // The page as export writes it, parsed in full (not patched in over the
    // channel): its Content-Security-Policy alone keeps every script out.
    void scriptInAPageNeverRuns_data() { addHostileRows(); }
    void scriptInAPageNeverRuns()
    {
        QFETCH(QString, body);
        for (const bool optOut : {false, true}) {
            PageTemplate tmpl = PageTemplate::defaultTemplate();
            QString source = QString(":/template/page.html");
            QFile file(source);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString mustache = QString::fromUtf8(file.readAll());
            if (optOut)
                mustache.remove("{{{csp}}}");
            PageData data;
            data.title = "Hostile";
            data.bodyHtml = body;
            const QString html = PageTemplate(mustache, tmpl.css()).render(data);
            QCOMPARE(html.contains("Content-Security-Policy"), !optOut);
            QWebEngineProfile profile;
            QWebEnginePage page(&profile);
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.setHtml(html, QUrl::fromLocalFile(m_site + "/"));
            QVERIFY(loaded.wait(20000));
            if (body.contains("pw-test-link"))
                evalJs(&page, "document.getElementById('pw-test-link').click()");
            const bool scriptSetsFlag = body.startsWith("<script") || body.contains("onerror") || body.contains("onload");
            if (optOut && scriptSetsFlag) {
                // Without the policy the same page runs it: the check can fail.
                QTRY_COMPARE_WITH_TIMEOUT(evalJs(&page, "typeof window.pwHacked").toString(), QString("number"), 10000);
            } else if (!optOut) {
                QTest::qWait(300);
                QCOMPARE(evalJs(&page, "typeof window.pwHacked").toString(), QString("undefined"));
            }
        }
    }

    void postCannotMoveThePage_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("script");
        QTest::newRow("meta refresh")
            << "<meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid/\">\n" << QString();
        QTest::newRow("base href") << "<base href=\"https://example.invalid/\">\n" << QString();
        QTest::newRow("window.location") << "Text.\n" << "window.location.href = 'https://example.invalid/';";
        QTest::newRow("form submit")
            << "<form id=\"f\" action=\"https://example.invalid/\"><button id=\"pw-test-button\">go</button></form>\n"
            << "document.getElementById('f').submit();";
        QTest::newRow("file link") << "[passwd](file:///etc/passwd)\n" << "document.querySelector('a').click();";
    }
    void postCannotMoveThePage()
    {
        QFETCH(QString, body);
        QFETCH(QString, script);
        QVERIFY(show(body + "\nText.\n"));
        const QString before = js("document.baseURI").toString();
        QVERIFY(before.startsWith("file://"));
        if (!script.isEmpty())
            js(script);
        QTest::qWait(500);
        QCOMPARE(js("document.baseURI").toString(), before);
        QVERIFY(js("!!document.getElementById('pw-body')").toBool());
        // A script (only ours can run) setting window.location to a web URL
        // looks like a clicked link to Qt: it may go to the browser.
        if (!script.startsWith("window.location"))
            QVERIFY(m_opened.isEmpty());
        QVERIFY(show(body + "\nStill here.\n"));
        QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("Still here."));
    }

    void clickedLinksGoToTheBrowserOnlyForWebAndMail_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("opened");
        QTest::newRow("https") << "https://example.org/a?b=c" << true;
        QTest::newRow("http") << "http://example.org/" << true;
        QTest::newRow("mailto") << "mailto:me@example.org" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("ftp") << "ftp://example.org/file" << false;
        QTest::newRow("data") << "data:text/html,hello" << false;
        QTest::newRow("custom scheme") << "steam://run/1" << false;
        QTest::newRow("relative post") << "../other/" << false;
    }
    void clickedLinksGoToTheBrowserOnlyForWebAndMail()
    {
        QFETCH(QString, url);
        QFETCH(bool, opened);
        QVERIFY(show(QString("<p><a id=\"pw-test-link\" href=\"%1\">a link to click</a></p>\n").arg(url)));
        const QString before = js("document.baseURI").toString();
        click("pw-test-link");
        if (opened) {
            QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
            QCOMPARE(m_opened.first(), QUrl(url));
        } else {
            QTest::qWait(500);
            QVERIFY(m_opened.isEmpty());
        }
        QCOMPARE(js("document.baseURI").toString(), before);
    }

    void localFilesOnlyFromTheSite_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<bool>("loads");
        QTest::newRow("beside the post") << "inside.png" << true;
        QTest::newRow("elsewhere in the site") << "../../../static/up.png" << true;
        QTest::newRow("up out of the site") << "../../../../outside.png" << false;
        QTest::newRow("absolute file URL") << "OUTSIDE_URL" << false;
        QTest::newRow("symbolic link out") << "link.png" << false;
        QTest::newRow("system file") << "file:///etc/hostname" << false;
    }
    void localFilesOnlyFromTheSite()
    {
        QFETCH(QString, src);
        QFETCH(bool, loads);
        src.replace("OUTSIDE_URL", QUrl::fromLocalFile(m_dir.filePath("outside.png")).toString());
        QSignalSpy blocked(m_view.get(), &PreviewView::requestBlocked);
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n").arg(src)));
        if (loads) {
            QTRY_VERIFY_WITH_TIMEOUT(imageLoaded("pw-test-img"), 10000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
            QVERIFY(!imageLoaded("pw-test-img"));
        }
    }

    // The server is on 127.0.0.1, which Chromium's Private Network Access
    // keeps from the preview's page (a real remote host is public): CTest
    // runs this function alone as tst_previewsecurity_remote, with
    // --disable-web-security (the page's CSP still applies).
    void remoteContentFollowsThePolicy()
    {
        if (!qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains("--disable-web-security"))
            QSKIP("needs --disable-web-security for a loopback server (tst_previewsecurity_remote)");
        TinyServer server;
        QCOMPARE(m_view->remoteContentPolicy(), RemoteContent::LoadImages);
        QSignalSpy blockedFirst(m_view.get(), &PreviewView::requestBlocked);
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n\n<iframe src=\"%2\"></iframe>\n\n"
                             "<script src=\"%3\"></script>\n")
                         .arg(server.url("/allowed.png"), server.url("/frame.html"), server.url("/script.js"))));
        QTRY_VERIFY2_WITH_TIMEOUT(imageLoaded("pw-test-img"), qPrintable(server.paths().join(' ')), 10000);
        QVERIFY(blockedFirst.isEmpty() || blockedFirst.first().first().toUrl().path() != "/allowed.png");
        // A script of ours (main world, as a post's would be) asks too.
        js(QString("fetch('%1').catch(function () {}); var s = document.createElement('script'); s.src = '%2';"
                   " document.body.appendChild(s);").arg(server.url("/fetch"), server.url("/added.js")));
        QTest::qWait(500);
        QVERIFY(server.paths().contains("/allowed.png"));
        for (const QString &path : QStringList{"/frame.html", "/script.js", "/fetch", "/added.js"})
            QVERIFY2(!server.paths().contains(path), qPrintable(path));

        QSignalSpy blocked(m_view.get(), &PreviewView::requestBlocked);
        m_view->setRemoteContentPolicy(RemoteContent::BlockAll);
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n").arg(server.url("/blocked.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), 10000);
        QTest::qWait(300);
        QVERIFY(!imageLoaded("pw-test-img"));
        QVERIFY(!server.paths().contains("/blocked.png"));

        m_view->setRemoteContentPolicy(RemoteContent::LoadImages);
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n").arg(server.url("/again.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(imageLoaded("pw-test-img"), 10000);
    }

    void remoteContentPolicyComesFromTheSetting()
    {
        QCOMPARE(remoteContentFromSetting("none"), RemoteContent::BlockAll);
        QCOMPARE(remoteContentFromSetting("images"), RemoteContent::LoadImages);
        QCOMPARE(remoteContentFromSetting("garbage"), RemoteContent::LoadImages);
        QCOMPARE(remoteContentSetting(RemoteContent::BlockAll), QString("none"));
        QCOMPARE(remoteContentSetting(RemoteContent::LoadImages), QString("images"));
        QSettings().setValue("preview/remoteContent", "none");
        PreviewView view;
        QCOMPARE(view.remoteContentPolicy(), RemoteContent::BlockAll);
    }

    void previewHasItsOwnOffTheRecordProfile()
    {
        QVERIFY(m_view->page()->profile() != QWebEngineProfile::defaultProfile());
        QVERIFY(m_view->page()->profile()->isOffTheRecord());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("PostwrightTest");
    QApplication::setApplicationName("tst_previewsecurity");
    TestPreviewSecurity test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_previewsecurity.moc"
