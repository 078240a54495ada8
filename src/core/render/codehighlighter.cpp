// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/codehighlighter.h"

#include "render/htmlescape.h"

#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/highlightrule.h>
#include <srchilite/highlightstate.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <array>
#include <cstddef>
#include <filesystem>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>

namespace postwright::codehighlight {

namespace {

// Source-highlight parses language files with a bison/flex parser that
// keeps its state in globals, and HighlightState's copy constructor (run
// while highlighting languages with back-references, such as shell here
// documents) bumps a global counter. Both happen under this mutex.
std::mutex &libraryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Info strings that lang.map does not know, mapped to the closest language
// file that source-highlight ships (Debian 12 has no YAML, TOML or
// TypeScript definitions: the configuration and JavaScript ones colour
// their comments, strings, numbers and keywords).
constexpr std::array<std::pair<const char *, const char *>, 38> aliases{{
    {"c++", "cpp.lang"},        {"cplusplus", "cpp.lang"},  {"objc", "c.lang"},
    {"c#", "csharp.lang"},      {"golang", "go.lang"},      {"rust", "rust.lang"},
    {"python3", "python.lang"}, {"py3", "python.lang"},     {"ts", "javascript.lang"},
    {"typescript", "javascript.lang"}, {"tsx", "javascript.lang"}, {"jsx", "javascript.lang"},
    {"mjs", "javascript.lang"}, {"cjs", "javascript.lang"}, {"node", "javascript.lang"},
    {"jsonc", "json.lang"},     {"json5", "json.lang"},     {"yaml", "conf.lang"},
    {"yml", "conf.lang"},       {"toml", "conf.lang"},      {"cfg", "conf.lang"},
    {"nginx", "conf.lang"},     {"console", "sh.lang"},     {"shell-session", "sh.lang"},
    {"make", "makefile.lang"},  {"mk", "makefile.lang"},    {"postgresql", "sql.lang"},
    {"postgres", "sql.lang"},   {"mysql", "sql.lang"},      {"sqlite", "sql.lang"},
    {"plsql", "sql.lang"},      {"udiff", "diff.lang"},     {"svg", "xml.lang"},
    {"xsl", "xml.lang"},        {"scss", "css.lang"},       {"less", "css.lang"},
    {"elisp", "lisp.lang"},     {"emacs-lisp", "lisp.lang"},
}};

// Info strings that ask for no highlighting.
constexpr std::array plainNames{"text", "txt", "plain", "plaintext", "none", "nohighlight",
                                "nohilite", "markdown", "md"};

struct LanguageTable
{
    std::string dataDir;
    std::unordered_map<std::string, std::string> files;   // info word -> lang file
};

LanguageTable loadLanguageTable()
{
    LanguageTable table;
    const std::lock_guard lock(libraryMutex());
    try {
        table.dataDir = srchilite::Settings::retrieveDataDir();
        srchilite::LangMap map(table.dataDir, "lang.map");
        map.open();
        for (const auto &[name, file] : map)
            table.files.emplace(name, file);
    } catch (...) {
        // No source-highlight data: every block stays plain.
        table.files.clear();
        return table;
    }
    std::error_code error;
    for (const auto &[name, file] : aliases) {
        if (std::filesystem::exists(std::filesystem::path(table.dataDir) / file, error))
            table.files.emplace(name, file);
    }
    for (const char *name : plainNames)
        table.files.erase(name);
    std::erase_if(table.files, [](const auto &entry) { return entry.second == "nohilite.lang"; });
    return table;
}

const LanguageTable &languageTable()
{
    static const LanguageTable table = loadLanguageTable();
    return table;
}

// Writes one element's text into the thread's output, escaped, in a span
// named after the element ("normal" text gets no span).
class HtmlFormatter final : public srchilite::Formatter
{
public:
    HtmlFormatter(std::string *out, const std::string &element)
        : m_out(out)
    {
        if (!element.empty() && element != "normal")
            m_open = "<span class=\"hl-" + element + "\">";
    }

