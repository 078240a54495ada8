// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdowneditor.h"

#include "document/textpatch.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace postwright {
namespace {

bool isImageFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QByteArray suffix = QFileInfo(url.toLocalFile()).suffix().toLower().toUtf8();
    return QImageReader::supportedImageFormats().contains(suffix) || suffix == "svg";
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    m_highlighter = new MarkdownHighlighter(document());
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 10.5));
    setFont(font);
    m_baseFontSize = font.pointSizeF();
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setAccessibleName(tr("Markdown editor"));
    setAccessibleDescription(tr("The post's Markdown text"));
    document()->setDocumentMargin(12);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::highlightCurrentLine);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateVisibleBlocks);
    highlightCurrentLine();
    setSpellChecker(spelling::SpellChecker::instance());
}

void MarkdownEditor::showDocument(QTextDocument *document)
{
    // The highlighter is a child of the editor's own document, which goes.
    m_highlighter->setParent(this);
    m_highlighter->setDocument(document);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    setDocument(document);
    document->setDocumentMargin(12);
    highlightCurrentLine();
}

QString MarkdownEditor::lineBreak() const
{
    // The document holds "\n" (QTextDocument splits lines); the post keeps
    // its own line endings when saved.
    return QStringLiteral("\n");
}

void MarkdownEditor::replaceTextMinimally(const QString &newText)
{
    patchDocument(document(), newText);
}

void MarkdownEditor::applyEdit(const markdown::TextEdit &edit)
{
    // Read-only (a bulk edit is writing the post): no command edits it either.
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(int(edit.start));
    cursor.setPosition(int(edit.end), QTextCursor::KeepAnchor);
    cursor.insertText(edit.replacement);
    cursor.endEditBlock();
    cursor.setPosition(int(edit.selectionStart));
    cursor.setPosition(int(edit.selectionEnd), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEditor::setFrontMatterLines(int lineCount)
{
    if (lineCount == m_frontMatterLines)
        return;
    m_frontMatterLines = lineCount;
    setFrontMatterVisible(m_frontMatterVisible);
}

void MarkdownEditor::setFrontMatterVisible(bool visible)
{
    m_frontMatterVisible = visible;
    bool changed = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const bool show = visible || block.blockNumber() >= m_frontMatterLines;
        if (block.isVisible() != show) {
            block.setVisible(show);
            block.setLineCount(show ? std::max(1, block.layout()->lineCount()) : 0);
            changed = true;
        }
        if (block.blockNumber() >= m_frontMatterLines && block.isVisible() && !changed)
            break;   // every block after the front matter is visible already
    }
    if (changed) {
        document()->markContentsDirty(0, document()->characterCount());
        viewport()->update();
    }
    // Keep the cursor out of hidden lines.
    if (!visible && textCursor().blockNumber() < m_frontMatterLines) {
        const QTextBlock first = document()->findBlockByNumber(m_frontMatterLines);
        if (first.isValid()) {
            QTextCursor c(first);
            setTextCursor(c);
        }
    }
}

void MarkdownEditor::setEditorFont(const QFont &font)
{
    m_baseFontSize = font.pointSizeF();
    setFont(font);
}

void MarkdownEditor::zoomBy(int steps)
{
    QFont f = font();
    f.setPointSizeF(std::clamp(f.pointSizeF() + steps, 6.0, 48.0));
    setFont(f);
}

void MarkdownEditor::resetZoom()
{
    QFont f = font();
    f.setPointSizeF(m_baseFontSize);
    setFont(f);
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber();
}

void MarkdownEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    // In QPlainTextEdit the vertical scroll bar counts lines of layout.
    int value = 0;
    for (QTextBlock b = document()->begin(); b.isValid() && b != block; b = b.next())
        value += b.isVisible() ? std::max(1, b.lineCount()) : 0;
    verticalScrollBar()->setValue(value);
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 0, blockCount() - 1));
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus();
}

void MarkdownEditor::toggleInline(const QString &marker)
{
    const QTextCursor c = textCursor();
    applyEdit(markdown::toggleInline(toPlainText(), c.selectionStart(), c.selectionEnd(), marker));
}

