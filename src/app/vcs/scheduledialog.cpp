// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/scheduledialog.h"

#include "schedule/duestate.h"
#include "schedule/duetimer.h"
#include "schedule/schedulerecord.h"
#include "schedule/systemduser.h"
#include "vcs/cischeduledialog.h"

#include "ui_scheduledialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

namespace postwright {

ScheduleDialog::ScheduleDialog(const SiteIndex &index, const QString &deployTo, bool removeStale, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleDialog>())
    , m_index(index)
    , m_root(index.config().root)
    , m_deployTo(deployTo)
    , m_removeStale(removeStale)
    , m_missing(systemdUserMissing())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scheduleDialog"));
    buildList();
    const ScheduleRecord record = ScheduleRecord::load(m_root);
    if (!deployTo.isEmpty())
        m_ui->deployRadio->setText(tr("When a post is due, &deploy the site to %1").arg(deployTo));
    m_ui->deployRadio->setEnabled(!deployTo.isEmpty());
    (record.deployTo.isEmpty() || deployTo.isEmpty() ? m_ui->pushRadio : m_ui->deployRadio)->setChecked(true);
    m_ui->publishWhenDueCheck->setChecked(record.enabled && !m_missing);
    m_ui->publishWhenDueCheck->setEnabled(!m_missing);
    showState();
    m_ci = m_ui->buttons->addButton(tr("CI &Alternative…"), QDialogButtonBox::ActionRole);
    m_ci->setObjectName(QStringLiteral("ciAlternativeButton"));
    connect(m_ci, &QPushButton::clicked, this, &ScheduleDialog::showCiAlternative);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ScheduleDialog::~ScheduleDialog() = default;

QCheckBox *ScheduleDialog::enableCheck() const
{
    return m_ui->publishWhenDueCheck;
}

QRadioButton *ScheduleDialog::deployRadio() const
{
    return m_ui->deployRadio;
}

QListWidget *ScheduleDialog::scheduledList() const
{
    return m_ui->scheduledList;
}

QLabel *ScheduleDialog::statusLabel() const
{
    return m_ui->scheduleStatus;
}

// Without systemd: why, and the way out; else when the timer is set for.
void ScheduleDialog::showState()
{
    if (m_missing)
        m_ui->scheduleStatus->setText(tr("Publish when due needs the user's systemd, which is not available here: %1.\n"
                                         "Your host's CI can publish scheduled posts instead: a job that builds the site every hour.")
                                          .arg(*m_missing));
    else if (const std::optional<QDateTime> when = installedDueTime(m_root))
        m_ui->scheduleStatus->setText(tr("The timer is set for %1.").arg(dueText(*when)));
}

void ScheduleDialog::buildList()
{
    const DueState state = dueState(m_index, QDateTime::currentDateTime(), std::nullopt);
    for (const DuePost &post : state.scheduled)
        m_ui->scheduledList->addItem(tr("%1 — due %2").arg(post.title.isEmpty() ? post.path : post.title, dueText(post.due)));
    if (state.scheduled.isEmpty()) {
        m_ui->scheduledList->addItem(tr("No post is scheduled: give a post a date in the future (on Hugo, or a publishDate)."));
        m_ui->scheduledList->item(0)->setFlags(Qt::NoItemFlags);
    }
}

bool ScheduleDialog::apply()
{
    ScheduleRecord record = ScheduleRecord::load(m_root);
    record.enabled = m_ui->publishWhenDueCheck->isChecked() && !m_missing;
    record.deployTo = m_ui->deployRadio->isChecked() ? m_deployTo : QString();
    record.removeStale = m_ui->deployRadio->isChecked() && m_removeStale;
    if (const Result<Success> saved = record.save(m_root); !saved) {
        m_ui->scheduleStatus->setText(saved.error().toString());
        return false;
    }
    if (!record.enabled) {
        const Result<Success> removed = removeDueTimer(m_root);
        m_ui->scheduleStatus->setText(removed ? tr("Publish when due is off: no timer is set.") : removed.error().toString());
        return bool(removed);
    }
    const QString cli = findCliProgram();
    if (cli.isEmpty()) {
        m_ui->scheduleStatus->setText(tr("postwright-cli is not installed beside Postwright nor on the PATH: the timer needs it."));
        return false;
    }
    const Result<DueTimerUpdate> update = updateDueTimer(m_root, dueState(m_index, scheduleNow(), record.lastRun), cli);
    if (!update) {
        m_ui->scheduleStatus->setText(update.error().toString());
        return false;
    }
    m_ui->scheduleStatus->setText(update.value().line());
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
