// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/siteserver.h"

#include "export/exportposturls.h"
#include "export/posturl.h"
#include "export/sitefiles.h"
#include "files/atomicwrite.h"
#include "frontmatter/frontmatter.h"
#include "post/post.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace postwright {
namespace {

// How long written text may wait for hugo's "Total in" before the next
// write goes anyway (a change hugo did not see, a missed line).
constexpr int buildWatchdogMs = 15000;
// The generator's log and one line of its output, at most.
constexpr qint64 maxLogBytes = 64 * 1024 * 1024;
constexpr qsizetype maxLineBytes = 64 * 1024;
// How long the generator may build the site before it serves it.
constexpr int startWatchdogMs = 300000;

} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 0;
    socklen_t size = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

SiteServer::SiteServer(QObject *parent)
    : QObject(parent)
{
    m_cacheBase = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/site-preview");
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &SiteServer::writePending);
    m_buildWatchdog.setSingleShot(true);
    m_buildWatchdog.setInterval(buildWatchdogMs);
    connect(&m_buildWatchdog, &QTimer::timeout, this, [this] {
        m_waitingForBuild = false;
        writePending();
    });
    m_startWatchdog.setSingleShot(true);
    m_startWatchdog.setInterval(startWatchdogMs);
    connect(&m_startWatchdog, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting && m_generator)
            fail(tr("%1 did not serve the site within %2 seconds; see its log %3")
                     .arg(m_generator->name())
                     .arg(m_startWatchdog.interval() / 1000)
                     .arg(m_logPath));
    });
}

SiteServer::~SiteServer()
{
    stop();
}

void SiteServer::start(const QString &root)
{
    stop();
    m_restarts.clear();
    if (prepare(root))
        launch();
}

// Everything before the process: the site, its generator and its version,
// the folders and files the generator reads besides the site.
bool SiteServer::prepare(const QString &root)
{
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const Result<SiteConfig> detected = detectSite(m_root);
    if (!detected) {
        fail(detected.error().toString());
        return false;
    }
    m_config = detected.value();
    m_generator = makePreviewGenerator(m_config.kind, m_chosenBinary);
    if (!m_generator) {
        fail(tr("%1 is not a Hugo or Jekyll site").arg(QDir::toNativeSeparators(m_root)));
        return false;
    }
    const Result<ExportSettings> exportSettings = readExportSettings(m_config);
    if (!exportSettings) {
        fail(exportSettings.error().toString());
        return false;
    }
    m_exportSettings = exportSettings.value();
    if (const QString problem = m_generator->prepare(m_config, m_cacheBase); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    m_basePath = m_generator->basePath(sitePathOfBaseUrl(m_exportSettings.baseUrl));
    m_logPath = m_generator->workFolder() + QLatin1Char('/') + m_generator->name() + QStringLiteral(".log");
    // The post's text is where the generator reads it before the first build.
    if (!m_postPath.isEmpty())
        setPost(m_postPath, m_postText);
    return true;
}

void SiteServer::launch()
{
    const int port = freeLoopbackPort();
    if (port == 0) {
        fail(tr("No free port on 127.0.0.1 for %1.").arg(m_generator->name()));
        return;
    }
    m_log.close();
    m_log.setFileName(m_logPath);
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qWarning("site preview: cannot write %s", qPrintable(m_logPath));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_generator->workFolder());
    m_process->setProcessEnvironment(m_generator->environment());
    connect(m_process, &QProcess::readyRead, this, &SiteServer::readOutput);
    connect(m_process, &QProcess::finished, this, &SiteServer::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 does not start: %2").arg(m_generator->program(), m_process->errorString()));
    });
    m_state = State::Starting;
    m_stopping = false;
    m_startErrors.clear();
    m_partialLine.clear();
    m_serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(m_basePath));
    const QStringList args = m_generator->arguments(port, m_basePath);
    if (m_log.isOpen())
        m_log.write(QStringLiteral("$ %1 %2\n").arg(m_generator->program(), args.join(QLatin1Char(' '))).toUtf8());
    m_process->start(m_generator->program(), args);
    m_startWatchdog.start();
}

