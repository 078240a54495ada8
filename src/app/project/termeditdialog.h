// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/termedit.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class TermEditDialog;
}

namespace postwright {

// Asks for a term's new name (rename) or the term to merge into, and shows
// which files the edit will change, each with its terms before and after,
// before anything is written. The caller applies plan() on OK.
class TermEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermEditDialog)

public:
    // edit's replacement is the proposed name (may be empty).
    TermEditDialog(const SiteIndex &index, const TermEdit &edit, QWidget *parent = nullptr);
    ~TermEditDialog() override;

    void setReplacement(const QString &replacement);
    TermEdit edit() const;
    // The plan for the current name, up to date.
    const TermEditPlan &plan();
    // The files listed, relative to the site root.
    QStringList listedFiles() const;

private:
    void updatePlan();

    std::unique_ptr<Ui::TermEditDialog> m_ui;
    SiteIndex m_index;
    TermEdit m_edit;
    TermEditPlan m_plan;
    QTimer m_planTimer;
};

} // namespace postwright
