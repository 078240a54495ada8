// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/postdoctor.h"
#include "editing/textstats.h"
#include "render/renderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace postwright {

// What the side panels show about the post: the doctor's findings, the
// outline and the statistics.
struct PostAnalysis
{
    QList<Finding> findings;
    QList<Heading> outline;
    TextStats statistics;
};

// Analyses the post off the GUI thread as the user types: debounced, and
// coalesced (while one run is going, the newest post waits for the next).
class PostAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostAnalyzer)

public:
    explicit PostAnalyzer(QObject *parent = nullptr);
    ~PostAnalyzer() override;

    void setPost(const Post &post, const CheckContext &context);
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    const PostAnalysis &analysis() const { return m_analysis; }

    // Pure: what the worker runs.
    static PostAnalysis analyze(const Post &post, const CheckContext &context);

signals:
    void analyzed(const postwright::PostAnalysis &analysis);

private:
    void start();

    Post m_post;
    CheckContext m_context;
    bool m_pending = false;
    QTimer m_debounce;
    QFutureWatcher<PostAnalysis> m_watcher;
    PostAnalysis m_analysis;
};

} // namespace postwright