void SiteServer::stop()
{
    m_debounce.stop();
    m_buildWatchdog.stop();
    m_startWatchdog.stop();
    m_waitingForBuild = false;
    if (m_process) {
        m_stopping = true;
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(1000);
        }
        delete process;
    }
    if (m_generator)
        m_generator->cleanUp();
    m_overlayFile.clear();
    m_writtenText.clear();
    m_builtText.clear();
    m_log.close();
    m_state = State::Stopped;
    m_serverUrl = QUrl();
}

void SiteServer::fail(const QString &message)
{
    stop();
    emit failed(message);
}

void SiteServer::readOutput()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAll();
    // A generator printing without end (a template in a loop) fills
    // neither the disk nor the memory: the log stops at its cap, and a line
    // longer than any message is read in pieces.
    if (m_log.isOpen()) {
        if (m_log.size() + bytes.size() <= maxLogBytes) {
            m_log.write(bytes);
        } else {
            m_log.write("\n[Postwright: the log stops here, at its size limit]\n");
            m_log.close();
        }
        m_log.flush();
    }
    m_partialLine += bytes;
    qsizetype end;
    while ((end = m_partialLine.indexOf('\n')) >= 0 || m_partialLine.size() > maxLineBytes) {
        if (end < 0)
            end = maxLineBytes;
        const QString line = QString::fromUtf8(m_partialLine.left(end));
        m_partialLine.remove(0, std::min(end + 1, m_partialLine.size()));
        handleLine(line);
    }
}

void SiteServer::handleLine(const QString &line)
{
    const ServerLine parsed = m_generator->parseLine(line);
    switch (parsed.kind) {
    case ServerLine::Kind::Serving:
        if (m_state == State::Starting) {
            m_startWatchdog.stop();
            m_state = State::Running;
            m_builtText = m_writtenText;
            emit started(m_serverUrl);
        }
        break;
    case ServerLine::Kind::ChangeDetected:
        m_buildHadError = false;
        break;
    case ServerLine::Kind::Built:
        if (m_state == State::Running)
            buildFinished(parsed.milliseconds);
        break;
    case ServerLine::Kind::Error: {
        const Error error = mappedError(parsed.error);
        if (m_state == State::Starting) {
            m_startErrors << error.toString();
        } else if (!m_buildHadError) {
            // The first error of a build is the cause; what follows repeats it.
            m_buildHadError = true;
            emit buildFailed(error);
            // Jekyll says nothing more about a failed build.
            if (m_generator->errorEndsBuild())
                buildFinished(0);
        }
        break;
    }
    case ServerLine::Kind::Other:
        break;
    }
}

void SiteServer::buildFinished(int milliseconds)
{
    m_buildWatchdog.stop();
    m_waitingForBuild = false;
    if (!m_buildHadError) {
        m_builtText = m_writtenText;
        emit rebuilt(milliseconds);
    }
    if (!m_generator->errorEndsBuild())
        m_buildHadError = false;
    // Text typed while the generator built goes now, once.
    writePending();
}

Error SiteServer::mappedError(Error error) const
{
    if (error.path.isEmpty())
        return error;
    if (!m_overlayFile.isEmpty() && QDir::cleanPath(error.path) == QDir::cleanPath(m_overlayFile)) {
        error.path = m_postPath;
        // Liquid counts the lines of the body.
        if (m_generator->linesCountFromBody() && error.line > 0)
            error.line += locateFrontMatter(m_writtenText).bodyFirstLine - 1;
        return error;
    }
    error.path = m_generator->sitePathOf(error.path);
    // Another post, a layout: its lines count from its body too.
    if (m_generator->linesCountFromBody() && error.line > 0) {
        QFile file(error.path);
        if (file.open(QIODevice::ReadOnly))
            error.line += locateFrontMatter(QString::fromUtf8(file.read(1 << 20))).bodyFirstLine - 1;
    }
    return error;
}

