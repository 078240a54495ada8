// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/focusmode.h"

#include "editor/markdowneditor.h"
#include "editor/paragraphdimmer.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace postwright {
namespace {

// A comfortable line: about 70 characters.
constexpr int columnCharacters = 70;

// Every action of the menus (submenus included), for their shortcuts.
QList<QAction *> menuActions(const QList<QAction *> &actions, int depth = 0)
{
    QList<QAction *> all;
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu(); menu && depth < 4)
            all += menuActions(menu->actions(), depth + 1);
        else if (!action->isSeparator())
            all.append(action);
    }
    return all;
}

} // namespace

FocusMode::FocusMode(QMainWindow *window, MarkdownEditor *editor, const QList<QWidget *> &panes)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
{
    for (QWidget *pane : panes)
        m_panes.append(pane);
    createActions();
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &FocusMode::keepCursorCentred);
    m_window->installEventFilter(this);
    m_editor->installEventFilter(this);
}

FocusMode::~FocusMode() = default;

ParagraphDimmer *FocusMode::dimmer() const
{
    return m_dimmer;
}

void FocusMode::createActions()
{
    m_focusAction = new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("Fo&cus"), this);
    m_focusAction->setObjectName(QStringLiteral("focusAction"));
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_focusAction->setStatusTip(tr("Write without distractions: only the text, full screen (Esc leaves)"));
    connect(m_focusAction, &QAction::toggled, this, &FocusMode::setActive);
    // Its key works while the menus are hidden.
    m_window->addAction(m_focusAction);

    m_typewriterAction = new QAction(tr("T&ypewriter Scrolling"), this);
    m_typewriterAction->setObjectName(QStringLiteral("typewriterAction"));
    m_typewriterAction->setCheckable(true);
    m_typewriterAction->setStatusTip(tr("In focus mode, the line you write on stays in the middle of the screen"));
    m_dimAction = new QAction(tr("Dim Oth&er Paragraphs"), this);
    m_dimAction->setObjectName(QStringLiteral("dimAction"));
    m_dimAction->setCheckable(true);
    m_dimAction->setStatusTip(tr("In focus mode, all paragraphs but the one you write in are dimmed"));
    m_typewriterAction->setChecked(AppSettings::viewOption(QStringLiteral("typewriter"), false));
    m_dimAction->setChecked(AppSettings::viewOption(QStringLiteral("dimParagraphs"), false));
    connect(m_typewriterAction, &QAction::toggled, this, [this](bool on) {
        AppSettings::setViewOption(QStringLiteral("typewriter"), on);
        updateOptions();
    });
    connect(m_dimAction, &QAction::toggled, this, [this](bool on) {
        AppSettings::setViewOption(QStringLiteral("dimParagraphs"), on);
        updateOptions();
    });
}

void FocusMode::applySettings(const AppSettings &settings)
{
    m_font = settings.focusFont;
    m_typewriterAction->setChecked(settings.typewriterScrolling);
    m_dimAction->setChecked(settings.dimOtherParagraphs);
    if (m_active) {
        // The window has just set the editor's own font.
        m_saved.font = m_editor->font();
        m_editor->setFont(m_font);
        updateColumn();
    }
}

AppSettings FocusMode::withOptions(AppSettings settings) const
{
    settings.typewriterScrolling = m_typewriterAction->isChecked();
    settings.dimOtherParagraphs = m_dimAction->isChecked();
    return settings;
}

void FocusMode::setActive(bool on)
{
    if (on == m_active)
        return;
    if (on && !m_editor->isVisibleTo(m_window)) {
        // Nothing to write in (the dashboard shows).
        m_focusAction->setChecked(false);
        return;
    }
    m_active = on;
    m_focusAction->setChecked(on);
    if (on)
        enter();
    else
        leave();
}

void FocusMode::enter()
{
    m_saved = {};
    m_saved.windowState = m_window->windowState();
    m_saved.geometry = m_window->saveGeometry();
    m_saved.dockState = m_window->saveState();
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>())
        m_saved.splitters.append({splitter, splitter->saveState()});
    hideChrome();
    styleEditor();
    m_window->setWindowState(m_saved.windowState | Qt::WindowFullScreen);
    m_editor->setFocus();
    updateOptions();
}

