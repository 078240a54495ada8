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
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

#include <algorithm>
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

// The test's probe, run before anything of the page in every frame of it
// (the main world, as a post's script would run; scripts the embedder
// injects are not held back by the page's policy). A payload that runs
// sets window.pwHacked, or posts 'pw-hacked' from a frame of another
// origin; every refusal of the page's Content-Security-Policy is listed in
// the top frame's window.pwProbe.violations as "directive blockedURI".
// Those refusals are the events that prove a payload had its chance.
QWebEngineScript probeScript()
{
    QWebEngineScript script;
    script.setName(QStringLiteral("pw-test-probe"));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(true);
    script.setSourceCode(QStringLiteral(
        "(function () {"
        "  var top = window.top;"
        "  document.addEventListener('securitypolicyviolation', function (e) {"
        "    try { top.postMessage({ pwViolation: e.violatedDirective + ' ' + e.blockedURI }, '*'); } catch (x) {}"
        "  });"
        "  if (window !== top) return;"
        "  window.pwProbe = { violations: [], settled: 0 };"
        "  window.addEventListener('message', function (e) {"
        "    if (e.data === 'pw-hacked') window.pwHacked = 'message';"
        "    else if (e.data && typeof e.data.pwViolation === 'string') window.pwProbe.violations.push(e.data.pwViolation);"
        "  });"
        "})();"));
    return script;
}

// The paths of the URLs a requestBlocked spy saw.
QStringList blockedPaths(const QSignalSpy &spy)
{
    QStringList paths;
    for (const QList<QVariant> &arguments : spy)
        paths.append(arguments.first().toUrl().path());
    return paths;
}

bool hacked(QWebEnginePage *page)
{
    return evalJs(page, "typeof window.pwHacked").toString() != QLatin1String("undefined");
}

QStringList violations(QWebEnginePage *page)
{
    return evalJs(page, "window.pwProbe ? window.pwProbe.violations : ['no probe']").toStringList();
}

// True once the page refused something for this directive (and, if given,
// this URL's path), or the probe fired; false after a watchdog's 20 s.
bool waitForRefusalOrHack(QWebEnginePage *page, const QString &directive, const QString &path = QString())
{
    const auto refused = [&] {
        for (const QString &v : violations(page)) {
            const QString blocked = v.section(QLatin1Char(' '), 1);
            if (v.section(QLatin1Char(' '), 0, 0) == directive && (path.isEmpty() || QUrl(blocked).path() == path))
                return true;
        }
        return false;
    };
    return QTest::qWaitFor([&] { return refused() || hacked(page); }, 20000);
}

// True after a task and an animation frame of the page have run since this
// call: whatever the page had queued before (an image's error, a frame's
// load) has had its turn.
bool settle(QWebEnginePage *page)
{
    evalJs(page, "window.pwProbe.settled = 0;"
                 " setTimeout(function () { requestAnimationFrame(function () {"
                 "   setTimeout(function () { window.pwProbe.settled = 1; }, 0); }); }, 0); true");
    return QTest::qWaitFor([page] { return evalJs(page, "window.pwProbe.settled").toInt() == 1; }, 20000);
}