void SiteServer::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    const State was = m_state;
    m_process->deleteLater();
    m_process = nullptr;
    m_state = State::Stopped;
    if (m_stopping)
        return;
    // Messages name the generator that runs (hugo or jekyll).
    const QString name = m_generator->name();
    if (was == State::Starting) {
        const QString errors = m_startErrors.isEmpty() ? tr("%1 stopped (exit code %2); see its log %3").arg(name).arg(exitCode).arg(m_logPath)
                                                       : m_startErrors.last();
        fail(tr("%1 could not build the site: %2").arg(name, errors));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_restarts.erase(std::remove_if(m_restarts.begin(), m_restarts.end(), [now](qint64 t) { return now - t > 60000; }),
                     m_restarts.end());
    const QString reason = status == QProcess::CrashExit ? tr("%1 crashed").arg(name) : tr("%1 stopped (exit code %2)").arg(name).arg(exitCode);
    if (m_restarts.size() >= 3) {
        fail(tr("%1 three times in a minute; see its log %2").arg(reason, m_logPath));
        return;
    }
    m_restarts << now;
    emit restarted(reason);
    m_waitingForBuild = false;
    launch();
}

void SiteServer::setPost(const QString &postPath, const QString &text)
{
    const QString path = postPath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());
    if (path != m_postPath) {
        removeOverlayFile();
        m_postPath = path;
        m_writtenText.clear();
        m_builtText.clear();
        m_hasPending = false;
    }
    m_postText = text;
    m_postProblem.clear();
    m_postUrlPath.clear();
    if (text != m_writtenText || m_hasPending) {
        m_pendingText = text;
        m_hasPending = text != m_writtenText;
    }
    if (m_postPath.isEmpty()) {
        m_postProblem = tr("Save the post into the site to see it in the site's theme.");
        return;
    }
    if (m_root.isEmpty())
        return;
    // Once per post: Jekyll's shadow folders are made along its path.
    if (m_overlayFile.isEmpty())
        m_overlayFile = m_generator->overlayFileOf(m_postPath, &m_overlayProblem);
    if (m_overlayFile.isEmpty()) {
        m_postProblem = m_overlayProblem;
        return;
    }
    const QString relative = m_config.relativePath(m_postPath);
    SiteFile file;
    file.path = relative;
    const QString name = QFileInfo(m_postPath).completeBaseName();
    file.kind = name == QLatin1String("index") ? PostKind::Bundle
              : name == QLatin1String("_index") ? PostKind::Section : PostKind::Post;
    file.jekyllDraft = m_config.kind == SiteKind::Jekyll && relative.split(QLatin1Char('/')).contains(QLatin1String("_drafts"));
    // The generator reads the copy written now: a date it takes from the
    // file (a Jekyll draft's) is today's, not the saved file's.
    file.modified = QDateTime::currentMSecsSinceEpoch();
    const PostRecord record = readPostRecord(m_config, file, text.toUtf8());
    UrlOverrides overrides;
    if (const Result<Post> post = Post::fromBytes(text.toUtf8(), m_postPath))
        overrides = urlOverridesOf(m_config, post.value().frontMatter());
    m_postUrlPath = m_generator->pageUrlOf(relative, overrides.permalink);
    if (m_postUrlPath.isEmpty())
        m_postUrlPath = postwright::postUrl(m_config, m_exportSettings, record, overrides).path;
    if (!m_hasPending)
        return;
    // Before the first build: at once, so that it has the post.
    if (m_state == State::Stopped)
        writePending();
    else
        m_debounce.start();
}

QUrl SiteServer::postUrl() const
{
    if (m_serverUrl.isEmpty() || m_postUrlPath.isEmpty())
        return {};
    QUrl url = m_serverUrl;
    QString path = m_basePath;
    path.chop(1);
    url.setPath(path + m_postUrlPath);
    return url;
}

void SiteServer::writePending()
{
    if (!m_hasPending || m_overlayFile.isEmpty() || m_debounce.isActive() || m_waitingForBuild)
        return;
    m_hasPending = false;
    if (m_pendingText == m_writtenText)
        return;
    const QString &target = m_overlayFile;
    // Written whole and renamed into place: the generator never reads half a post.
    if (const Result<Success> written = writeFileAtomically(target, m_pendingText.toUtf8()); !written) {
        emit buildFailed(Error{target, 0, 0, tr("Cannot write the preview copy: %1").arg(written.error().message)});
        return;
    }
    m_writtenText = m_pendingText;
    if (m_state == State::Running) {
        m_waitingForBuild = true;
        m_buildWatchdog.start();
    }
}

void SiteServer::removeOverlayFile()
{
    if (m_overlayFile.isEmpty() || !m_generator)
        return;
    m_generator->releaseOverlayFile(m_overlayFile);
    m_overlayFile.clear();
}

} // namespace postwright
