// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepreview/jekyllgenerator.h"

#include "files/atomicwrite.h"
#include "liquid/jekyllurls.h"
#include "site/configfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace postwright {
namespace {

// How long `bundle check` may take before the preview gives up on it.
constexpr int bundleCheckMs = 30000;

// What Jekyll writes into its source, its default output, and Git: never
// linked into the shadow, so nothing Jekyll writes reaches the site.
bool leftOut(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("_site"), QStringLiteral(".jekyll-cache"),
                                     QStringLiteral(".jekyll-metadata"), QStringLiteral(".sass-cache"),
                                     QStringLiteral(".git"), QStringLiteral(".bundle")};
    return names.contains(name);
}

constexpr QDir::Filters everyEntry = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

// Links into target (a real folder) each entry of source it lacks, except
// skip (made real by the caller), and drops links whose entry is gone.
QString linkEntries(const QString &source, const QString &target, const QString &skip, bool top)
{
    if (!QDir().mkpath(target))
        return QCoreApplication::translate("postwright::SiteServer", "Cannot create the preview folder %1").arg(target);
    const QStringList names = QDir(source).entryList(everyEntry);
    const QSet<QString> present(names.cbegin(), names.cend());
    for (const QFileInfo &entry : QDir(target).entryInfoList(everyEntry)) {
        if (entry.isSymLink() && !present.contains(entry.fileName()))
            QFile::remove(entry.filePath());
    }
    for (const QString &name : names) {
        if (name == skip || (top && leftOut(name)))
            continue;
        const QString link = target + QLatin1Char('/') + name;
        const QFileInfo info(link);
        if (info.isSymLink() || info.exists())
            continue;
        if (!QFile::link(source + QLatin1Char('/') + name, link))
            return QCoreApplication::translate("postwright::SiteServer", "Cannot link %1 into the preview folder").arg(name);
    }
    return {};
}

// shadow/relative as a real folder (it was a link, or nothing).
bool makeReal(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        QFile::remove(path);
    return QDir().mkpath(path);
}

Error errorAt(const QString &path, int line, int column, const QString &message)
{
    Error error;
    error.path = path;
    error.line = line;
    error.column = column;
    error.message = message.trimmed();
    return error;
}

// "Liquid syntax error (line 3): Unknown tag 'foo' in /site/_posts/x.md"
Error liquidError(const QString &text)
{
    static const QRegularExpression located(QStringLiteral(R"(^(.*?)\s+in\s+(/\S.*?)\s*$)"));
    static const QRegularExpression lineMark(QStringLiteral(R"(\s*\(line (\d+)\))"));
    QString message = text;
    QString path;
    if (const QRegularExpressionMatch match = located.match(text); match.hasMatch()) {
        message = match.captured(1);
        path = match.captured(2);
    }
    int line = 0;
    if (const QRegularExpressionMatch match = lineMark.match(message); match.hasMatch()) {
        line = match.captured(1).toInt();
        message.remove(match.capturedStart(0), match.capturedLength(0));
    }
    return errorAt(path, line, 0, message);
}

// "(/site/_config.yml): did not find expected key ... at line 2 column 1"
Error yamlError(const QString &text)
{
    static const QRegularExpression psych(QStringLiteral(R"(\((/[^)]+)\):\s*(.*?)(?:\s+at line (\d+) column (\d+))?\s*$)"));
    const QRegularExpressionMatch match = psych.match(text);
    if (!match.hasMatch())
        return errorAt({}, 0, 0, text);
    return errorAt(match.captured(1), match.captured(3).toInt(), match.captured(4).toInt(), match.captured(2));
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1 << 20) : QByteArray();
}

