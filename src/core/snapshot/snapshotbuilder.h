// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/postsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace postwright {

using SnapshotPtr = std::shared_ptr<const PostSnapshot>;

// Takes the snapshot of the latest edit of the open post off the GUI
// thread, for every pane at once. Debounced and coalesced: one snapshot is
// taken at a time, and when it ends only the newest edit waits; edits in
// between are dropped, and so is a snapshot that ends after a newer one was
// given out. Before the full snapshot, an edit that only touched a few
// blocks gets a quick one (spliceEdit) at once, for the preview.
class SnapshotBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotBuilder)

public:
    explicit SnapshotBuilder(QObject *parent = nullptr);
    ~SnapshotBuilder() override;

    // The post's whole text after an edit, and its file (empty: untitled).
    void request(const QString &text, const QString &path);
    // A change of the site or of the preview's settings takes the
    // snapshot of the last edit again.
    void setSettings(const SnapshotSettings &settings);
    const SnapshotSettings &settings() const { return m_settings; }

    // Milliseconds between an edit and its snapshot; 0 takes it at once.
    void setDebounceInterval(int ms);
    int debounceInterval() const;

    // Of the last request or settings change; a snapshot of it is the latest.
    quint64 serial() const { return m_serial; }
    // The last snapshot given out (quick or full); null before the first.
    SnapshotPtr latest() const { return m_latest; }
    // Full snapshots taken, requests dropped before their snapshot was
    // taken, and finished snapshots dropped as superseded.
    int taken() const { return m_taken; }
    int dropped() const { return m_dropped; }

signals:
    // Quick snapshots (complete false) and full ones, oldest first.
    void snapshotReady(const postwright::SnapshotPtr &snapshot);

private:
    void run();
    void startFull();
    void fullFinished();
    void refsFinished();
    void retake();

    SnapshotSettings m_settings;
    std::optional<CheckContext> m_context;   // cached for m_contextPath
    QString m_contextPath;
    QString m_text;
    QString m_path;
    quint64 m_serial = 0;
    quint64 m_started = 0;                   // serial of the running snapshot
    bool m_due = false;                      // a newer edit waits for the worker
    QTimer m_debounce;
    QFutureWatcher<std::shared_ptr<PostSnapshot>> m_watcher;
    QFutureWatcher<std::shared_ptr<const HugoRefIndex>> m_refsWatcher;
    QString m_refsPath;                      // the post whose site m_refsWatcher walks
    std::shared_ptr<const HugoRefIndex> m_refs;   // its result
    SnapshotPtr m_latest;
    int m_taken = 0;
    int m_dropped = 0;
};

} // namespace postwright

Q_DECLARE_METATYPE(postwright::SnapshotPtr)
