// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/postdoctor.h"

#include <QHash>
#include <QString>

#include <memory>

namespace postwright {

// Builds the doctor's context of posts, the one way the app and the CLI
// both use: the site a post lies in (findEnclosingSite) with the rule that
// judges its links, a Zola site's taxonomies and a Hugo site's pages that
// ref and relref may name. Remembers each Hugo site's pages, so that
// checking many posts, or one post at every edit, walks a site once.
class CheckContexts final
{
public:
    // The context of the post at postPath (empty path: none).
    // withRefs false: a Hugo site's hugoRefs are left unset (walking the
    // site's pages takes a while on a big one; see hugoRefsFor).
    CheckContext forPost(const QString &postPath, bool withRefs = true);
    // Forgets the pages walked so far (posts were added, moved or removed).
    void forgetPages() { m_pages.clear(); }

private:
    QHash<QString, std::shared_ptr<const HugoRefIndex>> m_pages;   // by site root
};

} // namespace postwright
