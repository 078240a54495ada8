// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/sitereplacedialog.h"

#include "project/sitesession.h"
#include "text/worddiff.h"
#include "ui_sitereplacedialog.h"

#include <QPushButton>
#include <QtConcurrent>

namespace postwright {
namespace {

constexpr int pathRole = Qt::UserRole;
// A post that was not searched (too large, unreadable, the search gave up):
// why, and it cannot be ticked.
constexpr int problemRole = Qt::UserRole + 1;

} // namespace

SiteReplaceDialog::SiteReplaceDialog(SiteSession *session, const SearchQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteReplaceDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("siteReplaceDialog"));
    m_replaceButton = m_ui->buttons->addButton(tr("Replace in Tick&ed Posts"), QDialogButtonBox::AcceptRole);
    m_replaceButton->setObjectName(QStringLiteral("replaceInPostsButton"));
    m_ui->findEdit->setText(query.text);
    m_ui->replaceEdit->setText(query.replacement);
    m_ui->caseBox->setChecked(query.caseSensitive);
    m_ui->wordBox->setChecked(query.wholeWord);
    m_ui->regexBox->setChecked(query.regex);
    m_ui->fileTree->header()->setStretchLastSection(false);
    m_ui->fileTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->fileTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({340, 420});
    m_ui->fileTree->setTextElideMode(Qt::ElideMiddle);
    m_ui->cancelSearchButton->hide();

    connect(m_ui->searchButton, &QPushButton::clicked, this, &SiteReplaceDialog::search);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &SiteReplaceDialog::search);
    connect(m_ui->cancelSearchButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    for (QLineEdit *edit : {m_ui->findEdit, m_ui->replaceEdit})
        connect(edit, &QLineEdit::textEdited, this, &SiteReplaceDialog::queryEdited);
    for (QCheckBox *box : {m_ui->caseBox, m_ui->wordBox, m_ui->regexBox})
        connect(box, &QCheckBox::toggled, this, &SiteReplaceDialog::queryEdited);
    connect(m_ui->fileTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showPreview(item); });
    connect(m_ui->fileTree, &QTreeWidget::itemChanged, this, &SiteReplaceDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<SiteReplacePlan>::finished, this, [this] {
        m_searching = false;
        // A search for a query edited since is not shown (nor applied).
        if (m_watcher.result().query != this->query()) {
            updateButtons();
            return;
        }
        m_plan = m_watcher.result();
        showPlan();
        emit searchFinished();
    });
    // The dialog's Replace applies; it does not just close.
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SiteReplaceDialog::applyReplace);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    if (!query.text.isEmpty())
        search();
}

SiteReplaceDialog::~SiteReplaceDialog()
{
    // The search works on its own copy of the index: it may end unseen.
    if (m_cancel)
        m_cancel->store(true);
}

SearchQuery SiteReplaceDialog::query() const
{
    SearchQuery query;
    query.text = m_ui->findEdit->text();
    query.replacement = m_ui->replaceEdit->text();
    query.caseSensitive = m_ui->caseBox->isChecked();
    query.wholeWord = m_ui->wordBox->isChecked();
    query.regex = m_ui->regexBox->isChecked();
    return query;
}