void MarkdownEditor::replaceSelectedLines(const std::function<QStringList(const QStringList &)> &change)
{
    QTextCursor c = textCursor();
    QTextBlock first = document()->findBlock(c.selectionStart());
    QTextBlock last = document()->findBlock(c.selectionEnd());
    if (c.hasSelection() && c.selectionEnd() == last.position() && last != first)
        last = last.previous();   // a selection ending at a line start leaves that line alone
    QStringList lines;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        lines.append(b.text());
        if (b == last)
            break;
    }
    const QStringList changed = change(lines);
    QTextCursor edit(document());
    edit.beginEditBlock();
    edit.setPosition(first.position());
    edit.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    edit.insertText(changed.join(QLatin1Char('\n')));
    edit.endEditBlock();
    if (lines.size() == 1) {
        edit.setPosition(first.position() + int(changed.first().size()));
    } else {
        edit.setPosition(first.position());
        edit.setPosition(first.position() + int(changed.join(QLatin1Char('\n')).size()), QTextCursor::KeepAnchor);
    }
    setTextCursor(edit);
}

void MarkdownEditor::setHeading(int level)
{
    replaceSelectedLines([level](const QStringList &lines) {
        QStringList out;
        for (const QString &line : lines)
            out.append(markdown::setHeadingLevel(line, level));
        return out;
    });
}

void MarkdownEditor::toggleLines(markdown::LineKind kind)
{
    replaceSelectedLines([kind](const QStringList &lines) { return markdown::toggleLinePrefix(lines, kind); });
}

void MarkdownEditor::insertCodeBlock()
{
    QTextCursor c = textCursor();
    const QString selected = c.selection().toPlainText();
    QString block = markdown::codeBlock(selected, QString(), lineBreak());
    if (c.positionInBlock() > 0 && !c.hasSelection())
        block.prepend(lineBreak());
    c.beginEditBlock();
    c.insertText(block);
    c.endEditBlock();
    // Put the cursor after the opening fence so the language can be typed.
    const int fenceEnd = c.position() - int(block.size()) + int(block.indexOf(QLatin1Char('\n'), block.startsWith(QLatin1Char('\n')) ? 1 : 0));
    c.setPosition(fenceEnd);
    setTextCursor(c);
}

void MarkdownEditor::insertTable(int columns, int rows)
{
    QTextCursor c = textCursor();
    QString text = markdown::table(columns, rows, lineBreak());
    if (c.positionInBlock() > 0)
        text.prepend(lineBreak() + lineBreak());
    c.insertText(text);
    setTextCursor(c);
}

void MarkdownEditor::insertLink(const QString &label, const QString &url, bool image)
{
    const QTextCursor c = textCursor();
    applyEdit(markdown::insertLink(toPlainText(), c.selectionStart(), c.selectionEnd(), label, url, image));
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainEnter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
                            && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
    if (plainEnter && !textCursor().hasSelection()) {
        QTextCursor c = textCursor();
        const QString line = c.block().text();
        if (c.positionInBlock() == line.size()) {
            if (const auto next = markdown::continueList(line)) {
                c.beginEditBlock();
                if (next->endsList) {
                    // Enter on an empty item ends the list.
                    c.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
                    c.removeSelectedText();
                } else {
                    c.insertText(QStringLiteral("\n") + next->prefix);
                }
                c.endEditBlock();
                setTextCursor(c);
                ensureCursorVisible();
                return;
            }
        }
    }
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        const bool outdent = event->key() == Qt::Key_Backtab;
        const QTextCursor c = textCursor();
        const QTextBlock first = document()->findBlock(c.selectionStart());
        if (markdown::indentListItem(first.text(), outdent)) {
            replaceSelectedLines([outdent](const QStringList &lines) {
                QStringList out;
                for (const QString &line : lines)
                    out.append(markdown::indentListItem(line, outdent).value_or(line));
                return out;
            });
            return;
        }
        if (outdent)
            return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasImage())
        return true;
    for (const QUrl &url : source->urls()) {
        if (isImageFile(url))
            return true;
    }
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    bool handled = false;
    for (const QUrl &url : source->urls()) {
        if (isImageFile(url)) {
            emit imageDropped(url.toLocalFile());
            handled = true;
        }
    }
    if (!handled && source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            emit imagePasted(image);
            handled = true;
        }
    }
    if (!handled)
        QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // The current line's tint comes from the palette (light or dark theme).
    if (event->type() == QEvent::PaletteChange)
        highlightCurrentLine();
}

void MarkdownEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection selection;
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(28);
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections(QList<QTextEdit::ExtraSelection>{selection} + m_findHighlights);
}

void MarkdownEditor::setFindHighlights(const QList<QTextEdit::ExtraSelection> &highlights)
{
    m_findHighlights = highlights;
    highlightCurrentLine();
}

