// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/chipeditor.h"

#include "form/flowlayout.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace postwright {

ChipEditor::ChipEditor(QWidget *parent)
    : QWidget(parent)
{
    m_flow = new FlowLayout(this, 4);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Add…"));
    m_input->setMinimumWidth(90);
    m_input->setFrame(false);
    m_completionModel = new QStringListModel(this);
    auto *completer = new QCompleter(m_completionModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    m_flow->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, &ChipEditor::addFromInput);
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.endsWith(QLatin1Char(',')))
            addFromInput();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &term) {
        m_input->setText(term);
        addFromInput();
    });
    setFocusProxy(m_input);
}

void ChipEditor::setItems(const QStringList &items)
{
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
}

void ChipEditor::setCompletions(const QStringList &terms)
{
    m_completionModel->setStringList(terms);
}

// The chip's colour comes from the palette it has now: a style sheet's
// palette() is read once, so a theme switch sets it again (changeEvent).
void ChipEditor::styleChip(QWidget *chip) const
{
    const QColor background = palette().color(QPalette::Midlight);
    chip->setStyleSheet(QStringLiteral("#chip { background: %1; border-radius: 9px; }").arg(background.name()));
}

void ChipEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QWidget *chip : std::as_const(m_chips))
            styleChip(chip);
    }
    QWidget::changeEvent(event);
}

void ChipEditor::rebuildChips()
{
    // deleteLater: the chip whose × was clicked is still in its handler.
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_flow->removeWidget(m_input);
    for (const QString &item : std::as_const(m_items)) {
        auto *chip = new QWidget(this);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setAttribute(Qt::WA_StyledBackground);
        styleChip(chip);
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(8, 1, 2, 1);
        row->setSpacing(2);
        auto *label = new QLabel(item, chip);
        label->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton(chip);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove \"%1\"").arg(item));
        remove->setAccessibleName(tr("Remove %1").arg(item));
        row->addWidget(label);
        row->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this, item] { removeItem(item); });
        m_flow->addWidget(chip);
        m_chips.append(chip);
    }
    m_flow->addWidget(m_input);
    updateGeometry();
}

void ChipEditor::addFromInput()
{
    QStringList added;
    for (const QString &part : m_input->text().split(QLatin1Char(','))) {
        const QString term = part.trimmed();
        if (!term.isEmpty() && !m_items.contains(term) && !added.contains(term))
            added.append(term);
    }
    // Clear after the completer is done with the text.
    QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
    if (added.isEmpty())
        return;
    m_items += added;
    rebuildChips();
    emit itemsEdited(m_items);
}

void ChipEditor::removeItem(const QString &item)
{
    m_items.removeOne(item);
    rebuildChips();
    emit itemsEdited(m_items);
}

} // namespace postwright
