// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace postwright {

// The preferences (ui/settingsdialog.ui). OK and Apply store them with
// QSettings and emit applied() so that the window uses them at once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // dictionaries: the installed Hunspell dictionaries ("de_DE", "en_US").
    explicit SettingsDialog(const QStringList &dictionaries, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setSettings(const AppSettings &settings);
    AppSettings settings() const;
    // Stores the settings and emits applied() (what OK and Apply do).
    void apply();

signals:
    void applied(const AppSettings &settings);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace postwright
