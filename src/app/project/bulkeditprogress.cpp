// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/bulkeditprogress.h"

#include "project/sitesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace postwright {

BulkEditProgress::BulkEditProgress(SiteSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("bulkEditProgress"));
    m_label->setObjectName(QStringLiteral("bulkEditLabel"));
    m_stop->setObjectName(QStringLiteral("bulkEditStopButton"));
    m_stop->setAccessibleName(tr("Stop changing posts"));
    m_stop->setToolTip(tr("Stop after the post being written: every post stays whole, and Undo takes back what was done"));
    m_bar->setObjectName(QStringLiteral("bulkEditBar"));
    m_bar->setAccessibleName(tr("Posts written"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_session->cancelBulkEdit();
    });
    connect(session, &SiteSession::bulkEditStarted, this, [this](int total) {
        m_stop->setEnabled(true);
        showProgress(0, total);
        setVisible(true);
    });
    connect(session, &SiteSession::bulkEditProgress, this, &BulkEditProgress::showProgress);
    connect(session, &SiteSession::bulkEditFinished, this, &QWidget::hide);
    hide();
}

QString BulkEditProgress::text() const
{
    return m_label->text();
}

void BulkEditProgress::showProgress(int done, int total)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_label->setText(m_session->bulkEditText(done, total));
}

} // namespace postwright
