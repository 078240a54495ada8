// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/siteindex.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Ui {
class ScheduleDialog;
}

namespace postwright {

// Publish When Due (issue 16 §3): the site's scheduled posts with their due
// times, what happens when one is due (commit and push, or deploy to the
// destination the Deploy dialog remembers), and the switch that installs
// the systemd user timer (core's updateDueTimer). Without the user's
// systemd it says so and offers the CI alternative (CiScheduleDialog).
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    // deployTo: the Deploy dialog's destination for the site (empty: none),
    // removeStale its --delete.
    ScheduleDialog(const SiteIndex &index, const QString &deployTo, bool removeStale, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    QCheckBox *enableCheck() const;
    QRadioButton *deployRadio() const;
    QListWidget *scheduledList() const;
    QLabel *statusLabel() const;
    QPushButton *ciButton() const { return m_ci; }
    // Why the user's systemd cannot run the timer; nullopt: it can.
    const std::optional<QString> &systemdMissing() const { return m_missing; }

    // Saves the choice and sets (or removes) the timer; false: it failed (told).
    bool apply();
    // Opens the CI alternative (returns at once).
    void showCiAlternative();
    // OK: apply(), and close when it worked.
    void accept() override;

private:
    void buildList();
    void showState();

    std::unique_ptr<Ui::ScheduleDialog> m_ui;
    SiteIndex m_index;
    QString m_root;
    QString m_deployTo;
    bool m_removeStale = false;
    std::optional<QString> m_missing;
    QPushButton *m_ci = nullptr;
};

} // namespace postwright
