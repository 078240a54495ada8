// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QList>
#include <QPalette>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QSplitter;

namespace postwright {

class MarkdownEditor;
class ParagraphDimmer;

// Focus mode (View → Focus, F11): the window goes full screen with only the
// editor, as a centred column of about 70 characters in a proportional font;
// optionally the cursor's line stays in the middle (typewriter scrolling)
// and every paragraph but the cursor's is dimmed. Esc or F11 leaves it and
// puts back the window, its panes and their sizes, and the editor's font
// and margins, exactly as they were.
class FocusMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusMode)

public:
    // panes: the window's parts to hide besides its menus, toolbars, docks
    // and status bar (the sidebar, the form, the preview...).
    FocusMode(QMainWindow *window, MarkdownEditor *editor, const QList<QWidget *> &panes);
    ~FocusMode() override;

    // View → Focus (F11; works with the menus hidden), Typewriter Scrolling,
    // Dim Other Paragraphs (checkable; the last two persist).
    QAction *focusAction() const { return m_focusAction; }
    QAction *typewriterAction() const { return m_typewriterAction; }
    QAction *dimAction() const { return m_dimAction; }

    bool isActive() const { return m_active; }
    void setActive(bool on);
    // The focus font and the two options from the settings.
    void applySettings(const AppSettings &settings);
    // settings with the two options as the View menu has them now.
    AppSettings withOptions(AppSettings settings) const;
    // The dimming layer while it shows, else null.
    ParagraphDimmer *dimmer() const;
    // The width of the text column in pixels (about 70 characters).
    int columnWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void enter();
    void leave();
    void hideChrome();
    void restoreChrome();
    void styleEditor();
    void restoreEditor();
    void updateColumn();
    void updateOptions();
    void keepCursorCentred();

    // What focus mode changed, to put back exactly.
    struct Saved
    {
        Qt::WindowStates windowState;
        QByteArray geometry;
        QByteArray dockState;
        QList<QPointer<QWidget>> hidden;
        QList<std::pair<QPointer<QSplitter>, QByteArray>> splitters;
        QList<QAction *> windowActions;   // menu actions added to the window
        QFont font;
        bool centerOnScroll = false;
        bool autoFillBackground = false;
        QPalette::ColorRole backgroundRole = QPalette::NoRole;
        int frameShape = 0;
        int lineWrapMode = 0;
    };

    QMainWindow *m_window = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QList<QPointer<QWidget>> m_panes;
    QAction *m_focusAction = nullptr;
    QAction *m_typewriterAction = nullptr;
    QAction *m_dimAction = nullptr;
    QFont m_font = AppSettings::defaultFocusFont();
    bool m_active = false;
    Saved m_saved;
    QPointer<ParagraphDimmer> m_dimmer;
    bool m_resplitOnResize = false;
};

} // namespace postwright
