// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/shortcodehtml.h"

#include "export/htmltext.h"
#include "render/codehighlighter.h"
#include "render/htmlescape.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <set>

namespace postwright {

namespace {

std::string esc(std::string_view text)
{
    std::string out;
    appendHtmlEscaped(out, text);
    return out;
}

// The translation context of what the shortcodes show (lupdate reads
// "ShortcodesText::tr"; a plain tr() here would be filed under the
// namespace and never found).
struct ShortcodesText
{
    Q_DECLARE_TR_FUNCTIONS(postwright::Shortcodes)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A link or source as an attribute value: script URLs become "#", as
// Markdown links do in the export.
std::string safeUrl(const std::string &url)
{
    return isScriptUrl(QString::fromStdString(url)) ? std::string("#") : esc(url);
}

// One path segment of a URL built from a parameter.
std::string segment(const std::string &value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

void addFinding(QList<ShortcodeFinding> &findings, ShortcodeFinding::Kind kind, const ShortcodeItem &item,
                const QString &detail)
{
    findings.append(ShortcodeFinding{kind, QString::fromStdString(item.name), detail, item.line, item.column});
}

// Markdown rendered inside a shortcode (its inner content, a caption).
std::string markdownify(const std::string &markdown, const RenderOptions &outer, int line, bool unwrapParagraph,
                        QList<ShortcodeFinding> &findings)
{
    RenderOptions options = outer;
    options.sourcePos = false;
    options.statistics = false;
    // Rendered from line 1 and the findings moved to the file's lines: a
    // render from line N feeds N blank lines first, which made a post of
    // many paired shortcodes quadratic.
    options.firstLine = 1;
    ++options.shortcodes.depth;
    RenderResult result = render(QString::fromStdString(markdown), options);
    for (ShortcodeFinding &finding : result.shortcodes) {
        if (finding.line > 0)
            finding.line += std::max(line, 1) - 1;
    }
    findings += result.shortcodes;
    std::string html = result.html.toStdString();
    while (!html.empty() && html.back() == '\n')
        html.pop_back();
    // Hugo's markdownify drops the <p> around a single paragraph.
    if (unwrapParagraph && html.starts_with("<p>") && html.ends_with("</p>")
        && html.find("<p>", 3) == std::string::npos)
        html = html.substr(3, html.size() - 7);
    return html;
}

// The text of HTML: tags dropped, character references kept.
std::string plainify(const std::string &html)
{
    std::string out;
    bool inTag = false;
    for (char c : html) {
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            out += c;
    }
    return out;
}

ShortcodeOutput figure(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    const auto get = [&](const char *key) { return item.get(key); };
    const std::string caption = get("caption").empty() ? std::string()
                              : markdownify(get("caption"), options, item.line, true, findings);
    const std::string attr = get("attr").empty() ? std::string()
                           : markdownify(get("attr"), options, item.line, true, findings);
    std::string html = "<figure";
    if (!get("class").empty())
        html += " class=\"" + esc(get("class")) + '"';
    html += '>';
    if (!get("link").empty()) {
        html += "<a href=\"" + safeUrl(get("link")) + '"';
        if (!get("target").empty())
            html += " target=\"" + esc(get("target")) + '"';
        if (!get("rel").empty())
            html += " rel=\"" + esc(get("rel")) + '"';
        html += '>';
    }
    html += "<img src=\"" + safeUrl(get("src")) + '"';
    if (!get("alt").empty())
        html += " alt=\"" + esc(get("alt")) + '"';
    else if (!caption.empty())
        html += " alt=\"" + plainify(caption) + '"';
    for (const char *key : {"width", "height", "loading"}) {
        if (!get(key).empty())
            html += std::string(" ") + key + "=\"" + esc(get(key)) + '"';
    }
    html += '>';
    if (!get("link").empty())
        html += "</a>";
    if (!get("title").empty() || !caption.empty() || !attr.empty()) {
        html += "<figcaption>";
        if (!get("title").empty())
            html += "<h4>" + esc(get("title")) + "</h4>";
        if (!caption.empty() || !attr.empty()) {
            html += "<p>" + caption;
            if (!get("attrlink").empty())
                html += "<a href=\"" + safeUrl(get("attrlink")) + "\">" + attr + "</a>";
            else
                html += attr;
            html += "</p>";
        }
        html += "</figcaption>";
    }
    html += "</figure>";
    return ShortcodeOutput{html, {}, {}, false, true};
}

// The lines of highlighted HTML, each with the spans open at its start
// reopened and those open at its end closed, so each can be wrapped.
std::vector<std::string> htmlLines(const std::string &html)
{
    std::vector<std::string> lines(1);
    std::vector<std::string> open;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html.compare(i, 6, "<span ") == 0) {
            const std::size_t end = html.find('>', i);
            open.push_back(html.substr(i, end - i + 1));
            lines.back() += open.back();
            i = end;
        } else if (html.compare(i, 7, "</span>") == 0) {
            if (!open.empty())
                open.pop_back();
            lines.back() += "</span>";
            i += 6;
        } else if (html[i] == '\n') {
            for (std::size_t k = 0; k < open.size(); ++k)
                lines.back() += "</span>";
            lines.emplace_back();
            for (const std::string &tag : open)
                lines.back() += tag;
        } else {
            lines.back() += html[i];
        }
    }
    if (lines.size() > 1 && lines.back().empty())
        lines.pop_back();
    return lines;
}

// Hugo's hl_lines: "2 4-6" (spaces or commas between).
std::set<int> highlightedLines(const std::string &spec)
{
    std::set<int> lines;
    std::string item;
    const auto flush = [&] {
        const std::size_t dash = item.find('-');
        const int from = std::atoi(item.c_str());
        const int to = dash == std::string::npos ? from : std::atoi(item.c_str() + dash + 1);
        for (int n = from; n > 0 && n <= to && n - from < 100000; ++n)
            lines.insert(n);
        item.clear();
    };
    for (char c : spec + ' ') {
        if (c == ' ' || c == ',')
            flush();
        else
            item += c;
    }
    return lines;
}

ShortcodeOutput highlightBlock(const ShortcodeItem &item, const RenderOptions &options)
{
    const std::string lang = item.get("lang", 0);
    std::string code = item.inner;
    code.erase(0, code.find_first_not_of("\n\r") == std::string::npos ? code.size() : code.find_first_not_of("\n\r"));
    code.erase(code.find_last_not_of("\n\r") + 1);
    std::optional<std::string> body = options.highlightCode ? codehighlight::highlight(lang, code) : std::nullopt;
    if (!body)
        body = esc(code);

    // "linenos=table,hl_lines=2 3,linenostart=5"
    std::string spec = item.get("options", 1);
    std::replace(spec.begin(), spec.end(), ',', '\n');
    bool linenos = false;
    int start = 1;
    std::set<int> marked;
    for (std::size_t p = 0; p < spec.size();) {
        const std::size_t e = std::min(spec.find('\n', p), spec.size());
        const std::string option = spec.substr(p, e - p);
        const std::size_t eq = option.find('=');
        const std::string key = option.substr(0, eq);
        const std::string value = eq == std::string::npos ? std::string() : option.substr(eq + 1);
        if (key == "linenos")
            linenos = value != "false" && !value.empty();
        else if (key == "hl_lines")
            marked = highlightedLines(value);
        else if (key == "linenostart")
            start = std::max(0, std::atoi(value.c_str()));
        p = e + 1;
    }
    if (linenos || !marked.empty()) {
        std::string wrapped;
        const std::vector<std::string> lines = htmlLines(*body);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const int n = int(i) + 1;
            wrapped += marked.contains(n) ? "<span class=\"line hl\">" : "<span class=\"line\">";
            if (linenos)
                wrapped += "<span class=\"ln\">" + std::to_string(start + n - 1) + "</span>";
            // As hugo: a line break after each line but the last.
            wrapped += "<span class=\"cl\">" + lines[i] + (i + 1 < lines.size() ? "\n" : "") + "</span></span>";
        }
        body = wrapped;
    }
    std::string html = "<div class=\"highlight\"><pre tabindex=\"0\"><code";
    if (!lang.empty())
        html += " class=\"language-" + esc(lang) + "\" data-lang=\"" + esc(lang) + '"';
    html += '>' + *body + "</code></pre></div>";
    return ShortcodeOutput{html, {}, {}, false, true};
}

ShortcodeOutput details(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    std::string html = "<details";
    for (const char *key : {"class", "name"}) {
        if (!item.get(key).empty())
            html += std::string(" ") + key + "=\"" + esc(item.get(key)) + '"';
    }
    const std::string open = item.get("open");
    if (open == "true" || open == "1")
        html += " open";
    if (!item.get("title").empty())
        html += " title=\"" + esc(item.get("title")) + '"';
    const std::string summary = item.get("summary").empty() ? utf8(ShortcodesText::tr("Details")) : item.get("summary");
    html += "><summary>" + markdownify(summary, options, item.line, true, findings) + "</summary>";
    html += markdownify(item.inner, options, item.innerLine, false, findings);
    html += "</details>";
    return ShortcodeOutput{html, {}, {}, false, true};
}

bool isVideoId(const std::string &id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

ShortcodeOutput video(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    const bool youtube = item.name == "youtube";
    const std::string id = item.get("id", 0);
    if (!isVideoId(id)) {
        addFinding(findings, ShortcodeFinding::Kind::Invalid, item,
                   QCoreApplication::translate("postwright::Shortcodes", "not a video id: %1")
                       .arg(QString::fromStdString(id).left(80)));
        return ShortcodeOutput{"<p class=\"pw-shortcode-error\">" + esc(item.name) + ": " + esc(id.substr(0, 80)) + "</p>",
                               {}, {}, false, true};
    }
    const std::string src = youtube ? "https://www.youtube-nocookie.com/embed/" + id
                                    : "https://player.vimeo.com/video/" + id + "?dnt=1";
    const std::string page = youtube ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
    const std::string cls = item.get("class", 1);
    std::string title = item.get("title", youtube ? -1 : 2);
    if (title.empty())
        title = youtube ? "YouTube Video" : "vimeo video";
    // autoplay is left out: the preview and the export start nothing by themselves.

    std::string html = "<div class=\"pw-video" + (cls.empty() ? std::string() : ' ' + esc(cls)) + '"';
    if (cls.empty())
        html += " style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\"";
    html += '>';
    const std::string frameStyle = "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";
    if (options.shortcodes.embedPlaceholders) {
        html += "<div class=\"pw-embed\" data-embed-src=\"" + esc(src) + "\" data-embed-title=\"" + esc(title)
              + "\" style=\"" + frameStyle + "\"><a class=\"pw-embed-link\" href=\"" + esc(page) + "\">"
              + esc(title) + "</a>";
        if (options.shortcodes.embedsBlocked)
            html += "<span class=\"pw-embed-blocked\">" + esc(utf8(ShortcodesText::tr("Remote content is blocked (Edit → Settings)"))) + "</span>";
        else
            html += "<button type=\"button\" class=\"pw-embed-load\">"
                  + esc(youtube ? utf8(ShortcodesText::tr("Load video from youtube-nocookie.com")) : utf8(ShortcodesText::tr("Load video from vimeo.com")))
                  + "</button>";
        html += "</div>";
    } else {
        html += "<iframe src=\"" + esc(src) + "\" style=\"" + frameStyle + "\" allowfullscreen title=\"" + esc(title)
              + "\"></iframe>";
    }
    html += "</div>";
    return ShortcodeOutput{html, {}, {}, false, true};
}

// gist, x/twitter/tweet, instagram: a card linking to the post.
ShortcodeOutput card(const ShortcodeItem &item)
{
    std::string url;
    std::string label;
    if (item.name == "gist") {
        const std::string user = item.get("user", 0);
        const std::string id = item.get("id", 1);
        const std::string file = item.get("file", 2);
        url = "https://gist.github.com/" + segment(user) + '/' + segment(id);
        if (!file.empty())
            url += "#file-" + segment(file);
        label = "Gist " + user + '/' + id + (file.empty() ? std::string() : " (" + file + ')');
    } else if (item.name == "instagram") {
        const std::string id = item.get("id", 0);
        url = "https://www.instagram.com/p/" + segment(id) + '/';
        label = "Instagram " + id;
    } else {
        const std::string user = item.get("user", 0);
        const std::string id = item.get("id", 1);
        url = "https://x.com/" + segment(user) + "/status/" + segment(id);
        label = "X @" + user + ' ' + id;
    }
    std::string html = "<div class=\"pw-card pw-card-" + esc(item.name) + "\"><a href=\"" + esc(url) + "\">"
                     + esc(label) + "</a></div>";
    return ShortcodeOutput{html, {}, {}, false, true};
}

ShortcodeOutput textValue(const std::string &text)
{
    return ShortcodeOutput{esc(text), {}, text, true, false};
}

ShortcodeOutput reference(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    const std::string target = item.get("path", 0);
    if (!options.shortcodes.resolveRef)
        return textValue(target);
    // Only named: a second positional parameter is the output format.
    const QString language = QString::fromStdString(item.get("lang")).trimmed().toLower();
    const std::optional<QString> url = options.shortcodes.resolveRef(QString::fromStdString(target), item.name == "ref", language);
    if (!url) {
        addFinding(findings, ShortcodeFinding::Kind::UnresolvedRef, item, QString::fromStdString(target));
        return textValue(target);
    }
    return textValue(url->toStdString());
}

ShortcodeOutput param(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    const std::string key = item.get("name", 0);
    if (!options.shortcodes.param)
        return textValue({});
    const std::optional<QString> value = options.shortcodes.param(QString::fromStdString(key));
    if (!value) {
        addFinding(findings, ShortcodeFinding::Kind::MissingParam, item, QString::fromStdString(key));
        return textValue({});
    }
    return textValue(value->toStdString());
}

// A site's own shortcode: a box with its name, parameters and inner content.
ShortcodeOutput box(const ShortcodeItem &item, const RenderOptions &options, QList<ShortcodeFinding> &findings)
{
    addFinding(findings, ShortcodeFinding::Kind::Unknown, item, {});
    findings.back().unclosed = !item.paired && !item.selfClosed;
    std::string params;
    for (const ShortcodeParam &param : item.params) {
        params += "<span class=\"pw-shortcode-param\">";
        if (!param.name.empty())
            params += esc(param.name) + '=';
        params += "&quot;" + esc(param.value) + "&quot;</span> ";
    }
    const std::string label = "<span class=\"pw-shortcode-name\">" + esc(utf8(ShortcodesText::tr("shortcode"))) + ' ' + esc(item.name)
                            + "</span> ";
    const std::string inner = item.paired ? markdownify(item.inner, options, item.innerLine, false, findings)
                                          : std::string();
    ShortcodeOutput out;
    out.block = true;
    out.html = "<div class=\"pw-shortcode\" data-shortcode=\"" + esc(item.name) + "\"><div class=\"pw-shortcode-head\">"
             + label + params + "</div>";
    if (!inner.empty())
        out.html += "<div class=\"pw-shortcode-inner\">" + inner + "</div>";
    out.html += "</div>";
    out.inlineHtml = "<span class=\"pw-shortcode\" data-shortcode=\"" + esc(item.name)
                   + "\"><small class=\"pw-shortcode-head\">" + label + params + "</small>";
    if (!inner.empty())
        out.inlineHtml += "<span class=\"pw-shortcode-inner\">" + inner + "</span>";
    out.inlineHtml += "</span>";
    return out;
}

QString problemText(ShortcodeItem::Problem problem)
{
    using Problem = ShortcodeItem::Problem;
    switch (problem) {
    case Problem::NoName:
        return QCoreApplication::translate("postwright::Shortcodes", "no shortcode name after the opening braces");
    case Problem::UnclosedQuote:
        return QCoreApplication::translate("postwright::Shortcodes",
                                           "a quoted parameter is not closed (or contains \"{{\")");
    case Problem::UnclosedComment:
        return QCoreApplication::translate("postwright::Shortcodes", "the comment is not closed with \"*/\"");
    case Problem::ClosingWithParams:
        return QCoreApplication::translate("postwright::Shortcodes", "a closing tag cannot have parameters");
    case Problem::Unclosed:
    case Problem::None:
        break;
    }
    return QCoreApplication::translate("postwright::Shortcodes",
                                       "the tag is not closed (before the next \"{{\" or the end)");
}

} // namespace

QString unclosedText(const std::string &name)
{
    return QCoreApplication::translate("postwright::Shortcodes",
                                       "must be closed ({{< /%1 >}}) or self-closed ({{< %1 />}}): its template uses .Inner")
        .arg(QString::fromStdString(name));
}

ShortcodeOutput renderShortcode(const ShortcodeItem &item, const RenderOptions &options,
                                QList<ShortcodeFinding> &findings)
{
    switch (item.kind) {
    case ShortcodeItem::Kind::Escape:
        return textValue(item.text);
    case ShortcodeItem::Kind::Broken:
        addFinding(findings, ShortcodeFinding::Kind::Syntax, item, problemText(item.problem));
        return textValue(item.text);
    case ShortcodeItem::Kind::StrayClose:
        addFinding(findings, ShortcodeFinding::Kind::Syntax, item,
                   QCoreApplication::translate("postwright::Shortcodes", "closing tag without an opening one"));
        return ShortcodeOutput{"<span class=\"pw-shortcode pw-shortcode-error\">" + esc(item.text) + "</span>",
                               {}, {}, false, false};
    case ShortcodeItem::Kind::Shortcode:
        break;
    }
    const std::string &name = item.name;
    // Hugo's own templates of these use .Inner: one never closed stops its build.
    if ((name == "highlight" || name == "details") && !item.paired && !item.selfClosed) {
        addFinding(findings, ShortcodeFinding::Kind::Syntax, item, unclosedText(name));
        return textValue(item.text);
    }
    if (name == "figure")
        return figure(item, options, findings);
    if (name == "highlight")
        return highlightBlock(item, options);
    if (name == "ref" || name == "relref")
        return reference(item, options, findings);
    if (name == "param")
        return param(item, options, findings);
    if (name == "details")
        return details(item, options, findings);
    if (name == "youtube" || name == "vimeo")
        return video(item, options, findings);
    if (name == "gist" || name == "x" || name == "twitter" || name == "tweet" || name == "instagram")
        return card(item);
    if (name == "comment")
        return ShortcodeOutput{{}, {}, {}, true, false};
    return box(item, options, findings);
}

} // namespace postwright
