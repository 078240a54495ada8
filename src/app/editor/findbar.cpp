// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/findbar.h"

#include "editor/markdowneditor.h"
#include "ui_findbar.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

namespace postwright {

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &FindBar::updateCount);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_ui->replaceEdit, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    for (QCheckBox *box : {m_ui->caseBox, m_ui->wordBox, m_ui->regexBox})
        connect(box, &QCheckBox::toggled, this, &FindBar::updateCount);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            updateCount();
    });
}

FindBar::~FindBar() = default;

void FindBar::showFind(bool withReplace)
{
    m_ui->replaceEdit->setVisible(withReplace);
    m_ui->replaceButton->setVisible(withReplace);
    m_ui->replaceAllButton->setVisible(withReplace);
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_ui->findEdit->setText(selected);
    show();
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
    updateCount();
}

void FindBar::setQuery(const QString &text, bool caseSensitive, bool wholeWord, bool regex)
{
    m_ui->caseBox->setChecked(caseSensitive);
    m_ui->wordBox->setChecked(wholeWord);
    m_ui->regexBox->setChecked(regex);
    m_ui->findEdit->setText(text);
    updateCount();
}

void FindBar::setReplacement(const QString &text)
{
    m_ui->replaceEdit->setText(text);
}

QRegularExpression FindBar::pattern() const
{
    QString source = m_ui->regexBox->isChecked() ? m_ui->findEdit->text()
                                                  : QRegularExpression::escape(m_ui->findEdit->text());
    if (m_ui->wordBox->isChecked())
        source = QStringLiteral("\\b(?:%1)\\b").arg(source);
    QRegularExpression re(source, m_ui->caseBox->isChecked() ? QRegularExpression::NoPatternOption
                                                             : QRegularExpression::CaseInsensitiveOption);
    re.setPatternOptions(re.patternOptions() | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

int FindBar::matchCount() const
{
    if (m_ui->findEdit->text().isEmpty())
        return 0;
    const QRegularExpression re = pattern();
    if (!re.isValid())
        return 0;
    int count = 0;
    auto it = re.globalMatch(m_editor->toPlainText());
    while (it.hasNext()) {
        if (it.next().capturedLength() > 0)
            ++count;
    }
    return count;
}

void FindBar::updateCount()
{
    const QRegularExpression re = pattern();
    if (!m_ui->findEdit->text().isEmpty() && !re.isValid()) {
        m_ui->countLabel->setText(tr("Invalid pattern"));
        m_ui->countLabel->setToolTip(re.errorString());
        return;
    }
    m_ui->countLabel->setToolTip(QString());
    const int count = matchCount();
    m_ui->countLabel->setText(m_ui->findEdit->text().isEmpty() ? QString() : tr("%n matches", nullptr, count));
}

bool FindBar::findNext(bool backward)
{
    const QRegularExpression re = pattern();
    if (m_ui->findEdit->text().isEmpty() || !re.isValid())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_ui->caseBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;   // Qt 6.4 ignores the pattern's option here
    QTextCursor found = m_editor->document()->find(re, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around.
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(re, start, flags);
    }
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    return true;
}

void FindBar::replaceCurrent()
{
    const QRegularExpression re = pattern();
    QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    const auto m = re.match(selected);
    if (cursor.hasSelection() && m.hasMatch() && m.capturedLength() == selected.size()) {
        QString replacement = m_ui->replaceEdit->text();
        if (m_ui->regexBox->isChecked())
            replacement = QString(selected).replace(re, replacement);
        cursor.insertText(replacement);
    }
    findNext(false);
}

int FindBar::replaceAll()
{
    const QRegularExpression re = pattern();
    if (m_ui->findEdit->text().isEmpty() || !re.isValid())
        return 0;
    const QString text = m_editor->toPlainText();
    const int count = matchCount();
    if (count == 0)
        return 0;
    QString replaced = text;
    if (m_ui->regexBox->isChecked()) {
        replaced.replace(re, m_ui->replaceEdit->text());
    } else {
        // A literal replacement: "\1" or "$" in it mean nothing.
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            out += QStringView(text).sliced(last, match.capturedStart() - last);
            out += m_ui->replaceEdit->text();
            last = match.capturedEnd();
        }
        out += QStringView(text).sliced(last);
        replaced = out;
    }
    // One undo step for the whole replacement.
    m_editor->replaceTextMinimally(replaced);
    updateCount();
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace postwright