// Hostile bodies: each makes the probe fire if its script runs (see
// scriptInAPageNeverRuns, which shows that each one does, in a page without
// the policy). "violation": what the exported page's policy reports when it
// refuses it. "preview": what keeps it from running in the preview, where
// the body is Markdown rendered with GFM's tag filter and patched into the
// page through a <template>:
//   text   the tag filter writes the element out as text;
//   inert  the element is in the page, but patched in it never runs;
//   else   the directive of the preview page's policy that refuses it.
// (A <meta> refresh to a javascript: URL is not among them: Chromium
// refuses that itself, policy or not, so no page could ever run it.)
void addHostileRows()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("violation");
    QTest::addColumn<QString>("preview");
    QTest::newRow("script element") << "<script>window.pwHacked = 1;</script>\n"
                                    << "script" << "script-src-elem" << "text";
    QTest::newRow("onerror handler") << "<img src=\"x-missing.png\" onerror=\"window.pwHacked = 1\">\n"
                                     << "img" << "script-src-attr" << "script-src-attr";
    QTest::newRow("onload on svg") << "<svg onload=\"window.pwHacked = 1\"></svg>\n"
                                   << "svg" << "script-src-attr" << "inert";
    QTest::newRow("javascript: iframe") << "<iframe src=\"javascript:parent.pwHacked = 1\"></iframe>\n"
                                        << "iframe" << "script-src-elem" << "text";
    QTest::newRow("iframe srcdoc") << "<iframe srcdoc=\"<script>parent.pwHacked = 1</script>\"></iframe>\n"
                                   << "iframe" << "script-src-elem" << "text";
    QTest::newRow("data: iframe")
        << "<iframe src=\"data:text/html,<script>parent.postMessage('pw-hacked', '*')</script>\"></iframe>\n"
        << "iframe" << "frame-src" << "text";
    // A data: document is of another origin: it can only post. (The
    // preview also refuses the frame's load: its page never navigates.)
    QTest::newRow("object data")
        << "<object data=\"data:text/html,<script>parent.postMessage('pw-hacked', '*')</script>\"></object>\n"
        << "object" << "object-src" << "object-src";
    QTest::newRow("javascript: link, clicked")
        << "<a id=\"pw-test-link\" href=\"javascript:window.pwHacked = 1\">click</a>\n"
        << "a" << "script-src-elem" << "script-src-elem";
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
    QList<std::pair<QUrl, QWebEngineLoadingInfo::LoadStatus>> m_loads;   // the preview page's loadingChanged

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

    // How the preview's last load of url ended; LoadStartedStatus: not yet.
    QWebEngineLoadingInfo::LoadStatus loadEnd(const QUrl &url) const
    {
        for (auto it = m_loads.crbegin(); it != m_loads.crend(); ++it) {
            if (it->first == url)
                return it->second;
        }
        return QWebEngineLoadingInfo::LoadStartedStatus;
    }
    bool everLoaded(const QUrl &url) const
    {
        return std::any_of(m_loads.cbegin(), m_loads.cend(), [&](const auto &load) { return load.first == url; });
    }
    bool waitForLoadEnd(const QUrl &url)
    {
        return QTest::qWaitFor([&] { return loadEnd(url) != QWebEngineLoadingInfo::LoadStartedStatus; }, 20000);
    }

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
        QVERIFY(writeFile(m_site + "/hugo.toml", "title = \"Test\"\nbaseURL = \"https://example.org/blog/\"\n"));
        m_path = m_site + "/content/posts/hello/index.md";
        QVERIFY(writeFile(m_path, "---\ntitle: x\n---\n"));
        QVERIFY(writeFile(m_site + "/content/posts/hello/inside.png", pngBytes(Qt::green)));
        QVERIFY(writeFile(m_site + "/static/up.png", pngBytes(Qt::blue)));
        QVERIFY(writeFile(m_site + "/assets/images/asset.png", pngBytes(Qt::cyan)));
        // Images all, so that one served by mistake would show.
        QVERIFY(writeFile(m_site + "/.env", pngBytes(Qt::red)));
        QVERIFY(writeFile(m_site + "/static/.hidden.png", pngBytes(Qt::red)));
        QVERIFY(writeFile(m_site + "/layouts/partials/l.png", pngBytes(Qt::red)));
        QVERIFY(writeFile(m_dir.filePath("outside.png"), pngBytes(Qt::black)));
        QVERIFY(QFile::link(m_dir.filePath("outside.png"), m_site + "/content/posts/hello/link.png"));
    }

    void init()
    {
        QSettings().remove("preview/remoteContent");
        m_opened.clear();
        m_loads.clear();
        m_view = std::make_unique<PreviewView>();
        m_view->setLinkOpener([this](const QUrl &url) { m_opened.append(url); });
        m_view->page()->scripts().insert(probeScript());
        connect(m_view->page(), &QWebEnginePage::loadingChanged, this,
                [this](const QWebEngineLoadingInfo &info) { m_loads.append({info.url(), info.status()}); });
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void scriptInThePreviewNeverRuns_data() { addHostileRows(); }
    void scriptInThePreviewNeverRuns()
    {
        QFETCH(QString, body);
        QFETCH(QString, tag);
        QFETCH(QString, preview);
        QVERIFY(show(body + "\nText.\n"));
        QWebEnginePage *page = m_view->page();
        const int elements = js(QString("document.querySelectorAll('#pw-body %1').length").arg(tag)).toInt();
        if (preview == "text") {
            // Not an element at all: the post shows the markup.
            QCOMPARE(elements, 0);
            QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("<" + tag));
            QVERIFY(settle(page));
        } else if (preview == "inert") {
            // In the page, and the page has run what it had queued since.
            QCOMPARE(elements, 1);
            QVERIFY(settle(page));
            QCOMPARE(violations(page), QStringList());
        } else {
            QCOMPARE(elements, 1);
            if (body.contains("pw-test-link"))
                click("pw-test-link");
            // The page tried to run it, and its policy said no.
            QVERIFY2(waitForRefusalOrHack(page, preview), qPrintable(violations(page).join(", ")));
        }
        QVERIFY(!hacked(page));
        QVERIFY(m_opened.isEmpty());
        // Still our page, still patched.
        QVERIFY(show(body + "\nMore text.\n"));
        QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("More text."));
    }

    // The page as export writes it, parsed in full (not patched in over the
    // channel): its Content-Security-Policy alone keeps every script out.
    // Each payload first runs in the same page without the policy: the probe
    // can see it, so its staying quiet with the policy means something.
    void scriptInAPageNeverRuns_data() { addHostileRows(); }
    void scriptInAPageNeverRuns()
    {
        QFETCH(QString, body);
        QFETCH(QString, violation);
        for (const bool optOut : {true, false}) {
            PageTemplate tmpl = PageTemplate::defaultTemplate();
            QFile file(QStringLiteral(":/template/page.html"));
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
            page.scripts().insert(probeScript());
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.setHtml(html, QUrl::fromLocalFile(m_site + "/"));
            QVERIFY(loaded.wait(20000));
            if (body.contains("pw-test-link"))
                evalJs(&page, "document.getElementById('pw-test-link').click()");
            if (optOut) {
                // Without the policy the same page runs it: the check can fail.
                QTRY_VERIFY_WITH_TIMEOUT(hacked(&page), 20000);
            } else {
                QVERIFY2(waitForRefusalOrHack(&page, violation), qPrintable(violations(&page).join(", ")));
                QVERIFY(!hacked(&page));
            }
        }
    }

    // Each row waits for the proof that the page tried: the move refused
    // (its load stopped where it began) or the policy's refusal. A meta
    // refresh never reaches the page (issue 13 §3): the row proves the
    // element is gone ("removed") and that no load of its URL ever began.
    void postCannotMoveThePage_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("stoppedUrl");
        QTest::addColumn<QString>("violation");
        QTest::addColumn<QString>("removed");
        QTest::newRow("meta refresh") << "<meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid/\">\n"
                                      << QString() << "https://example.invalid/" << QString() << "meta";
        QTest::newRow("base href") << "<base href=\"https://example.invalid/\">\n" << QString() << QString() << "base-uri"
                                   << QString();
        QTest::newRow("window.location") << "Text.\n" << "window.location.href = 'https://example.invalid/';"
                                         << "https://example.invalid/" << QString() << QString();
        QTest::newRow("form submit")
            << "<form id=\"f\" action=\"https://example.invalid/\"><button id=\"pw-test-button\">go</button></form>\n"
            << "document.getElementById('f').submit();" << QString() << "form-action" << QString();
        QTest::newRow("file link") << "[passwd](file:///etc/passwd)\n" << "document.querySelector('a').click();"
                                   << "file:///etc/passwd" << QString() << QString();
    }
    void postCannotMoveThePage()
    {
        QFETCH(QString, body);
        QFETCH(QString, script);
        QFETCH(QString, stoppedUrl);
        QFETCH(QString, violation);
        QFETCH(QString, removed);
        QVERIFY(show(body + "\nText.\n"));
        const QString before = js("document.baseURI").toString();
        QVERIFY(before.startsWith("file://"));
        if (!script.isEmpty())
            js(script);
        if (!removed.isEmpty()) {
            QCOMPARE(js(QString("document.querySelectorAll('#pw-body %1').length").arg(removed)).toInt(), 0);
            QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("Text."));
            // A refresh after 0 s would have begun its load long before this.
            QTest::qWait(1500);
            QVERIFY(!everLoaded(QUrl(stoppedUrl)));
        } else if (!stoppedUrl.isEmpty()) {
            QVERIFY(waitForLoadEnd(QUrl(stoppedUrl)));
            QCOMPARE(loadEnd(QUrl(stoppedUrl)), QWebEngineLoadingInfo::LoadStoppedStatus);
        } else {
            QVERIFY2(waitForRefusalOrHack(m_view->page(), violation), qPrintable(violations(m_view->page()).join(", ")));
        }
        QCOMPARE(js("document.baseURI").toString(), before);
        QVERIFY(js("!!document.getElementById('pw-body')").toBool());
        // A script (only ours can run) setting window.location to a web URL
        // looks like a clicked link to Qt: it may go to the browser.
        if (!script.startsWith("window.location"))
            QVERIFY(m_opened.isEmpty());
        QVERIFY(show(body + "\nStill here.\n"));
        QVERIFY(js("document.getElementById('pw-body').textContent").toString().contains("Still here."));
    }

    // A link that must not open is clicked first, a web link after it: once
    // the web link is opened, the first click has had its turn.
    // "stoppedUrl": where Qt was asked to go, and refused (a top-level data:
    // URL Chromium refuses on its own before asking).
    void clickedLinksGoToTheBrowserOnlyForWebAndMail_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("opened");
        QTest::addColumn<QString>("stoppedUrl");
        QTest::newRow("https") << "https://example.org/a?b=c" << true << QString();
        QTest::newRow("http") << "http://example.org/" << true << QString();
        QTest::newRow("mailto") << "mailto:me@example.org" << true << QString();
        QTest::newRow("file") << "file:///etc/passwd" << false << "file:///etc/passwd";
        QTest::newRow("ftp") << "ftp://example.org/file" << false << "ftp://example.org/file";
        QTest::newRow("data") << "data:text/html,hello" << false << QString();
        QTest::newRow("custom scheme") << "steam://run/1" << false << "steam://run/1";
        QTest::newRow("relative post") << "../other/" << false << "SITE/content/posts/other/";
    }
    void clickedLinksGoToTheBrowserOnlyForWebAndMail()
    {
        QFETCH(QString, url);
        QFETCH(bool, opened);
        QFETCH(QString, stoppedUrl);
        stoppedUrl.replace("SITE/", QUrl::fromLocalFile(m_site).toString() + "/");
        const QUrl sentinel("https://example.org/pw-sentinel");
        QVERIFY(show(QString("<p><a id=\"pw-test-link\" href=\"%1\">a link to click</a></p>\n\n"
                             "<p><a id=\"pw-test-sentinel\" href=\"%2\">and one to the web</a></p>\n")
                         .arg(url, sentinel.toString())));
        const QString before = js("document.baseURI").toString();
        click("pw-test-link");
        if (opened) {
            QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
            QCOMPARE(m_opened.first(), QUrl(url));
        } else {
            if (!stoppedUrl.isEmpty()) {
                QVERIFY(waitForLoadEnd(QUrl(stoppedUrl)));
                QCOMPARE(loadEnd(QUrl(stoppedUrl)), QWebEngineLoadingInfo::LoadStoppedStatus);
            }
            click("pw-test-sentinel");
            QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), 10000);
            QCOMPARE(m_opened, QList<QUrl>{sentinel});
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
        // Root-relative, as Hugo publishes them (issue 14 §2).
        QTest::newRow("root-relative in static/") << "/up.png" << true;
        QTest::newRow("root-relative in assets/") << "/images/asset.png" << true;
        QTest::newRow("root-relative under the base URL's path") << "/blog/up.png" << true;
        QTest::newRow("root-relative traversal to .env") << "/../.env" << false;
        QTest::newRow("relative to .env") << "../../../.env" << false;
        QTest::newRow("root-relative hidden file") << "/.hidden.png" << false;
        QTest::newRow("hidden file in static/") << "../../../static/.hidden.png" << false;
        QTest::newRow("layouts/ is not published") << "../../../layouts/partials/l.png" << false;
        QTest::newRow("root-relative missing") << "/nothing.png" << false;
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

    // The server is on 127.0.0.1, which Chromium keeps from the preview's
    // page unless it runs with --disable-web-security (a real remote host
    // is public; the page's CSP and the request filter still apply). Chromium
    // reads its flags once per process: without the flag this function runs
    // itself again in a child process that has it.
    void remoteContentFollowsThePolicy()
    {
        const QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--disable-web-security")) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("QTWEBENGINE_CHROMIUM_FLAGS", (flags + " --disable-web-security").trimmed());
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(), {"remoteContentFollowsThePolicy"});
            QVERIFY(child.waitForStarted());
            const bool finished = child.waitForFinished(150000);   // a watchdog: it takes seconds
            const QString output = QString::fromUtf8(child.readAll());
            if (!finished)
                child.kill();
            QVERIFY2(finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
            QVERIFY2(output.contains("PASS   : TestPreviewSecurity::remoteContentFollowsThePolicy()"), qPrintable(output));
            return;
        }
        TinyServer server;
        QCOMPARE(m_view->remoteContentPolicy(), RemoteContent::LoadImages);
        QSignalSpy blockedFirst(m_view.get(), &PreviewView::requestBlocked);
        // An image (loads), a video (the filter lets only images, styles
        // and fonts through) and a frame (the policy has no frames). The tag
        // filter would write <iframe> and <script> out as text: they would
        // never ask.
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n\n<video src=\"%2\"></video>\n\n"
                             "<object data=\"%3\"></object>\n")
                         .arg(server.url("/allowed.png"), server.url("/video.mp4"), server.url("/frame.html"))));
        QTRY_VERIFY2_WITH_TIMEOUT(imageLoaded("pw-test-img"), qPrintable(server.paths().join(' ')), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(blockedPaths(blockedFirst).contains("/video.mp4"), 10000);
        QVERIFY2(waitForRefusalOrHack(m_view->page(), "object-src", "/frame.html"),
                 qPrintable(violations(m_view->page()).join(", ")));
        // A script of ours (main world, as a post's would be) asks too.
        js(QString("fetch('%1').catch(function () {}); var s = document.createElement('script'); s.src = '%2';"
                   " document.body.appendChild(s);").arg(server.url("/fetch"), server.url("/added.js")));
        QVERIFY2(waitForRefusalOrHack(m_view->page(), "connect-src", "/fetch"), qPrintable(violations(m_view->page()).join(", ")));
        QVERIFY2(waitForRefusalOrHack(m_view->page(), "script-src-elem", "/added.js"),
                 qPrintable(violations(m_view->page()).join(", ")));
        QVERIFY(!hacked(m_view->page()));
        // Only the image reached the server, and it was never refused.
        QCOMPARE(server.paths(), QStringList{"/allowed.png"});
        QVERIFY2(!blockedPaths(blockedFirst).contains("/allowed.png"), qPrintable(blockedPaths(blockedFirst).join(' ')));

        QSignalSpy blocked(m_view.get(), &PreviewView::requestBlocked);
        m_view->setRemoteContentPolicy(RemoteContent::BlockAll);
        QVERIFY(show(QString("<img id=\"pw-test-img\" src=\"%1\">\n").arg(server.url("/blocked.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(blockedPaths(blocked).contains("/blocked.png"), 10000);
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