    void format(const std::string &text, const srchilite::FormatterParams *) override
    {
        if (text.empty())
            return;
        if (m_open.empty()) {
            appendHtmlEscaped(*m_out, text);
            return;
        }
        *m_out += m_open;
        appendHtmlEscaped(*m_out, text);
        *m_out += "</span>";
    }

private:
    std::string *m_out;
    std::string m_open;
};

struct Language
{
    srchilite::HighlightStatePtr state;
    bool copiesStates = false;   // has back-references: see libraryMutex()
    // Lines that start and end outside any comment, string or other inner
    // state, highlighted: for them the HTML depends on the text alone. Code
    // repeats lines ("}", "fi", imports, the unchanged lines of the block
    // being typed in the preview), and matching costs ~2 µs per byte.
    std::unordered_map<std::string, std::string> lines;
    std::size_t lineBytes = 0;
};

// Every element name a language can produce, and whether any of its states
// is copied while highlighting.
void inspect(const srchilite::HighlightStatePtr &state,
             std::set<const srchilite::HighlightState *> &seen, std::set<std::string> &elements,
             bool &copiesStates)
{
    if (!state || !seen.insert(state.get()).second)
        return;
    elements.insert(state->getDefaultElement());
    copiesStates = copiesStates || state->getNeedsReferenceReplacement();
    for (const srchilite::HighlightRulePtr &rule : state->getRuleList()) {
        elements.insert(rule->getElemList().begin(), rule->getElemList().end());
        copiesStates = copiesStates || rule->getNeedsReferenceReplacement();
        inspect(rule->getNextState(), seen, elements, copiesStates);
    }
}

// One per thread: source-highlight's states and formatters are not meant to
// be shared.
class ThreadHighlighter
{
public:
    Language *language(const std::string &file)
    {
        auto it = m_languages.find(file);
        if (it == m_languages.end())
            it = m_languages.emplace(file, load(file)).first;
        return it->second ? &*it->second : nullptr;
    }

    // `budget`: what is left to spend on lines (see highlightBudgetFor),
    // or null for no limit.
    std::optional<std::string> highlight(Language &language, std::string_view code, std::size_t *budget)
    {
        m_out.clear();
        m_out.reserve(code.size() * 3);
        std::unique_lock lock(libraryMutex(), std::defer_lock);
        if (language.copiesStates)
            lock.lock();
        try {
            srchilite::SourceHighlighter highlighter(language.state);
            highlighter.setFormatterManager(&m_formatters);
            highlighter.setOptimize(true);   // one span per run of an element
            const auto atTop = [&highlighter] {
                return highlighter.getCurrentState() == highlighter.getMainState()
                    && highlighter.getStateStack()->empty();
            };
            std::string line;
            std::size_t pos = 0;
            while (pos < code.size()) {
                const std::size_t newline = code.find('\n', pos);
                const std::size_t end = newline == std::string_view::npos ? code.size() : newline;
                line.assign(code.substr(pos, end - pos));
                const bool fromTop = atTop();
                bool plain = line.size() > maxHighlightedLine;
                if (!plain && budget) {
                    const std::size_t cost = line.size() * line.size();
                    plain = cost > *budget;
                    if (!plain)
                        *budget -= cost;
                }
                const auto known = fromTop && !plain ? language.lines.find(line) : language.lines.end();
                if (plain) {
                    appendHtmlEscaped(m_out, line);   // plain: the state stays as it was
                } else if (known != language.lines.end()) {
                    m_out += known->second;
                } else {
                    const std::size_t start = m_out.size();
                    highlighter.highlightParagraph(line);
                    if (fromTop && atTop())
                        remember(language, line, m_out.substr(start));
                }
                if (newline != std::string_view::npos)
                    m_out += '\n';
                pos = end + 1;
            }
        } catch (...) {
            // boost::regex gives up on pathological input: leave it plain.
            return std::nullopt;
        }
        return m_out;
    }

private:
    static void remember(Language &language, const std::string &line, std::string html)
    {
        static constexpr std::size_t maxBytes = 4 * 1024 * 1024;
        const std::size_t bytes = line.size() + html.size() + 64;
        if (language.lineBytes + bytes > maxBytes) {
            language.lines.clear();
            language.lineBytes = 0;
        }
        language.lines.emplace(line, std::move(html));
        language.lineBytes += bytes;
    }

    std::optional<Language> load(const std::string &file)
    {
        Language language;
        std::set<std::string> elements;
        {
            const std::lock_guard lock(libraryMutex());
            try {
                language.state = m_manager.getHighlightState(languageTable().dataDir, file);
            } catch (...) {
                return std::nullopt;
            }
            std::set<const srchilite::HighlightState *> seen;
            inspect(language.state, seen, elements, language.copiesStates);
        }
        for (const std::string &element : elements) {
            if (!m_formatters.hasFormatter(element))
                m_formatters.addFormatter(
                    element, srchilite::FormatterPtr(new HtmlFormatter(&m_out, element)));
        }
        return language;
    }

