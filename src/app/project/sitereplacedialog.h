// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/sitereplace.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class SiteReplaceDialog;
}

namespace postwright {

class SiteSession;

// Replace in All Posts: searches the body of every post of the open site in
// the background (Stop cancels), lists each post with its number of matches
// and a word diff of its changed lines, lets the user untick posts, and
// replaces in the ticked ones through the site session (one undo step).
class SiteReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteReplaceDialog)

public:
    SiteReplaceDialog(SiteSession *session, const SearchQuery &query, QWidget *parent = nullptr);
    ~SiteReplaceDialog() override;

    // Searches again with the query in the fields.
    void search();
    // Until the posts found are listed.
    bool isSearching() const { return m_searching; }
    const SiteReplacePlan &plan() const { return m_plan; }
    // The posts ticked (relative paths).
    QStringList checkedPaths() const;
    QPushButton *replaceButton() const { return m_replaceButton; }

signals:
    void searchFinished();

private:
    SearchQuery query() const;
    void showPlan();
    void showPreview(const QTreeWidgetItem *item);
    void queryEdited();
    void updateButtons();
    void applyReplace();

    std::unique_ptr<Ui::SiteReplaceDialog> m_ui;
    SiteSession *m_session = nullptr;
    SiteReplacePlan m_plan;
    QFutureWatcher<SiteReplacePlan> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPushButton *m_replaceButton = nullptr;
    bool m_searching = false;
};

} // namespace postwright
