// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/inlineguard.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace postwright {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isAsciiPunct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// What the autolink extension reads as part of a domain: '_', '.', '-' and
// what is neither space nor punctuation (every non-ASCII byte, to be safe).
bool isDomainChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || c == '_' || c == '.' || c == '-' || c == '\\' || (!isSpace(c) && !isAsciiPunct(c));
}

// The budget of steps cmark may take over a subject of `length` bytes.
std::size_t budgetFor(std::size_t length)
{
    return 65536 + 8 * length;
}

// One paragraph or heading, its lines joined with '\n', and where each
// line came from.
class Subject
{
public:
    void addLine(std::string_view markdown, std::size_t from, std::size_t to)
    {
        if (!m_text.empty())
            m_text.push_back('\n');
        m_lines.push_back({m_text.size(), from});
        m_text.append(markdown.substr(from, to - from));
    }

    bool empty() const { return m_lines.empty(); }
    const std::string &text() const { return m_text; }

    void clear()
    {
        m_text.clear();
        m_lines.clear();
    }

    // Offset in the Markdown of offset `at` of text().
    std::size_t source(std::size_t at) const
    {
        auto it = std::upper_bound(m_lines.begin(), m_lines.end(), at,
                                   [](std::size_t value, const Line &line) { return value < line.joined; });
        --it;
        return it->source + (at - it->joined);
    }

private:
    struct Line
    {
        std::size_t joined;   // where it starts in m_text
        std::size_t source;   // where it starts in the Markdown
    };
    std::string m_text;
    std::vector<Line> m_lines;
};

// Where each code span closes: the next run of exactly as many backticks.
class BacktickRuns
{
public:
    explicit BacktickRuns(const std::string &text)
    {
        for (std::size_t i = 0; i < text.size();) {
            if (text[i] != '`') {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < text.size() && text[j] == '`')
                ++j;
            m_runs[j - i].positions.push_back(i);
            i = j;
        }
    }

    // The start of the first run of `length` backticks at or after `from`.
    std::size_t closer(std::size_t length, std::size_t from)
    {
        const auto it = m_runs.find(length);
        if (it == m_runs.end())
            return npos;
        Runs &runs = it->second;
        while (runs.next < runs.positions.size() && runs.positions[runs.next] < from)
            ++runs.next;
        return runs.next < runs.positions.size() ? runs.positions[runs.next] : npos;
    }

private:
    struct Runs
    {
        std::vector<std::size_t> positions;
        std::size_t next = 0;   // openers come in order: never look back
    };
    std::unordered_map<std::size_t, Runs> m_runs;
};

// Which "<?", "<![CDATA[" and "<!X " in a subject cmark's raw HTML
// scanner closes. Its patterns, "?" ([^?>]+ | "?"[^>] | ">")* "?>" and
// "![CDATA[" ([^\]]+ | "]"[^\]] | "]]"[^>])* "]]>", are automata of two
// and three states: whether one closes from a position is worked out once
// for all positions, backwards. One that does not close is read to the
// end of the subject by cmark, each on its own.
class HtmlClosers
{
public:
    explicit HtmlClosers(const std::string &text)
        : m_text(text)
    {
    }

    // Whether the construct opening at `at` ("<?", "<![CDATA[", "<!X")
    // is one cmark never closes (it reads to the end for nothing).
    bool unclosed(std::size_t at)
    {
        const std::string &s = m_text;
        if (s.compare(at, 2, "<?") == 0)
            return !processingInstructions()[at + 2];
        if (s.compare(at, 9, "<![CDATA[") == 0)
            return !cdata()[at + 9];
        // "<!" [A-Z]+ space+ [^>]* ">"
        std::size_t k = at + 2;
        while (k < s.size() && s[k] >= 'A' && s[k] <= 'Z')
            ++k;
        if (k == at + 2 || k == s.size() || !isSpace(s[k]))
            return false;   // no declaration: cmark stops right there
        return s.find('>', k) == npos;
    }

private:
    // For each position: whether a processing instruction's body starting
    // there closes (state "after text"; `questioned` is "after a '?'").
    const std::vector<bool> &processingInstructions()
    {
        if (m_pi.empty()) {
            const std::size_t n = m_text.size();
            m_pi.assign(n + 1, false);
            std::vector<bool> questioned(n + 1, false);
            for (std::size_t i = n; i-- > 0;) {
                const char c = m_text[i];
                questioned[i] = c == '>' || m_pi[i + 1];
                m_pi[i] = c == '?' ? questioned[i + 1] : m_pi[i + 1];
            }
        }
        return m_pi;
    }

