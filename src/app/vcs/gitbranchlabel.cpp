// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcs/gitbranchlabel.h"

#include "vcs/sitegitstate.h"

namespace postwright {

GitBranchLabel::GitBranchLabel(SiteGitState *state, QWidget *parent) : QLabel(parent), m_state(state)
{
    setObjectName(QStringLiteral("gitBranchLabel"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    connect(m_state, &SiteGitState::changed, this, &GitBranchLabel::showState);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("init"))
            emit repositoryRequested();
    });
    showState();
}

void GitBranchLabel::showState()
{
    const SiteGitState::Snapshot &snapshot = m_state->snapshot();
    setVisible(!snapshot.site.isEmpty());
    if (!snapshot.repository) {
        setText(snapshot.error.isEmpty()
                    ? tr("Not in Git. <a href=\"init\">Make a Git repository…</a>")
                    : tr("Git: %1").arg(snapshot.error.toHtmlEscaped()));
        setToolTip(tr("Publishing through Git needs the site in a Git repository."));
        return;
    }
    QString text = tr("Branch: %1").arg(m_state->branchText().toHtmlEscaped());
    if (!snapshot.files.isEmpty())
        text += QStringLiteral(" · ") + tr("%n file(s) changed", nullptr, int(snapshot.files.size()));
    setText(text);
    const GitBranch &branch = snapshot.branch;
    QString tip = tr("Repository: %1").arg(snapshot.workdir.toHtmlEscaped());
    if (!branch.upstream.isEmpty())
        tip += QStringLiteral("<br>") + tr("%1 commit(s) to push to %2, %3 to merge from it (as of the last fetch)")
                                            .arg(branch.ahead).arg(branch.upstream.toHtmlEscaped()).arg(branch.behind);
    if (!snapshot.error.isEmpty())
        tip += QStringLiteral("<br>") + snapshot.error.toHtmlEscaped();
    setToolTip(tip);
}

} // namespace postwright