// The gems rubygems does not have, of names (`ruby` asks it; a second at most).
QStringList uninstalledGems(const QStringList &names)
{
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (names.isEmpty() || ruby.isEmpty())
        return {};
    QProcess process;
    process.start(ruby, QStringList{QStringLiteral("-e"),
                                    QStringLiteral("ARGV.each { |g| begin; Gem::Specification.find_by_name(g); "
                                                   "rescue Gem::MissingSpecError; puts g; end }")}
                            + names);
    if (!process.waitForFinished(bundleCheckMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QStringList gemNamesOf(const QString &gemfile)
{
    QStringList names;
    static const QRegularExpression gem(QStringLiteral(R"(^\s*gem\s+["']([A-Za-z0-9_.-]+)["'])"), QRegularExpression::MultilineOption);
    for (auto it = gem.globalMatch(gemfile); it.hasNext();)
        names << it.next().captured(1);
    names.removeDuplicates();
    return names;
}

ServerLine parseJekyllLine(QStringView raw)
{
    static const QRegularExpression colour(QStringLiteral("\x1b\\[[0-9;]*m"));
    QString text = raw.toString();
    text.remove(colour);
    text = text.trimmed();
    ServerLine result;
    static const QRegularExpression done(QStringLiteral(R"(^(?:\.\.\.)?done in ([0-9.]+) seconds\.?$)"));
    static const QRegularExpression exception(QStringLiteral(R"(^(?:jekyll [0-9.]+ \| )?(Liquid Exception|Conversion error|YAML Exception reading|Dependency Error|Error reading file|Error):\s*(.*)$)"));
    if (text.startsWith(u"Server running")) {
        result.kind = ServerLine::Kind::Serving;
    } else if (text.startsWith(u"Regenerating:")) {
        result.kind = ServerLine::Kind::ChangeDetected;
    } else if (const QRegularExpressionMatch match = done.match(text); match.hasMatch()) {
        result.kind = ServerLine::Kind::Built;
        result.milliseconds = qRound(match.captured(1).toDouble() * 1000);
    } else if (const QRegularExpressionMatch match = exception.match(text); match.hasMatch()) {
        const QString what = match.captured(1);
        const QString rest = match.captured(2);
        // Jekyll's closing advice is not an error of its own.
        if (rest.startsWith(u"Run jekyll build --trace"))
            return result;
        result.kind = ServerLine::Kind::Error;
        if (what == u"Liquid Exception")
            result.error = liquidError(rest);
        else if (what == u"YAML Exception reading" || rest.startsWith(u"(/"))
            result.error = yamlError(rest);
        else
            result.error = errorAt({}, 0, 0, what == u"Error" ? rest : what + QStringLiteral(": ") + rest);
    }
    return result;
}

QStringList missingGemsOf(const QString &output)
{
    QStringList gems;
    static const QRegularExpression item(QStringLiteral(R"(^\s*\*\s+(.+?)\s*$)"), QRegularExpression::MultilineOption);
    for (auto it = item.globalMatch(output); it.hasNext();)
        gems << it.next().captured(1);
    return gems;
}

QString syncShadowSource(const QString &root, const QString &shadow, const QString &relativePost,
                         const QString &previousRelativePost)
{
    // The post edited before gets its link back.
    if (!previousRelativePost.isEmpty() && previousRelativePost != relativePost) {
        const QString old = shadow + QLatin1Char('/') + previousRelativePost;
        const QFileInfo info(old);
        if (!info.isSymLink() && info.exists())
            QFile::remove(old);
        if (QFileInfo::exists(root + QLatin1Char('/') + previousRelativePost))
            QFile::link(root + QLatin1Char('/') + previousRelativePost, old);
    }
    const QStringList parts = relativePost.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return linkEntries(root, shadow, {}, true);
    QString relative;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString source = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
        const QString target = relative.isEmpty() ? shadow : shadow + QLatin1Char('/') + relative;
        if (const QString error = linkEntries(source, target, parts.at(i), relative.isEmpty()); !error.isEmpty())
            return error;
        relative = relative.isEmpty() ? parts.at(i) : relative + QLatin1Char('/') + parts.at(i);
        if (i + 1 < parts.size() && !makeReal(shadow + QLatin1Char('/') + relative))
            return QCoreApplication::translate("postwright::SiteServer", "Cannot create the preview folder %1").arg(relative);
    }
    // The post itself: the caller writes it (a link there would write into the site).
    const QString post = shadow + QLatin1Char('/') + relativePost;
    if (QFileInfo(post).isSymLink())
        QFile::remove(post);
    return {};
}

QString JekyllGenerator::findProgram()
{
    const QString gemfile = QDir(m_config.root).filePath(QStringLiteral("Gemfile"));
    const QString bundle = QStandardPaths::findExecutable(QStringLiteral("bundle"));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("JEKYLL_ENV"), QStringLiteral("development"));
    if (QFileInfo::exists(gemfile) && !bundle.isEmpty()) {
        // A copy of the Gemfile: bundler writes its lock file and settings beside it.
        const QString folder = m_folder + QStringLiteral("/bundle");
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        QFile::copy(gemfile, folder + QStringLiteral("/Gemfile"));
        if (QFileInfo::exists(gemfile + QStringLiteral(".lock")))
            QFile::copy(gemfile + QStringLiteral(".lock"), folder + QStringLiteral("/Gemfile.lock"));
        m_environment.insert(QStringLiteral("BUNDLE_GEMFILE"), folder + QStringLiteral("/Gemfile"));
        m_environment.insert(QStringLiteral("BUNDLE_APP_CONFIG"), folder + QStringLiteral("/config"));
        QProcess check;
        check.setProcessEnvironment(m_environment);
        check.setWorkingDirectory(folder);
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(bundle, {QStringLiteral("check")});
        if (!check.waitForFinished(bundleCheckMs)) {
            check.kill();
            check.waitForFinished(1000);
            return QCoreApplication::translate("postwright::SiteServer", "`bundle check` for the site's Gemfile did not finish.");
        }
        if (check.exitCode() != 0) {
            QStringList missing = missingGemsOf(QString::fromUtf8(check.readAll()));
            // Without a lock file bundler names none: ask rubygems for each gem the Gemfile lists.
            if (missing.isEmpty())
                missing = uninstalledGems(gemNamesOf(QString::fromUtf8(readSmallFile(gemfile))));
            return missing.isEmpty()
                       ? QCoreApplication::translate("postwright::SiteServer", "The site's Gemfile cannot be used: `bundle check` failed.")
                       : QCoreApplication::translate("postwright::SiteServer",
                                                     "The site's Gemfile needs gems that are not installed: %1. Run `bundle install` in the site folder.")
                             .arg(missing.join(QStringLiteral(", ")));
        }
        m_program = bundle;
        m_programArguments = {QStringLiteral("exec"), QStringLiteral("jekyll")};
        return {};
    }
    m_program = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    m_programArguments.clear();
    if (m_program.isEmpty())
        return QCoreApplication::translate("postwright::SiteServer",
                                           "jekyll is not installed (no jekyll on the PATH). Install it (Debian: apt install jekyll).");
    return {};
}

QString JekyllGenerator::prepare(const SiteConfig &config, const QString &cacheBase)
{
    m_config = config;
    m_folder = previewFolderOf(cacheBase, config.root);
    m_shadow = m_folder + QStringLiteral("/shadow");
    m_overlayRelative.clear();
    m_basePath = QStringLiteral("/");
    m_permalinkStyle.clear();
    if (!config.configFile.isEmpty()) {
        const Result<QVariantMap> read = readConfigFile(config.configFile);
        if (!read)
            return read.error().toString();
        m_permalinkStyle = read.value().value(QStringLiteral("permalink")).toString();
        const QString base = read.value().value(QStringLiteral("baseurl")).toString().trimmed();
        const QString clean = QDir::cleanPath(QLatin1Char('/') + base);
        m_basePath = clean.endsWith(QLatin1Char('/')) ? clean : clean + QLatin1Char('/');
    }
    if (!QDir().mkpath(m_folder))
        return QCoreApplication::translate("postwright::SiteServer", "Cannot create the preview folder %1").arg(m_folder);
    if (const QString error = findProgram(); !error.isEmpty())
        return error;
    // Safe mode ignores symbolic links, of which the shadow is made.
    if (const Result<Success> written = writeFileAtomically(
            m_folder + QStringLiteral("/postwright-preview.yml"),
            "# Written by Postwright for its live preview; not part of the site.\nsafe: false\n");
        !written)
        return written.error().toString();
    QDir(m_shadow).removeRecursively();
    return syncShadowSource(config.root, m_shadow, {});
}

QStringList JekyllGenerator::arguments(int port, const QString &) const
{
    QStringList configs;
    if (!m_config.configFile.isEmpty())
        configs << m_config.configFile;
    configs << m_folder + QStringLiteral("/postwright-preview.yml");
    return m_programArguments
           + QStringList{QStringLiteral("serve"),
                         QStringLiteral("--config"), configs.join(QLatin1Char(',')),
                         QStringLiteral("--source"), m_shadow,
                         QStringLiteral("--destination"), m_folder + QStringLiteral("/_site"),
                         QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--port"), QString::number(port),
                         QStringLiteral("--drafts"), QStringLiteral("--future"), QStringLiteral("--unpublished"),
                         QStringLiteral("--incremental"), QStringLiteral("--watch"),
                         // The cache would go into the source (the shadow, but still).
                         QStringLiteral("--disable-disk-cache")};
}

QString JekyllGenerator::basePath(const QString &) const
{
    return m_basePath;
}

QString JekyllGenerator::overlayFileOf(const QString &postPath, QString *problem)
{
    const QString relative = m_config.relativePath(postPath);
    if (relative.isEmpty() || relative.startsWith(QLatin1String("../")) || leftOut(relative.section(QLatin1Char('/'), 0, 0))) {
        if (problem)
            *problem = QCoreApplication::translate("postwright::SiteServer", "jekyll does not read this file: it is not in the site's folder.");
        return {};
    }
    if (const QString error = syncShadowSource(m_config.root, m_shadow, relative, m_overlayRelative); !error.isEmpty()) {
        if (problem)
            *problem = error;
        return {};
    }
    m_overlayRelative = relative;
    return m_shadow + QLatin1Char('/') + relative;
}

void JekyllGenerator::releaseOverlayFile(const QString &overlayFile)
{
    QFile::remove(overlayFile);
    // The site's file again, through a link (the post may be new: none).
    if (!m_overlayRelative.isEmpty() && QFileInfo::exists(m_config.absolutePath(m_overlayRelative)))
        QFile::link(m_config.absolutePath(m_overlayRelative), overlayFile);
    m_overlayRelative.clear();
}

QString JekyllGenerator::sitePathOf(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (clean.startsWith(m_shadow + QLatin1Char('/')))
        return m_config.root + clean.mid(m_shadow.size());
    return path;
}

QString JekyllGenerator::pageUrlOf(const QString &relativePath, const QString &permalink) const
{
    // Posts, drafts and collections live in folders named with '_'.
    if (relativePath.startsWith(QLatin1Char('_')) || relativePath.contains(QLatin1String("/_")))
        return {};
    return jekyllPageUrl(relativePath, m_permalinkStyle, permalink);
}

ServerLine JekyllGenerator::parseLine(QStringView line) const
{
    return parseJekyllLine(line);
}

void JekyllGenerator::cleanUp()
{
    if (!m_shadow.isEmpty())
        QDir(m_shadow).removeRecursively();
    m_overlayRelative.clear();
}

} // namespace postwright
