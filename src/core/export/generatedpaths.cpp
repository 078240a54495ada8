// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/generatedpaths.h"

#include "export/exportertext.h"
#include "export/exportmanifest.h"
#include "export/posturl.h"
#include "site/siteconfig.h"

namespace postwright {

QString exportStylesheetFile()
{
    return QStringLiteral("postwright.css");
}

QString exportScriptFile()
{
    return QStringLiteral("postwright.js");
}

QString generatedOutput(const SiteConfig &config, const QString &output)
{
    if (output == QLatin1String("index.html"))
        return ExporterText::tr("the home page");
    if (output == QLatin1String("index.xml"))
        return ExporterText::tr("the feed");
    if (output == QLatin1String("sitemap.xml"))
        return ExporterText::tr("the sitemap");
    if (output == exportStylesheetFile())
        return ExporterText::tr("the stylesheet");
    if (output == exportScriptFile())
        return ExporterText::tr("the script of the copy buttons");
    if (output == ExportManifest::fileName())
        return ExporterText::tr("the export's manifest");
    const QString top = output.section(QLatin1Char('/'), 0, 0);
    if (top == output)
        return {};
    if (top == QLatin1String("katex"))
        return ExporterText::tr("KaTeX");
    if (top == QLatin1String("page"))
        return ExporterText::tr("the home page's further pages");
    for (const Taxonomy &taxonomy : config.taxonomies) {
        if (top == taxonomyUrl(config, taxonomy.plural).section(QLatin1Char('/'), 1, 1))
            return ExporterText::tr("the %1 pages").arg(taxonomy.plural);
    }
    return {};
}

QString takenAtOrAbove(const QString &output, const std::function<bool(const QString &path)> &taken)
{
    if (taken(output))
        return output;
    for (qsizetype slash = output.indexOf(QLatin1Char('/')); slash >= 0; slash = output.indexOf(QLatin1Char('/'), slash + 1)) {
        if (taken(output.left(slash)))
            return output.left(slash);
    }
    return {};
}

} // namespace postwright