void SiteReplaceDialog::search()
{
    if (m_searching || !m_session->hasIndex())
        return;
    const SearchQuery now = query();
    m_plan = SiteReplacePlan{};
    m_ui->fileTree->clear();
    m_ui->previewView->clear();
    if (now.text.isEmpty()) {
        updateButtons();
        return;
    }
    if (const QRegularExpression re = searchPattern(now); !re.isValid()) {
        m_ui->statusLabel->setText(tr("Invalid pattern: %1").arg(re.errorString()));
        updateButtons();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_searching = true;
    m_ui->statusLabel->setText(tr("Searching…"));
    m_ui->cancelSearchButton->show();
    m_watcher.setFuture(QtConcurrent::run([index = m_session->index(), now, cancel = m_cancel] {
        return planSiteReplace(index, now, cancel.get());
    }));
    updateButtons();
}

void SiteReplaceDialog::queryEdited()
{
    // A list found for another query must not be applied.
    if (m_searching && m_cancel)
        m_cancel->store(true);
    m_plan = SiteReplacePlan{};
    m_ui->fileTree->clear();
    m_ui->previewView->clear();
    m_ui->statusLabel->setText(tr("Press Search to see the changes."));
    updateButtons();
}

void SiteReplaceDialog::showPlan()
{
    m_ui->cancelSearchButton->hide();
    {
        const QSignalBlocker blocker(m_ui->fileTree);
        m_ui->fileTree->clear();
        for (const SiteReplaceFile &file : std::as_const(m_plan.files)) {
            auto *item = new QTreeWidgetItem(m_ui->fileTree, {file.path, QLocale().toString(file.matches)});
            item->setData(0, pathRole, file.path);
            item->setToolTip(0, file.path);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const Error &problem : std::as_const(m_plan.problems)) {
            if (problem.path.isEmpty())
                continue;
            auto *item = new QTreeWidgetItem(m_ui->fileTree, {problem.path, tr("left out", "a post not offered for replacing")});
            item->setData(0, pathRole, problem.path);
            item->setData(0, problemRole, problem.message);
            item->setToolTip(0, problem.message);
            item->setToolTip(1, problem.message);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (m_ui->fileTree->topLevelItemCount() > 0)
        m_ui->fileTree->setCurrentItem(m_ui->fileTree->topLevelItem(0));
    QStringList lines;
    lines.append(tr("%n matches", nullptr, m_plan.totalMatches()) + QLatin1Char(' ')
                 + tr("in %n posts.", nullptr, int(m_plan.files.size())));
    if (m_plan.canceled)
        lines.append(tr("Stopped: not every post was searched."));
    if (m_plan.truncated)
        lines.append(tr("Too many matches: the search stopped at %1.").arg(SiteReplaceLimits{}.maxMatches));
    for (const Error &problem : std::as_const(m_plan.problems))
        lines.append(problem.toString());
    m_ui->statusLabel->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void SiteReplaceDialog::showPreview(const QTreeWidgetItem *item)
{
    m_ui->previewView->clear();
    if (!item)
        return;
    if (const QString problem = item->data(0, problemRole).toString(); !problem.isEmpty()) {
        m_ui->previewView->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(problem.toHtmlEscaped()));
        return;
    }
    const QString path = item->data(0, pathRole).toString();
    for (const SiteReplaceFile &file : std::as_const(m_plan.files)) {
        if (file.path != path)
            continue;
        QString html;
        for (const ReplaceExcerpt &excerpt : file.excerpts) {
            html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Line %1").arg(excerpt.line).toHtmlEscaped());
            html += wordDiffHtml(wordDiff(excerpt.before, excerpt.after)) + QStringLiteral("</p>");
        }
        if (file.excerpts.size() >= SiteReplaceLimits{}.maxExcerpts)
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("…and more changed lines further down.").toHtmlEscaped());
        m_ui->previewView->setHtml(html);
        return;
    }
}

QStringList SiteReplaceDialog::checkedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_ui->fileTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->fileTree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            paths.append(item->data(0, pathRole).toString());
    }
    return paths;
}

void SiteReplaceDialog::updateButtons()
{
    m_ui->searchButton->setEnabled(!m_searching);
    m_replaceButton->setEnabled(!m_searching && !m_plan.canceled && !m_session->isBulkEditing() && !checkedPaths().isEmpty());
}

void SiteReplaceDialog::applyReplace()
{
    const QStringList paths = checkedPaths();
    if (paths.isEmpty() || m_searching)
        return;
    // The posts are written on a worker, with the progress in the status
    // bar; the user kept the open post unsaved: nothing starts, the dialog stays.
    if (m_session->startReplace(m_plan, paths))
        accept();
}

} // namespace postwright
