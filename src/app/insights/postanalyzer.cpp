// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/postanalyzer.h"

#include "post/postpage.h"

#include <QtConcurrent>

namespace postwright {

PostAnalyzer::PostAnalyzer(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PostAnalyzer::start);
    connect(&m_watcher, &QFutureWatcher<PostAnalysis>::finished, this, [this] {
        m_analysis = m_watcher.result();
        emit analyzed(m_analysis);
        if (m_pending)
            start();
    });
}

PostAnalyzer::~PostAnalyzer()
{
    m_watcher.waitForFinished();
}

void PostAnalyzer::setPost(const Post &post, const CheckContext &context)
{
    m_post = post;
    m_context = context;
    m_pending = true;
    m_debounce.start();
}

void PostAnalyzer::start()
{
    if (m_watcher.isRunning())
        return;   // the finished handler starts the next run
    m_pending = false;
    m_watcher.setFuture(QtConcurrent::run(&PostAnalyzer::analyze, m_post, m_context));
}

PostAnalysis PostAnalyzer::analyze(const Post &post, const CheckContext &context)
{
    PostAnalysis analysis;
    analysis.findings = checkPost(post, context);
    RenderOptions options;
    options.statistics = false;
    analysis.outline = renderPost(post, options).outline;
    analysis.statistics = textStats(post.body());
    return analysis;
}

} // namespace postwright