    std::string m_out;
    srchilite::RegexRuleFactory m_factory;
    srchilite::LangDefManager m_manager{&m_factory};
    srchilite::FormatterManager m_formatters{
        srchilite::FormatterPtr(new HtmlFormatter(&m_out, std::string()))};
    std::unordered_map<std::string, std::optional<Language>> m_languages;
};

ThreadHighlighter &threadHighlighter()
{
    thread_local ThreadHighlighter highlighter;
    return highlighter;
}

// Highlighted blocks by language file and text. Two generations: a block
// used in the current one stays; the older one is dropped when the current
// one is full, so the cache holds the blocks of the posts being edited.
class BlockCache
{
public:
    std::optional<std::string> find(const std::string &key)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_current.find(key); it != m_current.end())
            return it->second;
        const auto it = m_previous.find(key);
        if (it == m_previous.end())
            return std::nullopt;
        std::string html = it->second;
        addLocked(std::move(m_previous.extract(it).key()), html);
        return html;
    }

    void add(std::string key, std::string html)
    {
        const std::lock_guard lock(m_mutex);
        addLocked(std::move(key), std::move(html));
    }

private:
    static constexpr std::size_t generationBytes = 16 * 1024 * 1024;

    void addLocked(std::string key, std::string html)
    {
        const std::size_t bytes = key.size() + html.size() + 64;
        if (m_currentBytes + bytes > generationBytes) {
            m_previous = std::move(m_current);
            m_current = {};
            m_currentBytes = 0;
        }
        if (m_current.insert_or_assign(std::move(key), std::move(html)).second)
            m_currentBytes += bytes;
    }

    std::mutex m_mutex;
    std::unordered_map<std::string, std::string> m_current;
    std::unordered_map<std::string, std::string> m_previous;
    std::size_t m_currentBytes = 0;
};

BlockCache &blockCache()
{
    static BlockCache cache;
    return cache;
}

// The word of an info string that names the language, lower case:
// "Python {linenos=true}" and "{.python}" give "python".
std::string languageWord(std::string_view info)
{
    std::size_t begin = 0;
    while (begin < info.size() && (info[begin] == ' ' || info[begin] == '\t' || info[begin] == '{'
                                   || info[begin] == '.'))
        ++begin;
    std::size_t end = begin;
    while (end < info.size() && info[end] != ' ' && info[end] != '\t' && info[end] != '}'
           && info[end] != ',')
        ++end;
    std::string word(info.substr(begin, end - begin));
    for (char &c : word) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return word;
}

} // namespace

std::string languageFile(std::string_view infoString)
{
    const std::string word = languageWord(infoString);
    if (word.empty())
        return {};
    const LanguageTable &table = languageTable();
    const auto it = table.files.find(word);
    return it == table.files.end() ? std::string() : it->second;
}

// What highlighting `code` takes from a budget: the squares of its
// lines' lengths, the lines too long to highlight aside.
std::size_t highlightCost(std::string_view code)
{
    std::size_t cost = 0;
    for (std::size_t pos = 0; pos <= code.size();) {
        std::size_t end = code.find('\n', pos);
        if (end == std::string_view::npos)
            end = code.size();
        const std::size_t length = end - pos;
        if (length <= maxHighlightedLine)
            cost += length * length;
        pos = end + 1;
    }
    return cost;
}

std::optional<std::string> highlight(std::string_view infoString, std::string_view code, std::size_t *budget)
{
    const std::string file = languageFile(infoString);
    if (file.empty())
        return std::nullopt;

    // A block the budget pays for in full is highlighted as always (and
    // cached); one it does not is highlighted as far as it goes, uncached,
    // so the page does not depend on what was rendered before.
    const std::size_t cost = budget ? highlightCost(code) : 0;
    if (budget && cost > *budget) {
        ThreadHighlighter &highlighter = threadHighlighter();
        Language *language = highlighter.language(file);
        return language ? highlighter.highlight(*language, code, budget) : std::nullopt;
    }
    if (budget)
        *budget -= cost;

    std::string key;
    key.reserve(file.size() + 1 + code.size());
    key.append(file).append(1, '\0').append(code);
    if (std::optional<std::string> cached = blockCache().find(key))
        return cached;

    ThreadHighlighter &highlighter = threadHighlighter();
    Language *language = highlighter.language(file);
    if (!language)
        return std::nullopt;
    std::optional<std::string> html = highlighter.highlight(*language, code, nullptr);
    if (html)
        blockCache().add(std::move(key), *html);
    return html;
}

} // namespace postwright::codehighlight