void MarkdownEditor::setSpellChecker(spelling::SpellChecker *checker)
{
    if (checker == m_spellChecker)
        return;
    disconnect(m_loadedConnection);
    m_spellChecker = checker;
    if (checker)
        m_loadedConnection = connect(checker, &spelling::SpellChecker::dictionaryLoaded, this, &MarkdownEditor::updateSpelling);
    // A new checker may hold other accepted words: check again.
    m_dictionary.reset();
    m_highlighter->setSpelling(nullptr, checker);
    updateSpelling();
}

void MarkdownEditor::setSpellLanguage(const QString &language)
{
    const QString trimmed = language.trimmed();
    if (trimmed == m_spellLanguage && m_spellStatus != SpellStatus::NoDictionary)
        return;
    m_spellLanguage = trimmed;
    updateSpelling();
}

void MarkdownEditor::updateSpelling()
{
    std::shared_ptr<spelling::SpellDictionary> dictionary;
    SpellStatus status = SpellStatus::NoDictionary;
    if (m_spellLanguage.isEmpty() || !m_spellChecker) {
        status = SpellStatus::Off;
    } else if (!m_spellChecker->dictionaryName(m_spellLanguage).isEmpty()) {
        dictionary = m_spellChecker->dictionary(m_spellLanguage);
        if (dictionary)
            status = SpellStatus::Active;
        else if (m_spellChecker->isLoading(m_spellLanguage))
            status = SpellStatus::Loading;
    }
    if (dictionary != m_dictionary) {
        m_dictionary = dictionary;
        m_highlighter->setSpelling(dictionary, m_spellChecker);
    }
    if (status != m_spellStatus) {
        m_spellStatus = status;
        emit spellStatusChanged(status);
    }
}

QString MarkdownEditor::spellDictionaryName() const
{
    return m_dictionary ? m_dictionary->name() : QString();
}

QString MarkdownEditor::spellStatusText() const
{
    switch (m_spellStatus) {
    case SpellStatus::Off:
        return tr("Spell check off");
    case SpellStatus::Loading:
        return tr("Spell check: loading the %1 dictionary…").arg(m_spellLanguage);
    case SpellStatus::Active:
        return tr("Spell check: %1").arg(spellDictionaryName());
    case SpellStatus::NoDictionary:
        return tr("No spelling dictionary for “%1”: install its hunspell package").arg(m_spellLanguage);
    }
    return {};
}

void MarkdownEditor::updateVisibleBlocks()
{
    const QTextBlock first = firstVisibleBlock();
    QTextBlock last = first;
    const qreal bottom = viewport()->height();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (blockBoundingGeometry(b).translated(contentOffset()).top() > bottom)
            break;
        last = b;
    }
    m_highlighter->setVisibleBlocks(first.blockNumber(), last.blockNumber());
}

QMenu *MarkdownEditor::createContextMenuAt(int position)
{
    QMenu *menu = createStandardContextMenu();
    const QTextBlock block = document()->findBlock(position);
    const auto word = m_highlighter->misspelledWordAt(block, position - block.position());
    if (!word || !m_dictionary || !m_spellChecker)
        return menu;
    const int start = block.position() + int(word->start);
    const QString text = block.text().mid(word->start, word->length);
    const QString normalized = spelling::normalizedWord(text);
    QAction *before = menu->actions().value(0);
    const QStringList suggestions = m_dictionary->suggestions(normalized, 6);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this, [this, start, text, suggestion] { replaceWord(start, text, suggestion); });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    menu->insertSeparator(before);
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(normalized), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, normalized] {
        const Result<Success> added = m_spellChecker->addToPersonalList(normalized);
        if (!added)
            emit spellMessage(tr("Could not save the personal word list: %1").arg(added.error().toString()));
    });
    menu->insertAction(before, add);
    auto *ignore = new QAction(tr("Ignore “%1”").arg(normalized), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    connect(ignore, &QAction::triggered, this, [this, normalized] { m_spellChecker->ignoreForSession(normalized); });
    menu->insertAction(before, ignore);
    if (before)
        menu->insertSeparator(before);
    return menu;
}

void MarkdownEditor::replaceWord(int start, const QString &word, const QString &replacement)
{
    if (isReadOnly())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(word.size()), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != word)
        return;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking a word outside the selection puts the cursor there first.
    int position = textCursor().position();
    if (event->reason() == QContextMenuEvent::Mouse) {
        position = cursorForPosition(event->pos()).position();
        const QTextCursor current = textCursor();
        if (!current.hasSelection() || position < current.selectionStart() || position > current.selectionEnd())
            setTextCursor(cursorForPosition(event->pos()));
    }
    QMenu *menu = createContextMenuAt(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace postwright
