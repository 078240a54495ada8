// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportsettings.h"
#include "site/siteconfig.h"
#include "sitepreview/previewgenerator.h"
#include "text/error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace postwright {

// The site's own generator serving the site for the live preview (a
// PreviewGenerator: `hugo server` with an overlay folder mounted over
// content, or `jekyll serve` on a shadow source folder) on 127.0.0.1 and a
// free port, from the user's cache folder, drafts, future and expired posts
// included. setPost writes the post's unsaved text where the generator reads
// it (debounced, and coalesced while it builds); rebuilt() says when it has
// the new pages. Nothing is written into the site. Its output goes to
// logFile(). The process is restarted when it dies (three times a minute at
// most) and stopped with the object.
class SiteServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteServer)

public:
    enum class State { Stopped, Starting, Running };

    explicit SiteServer(QObject *parent = nullptr);
    ~SiteServer() override;

    // The hugo to run: a path or a command name; empty: hugo on the PATH.
    void setHugoBinary(const QString &chosen) { m_chosenBinary = chosen; }
    // Where the overlay, the extra config, hugo's caches and the log go;
    // by default the user's cache folder + "/site-preview".
    void setCacheFolder(const QString &folder) { m_cacheBase = folder; }
    // Milliseconds between an edit and its write into the overlay.
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    // Milliseconds the generator may take from its start to serving the
    // site (a template that loops for hours) before it is stopped and
    // failed() says so.
    void setStartTimeout(int ms) { m_startWatchdog.setInterval(ms); }

    // Starts the generator of the Hugo or Jekyll site at root (stopping what
    // runs). started() or failed() follows; failed() may come at once (the
    // generator missing, too old for the site, gems missing, another kind).
    void start(const QString &root);
    void stop();
    State state() const { return m_state; }
    QString siteRoot() const { return m_root; }
    // http://127.0.0.1:PORT/ plus the base URL's path, once started.
    QUrl serverUrl() const { return m_serverUrl; }
    QString logFile() const { return m_logPath; }
    // The generator's program ("/usr/bin/hugo") and name ("hugo", "jekyll").
    QString generatorProgram() const { return m_generator ? m_generator->program() : QString(); }
    QString generatorName() const { return m_generator ? m_generator->name() : QString(); }
    // The generator's process id while it runs, else 0.
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // The post being edited, as typed: written into the overlay at the
    // post's path inside content. An empty path forgets the post (its
    // overlay file goes, hugo shows the saved file again).
    void setPost(const QString &postPath, const QString &text);
    // The page of that post on the server (from its current front matter);
    // empty before the server runs or when the post is not in the content.
    QUrl postUrl() const;
    // Why the post has no page here (not saved, not in the content folder);
    // empty when it has one.
    QString postProblem() const { return m_postProblem; }
    // The post's text as the generator's last finished build has it (the
    // pages it serves show this text; empty before the first).
    QString builtText() const { return m_builtText; }
    // True while written text waits for hugo's rebuild.
    bool isBuilding() const { return m_waitingForBuild || m_debounce.isActive(); }

signals:
    void started(const QUrl &serverUrl);
    // hugo is missing, too old for the site, or could not build it.
    void failed(const QString &message);
    // A build finished without error (milliseconds: hugo's own "Total in").
    void rebuilt(int milliseconds);
    // hugo's error, its path mapped from the overlay back to the post.
    void buildFailed(const Error &error);
    // The process died and was started again.
    void restarted(const QString &reason);

private:
    bool prepare(const QString &root);
    void launch();
    void readOutput();
    void handleLine(const QString &line);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void writePending();
    void buildFinished(int milliseconds);
    Error mappedError(Error error) const;
    void fail(const QString &message);
    void removeOverlayFile();

    QString m_chosenBinary;
    QString m_cacheBase;
    QString m_root;
    QString m_basePath = QStringLiteral("/");
    SiteConfig m_config;
    ExportSettings m_exportSettings;
    std::unique_ptr<PreviewGenerator> m_generator;
    QString m_logPath;
    QFile m_log;
    QProcess *m_process = nullptr;
    State m_state = State::Stopped;
    bool m_stopping = false;
    QUrl m_serverUrl;
    QByteArray m_partialLine;
    QStringList m_startErrors;
    QList<qint64> m_restarts;   // ms since the epoch
    bool m_buildHadError = false;

    QString m_postPath;         // absolute
    QString m_overlayFile;      // where the generator reads the post
    QString m_overlayProblem;   // why the post has none
    QString m_postText;         // the latest text given
    QString m_pendingText;
    bool m_hasPending = false;
    QString m_writtenText;
    QString m_builtText;
    QString m_postUrlPath;      // site-absolute path of the post's page
    QString m_postProblem;
    QTimer m_debounce;
    QTimer m_buildWatchdog;
    QTimer m_startWatchdog;
    bool m_waitingForBuild = false;
};

// A TCP port on 127.0.0.1 that nothing listens on now; 0 when none is found.
int freeLoopbackPort();

} // namespace postwright