void FocusMode::leave()
{
    delete m_dimmer;
    restoreEditor();
    m_window->setWindowState(m_saved.windowState);
    if (!(m_saved.windowState & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        m_window->restoreGeometry(m_saved.geometry);
    restoreChrome();
    m_editor->setFocus();
    m_editor->ensureCursorVisible();
}

void FocusMode::hideChrome()
{
    QList<QWidget *> parts{m_window->menuBar(), m_window->statusBar()};
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        parts.append(bar);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        parts.append(dock);
    for (const QPointer<QWidget> &pane : std::as_const(m_panes))
        parts.append(pane);
    for (QWidget *part : parts) {
        if (part && part->isVisible()) {
            m_saved.hidden.append(part);
            part->hide();
        }
    }
    // The menus' keys (Save, Bold...) keep working with the menus hidden.
    const QList<QAction *> own = m_window->actions();
    for (QAction *action : menuActions(m_window->menuBar()->actions())) {
        if (!action->shortcut().isEmpty() && !own.contains(action)) {
            m_window->addAction(action);
            m_saved.windowActions.append(action);
        }
    }
}

void FocusMode::restoreChrome()
{
    for (QAction *action : std::as_const(m_saved.windowActions))
        m_window->removeAction(action);
    for (const QPointer<QWidget> &part : std::as_const(m_saved.hidden)) {
        if (part)
            part->show();
    }
    m_window->restoreState(m_saved.dockState);
    for (const auto &[splitter, state] : std::as_const(m_saved.splitters)) {
        if (splitter)
            splitter->restoreState(state);
    }
    // The window takes its size back when the window system says so: the
    // splitters follow once more then.
    m_resplitOnResize = true;
    QTimer::singleShot(1000, this, [this] { m_resplitOnResize = false; });
}

void FocusMode::styleEditor()
{
    m_saved.font = m_editor->font();
    m_saved.centerOnScroll = m_editor->centerOnScroll();
    m_saved.autoFillBackground = m_editor->autoFillBackground();
    m_saved.backgroundRole = m_editor->backgroundRole();
    m_saved.frameShape = m_editor->frameShape();
    m_saved.lineWrapMode = m_editor->lineWrapMode();
    m_editor->setFont(m_font);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // The margins beside the column look like the page.
    m_editor->setBackgroundRole(QPalette::Base);
    m_editor->setAutoFillBackground(true);
}

void FocusMode::restoreEditor()
{
    m_editor->setColumnMargins(0, 0);
    m_editor->setFont(m_saved.font);
    m_editor->setCenterOnScroll(m_saved.centerOnScroll);
    m_editor->setAutoFillBackground(m_saved.autoFillBackground);
    m_editor->setBackgroundRole(m_saved.backgroundRole);
    m_editor->setFrameShape(QFrame::Shape(m_saved.frameShape));
    m_editor->setLineWrapMode(QPlainTextEdit::LineWrapMode(m_saved.lineWrapMode));
}

int FocusMode::columnWidth() const
{
    const QFontMetrics metrics(m_editor->font());
    return metrics.averageCharWidth() * columnCharacters + 2 * int(m_editor->document()->documentMargin());
}

void FocusMode::updateColumn()
{
    if (!m_active)
        return;
    const int scrollBar = m_editor->verticalScrollBar()->isVisible() ? m_editor->verticalScrollBar()->width() : 0;
    const int free = m_editor->width() - 2 * m_editor->frameWidth() - scrollBar - columnWidth();
    const int side = std::max(0, free / 2);
    m_editor->setColumnMargins(side, side);
    keepCursorCentred();
}

void FocusMode::updateOptions()
{
    if (!m_active)
        return;
    const bool typewriter = m_typewriterAction->isChecked();
    // Scrolling past the end lets the last line come to the middle too.
    m_editor->setCenterOnScroll(typewriter || m_saved.centerOnScroll);
    if (m_dimAction->isChecked() && !m_dimmer) {
        m_dimmer = new ParagraphDimmer(m_editor);
        m_dimmer->show();
    } else if (!m_dimAction->isChecked()) {
        delete m_dimmer;
    }
    updateColumn();
    keepCursorCentred();
}

void FocusMode::keepCursorCentred()
{
    if (m_active && m_typewriterAction->isChecked())
        m_editor->centerCursor();
}

bool FocusMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        setActive(false);
        return true;
    }
    // The window saves its layout when it closes: the one focus mode hid.
    if (m_active && watched == m_window && event->type() == QEvent::Close)
        setActive(false);
    // Zooming keeps the column at about 70 characters.
    if (m_active && watched == m_editor && event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &FocusMode::updateColumn);
    if (event->type() == QEvent::Resize) {
        // The column stays in the middle as the window (full screen) settles.
        if (m_active)
            QTimer::singleShot(0, this, &FocusMode::updateColumn);
        if (watched == m_window && m_resplitOnResize) {
            for (const auto &[splitter, state] : std::as_const(m_saved.splitters)) {
                if (splitter)
                    splitter->restoreState(state);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace postwright