    // The same for a CDATA section's body: after text, after "]", after "]]".
    const std::vector<bool> &cdata()
    {
        if (m_cdata.empty()) {
            const std::size_t n = m_text.size();
            m_cdata.assign(n + 1, false);
            std::vector<bool> bracket(n + 1, false), brackets(n + 1, false);
            for (std::size_t i = n; i-- > 0;) {
                const char c = m_text[i];
                brackets[i] = c == '>' || m_cdata[i + 1];
                bracket[i] = c == ']' ? brackets[i + 1] : m_cdata[i + 1];
                m_cdata[i] = c == ']' ? bracket[i + 1] : m_cdata[i + 1];
            }
        }
        return m_cdata;
    }

    const std::string &m_text;
    std::vector<bool> m_pi;
    std::vector<bool> m_cdata;
};

// Reads a subject as cmark's inline parser does, as far as brackets,
// code spans, escapes and autolink triggers go.
class SubjectScan
{
public:
    explicit SubjectScan(const std::string &text)
        : m_text(text)
        , m_backticks(text)
        , m_htmlClosers(text)
    {
    }

    void run();

    std::size_t bracketWork = 0;
    std::size_t autolinkWork = 0;
    std::vector<std::size_t> unmatchedImages;   // the '!' of each
    std::vector<std::size_t> innerTriggers;     // a "www." inside another's domain
    std::vector<std::size_t> costlyLinks;       // the 'w' or ':' of autolinks too dear to trim
    std::size_t htmlWork = 0;
    std::vector<std::size_t> unclosedHtml;      // the '<' of each "<?", "<![CDATA[", "<!X " never closed

private:
    struct Opener
    {
        std::size_t at;
        bool image;
    };

    void closeBracket();
    void autolinkTrigger(std::size_t at);
    void urlTrigger(std::size_t at);
    void trimCost(std::size_t trigger, std::size_t from);

    const std::string &m_text;
    BacktickRuns m_backticks;
    HtmlClosers m_htmlClosers;
    std::vector<Opener> m_openers;
    std::size_t m_imagesOpen = 0;
    std::size_t m_domainEnd = 0;   // end of the domain run of the last trigger
};

void SubjectScan::run()
{
    const std::string &s = m_text;
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && isAsciiPunct(s[i + 1])) {
            i += 2;
        } else if (c == '`') {
            std::size_t k = i;
            while (k < s.size() && s[k] == '`')
                ++k;
            const std::size_t close = m_backticks.closer(k - i, k);
            i = close == npos ? k : close + (k - i);
        } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
            m_openers.push_back({i, true});
            ++m_imagesOpen;
            i += 2;
        } else if (c == '[') {
            m_openers.push_back({i, false});
            ++i;
        } else if (c == ']') {
            closeBracket();
            ++i;
        } else if (c == '<' && i + 1 < s.size() && (s[i + 1] == '?' || s[i + 1] == '!')) {
            if (m_htmlClosers.unclosed(i)) {
                unclosedHtml.push_back(i);
                htmlWork += s.size() - i;
            }
            ++i;
        } else {
            if (c == 'w' && m_openers.empty() && s.compare(i, 4, "www.") == 0
                && (i == 0 || isSpace(s[i - 1]) || std::string_view("*_~(").find(s[i - 1]) != npos))
                autolinkTrigger(i);
            else if (c == ':' && m_openers.empty() && s.compare(i + 1, 2, "//") == 0)
                urlTrigger(i);
            ++i;
        }
    }
    for (const Opener &opener : m_openers) {
        if (opener.image)
            unmatchedImages.push_back(opener.at);
    }
}

// A "]" closes the nearest opener, whatever follows it. When that makes a
// link, cmark walks back over the openers below it, images included.
void SubjectScan::closeBracket()
{
    if (m_openers.empty())
        return;
    const Opener top = m_openers.back();
    m_openers.pop_back();
    if (top.image)
        --m_imagesOpen;
    else
        bracketWork += m_imagesOpen;
}

