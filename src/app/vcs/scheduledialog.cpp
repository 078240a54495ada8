// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/scheduledialog.h"

#include "schedule/duestate.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "schedule/systemduser.h"
#include "vcs/cischeduledialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace postwright {

ScheduleDialog::ScheduleDialog(const SiteIndex &index, const QString &deployTo, bool removeStale, QWidget *parent)
    : QDialog(parent)
    , m_index(index)
    , m_root(index.config().root)
    , m_deployTo(deployTo)
    , m_removeStale(removeStale)
    , m_missing(systemdUserMissing())
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Publish When Due"));
    const ScheduleRecord record = ScheduleRecord::load(m_root);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A post dated in the future is scheduled. When it is due, a timer of your user's systemd runs "
                                "postwright-cli publish --due for this site: it publishes the posts that became due, and nothing "
                                "else you changed."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("scheduledList"));
    m_list->setAccessibleName(tr("Scheduled posts"));
    layout->addWidget(m_list);
    buildList();

    m_push = new QRadioButton(tr("When a post is due, commit it and push (as Publish does)"), this);
    m_deploy = new QRadioButton(deployTo.isEmpty() ? tr("Deploy the site (set a destination in Deploy first)")
                                                   : tr("When a post is due, deploy the site to %1").arg(deployTo), this);
    m_deploy->setEnabled(!deployTo.isEmpty());
    (record.deployTo.isEmpty() || deployTo.isEmpty() ? m_push : m_deploy)->setChecked(true);
    layout->addWidget(m_push);
    layout->addWidget(m_deploy);
    m_enable = new QCheckBox(tr("&Publish when due"), this);
    m_enable->setObjectName(QStringLiteral("publishWhenDueCheck"));
    m_enable->setChecked(record.enabled && !m_missing);
    m_enable->setEnabled(!m_missing);
    layout->addWidget(m_enable);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_missing)
        m_status->setText(tr("Publish when due needs the user's systemd, which is not available here: %1.\n"
                             "Your host's CI can publish scheduled posts instead: a job that builds the site every hour.")
                              .arg(*m_missing));
    else if (const std::optional<QDateTime> when = installedDueTime(m_root))
        m_status->setText(tr("The timer is set for %1.").arg(dueText(*when)));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ci = buttons->addButton(tr("CI &Alternative…"), QDialogButtonBox::ActionRole);
    m_ci->setObjectName(QStringLiteral("ciAlternativeButton"));
    if (m_missing)
        m_ci->setDefault(true);
    connect(m_ci, &QPushButton::clicked, this, &ScheduleDialog::showCiAlternative);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

void ScheduleDialog::buildList()
{
    const DueState state = dueState(m_index, QDateTime::currentDateTime(), std::nullopt);
    for (const DuePost &post : state.scheduled)
        m_list->addItem(tr("%1 — due %2").arg(post.title.isEmpty() ? post.path : post.title, dueText(post.due)));
    if (state.scheduled.isEmpty()) {
        m_list->addItem(tr("No post is scheduled: give a post a date in the future (on Hugo, or a publishDate)."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    }
}

bool ScheduleDialog::apply()
{
    ScheduleRecord record = ScheduleRecord::load(m_root);
    record.enabled = m_enable->isChecked() && !m_missing;
    record.deployTo = m_deploy->isChecked() ? m_deployTo : QString();
    record.removeStale = m_deploy->isChecked() && m_removeStale;
    if (const Result<Success> saved = record.save(m_root); !saved) {
        m_status->setText(saved.error().toString());
        return false;
    }
    if (!record.enabled) {
        const Result<Success> removed = removeDueTimer(m_root);
        m_status->setText(removed ? tr("Publish when due is off: no timer is set.") : removed.error().toString());
        return bool(removed);
    }
    const QString cli = findCliProgram();
    if (cli.isEmpty()) {
        m_status->setText(tr("postwright-cli is not installed beside Postwright nor on the PATH: the timer needs it."));
        return false;
    }
    const Result<DueTimerUpdate> update = updateDueTimer(m_root, dueState(m_index, scheduleNow(), record.lastRun), cli);
    if (!update) {
        m_status->setText(update.error().toString());
        return false;
    }
    m_status->setText(update.value().line());
    return !update.value().problem;
}

void ScheduleDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void ScheduleDialog::showCiAlternative()
{
    auto *dialog = new CiScheduleDialog(m_index.config().kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace postwright
