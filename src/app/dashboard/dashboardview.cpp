// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardview.h"

#include "site/postrecord.h"

#include <QCommandLinkButton>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace postwright {
namespace {

// The locale's short date and time, to the minute.
QString whenText(const QDateTime &when)
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(when.toLocalTime(), format);
}

QCommandLinkButton *entryButton(const QString &title, const QString &detail, QWidget *parent)
{
    // A post's "Q&A" is text, not a mnemonic.
    auto *button = new QCommandLinkButton(QString(title).replace(QLatin1Char('&'), QLatin1String("&&")), detail, parent);
    button->setObjectName(QStringLiteral("dashboardEntry"));
    button->setIcon(QIcon());
    // As tall as its text at the width it gets: the size hint guesses a
    // narrow button, so a longer description made some entries taller (and
    // the lists unevenly spaced).
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    button->setSizePolicy(policy);
    return button;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(8, 4, 8, 4);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    connect(&m_counts, &QFutureWatcher<Dashboard>::finished, this, [this] {
        if (std::exchange(m_countsAgain, false)) {
            startCounts();
            return;
        }
        showCounts(m_counts.result());
    });
    connect(&m_watcher, &QFutureWatcher<Dashboard>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            startDoctor();
            return;
        }
        m_checking = false;
        if (!m_cancel->load()) {
            m_dashboard = m_watcher.result();
            rebuild();
        }
    });
    rebuild();
}

DashboardView::~DashboardView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_counts.waitForFinished();
    m_watcher.waitForFinished();
}

void DashboardView::setIndex(const SiteIndex &index)
{
    m_index = index;
    if (m_counts.isRunning()) {
        m_countsAgain = true;
        return;
    }
    startCounts();
}

void DashboardView::startCounts()
{
    m_checking = true;
    DashboardOptions quick;
    quick.runDoctor = false;
    m_counts.setFuture(QtConcurrent::run([index = m_index, quick] { return buildDashboard(index, QDateTime::currentDateTime(), quick); }));
}

void DashboardView::showCounts(const Dashboard &counted)
{
    // The doctor's list stays until its new pass is there.
    const Dashboard previous = m_dashboard;
    m_dashboard = counted;
    if (previous.doctorRan) {
        m_dashboard.problems = previous.problems;
        m_dashboard.problemPosts = previous.problemPosts;
        m_dashboard.warningPosts = previous.warningPosts;
        m_dashboard.doctorRan = true;
    }
    rebuild();
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_again = true;
        return;
    }
    startDoctor();
}

void DashboardView::startDoctor()
{
    if (m_index.config().root.isEmpty()) {
        m_checking = false;
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_checking = true;
    DashboardOptions full;
    full.canceled = [cancel = m_cancel] { return cancel->load(); };
    m_watcher.setFuture(QtConcurrent::run([index = m_index, full] { return buildDashboard(index, QDateTime::currentDateTime(), full); }));
}

void DashboardView::rebuild()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    const QString root = m_index.config().root;
    auto *title = new QLabel(root.isEmpty() ? tr("No site is open") : m_dashboard.siteTitle, page);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    if (!root.isEmpty()) {
        addCounts(layout);
        auto *grid = new QGridLayout;
        grid->setSpacing(16);
        layout->addLayout(grid);
        addSections(grid);
    }
    layout->addStretch(1);
    // Later: the old page may hold the button whose click led here.
    if (QWidget *old = takeWidget())
        old->deleteLater();
    setWidget(page);
}

void DashboardView::addCounts(QVBoxLayout *page)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    const auto count = [&](const QString &text, const std::function<void()> &onClick) {
        auto *button = new QPushButton(text, page->parentWidget());
        button->setObjectName(QStringLiteral("dashboardCount"));
        button->setMinimumHeight(56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        button->setFont(font);
        connect(button, &QPushButton::clicked, this, onClick);
        row->addWidget(button);
    };
    // A heading and its number: no plural to get wrong.
    const auto text = [](const QString &heading, int number) { return heading + QLatin1Char('\n') + QString::number(number); };
    count(text(tr("Posts"), m_dashboard.posts), [this] { emit allPostsRequested(); });
    count(text(tr("Published"), m_dashboard.published), [this] { emit stateFilterRequested(int(PostState::Published)); });
    count(text(tr("Drafts"), m_dashboard.drafts), [this] { emit stateFilterRequested(int(PostState::Draft)); });
    count(text(tr("Scheduled"), m_dashboard.scheduled), [this] { emit stateFilterRequested(int(PostState::Scheduled)); });
    page->addLayout(row);
}