// check_domain() reads from the "www." to the end of the run of domain
// characters.
void SubjectScan::autolinkTrigger(std::size_t at)
{
    if (at < m_domainEnd) {
        innerTriggers.push_back(at);
    } else {
        m_domainEnd = at + 1;
        while (m_domainEnd < m_text.size() && isDomainChar(m_text[m_domainEnd]))
            ++m_domainEnd;
        trimCost(at, at);
    }
    autolinkWork += m_domainEnd - at;
}

// "http://", "https://" and "ftp://" links start at their ':'.
void SubjectScan::urlTrigger(std::size_t at)
{
    std::size_t scheme = at;
    while (scheme > 0 && std::isalpha(static_cast<unsigned char>(m_text[scheme - 1])))
        --scheme;
    std::string name = m_text.substr(scheme, at - scheme);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
    if (name.ends_with("http") || name.ends_with("https") || name.ends_with("ftp"))
        trimCost(at, at);
}

// autolink_delim() trims a link back from the next space: each ')' more
// than there are '(' costs a count over the whole link ("www.a" and
// 100,000 ")": minutes).
void SubjectScan::trimCost(std::size_t trigger, std::size_t from)
{
    std::size_t end = from;
    while (end < m_text.size() && !isSpace(m_text[end]))
        ++end;
    std::string_view link = std::string_view(m_text).substr(from, end - from);
    link = link.substr(0, link.find('<'));
    if (link.empty() || link.back() != ')')
        return;
    std::size_t opening = std::size_t(std::count(link.begin(), link.end(), '('));
    std::size_t closing = std::size_t(std::count(link.begin(), link.end(), ')'));
    std::size_t work = 0;
    for (std::size_t n = link.size(); n > 0;) {
        const char c = link[n - 1];
        if (std::string_view("?!.,:*_~'\"").find(c) != npos) {
            --n;
        } else if (c == ';') {
            std::size_t start = n >= 2 ? n - 2 : 0;
            while (start > 0 && std::isalpha(static_cast<unsigned char>(link[start])))
                --start;
            work += n - start;
            n = (start + 2 < n && link[start] == '&') ? start : n - 1;
        } else if (c == ')' && closing > opening) {
            work += n;
            --closing;
            --n;
        } else {
            break;
        }
    }
    autolinkWork += work;
    if (work > budgetFor(m_text.size()))
        costlyLinks.push_back(trigger);
}

void guardSubject(const Subject &subject, std::vector<TextEdit> &edits)
{
    if (subject.empty())
        return;
    SubjectScan scan(subject.text());
    scan.run();
    const std::size_t budget = budgetFor(subject.text().size());
    if (scan.bracketWork > budget) {
        for (const std::size_t at : scan.unmatchedImages)
            edits.push_back({subject.source(at), 0, "\\"});
    }
    if (scan.autolinkWork > budget) {
        for (const std::size_t at : scan.innerTriggers)
            edits.push_back({subject.source(at), 1, "&#119;"});
    }
    // An escaped "<" is the same text, and cmark no longer reads on.
    if (scan.htmlWork > budget) {
        for (const std::size_t at : scan.unclosedHtml)
            edits.push_back({subject.source(at), 0, "\\"});
    }
    // Such a link shows as the text it is, not as a link.
    for (const std::size_t at : scan.costlyLinks)
        edits.push_back({subject.source(at), 1, subject.text()[at] == 'w' ? "&#119;" : "&#58;"});
}

} // namespace

std::vector<TextEdit> inlineGuardEdits(std::string_view markdown, const BlockScan &scan)
{
    std::vector<TextEdit> edits;
    Subject subject;
    for (const BlockLine &line : scan.lines) {
        // A heading is a subject of its own; a paragraph runs on through
        // its continuation lines.
        const bool text = line.kind == BlockLine::Kind::Text;
        if (!text || !line.continuation) {
            guardSubject(subject, edits);
            subject.clear();
        }
        if (text || line.kind == BlockLine::Kind::Heading)
            subject.addLine(markdown, line.content, line.end);
    }
    guardSubject(subject, edits);
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.at < b.at; });
    return edits;
}

} // namespace postwright
