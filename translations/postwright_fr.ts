<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/ (default: the site&apos;s configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include posts dated in the &amp;future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild everything and remove stale files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;bundle (a folder for the post and its images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTemplate</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>No site open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a post in this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed-width font of the Markdown editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the editor font in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved changes; 0 turns autosave off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spell check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, the post&apos;s or site&apos;s language, or an installed dictionary used when the post and site name no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted &amp;images go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where pasted images go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that pasted and dropped images are saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder relative to the site root for pasted images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes the next time Postwright starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark windows, or as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark preview page, or as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote content in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the preview loads images from the internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermEditDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A blog editor for Hugo, Jekyll and Markdown folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing aid: type TEXT at the end of the post once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing aid: answer Yes to every question, print the editor&apos;s text once the post is open, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post or a site folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::AboutDialog</name>
    <message>
        <source>About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;A desktop blog editor for Hugo, Jekyll and folders of Markdown posts.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and Qt WebEngine.&lt;/p&gt;&lt;p&gt;Libraries: cmark-gfm (Markdown), yaml-cpp and toml++ (front matter), Hunspell (spelling), KaTeX (math), Noto Color Emoji.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::CheatSheetDialog</name>
    <message>
        <source>Markdown and Front-Matter Cheat Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown syntax and front-matter basics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ChipEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ExportActions</name>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or save a post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post as one self-contained HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sit&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the whole blog as a static site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ExportDialog</name>
    <message>
        <source>Export Site — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled. Pages already written stay; the next export continues from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ExportTemplates</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Mustache template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::Exporter</name>
    <message>
        <source>Liquid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugo shortcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquid or Hugo template tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left as text (Postwright does not run templates): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script link (%1) is written as &quot;#&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the site: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page template does not render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe parts of the URL removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the page of %2: not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be outside the output folder: not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the site: not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1, which is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post has math, but KaTeX is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 would both be copied to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output folder must not be the site or contain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template folder is outside the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::FindBar</name>
    <message>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatter</name>
    <message>
        <source>front matter: the block is %1 MB, more than the %2 MB that is read; it is kept as text, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; would break the front matter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: the key is missing afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written as this value in this front matter format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a front-matter key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested values cannot be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested value and cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON front matter must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is nested too deeply (%1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line (no colon after the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in YAML front matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatterForm</name>
    <message>
        <source>Front-matter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Other fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3
Fix it in the raw text; the form is read-only until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested values are kept as written; edit them in the raw front matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ImageImport</name>
    <message>
        <source>cannot create the image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::IndexCache</name>
    <message>
        <source>cannot create the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the index cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::InsightsPanel</name>
    <message>
        <source>Writing tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor&apos;s findings, the outline and statistics of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair text that was once read with the wrong encoding (â€“ for –), as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1&lt;br&gt;Characters: %2&lt;br&gt;Sentences: %3&lt;br&gt;Paragraphs: %4&lt;br&gt;Reading time: %5 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::MainWindow</name>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts, tags and categories of the open site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has garbled characters (like â€“ for –): Edit → Repair Encoding fixes them in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Post in Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Si&amp;te Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair Enco&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block&amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns × rows (header row included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front-Matter Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writing Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw Front Matter in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft Wr&amp;ap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Ne&amp;xt Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown &amp;Cheat Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postwright was closed with unsaved changes to &quot;%1&quot; (autosaved %2). Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired %1 garbled characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No garbled characters to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be repaired exactly (a byte was lost); the doctor lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program, and you have unsaved changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::MarkdownEditor</name>
    <message>
        <source>Markdown editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell check off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell check: loading the %1 dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”: install its hunspell package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the personal word list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::NewPost</name>
    <message>
        <source>the title &quot;%1&quot; gives no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jekyll has no page bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inside the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post with this name exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::NewPostDialog</name>
    <message>
        <source>(type a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::PersonalWordList</name>
    <message>
        <source>no folder for the personal word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::Post</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::PostDoctor</name>
    <message>
        <source>front matter does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; generators keep only one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title has %1 characters; search engines show about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date generators can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no summary or description: search engines and feeds will guess one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has %2 characters; search engines show about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slug has %1 characters; keep URLs under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbled text (UTF-8 once read as Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be repaired exactly, a byte was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::PostFiles</name>
    <message>
        <source>not inside the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a draft: it is not in a _drafts folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::PostListModel</name>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ProjectPanel</name>
    <message>
        <source>Hugo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jekyll site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a post or a site folder to see its posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the site that need a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be written (left as they were): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: files changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the draft into _posts with today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set draft to false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Its &amp;Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file name (slug):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is outside the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of &quot;%1&quot; with its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the post to the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::SampleSite</name>
    <message>
        <source>cannot create the folder for the sample blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the sample blog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (as the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block all remote content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to the post, or the site&apos;s image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always images/ beside the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of the site (below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the post or site (else the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed (Debian: hunspell-en-us, hunspell-de-de…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postwright will use this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command, menu or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the commands whose name, menu or keys contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command with its menu and keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::SiteConfig</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::SiteIndex</name>
    <message>
        <source>indexing was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::SiteRules</name>
    <message>
        <source>not named YYYY-MM-DD-slug.%1: Jekyll ignores this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::TermEdit</name>
    <message>
        <source>not inside the site: left alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::TermEditDialog</name>
    <message>
        <source>Rename Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 in the %2 of every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into another term of the %2: every post with %1 gets the other term instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the %2 of every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file carries this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will change (only their %1 lines): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files cannot be changed and will be left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::TermListModel</name>
    <message>
        <source>%1 — posts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::TextCodec</name>
    <message>
        <source>binary file (a NUL byte at byte offset %1): not a text post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 file has an odd number of bytes (%1): its last byte is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset %1 (an unpaired surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like %1 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM) to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (byte 0x%2); the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8; the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postwright::Value</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
