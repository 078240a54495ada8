// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/mergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace postwright {
namespace {

QPlainTextEdit *sideView(const std::optional<QString> &text, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (text)
        view->setPlainText(*text);
    else
        view->setPlaceholderText(MergeDialog::tr("(absent on this side)"));
    const int lines = text ? int(text->count(QLatin1Char('\n'))) + 1 : 1;
    view->setFixedHeight(view->fontMetrics().lineSpacing() * std::clamp(lines, 1, 8) + 14);
    return view;
}

} // namespace

MergeDialog::MergeDialog(const QString &postName, const QList<Conflict> &conflicts, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %1").arg(postName));
    resize(860, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Both sides changed these parts of <b>%1</b>. Choose for each what the post says; "
                                "the rest of the changes are merged already.").arg(postName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *list = new QVBoxLayout(inner);
    for (int i = 0; i < conflicts.size(); ++i)
        list->addWidget(conflictBox(i, conflicts.at(i)));
    list->addStretch(1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *MergeDialog::conflictBox(int index, const Conflict &conflict)
{
    auto *box = new QGroupBox(conflict.label, this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("<b>Mine</b>"), box), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Theirs</b>"), box), 0, 1);
    grid->addWidget(sideView(conflict.mine, box), 1, 0);
    grid->addWidget(sideView(conflict.theirs, box), 1, 1);
    auto *group = new QButtonGroup(box);
    const auto radio = [&](const QString &text, MergeChoice::Side side, const char *name) {
        auto *button = new QRadioButton(text, box);
        button->setObjectName(QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(index));
        group->addButton(button, int(side));
        return button;
    };
    auto *row = new QHBoxLayout;
    row->addWidget(radio(tr("Mi&ne"), MergeChoice::Side::Ours, "mine"));
    row->addWidget(radio(tr("The&irs"), MergeChoice::Side::Theirs, "theirs"));
    row->addWidget(radio(tr("&Edit"), MergeChoice::Side::Edited, "edit"));
    row->addStretch(1);
    grid->addLayout(row, 2, 0, 1, 2);
    auto *edit = new QPlainTextEdit(conflict.mine.value_or(QString()), box);
    edit->setObjectName(QStringLiteral("editText_%1").arg(index));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lines = int(conflict.mine.value_or(QString()).count(QLatin1Char('\n'))) + 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * std::clamp(lines, 2, 10) + 14);
    edit->setVisible(false);
    grid->addWidget(edit, 3, 0, 1, 2);
    group->button(int(MergeChoice::Side::Ours))->setChecked(true);
    connect(group, &QButtonGroup::idToggled, edit, [edit](int id, bool on) {
        if (id == int(MergeChoice::Side::Edited))
            edit->setVisible(on);
    });
    m_groups.append(group);
    m_edits.append(edit);
    return box;
}

QList<MergeDialog::Conflict> MergeDialog::fromMerge(const QList<MergeConflict> &conflicts)
{
    QList<Conflict> shown;
    for (const MergeConflict &conflict : conflicts) {
        const QString label = conflict.kind == MergeConflict::Kind::Key ? tr("Front matter: %1").arg(conflict.key)
                                                                         : tr("Text at line %1").arg(conflict.line);
        shown.append({label, conflict.ours, conflict.theirs});
    }
    return shown;
}

QList<MergeDialog::Conflict> MergeDialog::fromMarkers(const QList<MarkerConflict> &conflicts)
{
    QList<Conflict> shown;
    for (const MarkerConflict &conflict : conflicts)
        shown.append({tr("Lines from %1").arg(conflict.line), conflict.ours, conflict.theirs});
    return shown;
}

QList<MergeChoice> MergeDialog::choices() const
{
    QList<MergeChoice> chosen;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const auto side = MergeChoice::Side(std::max(0, m_groups.at(i)->checkedId()));
        chosen.append({side, side == MergeChoice::Side::Edited ? m_edits.at(i)->toPlainText() : QString()});
    }
    return chosen;
}

void MergeDialog::choose(int index, MergeChoice::Side side, const QString &text)
{
    m_groups.value(index)->button(int(side))->click();
    if (side == MergeChoice::Side::Edited)
        m_edits.value(index)->setPlainText(text);
}

} // namespace postwright
