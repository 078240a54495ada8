// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/termeditdialog.h"

#include "ui_termeditdialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

namespace postwright {

TermEditDialog::TermEditDialog(const SiteIndex &index, const TermEdit &edit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TermEditDialog>()), m_index(index), m_edit(edit)
{
    m_ui->setupUi(this);
    const QString term = QStringLiteral("<b>%1</b>").arg(edit.term.toHtmlEscaped());
    const QString taxonomy = edit.taxonomy.toHtmlEscaped();
    switch (edit.kind) {
    case TermEdit::Kind::Rename:
        setWindowTitle(tr("Rename Term"));
        m_ui->descriptionLabel->setText(tr("Rename %1 in the %2 of every post.").arg(term, taxonomy));
        m_ui->nameLabel->setText(tr("&New name:"));
        break;
    case TermEdit::Kind::Merge: {
        setWindowTitle(tr("Merge Terms"));
        m_ui->descriptionLabel->setText(tr("Merge %1 into another term of the %2: every post with %1 gets the other term instead.")
                                            .arg(term, taxonomy));
        m_ui->nameLabel->setText(tr("&Into:"));
        QStringList others = index.termCounts(edit.taxonomy).keys();
        others.removeAll(edit.term);
        m_ui->nameCombo->addItems(others);
        break;
    }
    case TermEdit::Kind::Delete:
        setWindowTitle(tr("Delete Term"));
        m_ui->descriptionLabel->setText(tr("Remove %1 from the %2 of every post.").arg(term, taxonomy));
        m_ui->nameLabel->hide();
        m_ui->nameCombo->hide();
        break;
    }
    m_ui->nameCombo->setCurrentText(edit.replacement);
    m_ui->filesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->filesTree->header()->setStretchLastSection(false);

    // Planning reads the files: wait for a pause in the typing.
    m_planTimer.setSingleShot(true);
    m_planTimer.setInterval(200);
    connect(&m_planTimer, &QTimer::timeout, this, &TermEditDialog::updatePlan);
    connect(m_ui->nameCombo, &QComboBox::currentTextChanged, this, [this] { m_planTimer.start(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_planTimer.isActive())
            updatePlan();
        if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePlan();
}

TermEditDialog::~TermEditDialog() = default;

void TermEditDialog::setReplacement(const QString &replacement)
{
    m_ui->nameCombo->setCurrentText(replacement);
    updatePlan();
}

TermEdit TermEditDialog::edit() const
{
    TermEdit edit = m_edit;
    if (edit.kind != TermEdit::Kind::Delete)
        edit.replacement = m_ui->nameCombo->currentText().trimmed();
    return edit;
}

const TermEditPlan &TermEditDialog::plan()
{
    if (m_planTimer.isActive())
        updatePlan();
    return m_plan;
}

QStringList TermEditDialog::listedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_ui->filesTree->topLevelItemCount(); ++i)
        files.append(m_ui->filesTree->topLevelItem(i)->text(0));
    files.removeDuplicates();
    return files;
}

void TermEditDialog::updatePlan()
{
    m_planTimer.stop();
    const TermEdit current = edit();
    const bool named = current.kind == TermEdit::Kind::Delete
                       || (!current.replacement.isEmpty() && current.replacement != current.term);
    m_plan = planTermEdit(m_index, current);
    m_ui->filesTree->clear();
    for (const TermFileChange &change : std::as_const(m_plan.changes)) {
        auto *item = new QTreeWidgetItem(m_ui->filesTree, {change.path, change.before.join(QStringLiteral(", ")),
                                                           change.after.join(QStringLiteral(", "))});
        item->setToolTip(0, tr("%1: the \"%2\" key").arg(change.path, change.key));
    }
    m_ui->filesTree->resizeColumnToContents(1);
    m_ui->filesTree->resizeColumnToContents(2);
    const qsizetype files = m_plan.files().size();
    m_ui->filesLabel->setText(files == 0 ? tr("No file carries this term.")
                                         : tr("Files that will change (only their %1 lines): %2").arg(current.taxonomy).arg(files));
    QStringList problems;
    for (const Error &problem : std::as_const(m_plan.problems))
        problems.append(problem.toString().toHtmlEscaped());
    m_ui->problemsLabel->setText(problems.isEmpty() ? QString()
                                                    : tr("These files cannot be changed and will be left as they are:")
                                                          + QStringLiteral("<br>") + problems.join(QStringLiteral("<br>")));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(named && files > 0);
}

} // namespace postwright
