// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/newpost.h"

#include "post/post.h"
#include "site/slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace postwright {
namespace {

// The translation context of this file's messages (lupdate reads "NewPostText::tr").
struct NewPostText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::NewPost)
};

QString hugoSection(const SiteConfig &config, const NewPostOptions &options)
{
    if (!options.section.isEmpty())
        return options.section;
    const QDir content(config.contentDir);
    if (!content.exists(QStringLiteral("posts")) && content.exists(QStringLiteral("post")))
        return QStringLiteral("post");
    return QStringLiteral("posts");
}

// Zola has no default section: blog/ or posts/ when the site has one,
// else content/ itself.
QString zolaSection(const SiteConfig &config, const NewPostOptions &options)
{
    if (!options.section.isEmpty())
        return options.section;
    const QDir content(config.contentDir);
    for (const char *name : {"blog", "posts"}) {
        if (content.exists(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    }
    return {};
}

QString readArchetype(const SiteConfig &config, const QString &section)
{
    if (config.archetypeDir.isEmpty())
        return {};
    const QDir dir(config.archetypeDir);
    for (const QString &name : {section + QStringLiteral(".md"), QStringLiteral("default.md")}) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

} // namespace

QString rfc3339(const QDateTime &date)
{
    const int offset = date.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString zone = offset == 0 && date.timeSpec() == Qt::UTC
                             ? QStringLiteral("Z")
                             : QStringLiteral("%1%2:%3")
                                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + zone;
}

QString fillArchetype(const QString &archetype, const QString &baseName, const QDateTime &date)
{
    static const QRegularExpression titleForm(QStringLiteral(
        R"(\{\{-?\s*replace\s+\.(?:File\.ContentBaseName|Name|File\.BaseFileName)\s+"-"\s+" "\s*\|\s*title\s*-?\}\})"));
    static const QRegularExpression dateForm(QStringLiteral(R"(\{\{-?\s*\.Date\s*-?\}\})"));
    static const QRegularExpression nameForm(
        QStringLiteral(R"(\{\{-?\s*\.(?:Name|File\.ContentBaseName)\s*-?\}\})"));
    QString text = archetype;
    text.replace(titleForm, titleFromSlug(baseName));
    text.replace(dateForm, rfc3339(date));
    text.replace(nameForm, baseName);
    return text;
}

QString newPostSlug(const NewPostOptions &options)
{
    return slugify(options.slug.trimmed().isEmpty() ? options.title : options.slug);
}

Result<QString> newPostPath(const SiteConfig &config, const NewPostOptions &options)
{
    const QString slug = newPostSlug(options);
    if (slug.isEmpty() && !options.slug.trimmed().isEmpty())
        return Error{config.root, 0, 0, NewPostText::tr("the slug \"%1\" gives no file name").arg(options.slug)};
    if (slug.isEmpty())
        return Error{config.root, 0, 0, NewPostText::tr("the title \"%1\" gives no file name").arg(options.title)};
    const QString file = options.bundle ? slug + QStringLiteral("/index.md") : slug + QStringLiteral(".md");
    switch (config.kind) {
    case SiteKind::Hugo:
        return config.relativePath(QDir(config.contentDir).filePath(hugoSection(config, options) + QLatin1Char('/') + file));
    case SiteKind::Zola: {
        const QString section = zolaSection(config, options);
        return config.relativePath(QDir(config.contentDir).filePath(section.isEmpty() ? file : section + QLatin1Char('/') + file));
    }
    case SiteKind::Jekyll:
        if (options.bundle)
            return Error{config.root, 0, 0, NewPostText::tr("Jekyll has no page bundles")};
        if (options.draft)
            return QStringLiteral("_drafts/") + file;
        return QStringLiteral("_posts/") + options.now.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-')
               + file;
    case SiteKind::Plain:
        break;
    }
    return options.section.isEmpty() ? file : options.section + QLatin1Char('/') + file;
}

Result<QString> createPost(const SiteConfig &config, const NewPostOptions &options)
{
    const Result<QString> relative = newPostPath(config, options);
    if (!relative)
        return relative.error();
    const QString path = config.absolutePath(relative.value());
    if (!config.contains(path))
        return Error{path, 0, 0, NewPostText::tr("not inside the site")};
    if (QFileInfo::exists(path))
        return Error{path, 0, 0, NewPostText::tr("a post with this name exists already")};
    const QString slug = newPostSlug(options);

    // Zola's tags are a declared taxonomy, kept under [taxonomies].
    const QString tagsKey = config.kind == SiteKind::Zola ? QStringLiteral("taxonomies.tags") : QStringLiteral("tags");
    if (config.kind == SiteKind::Zola && !options.tags.isEmpty() && !config.hasTaxonomy(QStringLiteral("tags")))
        return Error{config.configFile, 0, 0, NewPostText::tr("the site declares no \"tags\" taxonomy (taxonomies = [{name = \"tags\"}]): "
                                                              "Zola would refuse a post with tags")};
    QString archetype;
    if (config.kind == SiteKind::Hugo)
        archetype = readArchetype(config, hugoSection(config, options));
    // Zola reads TOML front matter between +++ lines; the keys come below.
    const QString filled = config.kind == SiteKind::Zola ? QStringLiteral("+++\n+++\n") : fillArchetype(archetype, slug, options.now);
    Result<Post> parsed = Post::fromBytes(filled.toUtf8(), path);
    if (!parsed)
        return parsed.error();
    Post post = std::move(parsed).value();
    if (post.frontMatter().error)
        return *post.frontMatter().error;

    const Value title = Value::fromString(options.title);
    const Value date = Value::fromDate(*DateTimeValue::parse(rfc3339(options.now)));
    if (archetype.isEmpty()) {
        if (config.kind == SiteKind::Jekyll) {
            if (auto r = post.setField(QStringLiteral("layout"), Value::fromString(QStringLiteral("post"))); !r)
                return r.error();
        }
        if (auto r = post.setField(QStringLiteral("title"), title); !r)
            return r.error();
        // A Jekyll draft takes its date when it is published.
        if (!(config.kind == SiteKind::Jekyll && options.draft)) {
            if (auto r = post.setField(QStringLiteral("date"), date); !r)
                return r.error();
        }
        if (config.kind != SiteKind::Jekyll) {
            if (auto r = post.setField(QStringLiteral("draft"), Value::fromBool(options.draft)); !r)
                return r.error();
        }
    } else {
        // The archetype's title comes from the slug; the user's title has
        // the accents and capitals the slug lost.
        const Field *field = post.frontMatter().field(QStringLiteral("title"));
        if (field && field->value.displayText() == titleFromSlug(slug)) {
            if (auto r = post.setField(QStringLiteral("title"), title); !r)
                return r.error();
        }
        if (options.draft) {
            if (auto r = post.setField(QStringLiteral("draft"), Value::fromBool(true)); !r)
                return r.error();
        }
    }
    if (!options.tags.isEmpty()) {
        if (auto r = post.setField(tagsKey, Value::fromList(options.tags)); !r)
            return r.error();
    }
    if (post.body().isEmpty())
        post.setText(post.text() + QLatin1Char('\n'));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{path, 0, 0, NewPostText::tr("cannot create the folder")};
    // Never through a link where the file goes, even a dangling one.
    SaveOptions create;
    create.createOnly = true;
    if (auto saved = post.save(path, create); !saved)
        return saved.error();
    return relative.value();
}

} // namespace postwright
