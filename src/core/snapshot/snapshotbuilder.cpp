// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/snapshotbuilder.h"

#include "snapshot/quicksplice.h"

#include <QtConcurrent>

namespace postwright {

SnapshotBuilder::SnapshotBuilder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SnapshotPtr>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(20);
    connect(&m_debounce, &QTimer::timeout, this, &SnapshotBuilder::run);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<PostSnapshot>>::finished, this,
            &SnapshotBuilder::fullFinished);
    connect(&m_refsWatcher, &QFutureWatcher<std::shared_ptr<const HugoRefIndex>>::finished, this,
            &SnapshotBuilder::refsFinished);
}

SnapshotBuilder::~SnapshotBuilder()
{
    m_watcher.waitForFinished();
    m_refsWatcher.waitForFinished();
}

void SnapshotBuilder::request(const QString &text, const QString &path)
{
    m_text = text;
    m_path = path;
    ++m_serial;
    if (m_debounce.interval() == 0)
        run();
    else
        m_debounce.start();
}

void SnapshotBuilder::setSettings(const SnapshotSettings &settings)
{
    m_settings = settings;
    m_context.reset();
    retake();
}

void SnapshotBuilder::retake()
{
    if (m_serial == 0)
        return;
    // What was rendered before is no base for a splice.
    ++m_serial;
    m_latest.reset();
    m_debounce.stop();
    startFull();
}

void SnapshotBuilder::setDebounceInterval(int ms)
{
    m_debounce.setInterval(std::max(ms, 0));
}

int SnapshotBuilder::debounceInterval() const
{
    return m_debounce.interval();
}

void SnapshotBuilder::run()
{
    m_debounce.stop();
    if (m_latest && m_latest->serial < m_serial && m_latest->post.path() == m_path) {
        if (std::optional<QuickSplice> quick = spliceEdit(*m_latest, m_text)) {
            auto snapshot = std::make_shared<PostSnapshot>(*m_latest);
            snapshot->serial = m_serial;
            snapshot->complete = false;
            snapshot->text = m_text;
            snapshot->blocks = std::move(quick->blocks);
            snapshot->lineCount += quick->lineShift;
            m_latest = snapshot;
            // A receiver may change the settings, and so m_latest.
            emit snapshotReady(SnapshotPtr(snapshot));
        }
    }
    startFull();
}

void SnapshotBuilder::startFull()
{
    if (m_watcher.isRunning()) {
        if (m_due)
            ++m_dropped;   // the edit that waited is superseded
        m_due = true;
        return;
    }
    m_due = false;
    // The doctor's context, read once per post (and settings). A Hugo
    // site's pages are walked off the GUI thread: until they are known, the
    // post is shown and checked without them (a ref is not judged yet),
    // then taken again.
    if (m_settings.checkContext) {
        m_context = m_settings.checkContext;
    } else if (!m_context || m_contextPath != m_path) {
        m_context = checkContextFor(m_path, false);
        m_contextPath = m_path;
        if (m_refsPath == m_path && m_refs) {
            m_context->hugoRefs = m_refs;   // the settings changed, not the post
        } else if (m_context->site && m_context->site->config.kind == SiteKind::Hugo
                   && !(m_refsPath == m_path && m_refsWatcher.isRunning())) {
            m_refs.reset();
            m_refsPath = m_path;
            m_refsWatcher.setFuture(QtConcurrent::run([context = *m_context] { return hugoRefsFor(context); }));
        }
    }
    SnapshotSettings settings = m_settings;
    settings.checkContext = m_context;
    m_started = m_serial;
    m_watcher.setFuture(QtConcurrent::run(
        [text = m_text, path = m_path, settings, serial = m_serial]() -> std::shared_ptr<PostSnapshot> {
            auto snapshot = std::make_shared<PostSnapshot>(takeSnapshot(text, path, settings));
            snapshot->serial = serial;
            return snapshot;
        }));
}

void SnapshotBuilder::refsFinished()
{
    m_refs = m_refsWatcher.result();
    if (m_settings.checkContext || !m_context || m_refsPath != m_contextPath)
        return;
    m_context->hugoRefs = m_refs;
    retake();
}

void SnapshotBuilder::fullFinished()
{
    std::shared_ptr<PostSnapshot> snapshot = m_watcher.result();
    ++m_taken;
    // A snapshot of an edit older than the one given out last is dropped,
    // and so is one of a post that is no longer the one edited.
    const bool newer = !m_latest || snapshot->serial > m_latest->serial
                       || (snapshot->serial == m_latest->serial && !m_latest->complete);
    if (newer && snapshot->post.path() == m_path) {
        m_latest = snapshot;
        emit snapshotReady(SnapshotPtr(snapshot));
    } else {
        ++m_dropped;
    }
    if (m_due)
        startFull();
}

} // namespace postwright
