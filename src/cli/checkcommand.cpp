// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "output.h"

#include "doctor/checkcontext.h"
#include "doctor/mojibake.h"
#include "doctor/postdoctor.h"
#include "site/sitelookup.h"
#include "site/siterules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace postwright::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postwright::cli", text);
}

QJsonObject toJson(const Finding &f)
{
    return {{QStringLiteral("path"), f.path},
            {QStringLiteral("line"), f.line},
            {QStringLiteral("column"), f.column},
            {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("fix"), f.fix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.fix)}};
}

// Repairs the post's mojibake in place; returns what was repaired, or -1
// when the repaired post could not be saved.
int fixMojibake(Post &post, const SaveOptions &options)
{
    const Post before = post;   // the findings are about the file as it is
    const MojibakeRepair repair = repairPostMojibake(post);
    if (repair.repaired == 0)
        return 0;
    if (const auto saved = post.save(post.path(), options); !saved) {
        reportWriteError(saved.error());
        post = before;
        return -1;
    }
    return repair.repaired;
}

// The posts to check: a file as named; a folder as the site walk lists its
// posts (links out of the site are reported, not read).
QStringList postsToCheck(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const Result<SiteConfig> config = detectSite(path);
        if (!config) {
            err(config.error());   // its posts are still checked, as files
            files += markdownFiles({path});
            continue;
        }
        const SiteListing listing = listSiteFiles(config.value());
        reportProblems(path, listing.warnings);
        for (const SiteFile &file : listing.files)
            files.append(sitePath(path, file.path));
    }
    return files;
}

} // namespace

int checkCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as a JSON array."));
    const QCommandLineOption fix(QStringLiteral("fix"), tr("Repair what can be repaired exactly (garbled text), in place."));
    const QCommandLineOption force = forceOption();
    parser.addOptions({json, fix, force});
    if (!parseCommand(parser, args, 1, QStringLiteral("SITE|POST... [--json] [--fix [--force]]")))
        return Usage;
    const QStringList files = postsToCheck(parser.positionalArguments().mid(1));
    QJsonArray all;
    bool anyError = false;
    bool unreadable = false;
    bool unwritten = false;   // --fix could not save a repair
    QHash<QString, CheckContext> contexts;   // one site lookup per folder
    std::set<QString> reported;              // findings in other files than the post
    CheckContexts checks;                    // one walk of each Hugo site's pages
    for (const QString &path : files) {
        Result<Post> loaded = Post::load(path);
        if (!loaded) {
            err(loaded.error());
            unreadable = true;
            continue;
        }
        Post post = std::move(loaded).value();
        const QString folder = QFileInfo(path).absolutePath();
        if (!contexts.contains(folder))
            contexts.insert(folder, checks.forPost(path));
        if (parser.isSet(fix)) {
            SaveOptions save;
            save.replaceReadOnly = parser.isSet(force);
            const int repaired = fixMojibake(post, save);
            unwritten = unwritten || repaired < 0;
            if (repaired > 0 && !parser.isSet(json))
                out(QCoreApplication::translate("postwright::cli", "%1: repaired %n garbled sequences", nullptr, repaired).arg(path));
        }
        for (const Finding &f : checkPost(post, contexts.value(folder))) {
            anyError = anyError || f.severity == Severity::Error;
            // A finding of the site (its _config.yml) comes with each of its
            // posts: said once.
            const QString key = QStringLiteral("%1:%2:%3:%4").arg(f.path).arg(f.line).arg(f.column).arg(f.message);
            if (f.path != post.path() && !reported.insert(key).second)
                continue;
            if (parser.isSet(json))
                all.append(toJson(f));
            else
                out(QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                        .arg(f.path)
                        .arg(f.line)
                        .arg(f.column)
                        .arg(severityName(f.severity), f.message, f.code));
        }
    }
    if (parser.isSet(json))
        writeStdout(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (unreadable && files.size() == 1)
        return Usage;
    return anyError || unreadable || unwritten ? Findings : Ok;
}

} // namespace postwright::cli