QWidget *DashboardView::postEntry(const DashboardPost &post, const QString &detail)
{
    // One line each: a long note is cut, and whole in the tooltip.
    constexpr int longest = 90;
    const QString shown = detail.size() > longest ? detail.left(longest - 1) + QStringLiteral("…") : detail;
    QCommandLinkButton *button = entryButton(post.title.isEmpty() ? post.path : post.title, shown, nullptr);
    const QString path = m_index.config().absolutePath(post.path);
    connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit openPostRequested(path); });
    button->setToolTip(detail.size() > longest ? post.path + QLatin1Char('\n') + detail : post.path);
    return button;
}

void DashboardView::addSections(QGridLayout *grid)
{
    const auto section = [&](const QString &title, int row, int column) {
        auto *box = new QGroupBox(title);
        auto *layout = new QVBoxLayout(box);
        layout->setSpacing(2);
        grid->addWidget(box, row, column);
        return layout;
    };
    QVBoxLayout *scheduled = section(tr("Scheduled (%1)").arg(m_dashboard.scheduledPosts.size()), 0, 0);
    for (const DashboardPost &post : std::as_const(m_dashboard.scheduledPosts))
        scheduled->addWidget(postEntry(post, tr("due %1").arg(whenText(post.when))));
    if (m_dashboard.scheduledPosts.isEmpty())
        scheduled->addWidget(note(tr("No post is dated in the future."), nullptr));

    QVBoxLayout *drafts = section(tr("Latest drafts"), 0, 1);
    for (const DashboardPost &post : std::as_const(m_dashboard.recentDrafts))
        drafts->addWidget(postEntry(post, tr("saved %1").arg(whenText(post.when))));
    if (m_dashboard.recentDrafts.isEmpty())
        drafts->addWidget(note(tr("No drafts."), nullptr));

    QVBoxLayout *problems = section(tr("Posts with problems (%1)").arg(m_dashboard.doctorRan ? QString::number(m_dashboard.problemPosts)
                                                                                            : QStringLiteral("…")),
                                    1, 0);
    for (const DashboardPost &post : std::as_const(m_dashboard.problems))
        problems->addWidget(postEntry(post, post.note));
    if (!m_dashboard.doctorRan)
        problems->addWidget(note(tr("The doctor is reading the posts…"), nullptr));
    else if (m_dashboard.problems.isEmpty())
        problems->addWidget(note(tr("The doctor finds no error."), nullptr));
    else if (m_dashboard.problemPosts > m_dashboard.problems.size())
        problems->addWidget(note(tr("Posts with errors not shown: %1 (postwright-cli check lists them all).")
                                     .arg(m_dashboard.problemPosts - m_dashboard.problems.size()),
                                 nullptr));
    if (m_dashboard.doctorRan && m_dashboard.warningPosts > 0)
        problems->addWidget(note(tr("Posts with advice only (warnings): %1. The doctor shows it when you open one.")
                                     .arg(m_dashboard.warningPosts),
                                 nullptr));

    QVBoxLayout *tags = section(tr("Tags with one post (%1)").arg(m_dashboard.lonelyTags.size()), 1, 1);
    for (const DashboardTerm &term : std::as_const(m_dashboard.lonelyTags)) {
        QCommandLinkButton *button = entryButton(term.term, tr("only on \"%1\"").arg(term.title), nullptr);
        connect(button, &QCommandLinkButton::clicked, this, [this, tag = term.term] { emit tagFilterRequested(tag); });
        tags->addWidget(button);
    }
    if (m_dashboard.lonelyTags.isEmpty())
        tags->addWidget(note(tr("Every tag is on more than one post."), nullptr));
    for (QVBoxLayout *layout : {scheduled, drafts, problems, tags})
        layout->addStretch(1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

} // namespace postwright
