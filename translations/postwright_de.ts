<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy Site</source>
        <translation>Website bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>a folder, git:origin#gh-pages, rsync:me@host:/var/www or sftp://me@host/var/www</source>
        <translation>ein Ordner, git:origin#gh-pages, rsync:me@host:/var/www oder sftp://me@host/var/www</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>SFTP &amp;password:</source>
        <translation>SFTP-&amp;Passwort:</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: your SSH key or agent</source>
        <translation>im Schlüsselbund des Systems gespeichert; leer: Ihr SSH-Schlüssel oder -Agent</translation>
    </message>
    <message>
        <source>SFTP password</source>
        <translation>SFTP-Passwort</translation>
    </message>
    <message>
        <source>&amp;Remove files an earlier deploy uploaded that the site no longer has</source>
        <translation>Von früherer Bereitstellung hochgeladene Dateien &amp;löschen, die die Website nicht mehr hat</translation>
    </message>
    <message>
        <source>What the deploy did</source>
        <translation>Was die Bereitstellung getan hat</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>List what would be uploaded and deleted; change nothing</source>
        <translation>Auflisten, was hochgeladen und gelöscht würde; nichts ändern</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the file being sent; the site there stays whole</source>
        <translation>Nach der gerade gesendeten Datei anhalten; die Website dort bleibt vollständig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation>Website exportieren</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>https://example.org/ (default: the site&apos;s configuration)</source>
        <translation>https://example.org/ (Standard: aus der Konfiguration der Website)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation>Ent&amp;würfe einbeziehen</translation>
    </message>
    <message>
        <source>Include posts dated in the &amp;future</source>
        <translation>Beiträge mit Datum in der Zu&amp;kunft einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Rebuild everything and remove stale files</source>
        <translation>Alles &amp;neu erstellen und veraltete Dateien entfernen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportzusammenfassung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Case &amp;sensitive</source>
        <translation>&amp;Groß/Klein</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>Ganze&amp;s Wort</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Ersetze&amp;n</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Replace in All Posts…</source>
        <translation>In allen Beiträgen ersetzen…</translation>
    </message>
    <message>
        <source>Replace in the body of every post of the site, with a preview of each change</source>
        <translation>Im Text jedes Beitrags der Website ersetzen, mit einer Vorschau jeder Änderung</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Suche abgebrochen</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>My new post</source>
        <translation>Mein neuer Beitrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Kommas, getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>Page &amp;bundle (a folder for the post and its images)</source>
        <translation>Page-&amp;Bundle (ein Ordner für den Beitrag und seine Bilder)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>The post&apos;s file name. Leave it empty to make it from the title.</source>
        <translation>Der Dateiname des Beitrags. Leer lassen, um ihn aus dem Titel zu bilden.</translation>
    </message>
</context>
<context>
    <name>PageTemplate</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>More posts</source>
        <translation>Weitere Beiträge</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Neuerer Beitrag:</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Älterer Beitrag:</translation>
    </message>
    <message>
        <source>Related posts</source>
        <translation>Ähnliche Beiträge</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>No site open</source>
        <translation>Keine Website geöffnet</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Create a post in this site</source>
        <translation>Einen Beitrag in dieser Website erstellen</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Titel und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Beiträge durchsuchen</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Jahresfilter</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Tags and categories</source>
        <translation>Schlagwörter und Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indizierungsfortschritt</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indizierung: %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop indexing the site</source>
        <translation>Indizierung der Website abbrechen</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Website-Status</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Publish When Due</source>
        <translation>Bei Fälligkeit veröffentlichen</translation>
    </message>
    <message>
        <source>A post dated in the future is scheduled. When it is due, a timer of your user&apos;s systemd runs postwright-cli publish --due for this site: it publishes the posts that became due, and nothing else you changed.</source>
        <translation>Ein Beitrag mit einem Datum in der Zukunft ist geplant. Wenn er fällig ist, führt ein Timer des systemd Ihres Benutzers postwright-cli publish --due für diese Website aus: Er veröffentlicht die fällig gewordenen Beiträge und nichts anderes, das Sie geändert haben.</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Geplante Beiträge</translation>
    </message>
    <message>
        <source>When a post is due, &amp;commit it and push (as Publish does)</source>
        <translation>Wenn ein Beitrag fällig ist, ihn &amp;committen und pushen (wie beim Veröffentlichen)</translation>
    </message>
    <message>
        <source>Deploy the site (set a destination in Deploy first)</source>
        <translation>Die Website bereitstellen (legen Sie zuerst unter „Website bereitstellen“ ein Ziel fest)</translation>
    </message>
    <message>
        <source>&amp;Publish when due</source>
        <translation>Bei Fälligkeit &amp;veröffentlichen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor-Schriftart</translation>
    </message>
    <message>
        <source>The fixed-width font of the Markdown editor</source>
        <translation>Die Schrift mit fester Zeichenbreite für den Markdown-Editor</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source>The size of the editor font in points</source>
        <translation>Die Größe der Editor-Schrift in Punkt</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved changes; 0 turns autosave off</source>
        <translation>Sekunden zwischen Wiederherstellungskopien ungespeicherter Änderungen; 0 schaltet das automatische Speichern aus</translation>
    </message>
    <message>
        <source>&amp;Spell check:</source>
        <translation>&amp;Rechtschreibprüfung:</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Off, the post&apos;s or site&apos;s language, or an installed dictionary used when the post and site name no language</source>
        <translation>Aus, die Sprache des Beitrags oder der Website oder ein installiertes Wörterbuch, das verwendet wird, wenn weder Beitrag noch Website eine Sprache angeben</translation>
    </message>
    <message>
        <source>Pasted &amp;images go:</source>
        <translation>Eingefügte &amp;Bilder speichern:</translation>
    </message>
    <message>
        <source>Where pasted images go</source>
        <translation>Speicherort für eingefügte Bilder</translation>
    </message>
    <message>
        <source>The folder that pasted and dropped images are saved in</source>
        <translation>Der Ordner, in dem eingefügte und hineingezogene Bilder gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Custom folder:</source>
        <translation>Eigener &amp;Ordner:</translation>
    </message>
    <message>
        <source>static/images</source>
        <translation>static/images</translation>
    </message>
    <message>
        <source>Custom image folder</source>
        <translation>Eigener Bilderordner</translation>
    </message>
    <message>
        <source>A folder relative to the site root for pasted images</source>
        <translation>Ein Ordner relativ zum Wurzelverzeichnis der Website für eingefügte Bilder</translation>
    </message>
    <message>
        <source>Appearance and preview</source>
        <translation>Erscheinungsbild und Vorschau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes the next time Postwright starts</source>
        <translation>Die Sprache der Menüs und Dialoge; sie ändert sich beim nächsten Start von Postwright</translation>
    </message>
    <message>
        <source>&amp;Window theme:</source>
        <translation>&amp;Fensterdesign:</translation>
    </message>
    <message>
        <source>Window theme</source>
        <translation>Fensterdesign</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the system</source>
        <translation>Helle oder dunkle Fenster oder gemäß Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Preview theme:</source>
        <translation>&amp;Vorschau-Design:</translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation>Vorschau-Design</translation>
    </message>
    <message>
        <source>Light or dark preview page, or as the system</source>
        <translation>Helle oder dunkle Vorschauseite oder gemäß Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation>&amp;Externe Inhalte:</translation>
    </message>
    <message>
        <source>Remote content in the preview</source>
        <translation>Externe Inhalte in der Vorschau</translation>
    </message>
    <message>
        <source>Whether the preview loads images from the internet</source>
        <translation>Ob die Vorschau Bilder aus dem Internet lädt</translation>
    </message>
    <message>
        <source>&amp;Hugo for the site theme:</source>
        <translation>&amp;Hugo für das Website-Design:</translation>
    </message>
    <message>
        <source>hugo (found on the PATH)</source>
        <translation>hugo (im PATH gefunden)</translation>
    </message>
    <message>
        <source>Hugo binary</source>
        <translation>Hugo-Programm</translation>
    </message>
    <message>
        <source>The hugo that renders the Site theme preview: a path, or empty for the hugo on the PATH</source>
        <translation>Das hugo, das die Vorschau im Website-Design erzeugt: ein Pfad, oder leer für das hugo im PATH</translation>
    </message>
    <message>
        <source>Links to posts on Hugo sites</source>
        <translation>Links auf Beiträge in Hugo-Websites</translation>
    </message>
    <message>
        <source>What Link to Post and the [ completion insert on a Hugo site: a relative link to the post&apos;s file, or a ref or relref shortcode</source>
        <translation>Was „Link zu Beitrag“ und die [-Vervollständigung in einer Hugo-Website einfügen: einen relativen Link auf die Datei des Beitrags oder einen ref- bzw. relref-Shortcode</translation>
    </message>
    <message>
        <source>&amp;Toolbar buttons:</source>
        <translation>&amp;Werkzeugleisten-Schaltflächen:</translation>
    </message>
    <message>
        <source>Toolbar buttons</source>
        <translation>Werkzeugleisten-Schaltflächen</translation>
    </message>
    <message>
        <source>Whether the toolbar&apos;s buttons show icons, text, or both</source>
        <translation>Ob die Schaltflächen der Werkzeugleiste Symbole, Text oder beides zeigen</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>Schr&amp;iftart:</translation>
    </message>
    <message>
        <source>Focus mode font</source>
        <translation>Schriftart im Fokusmodus</translation>
    </message>
    <message>
        <source>The proportional font of the text in focus mode</source>
        <translation>Die Proportionalschrift des Textes im Fokusmodus</translation>
    </message>
    <message>
        <source>Focus mode font size</source>
        <translation>Schriftgröße im Fokusmodus</translation>
    </message>
    <message>
        <source>The size of the focus mode font in points</source>
        <translation>Die Größe der Schrift im Fokusmodus in Punkt</translation>
    </message>
    <message>
        <source>T&amp;ypewriter scrolling: the line you write on stays in the middle</source>
        <translation>Schreib&amp;maschinen-Scrollen: Die Zeile, in der Sie schreiben, bleibt in der Mitte</translation>
    </message>
    <message>
        <source>Typewriter scrolling</source>
        <translation>Schreibmaschinen-Scrollen</translation>
    </message>
    <message>
        <source>&amp;Dim all paragraphs but the one you write in</source>
        <translation>Alle Absätze außer dem, in dem Sie schreiben, ab&amp;dunkeln</translation>
    </message>
    <message>
        <source>Dim other paragraphs</source>
        <translation>Andere Absätze abdunkeln</translation>
    </message>
    <message>
        <source>Lin&amp;ks to posts (Hugo):</source>
        <translation>&amp;Links auf Beiträge (Hugo):</translation>
    </message>
</context>
<context>
    <name>SiteReplaceDialog</name>
    <message>
        <source>Replace in All Posts</source>
        <translation>In allen Beiträgen ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen nach:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Suche st&amp;arten</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Ganzes Wort</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Only the text of the posts changes; their front matter stays as it is. Untick a file to leave it alone.</source>
        <translation>Nur der Text der Beiträge ändert sich; ihr Front Matter bleibt, wie es ist. Entfernen Sie den Haken bei einer Datei, um sie unverändert zu lassen.</translation>
    </message>
    <message>
        <source>Posts with matches</source>
        <translation>Beiträge mit Treffern</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Case sensitive</source>
        <translation>&amp;Groß/Klein</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 startet nicht: %2</translation>
    </message>
    <message>
        <source>%1 version did not answer</source>
        <translation>%1 version hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 is not hugo: %2</source>
        <translation>%1 ist nicht hugo: %2</translation>
    </message>
    <message>
        <source>%1 gives no version: %2</source>
        <translation>%1 nennt keine Version: %2</translation>
    </message>
</context>
<context>
    <name>TermEditDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation>Dateien, die geändert werden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A blog editor for Hugo, Jekyll and Markdown folders.</source>
        <translation>Ein Blog-Editor für Hugo, Jekyll und Markdown-Ordner.</translation>
    </message>
    <message>
        <source>Open the bundled sample blog.</source>
        <translation>Das mitgelieferte Beispiel-Blog öffnen.</translation>
    </message>
    <message>
        <source>A post or a site folder to open.</source>
        <translation>Ein Beitrag oder ein Website-Ordner, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
</context>
<context>
    <name>postwright</name>
    <message>
        <source>git %1 was stopped: it wrote nothing for %2 seconds</source>
        <translation>git %1 wurde angehalten: %2 Sekunden lang keine Ausgabe</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>der Git-Index kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot update the Git index</source>
        <translation>der Git-Index kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>der Git-Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the Git configuration</source>
        <translation>die Git-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s Git attributes</source>
        <translation>die Git-Attribute der Datei können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Git stores this file through the filter &quot;%1&quot; (filter=%1 in .gitattributes), which publish cannot run: nothing was committed; commit it with git add and git commit</source>
        <translation>Git speichert diese Datei über den Filter „%1“ (filter=%1 in .gitattributes), den die Veröffentlichung nicht ausführen kann: Es wurde nichts committet; committen Sie sie mit git add und git commit</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s files</source>
        <translation>die Dateien von HEAD können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the file in Git</source>
        <translation>die Datei kann nicht in Git gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write the commit&apos;s files</source>
        <translation>die Dateien des Commits können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email (git config --global user.name ...)</source>
        <translation>Wer committet? Setzen Sie user.name und user.email (git config --global user.name ...)</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>es kann nicht committet werden</translation>
    </message>
    <message>
        <source>not a post: merge it with git</source>
        <translation>kein Beitrag: Führen Sie die Datei mit git zusammen</translation>
    </message>
    <message>
        <source>deleted on their side, changed on ours</source>
        <translation>auf der anderen Seite gelöscht, auf unserer geändert</translation>
    </message>
    <message>
        <source>deleted on our side, changed on theirs</source>
        <translation>auf unserer Seite gelöscht, auf der anderen geändert</translation>
    </message>
    <message>
        <source>cannot read the merged commit</source>
        <translation>der zusammengeführte Commit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare the merge with HEAD</source>
        <translation>das Zusammenführen kann nicht mit HEAD verglichen werden</translation>
    </message>
    <message>
        <source>your staged changes to %1 would be overwritten by the merge: commit or unstage them first (nothing was merged)</source>
        <translation>Ihre vorgemerkten Änderungen an %1 würden durch das Zusammenführen überschrieben: Committen Sie sie zuerst oder nehmen Sie sie aus der Vormerkung (es wurde nichts zusammengeführt)</translation>
    </message>
    <message>
        <source>cannot update the working folder (commit or undo your other changes first)</source>
        <translation>der Arbeitsordner kann nicht aktualisiert werden (committen Sie zuerst Ihre anderen Änderungen oder machen Sie sie rückgängig)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>der aktuelle Branch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>der Branch kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>cannot write the merged files</source>
        <translation>die zusammengeführten Dateien können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email</source>
        <translation>Wer committet? Setzen Sie user.name und user.email</translation>
    </message>
    <message>
        <source>cannot commit the merge</source>
        <translation>das Zusammenführen kann nicht committet werden</translation>
    </message>
    <message>
        <source>nothing is committed yet</source>
        <translation>es ist noch nichts committet</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>fast-forward to %1</source>
        <translation>Fast-Forward auf %1</translation>
    </message>
    <message>
        <source>cannot merge %1</source>
        <translation>%1 kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>unknown Git error</source>
        <translation>unbekannter Git-Fehler</translation>
    </message>
    <message>
        <source>not a file in the Git repository at %1</source>
        <translation>keine Datei im Git-Repository unter %1</translation>
    </message>
    <message>
        <source>cannot read the Git history</source>
        <translation>der Git-Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (%2 Version)</translation>
    </message>
    <message>
        <source>cannot add the nested key &quot;%1&quot; to this front matter</source>
        <translation>der verschachtelte Schlüssel „%1“ kann diesem Front Matter nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot merge the key &quot;%1&quot;: %2</source>
        <translation>der Schlüssel „%1“ kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>merging the front matter would change the key &quot;%1&quot;</source>
        <translation>das Zusammenführen des Front Matter würde den Schlüssel „%1“ ändern</translation>
    </message>
    <message>
        <source>our</source>
        <translation>unsere</translation>
    </message>
    <message>
        <source>the common</source>
        <translation>gemeinsame</translation>
    </message>
    <message>
        <source>their</source>
        <translation>ihre</translation>
    </message>
    <message>
        <source>conflict markers from a merge (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;): choose what the post says and remove them</source>
        <translation>Konfliktmarkierungen aus einem Zusammenführen (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;): Legen Sie fest, was im Beitrag stehen soll, und entfernen Sie sie</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>a Git destination is git:REMOTE#BRANCH, for example git:origin#gh-pages</source>
        <translation>ein Git-Ziel hat die Form git:REMOTE#BRANCH, zum Beispiel git:origin#gh-pages</translation>
    </message>
    <message>
        <source>an rsync destination is rsync:[USER@]HOST:PATH, for example rsync:me@example.org:/var/www/blog</source>
        <translation>ein rsync-Ziel hat die Form rsync:[BENUTZER@]HOST:PFAD, zum Beispiel rsync:me@example.org:/var/www/blog</translation>
    </message>
    <message>
        <source>an SFTP destination is sftp://[USER@]HOST[:PORT]/PATH</source>
        <translation>ein SFTP-Ziel hat die Form sftp://[BENUTZER@]HOST[:PORT]/PFAD</translation>
    </message>
    <message>
        <source>no password in the address: the system keychain or $POSTWRIGHT_SFTP_PASSWORD holds it</source>
        <translation>kein Passwort in der Adresse: Es gehört in den Schlüsselbund des Systems oder in $POSTWRIGHT_SFTP_PASSWORD</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>die exportierte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot put the file in place: %1</source>
        <translation>die Datei kann nicht an ihren Platz gebracht werden: %1</translation>
    </message>
    <message>
        <source>cannot open the deploy&apos;s repository</source>
        <translation>das Repository der Bereitstellung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot create the deploy&apos;s repository</source>
        <translation>das Repository der Bereitstellung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>die Dateien des Branches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the file in the deploy&apos;s repository</source>
        <translation>die Datei kann nicht im Repository der Bereitstellung gespeichert werden</translation>
    </message>
    <message>
        <source>cannot add the file to the commit</source>
        <translation>die Datei kann nicht zum Commit hinzugefügt werden</translation>
    </message>
    <message>
        <source>the destination is a file, not a folder</source>
        <translation>das Ziel ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>canceled: nothing was deployed</source>
        <translation>abgebrochen: Es wurde nichts bereitgestellt</translation>
    </message>
    <message>
        <source>Deploy %1: %2 file(s) uploaded, %3 deleted

Made by postwright-cli deploy from the site&apos;s export.
</source>
        <translation>Bereitstellung %1: %2 Datei(en) hochgeladen, %3 gelöscht

Erstellt von postwright-cli deploy aus dem Export der Website.
</translation>
    </message>
    <message>
        <source>fetching %1 from %2</source>
        <translation>%1 wird von %2 abgerufen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>pushing %1 to %2</source>
        <translation>%1 wird zu %2 gepusht</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dieser Ordner existiert nicht</translation>
    </message>
    <message>
        <source>another deploy of this site to %1 is running</source>
        <translation>eine andere Bereitstellung dieser Website nach %1 läuft bereits</translation>
    </message>
    <message>
        <source>exporting the site</source>
        <translation>die Website wird exportiert</translation>
    </message>
    <message>
        <source>git %1 was canceled</source>
        <translation>git %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>already in the Git repository at %1</source>
        <translation>bereits im Git-Repository unter %1</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot make a Git repository</source>
        <translation>es kann kein Git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not in commit %2</source>
        <translation>%1 ist nicht in Commit %2 enthalten</translation>
    </message>
    <message>
        <source>the merged text moved: merge this part again</source>
        <translation>der zusammengeführte Text hat sich verschoben: Führen Sie diesen Teil erneut zusammen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested key: choose Edit and write it in the post</source>
        <translation>„%1“ ist ein verschachtelter Schlüssel: Wählen Sie Bearbeiten und schreiben Sie ihn in den Beitrag</translation>
    </message>
    <message>
        <source>the post changed since the merge view opened: open it again</source>
        <translation>der Beitrag hat sich seit dem Öffnen der Zusammenführungsansicht geändert: Öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>cannot read the merged post</source>
        <translation>der zusammengeführte Beitrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed</source>
        <translation>
            <numerusform>Veröffentlichen angehalten: %n Datei wurde auf beiden Seiten geändert; nichts wurde zusammengeführt und keine Datei geändert</numerusform>
            <numerusform>Veröffentlichen angehalten: %n Dateien wurden auf beiden Seiten geändert; nichts wurde zusammengeführt und keine Datei geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>nothing is due: no post is scheduled</source>
        <translation>nichts ist fällig: kein Beitrag ist geplant</translation>
    </message>
    <message>
        <source>nothing is due: the next post, &quot;%1&quot; (%2), is due at %3</source>
        <translation>nichts ist fällig: der nächste Beitrag, „%1“ (%2), ist am %3 fällig</translation>
    </message>
    <message>
        <source>due: &quot;%1&quot; (%2), at %3</source>
        <translation>fällig: „%1“ (%2), am %3</translation>
    </message>
    <message>
        <source>a path with a line break cannot be named in a systemd unit</source>
        <translation>ein Pfad mit einem Zeilenumbruch kann in einer systemd-Unit nicht angegeben werden</translation>
    </message>
    <message>
        <source>cannot remove the timer&apos;s file</source>
        <translation>die Datei des Timers kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>systemctl did not answer</source>
        <translation>systemctl hat nicht geantwortet</translation>
    </message>
    <message>
        <source>there is no systemctl command: this system does not run systemd</source>
        <translation>es gibt keinen Befehl systemctl: Dieses System läuft nicht mit systemd</translation>
    </message>
    <message>
        <source>systemctl --user cannot reach a user service manager (it says &quot;%1&quot;)</source>
        <translation>systemctl --user erreicht keinen Dienstverwalter des Benutzers (Meldung: „%1“)</translation>
    </message>
    <message>
        <source>systemctl --user %1 failed: %2</source>
        <translation>systemctl --user %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the destination cannot take the site: %1</source>
        <translation>das Ziel kann die Website nicht aufnehmen: %1</translation>
    </message>
</context>
<context>
    <name>postwright::AboutDialog</name>
    <message>
        <source>About Postwright</source>
        <translation>Über Postwright</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>Version, Lizenz und Bibliotheken</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;A desktop blog editor for Hugo, Jekyll and folders of Markdown posts.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and Qt WebEngine.&lt;/p&gt;&lt;p&gt;Libraries: cmark-gfm (Markdown), yaml-cpp and toml++ (front matter), Hunspell (spelling), KaTeX (math), Noto Color Emoji.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;Ein Desktop-Blog-Editor für Hugo, Jekyll und Ordner mit Markdown-Beiträgen.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft unter Qt %3) und Qt WebEngine.&lt;/p&gt;&lt;p&gt;Bibliotheken: cmark-gfm (Markdown), yaml-cpp und toml++ (Front Matter), Hunspell (Rechtschreibung), KaTeX (Mathematik), Noto Color Emoji.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>postwright::BulkEditProgress</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop changing posts</source>
        <translation>Ändern der Beiträge anhalten</translation>
    </message>
    <message>
        <source>Stop after the post being written: every post stays whole, and Undo takes back what was done</source>
        <translation>Nach dem gerade geschriebenen Beitrag anhalten: Jeder Beitrag bleibt vollständig, und Rückgängig nimmt zurück, was getan wurde</translation>
    </message>
    <message>
        <source>Posts written</source>
        <translation>Geschriebene Beiträge</translation>
    </message>
</context>
<context>
    <name>postwright::CheatSheetDialog</name>
    <message>
        <source>Markdown and Front-Matter Cheat Sheet</source>
        <translation>Spickzettel für Markdown und Front Matter</translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation>Spickzettel</translation>
    </message>
    <message>
        <source>Markdown syntax and front-matter basics</source>
        <translation>Markdown-Syntax und Grundlagen zu Front Matter</translation>
    </message>
</context>
<context>
    <name>postwright::ChipEditor</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>postwright::CiScheduleDialog</name>
    <message>
        <source>Publish Scheduled Posts with CI</source>
        <translation>Geplante Beiträge mit CI veröffentlichen</translation>
    </message>
    <message>
        <source>Your host can publish scheduled posts: a job that builds the site every hour shows each post once its date has passed (the generator leaves it out until then). Publish the posts as usual; save this workflow in the repository.</source>
        <translation>Ihr Hoster kann geplante Beiträge veröffentlichen: Ein Job, der die Website stündlich baut, zeigt jeden Beitrag, sobald sein Datum erreicht ist (bis dahin lässt der Generator ihn weg). Veröffentlichen Sie die Beiträge wie gewohnt; speichern Sie diesen Workflow im Repository.</translation>
    </message>
    <message>
        <source>CI service</source>
        <translation>CI-Dienst</translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Save as %1:</source>
        <translation>Speichern als %1:</translation>
    </message>
    <message>
        <source>Workflow for %1</source>
        <translation>Workflow für %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>postwright::CompareDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation>Mit der Datei auf dem Datenträger vergleichen</translation>
    </message>
    <message>
        <source>These versions differ too much to compare line by line: everything between the first and the last difference is one change.</source>
        <translation>Diese Versionen unterscheiden sich zu stark für einen zeilenweisen Vergleich: Alles zwischen dem ersten und dem letzten Unterschied ist eine einzige Änderung.</translation>
    </message>
    <message>
        <source>Large changes are shown by lines, without highlighting the changed words.</source>
        <translation>Große Änderungen werden zeilenweise gezeigt, ohne die geänderten Wörter hervorzuheben.</translation>
    </message>
    <message>
        <source>&amp;Mine (unsaved)</source>
        <translation>&amp;Meine Version (ungespeichert)</translation>
    </message>
    <message>
        <source>On &amp;disk</source>
        <translation>Auf dem &amp;Datenträger</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Fremde übernehmen</translation>
    </message>
    <message>
        <source>All T&amp;heirs</source>
        <translation>Alle f&amp;remden</translation>
    </message>
    <message>
        <source>A&amp;ll Mine</source>
        <translation>Alle m&amp;eine</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Puts the merged text into the editor; the post stays unsaved.</source>
        <translation>Übernimmt den zusammengeführten Text in den Editor; der Beitrag bleibt ungespeichert.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>postwright::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No site is open</source>
        <translation>Keine Website geöffnet</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled (%1)</source>
        <translation>Geplant (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>No post is dated in the future.</source>
        <translation>Kein Beitrag ist in der Zukunft datiert.</translation>
    </message>
    <message>
        <source>Latest drafts</source>
        <translation>Neueste Entwürfe</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert am %1</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Keine Entwürfe.</translation>
    </message>
    <message>
        <source>Posts with problems (%1)</source>
        <translation>Beiträge mit Problemen (%1)</translation>
    </message>
    <message>
        <source>The doctor is reading the posts…</source>
        <translation>Die Diagnose liest die Beiträge…</translation>
    </message>
    <message>
        <source>The doctor finds no error.</source>
        <translation>Die Diagnose findet keinen Fehler.</translation>
    </message>
    <message>
        <source>Posts with errors not shown: %1 (postwright-cli check lists them all).</source>
        <translation>Nicht angezeigte Beiträge mit Fehlern: %1 (postwright-cli check listet sie alle auf).</translation>
    </message>
    <message>
        <source>Posts with advice only (warnings): %1. The doctor shows it when you open one.</source>
        <translation>Beiträge nur mit Hinweisen (Warnungen): %1. Die Diagnose zeigt sie, wenn Sie einen davon öffnen.</translation>
    </message>
    <message>
        <source>Tags with one post (%1)</source>
        <translation>Schlagwörter mit nur einem Beitrag (%1)</translation>
    </message>
    <message>
        <source>only on &quot;%1&quot;</source>
        <translation>nur in „%1“</translation>
    </message>
    <message>
        <source>Every tag is on more than one post.</source>
        <translation>Jedes Schlagwort gehört zu mehr als einem Beitrag.</translation>
    </message>
</context>
<context>
    <name>postwright::Deploy</name>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>die exportierte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be exported: nothing was deployed</source>
        <translation>
            <numerusform>%n Seite konnte nicht exportiert werden: nichts wurde bereitgestellt</numerusform>
            <numerusform>%n Seiten konnten nicht exportiert werden: nichts wurde bereitgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uploading %n new file(s)</source>
        <translation>
            <numerusform>%n neue Datei wird hochgeladen</numerusform>
            <numerusform>%n neue Dateien werden hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replacing %n changed file(s)</source>
        <translation>
            <numerusform>%n geänderte Datei wird ersetzt</numerusform>
            <numerusform>%n geänderte Dateien werden ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n stale file(s)</source>
        <translation>
            <numerusform>%n veraltete Datei wird entfernt</numerusform>
            <numerusform>%n veraltete Dateien werden entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployDialog</name>
    <message>
        <source>Deploy Site — %1</source>
        <translation>Website bereitstellen – %1</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Prüfen, was sich ändern würde…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing was deployed: %1</source>
        <translation>Es wurde nichts bereitgestellt: %1</translation>
    </message>
    <message>
        <source>The deploy stopped: %1
The destination still has the earlier site whole; deploy again to finish.</source>
        <translation>Die Bereitstellung wurde angehalten: %1
Das Ziel enthält weiterhin die vorherige Website vollständig; stellen Sie erneut bereit, um abzuschließen.</translation>
    </message>
    <message>
        <source>would upload</source>
        <translation>würde hochladen</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>would delete: %1</source>
        <translation>würde löschen: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>gelöscht: %1</translation>
    </message>
    <message>
        <source>Preview: nothing was changed. </source>
        <translation>Vorschau: Es wurde nichts geändert. </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) left in place.</source>
        <translation>
            <numerusform>%n veraltete Datei wurde belassen.</numerusform>
            <numerusform>%n veraltete Dateien wurden belassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployRecord</name>
    <message>
        <source>cannot write the deploy record: %1</source>
        <translation>das Protokoll der Bereitstellung kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::DeployTarget</name>
    <message>
        <source>no destination given</source>
        <translation>kein Ziel angegeben</translation>
    </message>
</context>
<context>
    <name>postwright::DeployUploader</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>postwright::DueTimerUpdate</name>
    <message>
        <source>timer: the next run is at %1 (%2.timer)</source>
        <translation>Timer: Der nächste Lauf ist am %1 (%2.timer)</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled any more; %1.timer is removed</source>
        <translation>Timer: Nichts ist mehr geplant; %1.timer ist entfernt</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled; no timer is set</source>
        <translation>Timer: Nichts ist geplant; es ist kein Timer gesetzt</translation>
    </message>
    <message>
        <source>timer: the unit files are written, but systemd was not told: %1</source>
        <translation>Timer: Die Unit-Dateien sind geschrieben, aber systemd wurde nicht benachrichtigt: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ExportActions</name>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>Open or save a post first.</source>
        <translation>Öffnen oder speichern Sie zuerst einen Beitrag.</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>The post could not be exported:
%1</source>
        <translation>Der Beitrag konnte nicht exportiert werden:
%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Save the post as one self-contained HTML file</source>
        <translation>Den Beitrag als eine eigenständige HTML-Datei speichern</translation>
    </message>
    <message>
        <source>Export Sit&amp;e…</source>
        <translation>W&amp;ebsite exportieren…</translation>
    </message>
    <message>
        <source>Publish the whole blog as a static site</source>
        <translation>Das ganze Blog als statische Website veröffentlichen</translation>
    </message>
    <message>
        <source>Export Site</source>
        <translation>Website exportieren</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Öffnen Sie zuerst eine Website.</translation>
    </message>
    <message>
        <source>&amp;Deploy Site…</source>
        <translation>Website be&amp;reitstellen…</translation>
    </message>
    <message>
        <source>Upload what changed since the last deploy: a folder, a Git branch, rsync or SFTP</source>
        <translation>Hochladen, was sich seit der letzten Bereitstellung geändert hat: in einen Ordner, einen Git-Branch, per rsync oder SFTP</translation>
    </message>
    <message>
        <source>Deploy Site</source>
        <translation>Website bereitstellen</translation>
    </message>
</context>
<context>
    <name>postwright::ExportDialog</name>
    <message>
        <source>Export Site — %1</source>
        <translation>Website exportieren — %1</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n Seite geschrieben</numerusform>
            <numerusform>%n Seiten geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied</source>
        <translation>
            <numerusform>%n Datei kopiert</numerusform>
            <numerusform>%n Dateien kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n Seite fehlgeschlagen</numerusform>
            <numerusform>%n Seiten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation>%1 s.</translation>
    </message>
    <message>
        <source>Export canceled. The folder is as the previous export left it.</source>
        <translation>Export abgebrochen. Der Ordner ist so, wie ihn der vorige Export hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>postwright::ExportSettings</name>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>a query or fragment (? or #), which every absolute link would carry</source>
        <translation>eine Abfrage oder ein Fragment (? oder #), das jeder absolute Link mittragen würde</translation>
    </message>
</context>
<context>
    <name>postwright::ExportTemplates</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>not a valid Mustache template: %1</source>
        <translation>keine gültige Mustache-Vorlage: %1</translation>
    </message>
    <message>
        <source>← Newer</source>
        <translation>← Neuere</translation>
    </message>
    <message>
        <source>Older →</source>
        <translation>Ältere →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorherige</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nächste →</translation>
    </message>
</context>
<context>
    <name>postwright::Exporter</name>
    <message>
        <source>Liquid tag</source>
        <translation>Liquid-Tag</translation>
    </message>
    <message>
        <source>Hugo shortcode</source>
        <translation>Hugo-Shortcode</translation>
    </message>
    <message>
        <source>Liquid or Hugo template tag</source>
        <translation>Liquid- oder Hugo-Vorlagen-Tag</translation>
    </message>
    <message>
        <source>%1 left as text (Postwright does not run templates): %2</source>
        <translation>%1 als Text belassen (Postwright führt keine Vorlagen aus): %2</translation>
    </message>
    <message>
        <source>a script link (%1) is written as &quot;#&quot;</source>
        <translation>ein Skript-Link (%1) wird als &quot;#&quot; geschrieben</translation>
    </message>
    <message>
        <source>%1 is outside the site: not read</source>
        <translation>%1 liegt außerhalb der Website: nicht gelesen</translation>
    </message>
    <message>
        <source>missing image: %1</source>
        <translation>fehlendes Bild: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be copied</source>
        <translation>der Beitrag enthält Mathematik, aber KaTeX konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>the page template does not render</source>
        <translation>die Seitenvorlage lässt sich nicht rendern</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>unsafe parts of the URL removed: %1</source>
        <translation>unsichere Teile der URL entfernt: %1</translation>
    </message>
    <message>
        <source>%1 is already the page of %2: not written</source>
        <translation>%1 ist bereits die Seite von %2: nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 would be outside the output folder: not written</source>
        <translation>%1 läge außerhalb des Ausgabeordners: nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 is outside the site: not copied</source>
        <translation>%1 liegt außerhalb der Website: nicht kopiert</translation>
    </message>
    <message>
        <source>links to %1, which is not published</source>
        <translation>verlinkt auf %1 (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX is not installed</source>
        <translation>der Beitrag enthält Mathematik, aber KaTeX ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 and %2 would both be copied to %3</source>
        <translation>%1 und %2 würden beide nach %3 kopiert</translation>
    </message>
    <message>
        <source>no output folder</source>
        <translation>kein Ausgabeordner</translation>
    </message>
    <message>
        <source>the output folder must not be the site or contain it</source>
        <translation>der Ausgabeordner darf weder die Website selbst sein noch sie enthalten</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the template folder is outside the site</source>
        <translation>der Vorlagenordner liegt außerhalb der Website</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be read</source>
        <translation>der Beitrag enthält Mathematik, aber KaTeX konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>leads outside the output folder (through a symbolic link): not removed</source>
        <translation>führt aus dem Ausgabeordner hinaus (über einen symbolischen Link): nicht entfernt</translation>
    </message>
    <message>
        <source>the HTML file would replace the post itself</source>
        <translation>die HTML-Datei würde den Beitrag selbst ersetzen</translation>
    </message>
    <message>
        <source>the HTML file would replace %1, which the post shows</source>
        <translation>die HTML-Datei würde %1 ersetzen, das der Beitrag zeigt</translation>
    </message>
    <message>
        <source>the output folder must not be inside %1, which the export reads</source>
        <translation>der Ausgabeordner darf nicht in %1 liegen, das der Export liest</translation>
    </message>
    <message>
        <source>no base URL (--base-url, or baseURL/url in the site&apos;s config): the feed and the sitemap link to the pages without the site&apos;s address</source>
        <translation>keine Basis-URL (--base-url oder baseURL/url in der Konfiguration der Website): Feed und Sitemap verlinken die Seiten ohne die Adresse der Website</translation>
    </message>
    <message>
        <source>%1 is not written: %2</source>
        <translation>%1 wird nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>outside the output folder</source>
        <translation>außerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads out of the output folder</source>
        <translation>%1 ist ein symbolischer Link, der aus dem Ausgabeordner hinausführt</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not copied: %2</source>
        <translation>%1 wird nicht kopiert: %2</translation>
    </message>
    <message>
        <source>links to %1, which does not exist</source>
        <translation>verlinkt %1, das es nicht gibt</translation>
    </message>
    <message>
        <source>%1 removed: a post may not redirect its page or set its headers (a redirect belongs in the front matter&apos;s aliases)</source>
        <translation>%1 entfernt: Ein Beitrag darf seine Seite nicht umleiten und keine Header setzen (eine Weiterleitung gehört in die aliases des Front Matter)</translation>
    </message>
    <message>
        <source>the home page</source>
        <translation>die Startseite</translation>
    </message>
    <message>
        <source>the feed</source>
        <translation>der Feed</translation>
    </message>
    <message>
        <source>the sitemap</source>
        <translation>die Sitemap</translation>
    </message>
    <message>
        <source>the stylesheet</source>
        <translation>das Stylesheet</translation>
    </message>
    <message>
        <source>the export&apos;s manifest</source>
        <translation>das Manifest des Exports</translation>
    </message>
    <message>
        <source>KaTeX</source>
        <translation>KaTeX</translation>
    </message>
    <message>
        <source>the home page&apos;s further pages</source>
        <translation>die weiteren Seiten der Startseite</translation>
    </message>
    <message>
        <source>the %1 pages</source>
        <translation>die Seiten von %1</translation>
    </message>
    <message>
        <source>a version control folder</source>
        <translation>ein Ordner der Versionsverwaltung</translation>
    </message>
    <message>
        <source>a hidden file or folder</source>
        <translation>eine versteckte Datei oder ein versteckter Ordner</translation>
    </message>
    <message>
        <source>the site&apos;s configuration</source>
        <translation>die Konfiguration der Website</translation>
    </message>
    <message>
        <source>in the site&apos;s %1/ folder</source>
        <translation>im Ordner %1/ der Website</translation>
    </message>
    <message>
        <source>not a page resource, and not in static/ or assets/</source>
        <translation>keine Ressource der Seite und nicht in static/ oder assets/</translation>
    </message>
    <message>
        <source>not in a folder Jekyll publishes</source>
        <translation>nicht in einem Ordner, den Jekyll veröffentlicht</translation>
    </message>
    <message>
        <source>not an image, media or document file beside the post</source>
        <translation>keine Bild-, Medien- oder Dokumentdatei neben dem Beitrag</translation>
    </message>
    <message>
        <source>outside the site</source>
        <translation>außerhalb der Website</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site</source>
        <translation>ein symbolischer Link, der aus der Website hinausführt</translation>
    </message>
    <message>
        <source>a symbolic link to %1: %2</source>
        <translation>ein symbolischer Link auf %1: %2</translation>
    </message>
    <message>
        <source>%1 is already %2: not written</source>
        <translation>%1 ist bereits %2: nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 is already the copy of %2: not written</source>
        <translation>%1 ist bereits die Kopie von %2: nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot make the folder: %1</source>
        <translation>Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>changed since the export wrote it (by hand?): not removed</source>
        <translation>seit dem Export verändert (von Hand?): nicht entfernt</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1; the export stopped and the previous export is left as it was</source>
        <translation>%1; der Export wurde angehalten, der vorige Export bleibt unverändert</translation>
    </message>
    <message>
        <source>the %1 term &quot;%2&quot;: its page %3 would be where %4 is: not written</source>
        <translation>der %1-Begriff „%2“: seine Seite %3 läge dort, wo %4 ist: nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: no such page (hugo stops the build here)</source>
        <translation>%1 „%2“: keine solche Seite (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>param &quot;%1&quot;: neither the page nor the site has it (hugo stops the build here)</source>
        <translation>param „%1“: weder die Seite noch die Website hat diesen Parameter (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>shortcode %1: %2</source>
        <translation>Shortcode %1: %2</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; is the site&apos;s own template, which only hugo runs: shown as a box (used in %2)</source>
        <translation>der Shortcode „%1“ ist eine eigene Vorlage der Website, die nur hugo ausführt: als Kasten dargestellt (verwendet in %2)</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; has no template (%2 or a theme&apos;s): hugo stops the build; shown as a box (used in %3)</source>
        <translation>der Shortcode „%1“ hat keine Vorlage (%2 oder die eines Themes): hugo bricht den Build ab; als Kasten dargestellt (verwendet in %3)</translation>
    </message>
    <message>
        <source>not a page asset, and not in static/</source>
        <translation>kein Asset der Seite und nicht in static/</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>Linkziel nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2 is outside the site: its files are not read</source>
        <translation>die Einbindung (mount) von %1 in %2 liegt außerhalb der Website: ihre Dateien werden nicht gelesen</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2: includeFiles, excludeFiles and lang are not followed</source>
        <translation>die Einbindung (mount) von %1 in %2: includeFiles, excludeFiles und lang werden nicht beachtet</translation>
    </message>
    <message>
        <source>module imports are not followed: files of imported modules are not found</source>
        <translation>Modul-Importe werden nicht verfolgt: Dateien importierter Module werden nicht gefunden</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: more than one page has this name; refer to the page by its path (hugo stops the build here)</source>
        <translation>%1 „%2“: mehrere Seiten tragen diesen Namen; geben Sie die Seite über ihren Pfad an (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>shortcode: %1; shown as text (hugo stops the build here)</source>
        <translation>Shortcode: %1; als Text dargestellt (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>shortcode %1: %2; shown as text (hugo stops the build here)</source>
        <translation>Shortcode %1: %2; als Text dargestellt (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 is a draft, in the future or expired, and not published (hugo stops the build here)</source>
        <translation>%1 „%2“: %3 ist ein Entwurf, liegt in der Zukunft oder ist abgelaufen und wird nicht veröffentlicht (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>shortcode %1: %2 (hugo stops the build here)</source>
        <translation>Shortcode %1: %2 (hugo bricht hier den Build ab)</translation>
    </message>
    <message>
        <source>the section %1: its page %2 would be where %3 is: not written</source>
        <translation>die Seite %2 der Rubrik %1 läge dort, wo %3 liegt: nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 says _build publishResources: false</source>
        <translation>%1 wird nicht kopiert: %2 setzt _build publishResources: false</translation>
    </message>
    <message>
        <source>the home page is a draft, in the future or expired: hugo publishes no page of the site, nor does the export</source>
        <translation>die Startseite ist ein Entwurf, liegt in der Zukunft oder ist abgelaufen: hugo veröffentlicht keine Seite der Website, der Export auch nicht</translation>
    </message>
    <message>
        <source>the script of the copy buttons</source>
        <translation>das Skript der Kopieren-Schaltflächen</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 is not published (a draft, in the future or expired)</source>
        <translation>%1 wird nicht kopiert: %2 wird nicht veröffentlicht (ein Entwurf, in der Zukunft oder abgelaufen)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>the languages&apos; own content folders (languages.*.contentDir) are exported as one site, not one per language as hugo builds them: a page&apos;s URL has its folder in it (/en/posts/a/), and the lists mix the languages</source>
        <translation>die eigenen Inhaltsordner der Sprachen (languages.*.contentDir) werden als eine Website exportiert, nicht als eine pro Sprache, wie hugo sie erstellt: Die URL einer Seite enthält ihren Ordner (/en/posts/a/), und die Listen mischen die Sprachen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a feed&apos;s title: a list&apos;s title, the site&apos;s title</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Recent posts in %1 on %2</source>
        <comment>a feed&apos;s description: a list&apos;s title, the site&apos;s title</comment>
        <translation>Neueste Beiträge in %1 auf %2</translation>
    </message>
    <message>
        <source>the feed of %1</source>
        <translation>der Feed von %1</translation>
    </message>
    <message>
        <source>%1; the export stopped after putting %2 of its %3 files in place: the others are as the previous export left them</source>
        <translation>%1; der Export brach ab, nachdem er %2 seiner %3 Dateien an ihren Platz gestellt hatte: die übrigen sind so, wie der vorige Export sie hinterließ</translation>
    </message>
    <message>
        <source>cannot keep the previous file until the export is in place: %1</source>
        <translation>die vorige Datei lässt sich nicht aufbewahren, bis der Export an seinem Platz ist: %1</translation>
    </message>
    <message>
        <source>its template renders nothing or stops (a value used as a partial that does not parse, or partials nested too deep): not written</source>
        <translation>seine Vorlage ergibt nichts oder bricht ab (ein Wert, der als Partial verwendet wird, lässt sich nicht lesen, oder Partials sind zu tief verschachtelt): nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>postwright::Files</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>changes all the time while it is read: left alone</source>
        <translation>ändert sich ständig, während es gelesen wird: unverändert gelassen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist: not written</source>
        <translation>ist ein symbolischer Link auf %1, das es nicht gibt: nicht geschrieben</translation>
    </message>
    <message>
        <source>is a symbolic link (to %1): a new file is not created through it</source>
        <translation>ist ein symbolischer Link (auf %1): durch ihn wird keine neue Datei angelegt</translation>
    </message>
    <message>
        <source>already exists: not replaced</source>
        <translation>existiert bereits: nicht ersetzt</translation>
    </message>
    <message>
        <source>is a folder, not a file: not written</source>
        <translation>ist ein Ordner, keine Datei: nicht geschrieben</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket): not written</source>
        <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket): nicht geschrieben</translation>
    </message>
    <message>
        <source>is read-only (mode %1): not written</source>
        <translation>ist schreibgeschützt (Modus %1): nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>has %n names (hard links); saving would split them, giving only this name the new text: not written</source>
        <translation>
            <numerusform>hat %n Namen (harte Links); Speichern würde sie trennen und nur diesem Namen den neuen Text geben: nicht geschrieben</numerusform>
            <numerusform>hat %n Namen (harte Links); Speichern würde sie trennen und nur diesem Namen den neuen Text geben: nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>während der Änderung gelöscht: bleibt gelöscht</translation>
    </message>
    <message>
        <source>changed during the change: left as it is now</source>
        <translation>während der Änderung von anderer Seite verändert: bleibt, wie es jetzt ist</translation>
    </message>
    <message>
        <source>cannot move it to %1</source>
        <translation>Verschieben nach %1 nicht möglich</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>postwright::FindBar</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Ungültiges Muster</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match selected of all matches</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>postwright::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>postwright::FocusMode</name>
    <message>
        <source>Fo&amp;cus</source>
        <translation>F&amp;okusmodus</translation>
    </message>
    <message>
        <source>Write without distractions: only the text, full screen (Esc leaves)</source>
        <translation>Ohne Ablenkung schreiben: nur der Text, im Vollbild (Esc beendet)</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>Schreib&amp;maschinen-Scrollen</translation>
    </message>
    <message>
        <source>In focus mode, the line you write on stays in the middle of the screen</source>
        <translation>Im Fokusmodus bleibt die Zeile, in der Sie schreiben, in der Mitte des Bildschirms</translation>
    </message>
    <message>
        <source>Dim Oth&amp;er Paragraphs</source>
        <translation>Andere Absätze abd&amp;unkeln</translation>
    </message>
    <message>
        <source>In focus mode, all paragraphs but the one you write in are dimmed</source>
        <translation>Im Fokusmodus werden alle Absätze außer dem, in dem Sie schreiben, abgedunkelt</translation>
    </message>
</context>
<context>
    <name>postwright::FolderUploader</name>
    <message>
        <source>cannot remove the file</source>
        <translation>die Datei kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatter</name>
    <message>
        <source>front matter: the block is %1 MB, more than the %2 MB that is read; it is kept as text, unchanged</source>
        <translation>Front Matter: Der Block ist %1 MB groß, mehr als die %2 MB, die gelesen werden; er bleibt unverändert als Text erhalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>no front matter</source>
        <translation>kein Front Matter</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: the key is missing afterwards</source>
        <translation>das Schreiben von „%1“ ist fehlgeschlagen: Der Schlüssel fehlt danach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written as this value in this front matter format</source>
        <translation>„%1“ kann in diesem Front-Matter-Format nicht mit diesem Wert geschrieben werden</translation>
    </message>
    <message>
        <source>a front-matter key cannot be empty</source>
        <translation>ein Front-Matter-Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>nested values cannot be set</source>
        <translation>verschachtelte Werte können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested value and cannot be edited here</source>
        <translation>„%1“ ist ein verschachtelter Wert und kann hier nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>JSON front matter must be an object</source>
        <translation>JSON-Front-Matter muss ein Objekt sein</translation>
    </message>
    <message>
        <source>front matter is nested too deeply (%1 levels)</source>
        <translation>das Front Matter ist zu tief verschachtelt (%1 Ebenen)</translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>das Front Matter muss aus Zeilen der Form &quot;key: value&quot; bestehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a key name</source>
        <translation>„%1“ beginnt nicht mit einem Schlüsselnamen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line (no colon after the key)</source>
        <translation>„%1“ ist keine Zeile der Form &quot;key: value&quot; (kein Doppelpunkt nach dem Schlüssel)</translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation>dem Wert in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in YAML front matter</source>
        <translation>das Steuerzeichen U+%1 ist in YAML-Front-Matter nicht erlaubt</translation>
    </message>
    <message>
        <source>removing %1 would also change &quot;%2&quot;</source>
        <translation>das Entfernen von %1 würde auch „%2“ ändern</translation>
    </message>
    <message>
        <source>writing %1 would also change &quot;%2&quot;</source>
        <translation>das Schreiben von %1 würde auch „%2“ ändern</translation>
    </message>
    <message>
        <source>removing %1 would break the front matter: %2</source>
        <translation>das Entfernen von %1 würde das Front Matter beschädigen: %2</translation>
    </message>
    <message>
        <source>writing %1 would break the front matter: %2</source>
        <translation>das Schreiben von %1 würde das Front Matter beschädigen: %2</translation>
    </message>
    <message>
        <source>removing %1 would break &quot;%2&quot;: %3</source>
        <translation>das Entfernen von %1 würde „%2“ beschädigen: %3</translation>
    </message>
    <message>
        <source>writing %1 would break &quot;%2&quot;: %3</source>
        <translation>das Schreiben von %1 würde „%2“ beschädigen: %3</translation>
    </message>
    <message>
        <source>removing &quot;%1&quot; failed: the key is still there</source>
        <translation>das Entfernen von „%1“ ist fehlgeschlagen: Der Schlüssel ist noch vorhanden</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>es lässt sich nicht einlesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias (%2): edit the value where its anchor is</source>
        <translation>„%1“ ist ein Alias (%2): Bearbeiten Sie den Wert dort, wo sein Anker steht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as one value (an inline table): edit %2 there by hand</source>
        <translation>„%1“ ist als ein Wert geschrieben (eine Inline-Tabelle): %2 dort von Hand bearbeiten</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatterForm</name>
    <message>
        <source>Front-matter error</source>
        <translation>Front-Matter-Fehler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Datum setzen</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Datum auf jetzt setzen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Auto&amp;r</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>Sl&amp;ug</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Weitere Felder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>New field name</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>New field value</source>
        <translation>Wert des neuen Felds</translation>
    </message>
    <message>
        <source>Add f&amp;ield</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3
Fix it in the raw text; the form is read-only until then.</source>
        <translation>Das Front Matter lässt sich nicht einlesen (Zeile %1, Spalte %2): %3
Korrigieren Sie es im Rohtext; bis dahin ist das Formular schreibgeschützt.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Wie geschrieben: %1</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Kein Datum: %1</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source>Nested values are kept as written; edit them in the raw front matter.</source>
        <translation>Verschachtelte Werte bleiben unverändert; bearbeiten Sie sie im rohen Front Matter.</translation>
    </message>
    <message>
        <source>Not a valid %1</source>
        <translation>Kein gültiger Wert vom Typ „%1“</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>Feld %1 entfernen</translation>
    </message>
    <message>
        <source>From the file name; written to the front matter only when you change it</source>
        <translation>Aus dem Dateinamen; wird erst ins Front Matter geschrieben, wenn Sie ihn ändern</translation>
    </message>
</context>
<context>
    <name>postwright::GitActions</name>
    <message>
        <source>Pu&amp;blish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Save, commit the changed posts, merge with the remote and push</source>
        <translation>Speichern, die geänderten Beiträge committen, mit dem Remote zusammenführen und pushen</translation>
    </message>
    <message>
        <source>Post &amp;History…</source>
        <translation>Ver&amp;lauf des Beitrags…</translation>
    </message>
    <message>
        <source>Every commit that changed this post, and what it changed</source>
        <translation>Jeder Commit, der diesen Beitrag geändert hat, und was er geändert hat</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict Markers…</source>
        <translation>&amp;Konfliktmarkierungen auflösen…</translation>
    </message>
    <message>
        <source>&amp;Make the Site a Git Repository…</source>
        <translation>Website zu einem &amp;Git-Repository machen…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Öffnen Sie zuerst eine Website.</translation>
    </message>
    <message>
        <source>Post History</source>
        <translation>Verlauf des Beitrags</translation>
    </message>
    <message>
        <source>Save the post first: only a saved post has a history.</source>
        <translation>Speichern Sie zuerst den Beitrag: Nur ein gespeicherter Beitrag hat einen Verlauf.</translation>
    </message>
    <message>
        <source>Restored the version of %1 (not saved yet; Undo takes it back).</source>
        <translation>Die Version von %1 wurde wiederhergestellt (noch nicht gespeichert; Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Conflict Markers</source>
        <translation>Konfliktmarkierungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n conflict(s) that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</source>
        <translation>
            <numerusform>%1 enthält %n Konflikt, den eine Zusammenführung als Markierungen hinterlassen hat (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). In der Zusammenführungsansicht wählen, was im Beitrag steht?</numerusform>
            <numerusform>%1 enthält %n Konflikte, die eine Zusammenführung als Markierungen hinterlassen hat (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). In der Zusammenführungsansicht wählen, was im Beitrag steht?</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a Git repository? Publishing goes through Git: commits of your posts, pushed to a remote you add later.</source>
        <translation>%1 zu einem Git-Repository machen? Veröffentlicht wird über Git: Commits Ihrer Beiträge, gepusht zu einem Remote, das Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>Its .gitignore leaves out what the generator writes: %1</source>
        <translation>Seine .gitignore lässt weg, was der Generator schreibt: %1</translation>
    </message>
    <message>
        <source>Make a Git Repository</source>
        <translation>Git-Repository anlegen</translation>
    </message>
    <message>
        <source>The repository could not be made:
%1</source>
        <translation>Das Repository konnte nicht angelegt werden:
%1</translation>
    </message>
    <message>
        <source>Publish When Due</source>
        <translation>Bei Fälligkeit veröffentlichen</translation>
    </message>
    <message>
        <source>Publish &amp;When Due…</source>
        <translation>Bei &amp;Fälligkeit veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish each post dated in the future when its date comes (a systemd user timer, or your CI)</source>
        <translation>Jeden in der Zukunft datierten Beitrag veröffentlichen, wenn sein Datum erreicht ist (ein systemd-Benutzer-Timer oder Ihre CI)</translation>
    </message>
</context>
<context>
    <name>postwright::GitBranchLabel</name>
    <message>
        <source>Not in Git. &lt;a href=&quot;init&quot;&gt;Make a Git repository…&lt;/a&gt;</source>
        <translation>Nicht in Git. &lt;a href=&quot;init&quot;&gt;Git-Repository anlegen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Publishing through Git needs the site in a Git repository.</source>
        <translation>Zum Veröffentlichen über Git muss die Website in einem Git-Repository liegen.</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>%1 commit(s) to push to %2, %3 to merge from it (as of the last fetch)</source>
        <translation>%1 Commit(s) zum Pushen nach %2, %3 zum Zusammenführen von dort (Stand des letzten Abrufs)</translation>
    </message>
</context>
<context>
    <name>postwright::GitDeploy</name>
    <message>
        <source>&quot;%1&quot; is no remote: the site is not in a Git repository</source>
        <translation>„%1“ ist kein Remote: Die Website liegt nicht in einem Git-Repository</translation>
    </message>
    <message>
        <source>the site&apos;s repository has no remote &quot;%1&quot;</source>
        <translation>das Repository der Website hat kein Remote „%1“</translation>
    </message>
    <message>
        <source>cannot run git: %1</source>
        <translation>git kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>cannot reach the remote: %1</source>
        <translation>das Remote ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>fetching %1 failed: %2</source>
        <translation>Abrufen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the fetched branch is missing</source>
        <translation>der abgerufene Branch fehlt</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s commit</source>
        <translation>der Commit des Branches kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>die Dateien des Branches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot make the commit</source>
        <translation>der Commit kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the branch %1 changed on the remote meanwhile: nothing was deployed; deploy again</source>
        <translation>der Branch %1 hat sich inzwischen auf dem Remote geändert: Es wurde nichts bereitgestellt; stellen Sie erneut bereit</translation>
    </message>
    <message>
        <source>push to %1 failed: nothing was deployed: %2</source>
        <translation>Push nach %1 fehlgeschlagen: Es wurde nichts bereitgestellt: %2</translation>
    </message>
</context>
<context>
    <name>postwright::GitRepository</name>
    <message>
        <source>not in a Git repository</source>
        <translation>nicht in einem Git-Repository</translation>
    </message>
    <message>
        <source>cannot open the Git repository</source>
        <translation>das Git-Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the Git repository has no working folder (a bare repository)</source>
        <translation>das Git-Repository hat keinen Arbeitsordner (ein Bare-Repository)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>der aktuelle Branch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not inside the Git repository at %1</source>
        <translation>nicht innerhalb des Git-Repositorys unter %1</translation>
    </message>
    <message>
        <source>cannot read the Git status</source>
        <translation>der Git-Status kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>postwright::HistoryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Put this version&apos;s text into the editor (Undo takes it back; nothing is saved)</source>
        <translation>Den Text dieser Version in den Editor übernehmen (Rückgängig nimmt es zurück; nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Kein Verlauf: %1</translation>
    </message>
    <message>
        <source>No commit has this post yet.</source>
        <translation>Noch kein Commit enthält diesen Beitrag.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed this post.</source>
        <translation>
            <numerusform>%n Commit hat diesen Beitrag geändert.</numerusform>
            <numerusform>%n Commits haben diesen Beitrag geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>diese Version existiert nicht</translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation>Umbenannt von %1</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImport</name>
    <message>
        <source>cannot create the image folder</source>
        <translation>der Bilderordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot save the image: %1</source>
        <translation>das Bild kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImportDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Scale down to a maximum width of</source>
        <translation>Verkleinern auf eine maximale &amp;Breite von</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Maximale Breite</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Convert to &amp;WebP, quality</source>
        <translation>In &amp;WebP umwandeln, Qualität</translation>
    </message>
    <message>
        <source>WebP quality</source>
        <translation>WebP-Qualität</translation>
    </message>
    <message>
        <source>This system cannot write WebP images: install the Qt image format plugins (qt6-image-formats-plugins).</source>
        <translation>Dieses System kann keine WebP-Bilder schreiben: Installieren Sie die Qt-Bildformat-Plugins (qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>&amp;Keep the original too</source>
        <translation>&amp;Original zusätzlich behalten</translation>
    </message>
    <message>
        <source>Saves the image as it was next to the scaled or converted copy.</source>
        <translation>Speichert das Bild im Originalzustand neben der verkleinerten oder umgewandelten Kopie.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>postwright::ImageProcess</name>
    <message>
        <source>not an image this app can read</source>
        <translation>kein Bild, das diese Anwendung lesen kann</translation>
    </message>
    <message>
        <source>the image is too large to process (%1 × %2 pixels)</source>
        <translation>das Bild ist zu groß für die Verarbeitung (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot encode the image: %1</source>
        <translation>das Bild kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>this system cannot write WebP (install qt6-image-formats-plugins)</source>
        <translation>dieses System kann kein WebP schreiben (installieren Sie qt6-image-formats-plugins)</translation>
    </message>
</context>
<context>
    <name>postwright::IndexCache</name>
    <message>
        <source>cannot create the cache folder</source>
        <translation>der Cache-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the index cache: %1</source>
        <translation>der Index-Cache kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::InsightsPanel</name>
    <message>
        <source>Writing tools</source>
        <translation>Schreibwerkzeuge</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings, the outline and statistics of the post</source>
        <translation>Die Befunde der Diagnose, die Gliederung und die Statistik des Beitrags</translation>
    </message>
    <message>
        <source>Problems in the post</source>
        <translation>Probleme im Beitrag</translation>
    </message>
    <message>
        <source>Repair E&amp;ncoding</source>
        <translation>Kodierung re&amp;parieren</translation>
    </message>
    <message>
        <source>Repair text that was once read with the wrong encoding (â€“ for –), as one undo step</source>
        <translation>Text reparieren, der einmal mit der falschen Kodierung gelesen wurde (â€“ statt –), in einem einzigen Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Post statistics</source>
        <translation>Beitragsstatistik</translation>
    </message>
    <message>
        <source>Selection statistics</source>
        <translation>Auswahlstatistik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor (%1)</source>
        <translation>Diagnose (%1)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Words: %1&lt;br&gt;Characters: %2&lt;br&gt;Sentences: %3&lt;br&gt;Paragraphs: %4&lt;br&gt;Reading time: %5 min</source>
        <translation>Wörter: %1&lt;br&gt;Zeichen: %2&lt;br&gt;Sätze: %3&lt;br&gt;Absätze: %4&lt;br&gt;Lesezeit: %5 Min.</translation>
    </message>
    <message>
        <source>Readability: %1 (%2, %3)</source>
        <translation>Lesbarkeit: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The doctor checks the post as you write.</source>
        <translation>Die Diagnose prüft den Beitrag, während Sie schreiben.</translation>
    </message>
</context>
<context>
    <name>postwright::Liquid</name>
    <message>
        <source>Liquid: %1</source>
        <translation>Liquid: %1</translation>
    </message>
    <message>
        <source>Invalid include name &apos;%1&apos;: it leaves the folder</source>
        <translation>Ungültiger Include-Name &apos;%1&apos;: Er führt aus dem Ordner hinaus</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; beside the post</source>
        <translation>Die eingebundene Datei &apos;%1&apos; wurde neben dem Beitrag nicht gefunden</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>Die eingebundene Datei &apos;%1&apos; wurde in &apos;%2&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>Der Filter concat erwartet ein Array als Argument</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>Division durch 0</translation>
    </message>
    <message>
        <source>Expected a name but found &apos;%1&apos;</source>
        <translation>Name erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>Expression nested too deeply</source>
        <translation>Ausdruck zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Expected &apos;..&apos; in a range</source>
        <translation>&apos;..&apos; in einem Bereich erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;)&apos; to close a range</source>
        <translation>&apos;)&apos; zum Schließen eines Bereichs erwartet</translation>
    </message>
    <message>
        <source>Expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;</source>
        <translation>Unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos;</source>
        <translation>&apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>Tag &apos;{%&apos; was not properly terminated with &apos;%}&apos;</source>
        <translation>Das Tag &apos;{%&apos; wurde nicht korrekt mit &apos;%}&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>Variable &apos;{{&apos; was not properly terminated with &apos;}}&apos;</source>
        <translation>Die Variable &apos;{{&apos; wurde nicht korrekt mit &apos;}}&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag was never closed</source>
        <translation>Das Tag &apos;%1&apos; wurde nie geschlossen</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; outside of a block</source>
        <translation>Unerwartetes &apos;%1&apos; außerhalb eines Blocks</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>Unerwartetes &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected &apos;for name in collection&apos;</source>
        <translation>&apos;for name in collection&apos; erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>&apos;:&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;</source>
        <translation>Unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Blocks nested more than %1 deep</source>
        <translation>Blöcke mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Expected &apos;assign name = value&apos;</source>
        <translation>&apos;assign name = value&apos; erwartet</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos;</source>
        <translation>Unbekanntes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loops ran more than %1 times in one page; the rest is not rendered</source>
        <translation>Schleifen liefen auf einer Seite mehr als %1-mal; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>The page grew past %1 characters; the rest is not rendered</source>
        <translation>Die Seite wurde länger als %1 Zeichen; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>The page took too much work to render; the rest is not rendered</source>
        <translation>Das Rendern der Seite war zu aufwendig; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;</source>
        <translation>Unbekannter Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A filter made a value of more than %1 characters or items</source>
        <translation>Ein Filter hat einen Wert mit mehr als %1 Zeichen oder Elementen erzeugt</translation>
    </message>
    <message>
        <source>Includes nested more than %1 deep</source>
        <translation>Includes mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Syntax error in tag &apos;highlight&apos;: &apos;%1&apos; is not a valid language (write {% highlight lang [linenos] %})</source>
        <translation>Syntaxfehler im Tag &apos;highlight&apos;: &apos;%1&apos; ist keine gültige Sprache (schreiben Sie {% highlight lang [linenos] %})</translation>
    </message>
    <message>
        <source>Unknown tag &apos;highlight&apos;</source>
        <translation>Unbekanntes Tag &apos;highlight&apos;</translation>
    </message>
    <message>
        <source>Could not find post &quot;%1&quot; in tag &apos;post_url&apos;</source>
        <translation>Beitrag „%1“ im Tag &apos;post_url&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>Could not find document &apos;%1&apos; in tag &apos;link&apos;</source>
        <translation>Dokument &apos;%1&apos; im Tag &apos;link&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site: not read</source>
        <translation>ein symbolischer Link, der aus der Website hinausführt: nicht gelesen</translation>
    </message>
    <message>
        <source>larger than %1 MiB (or the data folder is): not read</source>
        <translation>größer als %1 MiB (oder der Datenordner ist es): nicht gelesen</translation>
    </message>
    <message>
        <source>more than %1 values (aliases copy what they name): not read</source>
        <translation>mehr als %1 Werte (Aliase kopieren, was sie benennen): nicht gelesen</translation>
    </message>
    <message>
        <source>Invalid include name &apos;%1&apos;: a symbolic link that leads out of the site</source>
        <translation>Ungültiger Include-Name &apos;%1&apos;: ein symbolischer Link, der aus der Website hinausführt</translation>
    </message>
    <message>
        <source>concat would make an array of more than %1 items; not joined</source>
        <translation>concat ergäbe ein Array mit mehr als %1 Elementen; nicht verbunden</translation>
    </message>
    <message>
        <source>Flattening the array would visit more than %1 items; the rest is not rendered</source>
        <translation>Das Abflachen des Arrays würde mehr als %1 Elemente durchlaufen; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>join would make a value of more than %1 characters; the rest is not rendered</source>
        <translation>join würde einen Wert mit mehr als %1 Zeichen erzeugen; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>split would make an array of more than %1 items; the rest is not rendered</source>
        <translation>split würde ein Array mit mehr als %1 Elementen erzeugen; der Rest wird nicht gerendert</translation>
    </message>
    <message>
        <source>A filter made an array of more than %1 items</source>
        <translation>Ein Filter hat ein Array mit mehr als %1 Elementen erzeugt</translation>
    </message>
    <message>
        <source>A filter made an array holding more than %1 values, nested ones counted</source>
        <translation>Ein Filter hat ein Array mit mehr als %1 Werten erzeugt, verschachtelte mitgezählt</translation>
    </message>
    <message>
        <source>More than %1 Liquid tags and texts; the rest is not rendered</source>
        <translation>Mehr als %1 Liquid-Tags und -Texte; der Rest wird nicht dargestellt</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8 (Jekyll reads its files as UTF-8)</source>
        <translation>ungültige Bytefolge in UTF-8 (Jekyll liest seine Dateien als UTF-8)</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos; is larger than %2 MiB: not read</source>
        <translation>Die eingebundene Datei &apos;%1&apos; ist größer als %2 MiB: nicht gelesen</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos;: %2</source>
        <translation>Die eingebundene Datei &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>postwright::MainWindow</name>
    <message>
        <source>Keep mine</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Fremde Version laden</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>The posts, tags and categories of the open site</source>
        <translation>Die Beiträge, Schlagwörter und Kategorien der geöffneten Website</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Writing Tools</source>
        <translation>Schreibwerkzeuge</translation>
    </message>
    <message>
        <source>This post has garbled characters (like â€“ for –): Edit → Repair Encoding fixes them in one step.</source>
        <translation>Dieser Beitrag enthält fehlerhafte Zeichen (wie â€“ statt –): Bearbeiten → Kodierung reparieren behebt sie in einem Schritt.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New &amp;Post in Site…</source>
        <translation>Neuer Beitr&amp;ag in der Website…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Si&amp;te Folder…</source>
        <translation>&amp;Website-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation>Website-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Nä&amp;chsten suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Repair Enco&amp;ding</source>
        <translation>Kodierung re&amp;parieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Durchgestrichen</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>Inline-&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>Ü&amp;berschrift</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Überschrift &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>B&amp;ild…</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Task List</source>
        <translation>Auf&amp;gabenliste</translation>
    </message>
    <message>
        <source>Block&amp;quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation>Code-Bl&amp;ock</translation>
    </message>
    <message>
        <source>T&amp;able…</source>
        <translation>&amp;Tabelle…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Front-Matter Form</source>
        <translation>&amp;Front-Matter-Formular</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Writing Tools</source>
        <translation>Schreib&amp;werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Raw Front Matter in Editor</source>
        <translation>Front Matter als &amp;Rohtext im Editor</translation>
    </message>
    <message>
        <source>Soft Wr&amp;ap</source>
        <translation>Dyn&amp;amischer Zeilenumbruch</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Focus Ne&amp;xt Pane</source>
        <translation>&amp;Nächsten Bereich fokussieren</translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;ne</source>
        <translation>Vor&amp;herigen Bereich fokussieren</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Werkzeugleis&amp;te</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Markdown &amp;Cheat Sheet</source>
        <translation>Markdown-&amp;Spickzettel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation>Über &amp;Postwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No posts in %1</source>
        <translation>Keine Beiträge in %1</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>Der Beitrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Postwright was closed with unsaved changes to &quot;%1&quot; (autosaved %2). Recover them?</source>
        <translation>Postwright wurde mit ungespeicherten Änderungen an „%1“ beendet (automatisch gespeichert: %2). Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Der Beitrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save the post as</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Markdown-Beiträge (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>No garbled characters to repair.</source>
        <translation>Keine fehlerhaften Zeichen zu reparieren.</translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation>%1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n words</source>
        <translation>
            <numerusform>Auswahl: %n Wort</numerusform>
            <numerusform>Auswahl: %n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder verschoben; beim Speichern wird die Datei neu geschrieben.</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 neu geladen: Die Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>The post changed on disk</source>
        <translation>Der Beitrag wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program, and you have unsaved changes here.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n garbled character(s).</source>
        <translation>
            <numerusform>%n fehlerhaftes Zeichen repariert.</numerusform>
            <numerusform>%n fehlerhafte Zeichen repariert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be repaired exactly (a byte was lost); the doctor lists them.</source>
        <translation>
            <numerusform>%n Zeichen konnte nicht exakt repariert werden (ein Byte ging verloren); die Diagnose listet es auf.</numerusform>
            <numerusform>%n Zeichen konnten nicht exakt repariert werden (ein Byte ging verloren); die Diagnose listet sie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written (in code, or a BOM inside the text); the doctor lists them.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeichenfolge blieb unverändert (in Code oder eine BOM im Text); die Diagnose listet sie auf.</numerusform>
            <numerusform>%n fehlerhafte Zeichenfolgen blieben unverändert (in Code oder eine BOM im Text); die Diagnose listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The post is read-only</source>
        <translation>Der Beitrag ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Save it anyway? It stays read-only.

%2</source>
        <translation>„%1“ ist schreibgeschützt. Trotzdem speichern? Die Datei bleibt schreibgeschützt.

%2</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>The site at a glance: scheduled posts, drafts, problems, tags with one post</source>
        <translation>Die Website auf einen Blick: geplante Beiträge, Entwürfe, Probleme, Schlagwörter mit nur einem Beitrag</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Link to &amp;Post…</source>
        <translation>Link zu B&amp;eitrag…</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>die Datei ist größer als 256 MB</translation>
    </message>
    <message>
        <source>%1: cannot insert the image: %2</source>
        <translation>%1: das Bild kann nicht eingefügt werden: %2</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>postwright::MarkdownEditor</name>
    <message>
        <source>Markdown editor</source>
        <translation>Markdown-Editor</translation>
    </message>
    <message>
        <source>The post&apos;s Markdown text</source>
        <translation>Der Markdown-Text des Beitrags</translation>
    </message>
    <message>
        <source>Spell check off</source>
        <translation>Rechtschreibprüfung aus</translation>
    </message>
    <message>
        <source>Spell check: loading the %1 dictionary…</source>
        <translation>Rechtschreibprüfung: Wörterbuch %1 wird geladen…</translation>
    </message>
    <message>
        <source>Spell check: %1</source>
        <translation>Rechtschreibprüfung: %1</translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”: install its hunspell package</source>
        <translation>Kein Wörterbuch für „%1“: Installieren Sie das zugehörige hunspell-Paket</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Could not save the personal word list: %1</source>
        <translation>Die persönliche Wortliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>postwright::MergeDialog</name>
    <message>
        <source>(absent on this side)</source>
        <translation>(auf dieser Seite nicht vorhanden)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Both sides changed these parts of &lt;b&gt;%1&lt;/b&gt;. Choose for each what the post says; the rest of the changes are merged already.</source>
        <translation>Beide Seiten haben diese Teile von &lt;b&gt;%1&lt;/b&gt; geändert. Wählen Sie für jeden, was im Beitrag steht; die übrigen Änderungen sind bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mi&amp;ne</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>The&amp;irs</source>
        <translation>&amp;Deren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Front matter: %1</source>
        <translation>Front Matter: %1</translation>
    </message>
    <message>
        <source>Text at line %1</source>
        <translation>Text in Zeile %1</translation>
    </message>
    <message>
        <source>Lines from %1</source>
        <translation>Zeilen ab %1</translation>
    </message>
</context>
<context>
    <name>postwright::NewPost</name>
    <message>
        <source>the title &quot;%1&quot; gives no file name</source>
        <translation>aus dem Titel „%1“ ergibt sich kein Dateiname</translation>
    </message>
    <message>
        <source>Jekyll has no page bundles</source>
        <translation>Jekyll kennt keine Page Bundles</translation>
    </message>
    <message>
        <source>not inside the site</source>
        <translation>nicht innerhalb der Website</translation>
    </message>
    <message>
        <source>a post with this name exists already</source>
        <translation>ein Beitrag mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the site declares no &quot;tags&quot; taxonomy (taxonomies = [{name = &quot;tags&quot;}]): Zola would refuse a post with tags</source>
        <translation>die Website deklariert keine Taxonomie „tags“ (taxonomies = [{name = &quot;tags&quot;}]): Zola würde einen Beitrag mit Schlagwörtern ablehnen</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; gives no file name</source>
        <translation>der Slug „%1“ ergibt keinen Dateinamen</translation>
    </message>
</context>
<context>
    <name>postwright::NewPostDialog</name>
    <message>
        <source>(type a title)</source>
        <translation>(Titel eingeben)</translation>
    </message>
    <message>
        <source>A post with this name already exists.</source>
        <translation>Ein Beitrag mit diesem Namen existiert bereits.</translation>
    </message>
</context>
<context>
    <name>postwright::PageChrome</name>
    <message>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>RSS-Feed</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Erstellt mit %1</translation>
    </message>
</context>
<context>
    <name>postwright::PersonalWordList</name>
    <message>
        <source>no folder for the personal word list</source>
        <translation>kein Ordner für die persönliche Wortliste</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>postwright::Post</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the post has no file name yet</source>
        <translation>der Beitrag hat noch keinen Dateinamen</translation>
    </message>
</context>
<context>
    <name>postwright::PostDoctor</name>
    <message>
        <source>front matter does not parse: %1</source>
        <translation>das Front Matter lässt sich nicht einlesen: %1</translation>
    </message>
    <message>
        <source>the post has no title</source>
        <translation>der Beitrag hat keinen Titel</translation>
    </message>
    <message>
        <source>the title has %1 characters; search engines show about %2</source>
        <translation>der Titel hat %1 Zeichen; Suchmaschinen zeigen etwa %2 an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date generators can read: %2</source>
        <translation>„%1“ ist kein Datum, das Generatoren lesen können: %2</translation>
    </message>
    <message>
        <source>no summary or description: search engines and feeds will guess one</source>
        <translation>keine Zusammenfassung oder Beschreibung: Suchmaschinen und Feeds werden selbst eine erraten</translation>
    </message>
    <message>
        <source>the %1 has %2 characters; search engines show about %3</source>
        <translation>„%1“ hat %2 Zeichen; Suchmaschinen zeigen etwa %3 an</translation>
    </message>
    <message>
        <source>the slug has %1 characters; keep URLs under %2</source>
        <translation>der Slug hat %1 Zeichen; URLs sollten unter %2 bleiben</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>Linkziel nicht gefunden: %1</translation>
    </message>
    <message>
        <source>garbled text (UTF-8 once read as Windows-1252)</source>
        <translation>fehlerhafter Text (UTF-8, das einmal als Windows-1252 gelesen wurde)</translation>
    </message>
    <message>
        <source>cannot be repaired exactly, a byte was lost: %1</source>
        <translation>nicht exakt reparierbar, ein Byte ging verloren: %1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; appears %n times (lines %2); Hugo and Jekyll use only the last one</source>
        <translation>
            <numerusform>„%1“ kommt einmal vor (Zeile %2)</numerusform>
            <numerusform>„%1“ kommt %n-mal vor (Zeilen %2); Hugo und Jekyll verwenden nur das letzte</numerusform>
        </translation>
    </message>
    <message>
        <source>U+%1 (line separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (Zeilentrenner) ist für die YAML-Parser von Jekyll und Hugo ein Zeilenumbruch; schreiben Sie es als „%2“ in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>U+%1 (paragraph separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (Absatztrenner) ist für die YAML-Parser von Jekyll und Hugo ein Zeilenumbruch; schreiben Sie es als „%2“ in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>U+%1 (next line) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (Next Line) ist für die YAML-Parser von Jekyll und Hugo ein Zeilenumbruch; schreiben Sie es als „%2“ in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>U+%1 (byte-order mark) is invisible, and YAML emitters always escape it; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (Byte-Order-Mark) ist unsichtbar, und YAML-Emitter schreiben es immer maskiert; schreiben Sie es als „%2“ in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a byte-order mark read as text (%1) in the middle of the file: it is not repaired; delete it unless it is meant</source>
        <translation>eine als Text gelesene Byte-Order-Mark (%1) mitten in der Datei: Sie wird nicht repariert; löschen Sie sie, wenn sie nicht gewollt ist</translation>
    </message>
    <message>
        <source>garbled text in code, left as written (UTF-8 once read as Windows-1252)</source>
        <translation>fehlerhafter Text in Code, unverändert gelassen (UTF-8, das einmal als Windows-1252 gelesen wurde)</translation>
    </message>
    <message>
        <source>the taxonomy &quot;%1&quot; is not declared in config.toml (taxonomies = [{name = &quot;%1&quot;}]): zola build fails</source>
        <translation>die Taxonomie „%1“ ist nicht in config.toml deklariert (taxonomies = [{name = &quot;%1&quot;}]): zola build schlägt fehl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings for Zola, as %1 = [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>„%1“ muss für Zola eine Liste von Zeichenketten sein, etwa %1 = [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 is outside the site: it is not published</source>
        <translation>%1 liegt außerhalb der Website: wird nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1 is not published: %2</source>
        <translation>%1 wird nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <source>Liquid: %1</source>
        <translation>Liquid: %1</translation>
    </message>
    <message>
        <source>image without alt text: screen readers and search engines learn nothing from it; describe it as ![what it shows](%1)</source>
        <translation>Bild ohne Alternativtext: Screenreader und Suchmaschinen erfahren nichts darüber; beschreiben Sie es als ![was es zeigt](%1)</translation>
    </message>
    <message>
        <source>the link text &quot;%1&quot; says nothing about where it leads; name the destination instead</source>
        <translation>der Linktext „%1“ sagt nichts darüber aus, wohin er führt; nennen Sie stattdessen das Ziel</translation>
    </message>
    <message>
        <source>this heading repeats the title, which the page already shows as its heading; remove it</source>
        <translation>diese Überschrift wiederholt den Titel, den die Seite bereits als Überschrift anzeigt; entfernen Sie sie</translation>
    </message>
    <message>
        <source>a second top-level heading (#): a page has one; use ## for sections</source>
        <translation>eine zweite Überschrift der obersten Ebene (#): Eine Seite hat nur eine; verwenden Sie ## für Abschnitte</translation>
    </message>
    <message>
        <source>a top-level heading (#) besides the title, which the page shows as its heading; use ## for sections</source>
        <translation>eine Überschrift der obersten Ebene (#) neben dem Titel, den die Seite als Überschrift anzeigt; verwenden Sie ## für Abschnitte</translation>
    </message>
    <message>
        <source>the heading level skips from h%1 to h%2: screen reader users lose their place; use h%3</source>
        <translation>die Überschriftenebene springt von h%1 auf h%2: Screenreader-Nutzer verlieren die Orientierung; verwenden Sie h%3</translation>
    </message>
    <message>
        <source>hard to read: %1 %2 (%3); shorter sentences and plainer words help</source>
        <translation>schwer lesbar: %1 %2 (%3); kürzere Sätze und einfachere Wörter helfen</translation>
    </message>
    <message>
        <source>hugo reads no date in %1: %2 (the page is undated to hugo); write %3</source>
        <translation>hugo liest in %1 kein Datum: %2 (für hugo ist die Seite undatiert); schreiben Sie %3</translation>
    </message>
    <message>
        <source>The site&apos;s configuration does not parse, jekyll build stops here: %1</source>
        <translation>Die Konfiguration der Website lässt sich nicht einlesen, jekyll build bricht hier ab: %1</translation>
    </message>
</context>
<context>
    <name>postwright::PostFiles</name>
    <message>
        <source>not inside the site</source>
        <translation>nicht innerhalb der Website</translation>
    </message>
    <message>
        <source>no such post</source>
        <translation>Beitrag nicht vorhanden</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot move to %1</source>
        <translation>Verschieben nach %1 nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>„%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>cannot move to the trash</source>
        <translation>Verschieben in den Papierkorb nicht möglich</translation>
    </message>
    <message>
        <source>not a draft: it is not in a _drafts folder</source>
        <translation>kein Entwurf: Der Beitrag liegt nicht in einem _drafts-Ordner</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkCompleter</name>
    <message>
        <source>Posts to link to</source>
        <translation>Beiträge zum Verlinken</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkDialog</name>
    <message>
        <source>Link to Post</source>
        <translation>Link zu Beitrag</translation>
    </message>
    <message>
        <source>&amp;Find a post by title or path:</source>
        <translation>Beitrag nach Titel oder Pfad &amp;suchen:</translation>
    </message>
    <message>
        <source>Post title or path</source>
        <translation>Titel oder Pfad des Beitrags</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>&amp;Insert Link</source>
        <translation>Link &amp;einfügen</translation>
    </message>
    <message>
        <source>Open a site folder to link to its posts.</source>
        <translation>Öffnen Sie einen Website-Ordner, um auf seine Beiträge zu verlinken.</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinker</name>
    <message>
        <source>Save the post first: a relative link starts from the post&apos;s folder.</source>
        <translation>Speichern Sie den Beitrag zuerst: Ein relativer Link geht vom Ordner des Beitrags aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a draft: the site&apos;s build stops at this link until it is published</source>
        <translation>„%1“ ist ein Entwurf: Der Build der Website bricht an diesem Link ab, bis der Beitrag veröffentlicht ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is scheduled: the site&apos;s build stops at this link until its date</source>
        <translation>„%1“ ist geplant: Der Build der Website bricht an diesem Link ab, bis sein Datum erreicht ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired: the site&apos;s build stops at this link</source>
        <translation>„%1“ ist abgelaufen: Der Build der Website bricht an diesem Link ab</translation>
    </message>
</context>
<context>
    <name>postwright::PostListModel</name>
    <message>
        <source>section</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>keine Seite</translation>
    </message>
    <message>
        <source>Hugo writes no page for it (headless, or build options).</source>
        <translation>Hugo schreibt dafür keine Seite (headless oder Build-Optionen).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>vorgemerkt</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>im Konflikt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Git: %1 (not published yet)</source>
        <translation>Git: %1 (noch nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
</context>
<context>
    <name>postwright::PreviewPane</name>
    <message>
        <source>%1; it was started again.</source>
        <translation>%1; es wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Postwri&amp;ght Preview</source>
        <translation>&amp;Postwright-Vorschau</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <source>Preview in Postwright&apos;s own page, instantly</source>
        <translation>Vorschau sofort in Postwrights eigener Seite</translation>
    </message>
    <message>
        <source>Site T&amp;heme Preview</source>
        <translation>Vorschau im Website-&amp;Design</translation>
    </message>
    <message>
        <source>Site theme</source>
        <translation>Website-Design</translation>
    </message>
    <message>
        <source>Preview as the site&apos;s generator renders it, with its theme</source>
        <translation>Vorschau, wie der Generator der Website sie mit ihrem Design rendert</translation>
    </message>
    <message>
        <source>Site Ho&amp;me in Preview</source>
        <translation>Startse&amp;ite der Website in der Vorschau</translation>
    </message>
    <message>
        <source>Show the site&apos;s home page in the Site theme preview; its links lead through the site</source>
        <translation>Die Startseite der Website in der Vorschau im Website-Design zeigen; ihre Links führen durch die Website</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Vorschau-Meldung</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Site theme needs a site: open the post&apos;s site folder.</source>
        <translation>Das Website-Design braucht eine Website: Öffnen Sie den Website-Ordner des Beitrags.</translation>
    </message>
    <message>
        <source>Starting hugo…</source>
        <translation>hugo wird gestartet…</translation>
    </message>
    <message>
        <source>Site theme preview is off: %1</source>
        <translation>Die Vorschau im Website-Design ist aus: %1</translation>
    </message>
    <message>
        <source>Preview error</source>
        <translation>Vorschaufehler</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Vorschau-Hinweis</translation>
    </message>
    <message>
        <source>Open the site generator&apos;s output in a text editor</source>
        <translation>Die Ausgabe des Website-Generators in einem Texteditor öffnen</translation>
    </message>
    <message>
        <source>Site theme works with Hugo and Jekyll sites; this site is previewed in Postwright&apos;s page.</source>
        <translation>Das Website-Design funktioniert mit Hugo- und Jekyll-Websites; die Vorschau dieser Website erfolgt in Postwrights eigener Seite.</translation>
    </message>
    <message>
        <source>Starting jekyll…</source>
        <translation>jekyll wird gestartet…</translation>
    </message>
    <message>
        <source>%1: %2 (the page shows the last good build)</source>
        <translation>%1: %2 (die Seite zeigt den letzten erfolgreichen Build)</translation>
    </message>
</context>
<context>
    <name>postwright::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
</context>
<context>
    <name>postwright::ProjectPanel</name>
    <message>
        <source>Hugo site</source>
        <translation>Hugo-Website</translation>
    </message>
    <message>
        <source>Jekyll site</source>
        <translation>Jekyll-Website</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation>Die Website kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Indexing canceled.</source>
        <translation>Indizierung abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot update the site: %1</source>
        <translation>Die Website kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message>
        <source>No site open</source>
        <translation>Keine Website geöffnet</translation>
    </message>
    <message>
        <source>Open a post or a site folder to see its posts.</source>
        <translation>Öffnen Sie einen Beitrag oder einen Website-Ordner, um die Beiträge zu sehen.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>alle anzeigen</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation>Beiträge: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Entwürfe: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Site warnings</source>
        <translation>Website-Warnungen</translation>
    </message>
    <message>
        <source>Files of the site that need a look: %1</source>
        <translation>Dateien der Website, die geprüft werden sollten: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Some files were not changed</source>
        <translation>Einige Dateien wurden nicht geändert</translation>
    </message>
    <message>
        <source>Files that could not be written (left as they were): %1</source>
        <translation>Dateien, die nicht geschrieben werden konnten (unverändert belassen): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: files changed: %2</source>
        <translation>„%1“: geänderte Dateien: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Neuer Beitrag…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Cannot publish the post</source>
        <translation>Der Beitrag kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Move the draft into _posts with today&apos;s date</source>
        <translation>Den Entwurf mit dem heutigen Datum nach _posts verschieben</translation>
    </message>
    <message>
        <source>Set draft to false</source>
        <translation>draft auf false setzen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Ver&amp;schieben…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>In den &amp;Papierkorb verschieben…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Show Its &amp;Posts</source>
        <translation>Zugehörige &amp;Beiträge anzeigen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Rename Post</source>
        <translation>Beitrag umbenennen</translation>
    </message>
    <message>
        <source>New file name (slug):</source>
        <translation>Neuer Dateiname (Slug):</translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation>Der Beitrag kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Move the post to</source>
        <translation>Beitrag verschieben nach</translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation>Der Beitrag kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>the folder is outside the site</source>
        <translation>der Ordner liegt außerhalb der Website</translation>
    </message>
    <message>
        <source>the folder of &quot;%1&quot; with its files</source>
        <translation>den Ordner von „%1“ mit allen Dateien darin</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>Möchten Sie %1 in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Cannot move the post to the trash</source>
        <translation>Der Beitrag kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>Hugo site (no config found: defaults)</source>
        <translation>Hugo-Website (keine Konfiguration gefunden: Standardwerte)</translation>
    </message>
    <message>
        <source>Jekyll site (no _config.yml found: defaults)</source>
        <translation>Jekyll-Website (keine _config.yml gefunden: Standardwerte)</translation>
    </message>
    <message>
        <source>Zola site</source>
        <translation>Zola-Website</translation>
    </message>
    <message>
        <source>Some posts are read-only</source>
        <translation>Einige Beiträge sind schreibgeschützt</translation>
    </message>
    <message>
        <source>Posts that are read-only and were not changed: %1. Change them anyway? They stay read-only.</source>
        <translation>Schreibgeschützte Beiträge, die nicht geändert wurden: %1. Trotzdem ändern? Sie bleiben schreibgeschützt.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Trotzdem ändern</translation>
    </message>
    <message>
        <source>Show &amp;History…</source>
        <translation>&amp;Verlauf anzeigen…</translation>
    </message>
    <message>
        <source>Preview &amp;Site</source>
        <translation>&amp;Website-Vorschau</translation>
    </message>
</context>
<context>
    <name>postwright::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Looking at what changed…</source>
        <translation>Änderungen werden ermittelt…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>Committet:</translation>
    </message>
    <message>
        <source>Changed files that are not posts or their images. Tick one to commit it too.</source>
        <translation>Geänderte Dateien, die keine Beiträge oder deren Bilder sind. Haken Sie eine an, um sie mit zu committen.</translation>
    </message>
    <message>
        <source>Also commit?</source>
        <translation>Auch committen?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Commits on %1, then merges with %2 and pushes there.</source>
        <translation>Committet auf %1, führt dann mit %2 zusammen und pusht dorthin.</translation>
    </message>
    <message>
        <source>Commits on %1. It has no upstream: nothing is pushed (push it once with git push -u).</source>
        <translation>Committet auf %1. Er hat keinen Upstream: Es wird nichts gepusht (pushen Sie ihn einmal mit git push -u).</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Veröffentlichen nicht möglich: %1</translation>
    </message>
    <message>
        <source>(no changed post: only fetch, merge and push)</source>
        <translation>(kein geänderter Beitrag: nur abrufen, zusammenführen und pushen)</translation>
    </message>
    <message>
        <source>%1: an unresolved merge: resolve it first</source>
        <translation>%1: eine ungelöste Zusammenführung: Lösen Sie sie zuerst auf</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Canceled. Your commit stays here; Publish again to push it.</source>
        <translation>Abgebrochen. Ihr Commit bleibt hier; veröffentlichen Sie erneut, um ihn zu pushen.</translation>
    </message>
    <message>
        <source>Publishing stopped: see above.</source>
        <translation>Veröffentlichen angehalten: siehe oben.</translation>
    </message>
    <message>
        <source>Merged as you chose: publishing again.</source>
        <translation>Wie gewählt zusammengeführt: Es wird erneut veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 cannot be merged here (%2): merge it with git, then publish.</source>
        <translation>%1 kann hier nicht zusammengeführt werden (%2): Führen Sie es mit git zusammen und veröffentlichen Sie dann.</translation>
    </message>
    <message>
        <source>Not merged: nothing was changed. Publish again when you want to merge.</source>
        <translation>Nicht zusammengeführt: Es wurde nichts geändert. Veröffentlichen Sie erneut, wenn Sie zusammenführen möchten.</translation>
    </message>
</context>
<context>
    <name>postwright::Publisher</name>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>both sides changed &quot;%1&quot;: ours %2, theirs %3</source>
        <translation>beide Seiten haben „%1“ geändert: unsere %2, deren %3</translation>
    </message>
    <message>
        <source>both sides changed this part of the text</source>
        <translation>beide Seiten haben diesen Teil des Textes geändert</translation>
    </message>
    <message>
        <source>an unresolved merge: resolve it first</source>
        <translation>eine ungelöste Zusammenführung: Lösen Sie sie zuerst auf</translation>
    </message>
    <message>
        <source>publish stopped: a post holds conflict markers; nothing was committed</source>
        <translation>Veröffentlichen angehalten: Ein Beitrag enthält Konfliktmarkierungen; es wurde nichts committet</translation>
    </message>
    <message>
        <source>not committed (not a post or its image): %1 %2</source>
        <translation>nicht committet (kein Beitrag oder dessen Bild): %1 %2</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>nichts zu committen</translation>
    </message>
    <message>
        <source>committed %1: %2</source>
        <translation>%1 committet: %2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Zusammenführung von %1</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>%1 zusammengeführt</translation>
    </message>
    <message>
        <source>merged per key and block: %1</source>
        <translation>pro Schlüssel und Block zusammengeführt: %1</translation>
    </message>
    <message>
        <source>fetch from %1 failed; your commit stays here: %2</source>
        <translation>Abrufen von %1 fehlgeschlagen; Ihr Commit bleibt hier: %2</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>nach %1 gepusht</translation>
    </message>
    <message>
        <source>push to %1 failed; your commit stays here: %2</source>
        <translation>Push nach %1 fehlgeschlagen; Ihr Commit bleibt hier: %2</translation>
    </message>
    <message>
        <source>the push was rejected (the remote changed meanwhile): fetching again</source>
        <translation>der Push wurde abgelehnt (das Remote hat sich inzwischen geändert): Es wird erneut abgerufen</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch to publish from</source>
        <translation>HEAD ist losgelöst: Checken Sie einen Branch aus, von dem veröffentlicht werden soll</translation>
    </message>
    <message>
        <source>a merge or rebase is in progress in %1: finish or abort it first (git status)</source>
        <translation>in %1 läuft ein Merge oder Rebase: Schließen Sie ihn zuerst ab oder brechen Sie ihn ab (git status)</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream to publish to: push it once with git push -u REMOTE %1, or use --no-push</source>
        <translation>der Branch %1 hat keinen Upstream zum Veröffentlichen: Pushen Sie ihn einmal mit git push -u REMOTE %1 oder verwenden Sie --no-push</translation>
    </message>
    <message>
        <source>not committed (not due): %1 %2</source>
        <translation>nicht committet (nicht fällig): %1 %2</translation>
    </message>
</context>
<context>
    <name>postwright::Readability</name>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>eher leicht</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>eher schwer</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Flesch reading ease</source>
        <translation>Flesch-Lesbarkeitsindex</translation>
    </message>
    <message>
        <source>LIX</source>
        <translation>LIX</translation>
    </message>
</context>
<context>
    <name>postwright::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder</source>
        <translation>der Wiederherstellungsordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>die Wiederherstellungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::RsyncUploader</name>
    <message>
        <source>cannot write the list of files for rsync: %1</source>
        <translation>die Dateiliste für rsync kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot run rsync: %1</source>
        <translation>rsync kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>rsync failed (exit %1): %2</source>
        <translation>rsync fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::SampleSite</name>
    <message>
        <source>cannot create the folder for the sample blog</source>
        <translation>der Ordner für das Beispiel-Blog kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot copy the sample blog: %1</source>
        <translation>das Beispiel-Blog kann nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ScheduleDialog</name>
    <message>
        <source>When a post is due, &amp;deploy the site to %1</source>
        <translation>Wenn ein Beitrag fällig ist, die Website nach %1 &amp;bereitstellen</translation>
    </message>
    <message>
        <source>CI &amp;Alternative…</source>
        <translation>CI-&amp;Alternative…</translation>
    </message>
    <message>
        <source>Publish when due needs the user&apos;s systemd, which is not available here: %1.
Your host&apos;s CI can publish scheduled posts instead: a job that builds the site every hour.</source>
        <translation>„Bei Fälligkeit veröffentlichen“ braucht den systemd des Benutzers, der hier nicht verfügbar ist: %1.
Stattdessen kann die CI Ihres Hosters geplante Beiträge veröffentlichen: ein Job, der die Website stündlich baut.</translation>
    </message>
    <message>
        <source>The timer is set for %1.</source>
        <translation>Der Timer ist auf %1 gestellt.</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — fällig am %2</translation>
    </message>
    <message>
        <source>No post is scheduled: give a post a date in the future (on Hugo, or a publishDate).</source>
        <translation>Kein Beitrag ist geplant: Geben Sie einem Beitrag ein Datum in der Zukunft (bei Hugo auch als publishDate).</translation>
    </message>
    <message>
        <source>Publish when due is off: no timer is set.</source>
        <translation>„Bei Fälligkeit veröffentlichen“ ist aus: Es ist kein Timer gesetzt.</translation>
    </message>
    <message>
        <source>postwright-cli is not installed beside Postwright nor on the PATH: the timer needs it.</source>
        <translation>postwright-cli ist weder neben Postwright noch im PATH installiert: Der Timer braucht es.</translation>
    </message>
</context>
<context>
    <name>postwright::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Follow the system (as the window)</source>
        <translation>Systemvorgabe (wie die Fenster)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation>Externe Bilder laden</translation>
    </message>
    <message>
        <source>Block all remote content</source>
        <translation>Alle externen Inhalte blockieren</translation>
    </message>
    <message>
        <source>Next to the post, or the site&apos;s image folder</source>
        <translation>Neben dem Beitrag oder im Bilderordner der Website</translation>
    </message>
    <message>
        <source>Always images/ beside the post</source>
        <translation>Immer in images/ neben dem Beitrag</translation>
    </message>
    <message>
        <source>A folder of the site (below)</source>
        <translation>In einem Ordner der Website (unten)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Follow the post or site (else the system language)</source>
        <translation>Wie Beitrag oder Website (sonst die Systemsprache)</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed (Debian: hunspell-en-us, hunspell-de-de…).</source>
        <translation>Es sind keine Hunspell-Wörterbücher installiert (Debian: hunspell-en-us, hunspell-de-de…).</translation>
    </message>
    <message>
        <source>Postwright will use this language the next time it starts.</source>
        <translation>Postwright verwendet diese Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Icons and text</source>
        <translation>Symbole und Text</translation>
    </message>
    <message>
        <source>Relative link to the post&apos;s file</source>
        <translation>Relativer Link auf die Datei des Beitrags</translation>
    </message>
    <message>
        <source>Hugo ref shortcode</source>
        <translation>Hugo-Shortcode ref</translation>
    </message>
    <message>
        <source>Hugo relref shortcode</source>
        <translation>Hugo-Shortcode relref</translation>
    </message>
</context>
<context>
    <name>postwright::SftpUploader</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>libcurl kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>no known_hosts file: connect once with ssh or sftp to check and accept the host&apos;s key</source>
        <translation>keine known_hosts-Datei: Verbinden Sie sich einmal mit ssh oder sftp, um den Schlüssel des Hosts zu prüfen und zu akzeptieren</translation>
    </message>
    <message>
        <source>SFTP: %1: %2</source>
        <translation>SFTP: %1: %2</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>die exportierte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>removing stale files</source>
        <translation>veraltete Dateien werden entfernt</translation>
    </message>
</context>
<context>
    <name>postwright::Shortcodes</name>
    <message>
        <source>not a video id: %1</source>
        <translation>keine Video-ID: %1</translation>
    </message>
    <message>
        <source>closing tag without an opening one</source>
        <translation>schließendes Tag ohne öffnendes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Remote content is blocked (Edit → Settings)</source>
        <translation>Externe Inhalte sind blockiert (Bearbeiten → Einstellungen)</translation>
    </message>
    <message>
        <source>Load video from youtube-nocookie.com</source>
        <translation>Video von youtube-nocookie.com laden</translation>
    </message>
    <message>
        <source>Load video from vimeo.com</source>
        <translation>Video von vimeo.com laden</translation>
    </message>
    <message>
        <source>shortcode</source>
        <translation>Shortcode</translation>
    </message>
    <message>
        <source>no shortcode name after the opening braces</source>
        <translation>kein Shortcode-Name nach den öffnenden geschweiften Klammern</translation>
    </message>
    <message>
        <source>a quoted parameter is not closed (or contains &quot;{{&quot;)</source>
        <translation>ein Parameter in Anführungszeichen ist nicht geschlossen (oder enthält &quot;{{&quot;)</translation>
    </message>
    <message>
        <source>the comment is not closed with &quot;*/&quot;</source>
        <translation>der Kommentar ist nicht mit &quot;*/&quot; abgeschlossen</translation>
    </message>
    <message>
        <source>a closing tag cannot have parameters</source>
        <translation>ein schließendes Tag kann keine Parameter haben</translation>
    </message>
    <message>
        <source>the tag is not closed (before the next &quot;{{&quot; or the end)</source>
        <translation>das Tag ist nicht geschlossen (vor dem nächsten &quot;{{&quot; oder dem Ende)</translation>
    </message>
    <message>
        <source>nested inside more than %1 other shortcodes: shown as text</source>
        <translation>in mehr als %1 andere Shortcodes verschachtelt: als Text dargestellt</translation>
    </message>
    <message>
        <source>must be closed ({{&lt; /%1 &gt;}}) or self-closed ({{&lt; %1 /&gt;}}): its template uses .Inner</source>
        <translation>muss geschlossen ({{&lt; /%1 &gt;}}) oder selbstschließend ({{&lt; %1 /&gt;}}) sein: Seine Vorlage verwendet .Inner</translation>
    </message>
</context>
<context>
    <name>postwright::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Command, menu or keys</source>
        <translation>Befehl, Menü oder Tasten</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the commands whose name, menu or keys contain the text</source>
        <translation>Zeigt nur die Befehle, deren Name, Menü oder Tasten den Text enthalten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each command with its menu and keyboard shortcut</source>
        <translation>Jeder Befehl mit seinem Menü und Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>postwright::SiteConfig</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>aliases expand to more than 2,000,000 values</source>
        <translation>Aliase ergeben mehr als 2.000.000 Werte</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditActions</name>
    <message>
        <source>Replace &amp;in All Posts…</source>
        <translation>In allen Beiträgen erset&amp;zen…</translation>
    </message>
    <message>
        <source>Und&amp;o %1</source>
        <comment>a site edit: Undo Rename &quot;a&quot; → &quot;b&quot;</comment>
        <translation>Rückgä&amp;ngig: %1</translation>
    </message>
    <message>
        <source>Cannot Und&amp;o %1: Too Large</source>
        <translation>Nicht rückgä&amp;ngig zu machen: %1 (zu groß)</translation>
    </message>
    <message>
        <source>The posts it changed were over %1 MB; they are not kept in memory.</source>
        <translation>Die geänderten Beiträge waren größer als %1 MB; sie werden nicht im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Und&amp;o Site Edit</source>
        <translation>Rückgä&amp;ngig: Website-Änderung</translation>
    </message>
    <message>
        <source>Undone: %1 (posts restored: %2)</source>
        <translation>Rückgängig gemacht: %1 (wiederhergestellte Beiträge: %2)</translation>
    </message>
    <message>
        <source>Some posts were left alone</source>
        <translation>Einige Beiträge blieben unverändert</translation>
    </message>
    <message>
        <source>Posts changed since &quot;%1&quot; were not restored; they stay as they are now: %2</source>
        <translation>Seit „%1“ geänderte Beiträge wurden nicht wiederhergestellt; sie bleiben, wie sie jetzt sind: %2</translation>
    </message>
    <message>
        <source>Some posts were not changed</source>
        <translation>Einige Beiträge wurden nicht geändert</translation>
    </message>
    <message>
        <source>Posts that changed since the preview or could not be written (left as they are): %1</source>
        <translation>Beiträge, die sich seit der Vorschau geändert haben oder nicht geschrieben werden konnten (unverändert gelassen): %1</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditJournal</name>
    <message>
        <source>changed since: left as it is now</source>
        <translation>seitdem geändert: bleibt, wie es jetzt ist</translation>
    </message>
    <message>
        <source>deleted since: left deleted</source>
        <translation>seitdem gelöscht: bleibt gelöscht</translation>
    </message>
    <message>
        <source>its permissions or owner changed since (mode %1 now): left as it is now</source>
        <translation>Berechtigungen oder Eigentümer seitdem geändert (jetzt Modus %1): bleibt, wie es jetzt ist</translation>
    </message>
</context>
<context>
    <name>postwright::SiteGitState</name>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>%1 (no commit yet)</source>
        <translation>%1 (noch kein Commit)</translation>
    </message>
    <message>
        <source>%1 (no upstream)</source>
        <translation>%1 (kein Upstream)</translation>
    </message>
    <message>
        <source>%1, up to date with %2</source>
        <translation>%1, auf dem Stand von %2</translation>
    </message>
</context>
<context>
    <name>postwright::SiteIndex</name>
    <message>
        <source>indexing was canceled</source>
        <translation>die Indizierung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>postwright::SitePreviewView</name>
    <message>
        <source>Preview in the site&apos;s theme</source>
        <translation>Vorschau im Design der Website</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplace</name>
    <message>
        <source>more than %1 matches: not changed</source>
        <translation>mehr als %1 Treffer: nicht geändert</translation>
    </message>
    <message>
        <source>larger than %1 MB: not searched</source>
        <translation>größer als %1 MB: nicht durchsucht</translation>
    </message>
    <message>
        <source>changed since the preview: left as it is now</source>
        <translation>seit der Vorschau geändert: bleibt, wie es jetzt ist</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplaceDialog</name>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Press Search to see the changes.</source>
        <translation>Klicken Sie auf „Suche starten“, um die Änderungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n posts.</source>
        <translation>
            <numerusform>in %n Beitrag.</numerusform>
            <numerusform>in %n Beiträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: not every post was searched.</source>
        <translation>Angehalten: Nicht alle Beiträge wurden durchsucht.</translation>
    </message>
    <message>
        <source>Too many matches: the search stopped at %1.</source>
        <translation>Zu viele Treffer: Die Suche wurde bei %1 angehalten.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>…and more changed lines further down.</source>
        <translation>…und weitere geänderte Zeilen weiter unten.</translation>
    </message>
    <message>
        <source>Replace in Tick&amp;ed Posts</source>
        <translation>In angehakten Beiträgen e&amp;rsetzen</translation>
    </message>
    <message>
        <source>left out</source>
        <comment>a post not offered for replacing</comment>
        <translation>ausgelassen</translation>
    </message>
</context>
<context>
    <name>postwright::SiteRules</name>
    <message>
        <source>not named YYYY-MM-DD-slug.%1: Jekyll ignores this file</source>
        <translation>nicht nach dem Schema YYYY-MM-DD-slug.%1 benannt: Jekyll ignoriert diese Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site (to %1): not read</source>
        <translation>ein symbolischer Link, der aus der Website hinausführt (auf %1): nicht gelesen</translation>
    </message>
</context>
<context>
    <name>postwright::SiteServer</name>
    <message>
        <source>hugo is not installed (no hugo on the PATH). Install it (Debian: apt install hugo) or choose a hugo binary in Settings.</source>
        <translation>hugo ist nicht installiert (kein hugo im PATH). Installieren Sie es (Debian: apt install hugo) oder wählen Sie in den Einstellungen ein hugo-Programm.</translation>
    </message>
    <message>
        <source>The chosen hugo binary %1 is not an executable file.</source>
        <translation>Das gewählte hugo-Programm %1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>This site is built with hugo %1 (%2 says so), but %3 is hugo %4. Choose a newer hugo binary in Settings.</source>
        <translation>Diese Website wird mit hugo %1 gebaut (laut %2), aber %3 ist hugo %4. Wählen Sie in den Einstellungen ein neueres hugo-Programm.</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>Der Vorschauordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 startet nicht: %2</translation>
    </message>
    <message>
        <source>%1 three times in a minute; see its log %2</source>
        <translation>%1 dreimal in einer Minute; siehe sein Protokoll %2</translation>
    </message>
    <message>
        <source>Save the post into the site to see it in the site&apos;s theme.</source>
        <translation>Speichern Sie den Beitrag in der Website, um ihn im Design der Website zu sehen.</translation>
    </message>
    <message>
        <source>hugo does not read this file: it is not in the site&apos;s content folder.</source>
        <translation>hugo liest diese Datei nicht: Sie liegt nicht im Inhaltsordner der Website.</translation>
    </message>
    <message>
        <source>Cannot write the preview copy: %1</source>
        <translation>Die Vorschaukopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot link %1 into the preview folder</source>
        <translation>%1 kann nicht in den Vorschauordner verlinkt werden</translation>
    </message>
    <message>
        <source>`bundle check` for the site&apos;s Gemfile did not finish.</source>
        <translation>`bundle check` für das Gemfile der Website wurde nicht beendet.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile cannot be used: `bundle check` failed.</source>
        <translation>Das Gemfile der Website kann nicht verwendet werden: `bundle check` ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile needs gems that are not installed: %1. Run `bundle install` in the site folder.</source>
        <translation>Das Gemfile der Website braucht Gems, die nicht installiert sind: %1. Führen Sie `bundle install` im Website-Ordner aus.</translation>
    </message>
    <message>
        <source>jekyll is not installed (no jekyll on the PATH). Install it (Debian: apt install jekyll).</source>
        <translation>jekyll ist nicht installiert (kein jekyll im PATH). Installieren Sie es (Debian: apt install jekyll).</translation>
    </message>
    <message>
        <source>jekyll does not read this file: it is not in the site&apos;s folder.</source>
        <translation>jekyll liest diese Datei nicht: Sie liegt nicht im Ordner der Website.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Jekyll site</source>
        <translation>%1 ist keine Hugo- oder Jekyll-Website</translation>
    </message>
    <message>
        <source>%1 did not serve the site within %2 seconds; see its log %3</source>
        <translation>%1 hat die Website nicht innerhalb von %2 Sekunden bereitgestellt; siehe sein Protokoll %3</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for %1.</source>
        <translation>Kein freier Port auf 127.0.0.1 für %1.</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2); see its log %3</source>
        <translation>%1 wurde beendet (Exit-Code %2); siehe sein Protokoll %3</translation>
    </message>
    <message>
        <source>%1 could not build the site: %2</source>
        <translation>%1 konnte die Website nicht erstellen: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2)</source>
        <translation>%1 wurde beendet (Exit-Code %2)</translation>
    </message>
</context>
<context>
    <name>postwright::SiteSession</name>
    <message>
        <source>Rename &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Umbenennen „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Zusammenführen „%1“ in „%2“</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Löschen „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n Posts</source>
        <translation>
            <numerusform>Ersetzen in %n Beitrag</numerusform>
            <numerusform>Ersetzen in %n Beiträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n posts</source>
        <translation>
            <numerusform>In %n Beitrag ersetzt</numerusform>
            <numerusform>In %n Beiträgen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Replacing in %1 of %2 posts…</source>
        <translation>Ersetzen in %1 von %2 Beiträgen…</translation>
    </message>
    <message>
        <source>Undoing %1: %2 of %3 posts…</source>
        <translation>%1 wird rückgängig gemacht: %2 von %3 Beiträgen…</translation>
    </message>
    <message>
        <source>Posts are being changed all over the site: wait for that to end, or stop it.</source>
        <translation>Gerade werden Beiträge auf der ganzen Website geändert: Warten Sie, bis das abgeschlossen ist, oder halten Sie es an.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: replaced in %n posts; the others are as they were</source>
        <translation>
            <numerusform>Angehalten: in %n Beitrag ersetzt; die übrigen sind unverändert</numerusform>
            <numerusform>Angehalten: in %n Beiträgen ersetzt; die übrigen sind unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 (posts restored: %2); Undo restores the others</source>
        <translation>Rückgängigmachen angehalten: %1 (wiederhergestellte Beiträge: %2); Rückgängig stellt die übrigen wieder her</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizeDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>%1 × %2 (columns × rows, header included)</source>
        <extracomment>The size chosen in the table picker; rows include the header row.</extracomment>
        <translation>%1 × %2 (Spalten × Zeilen, einschließlich Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizePicker</name>
    <message>
        <source>Table size</source>
        <translation>Tabellengröße</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <extracomment>The table size picker&apos;s size as a screen reader says it.</extracomment>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::TableToolBar</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table tools</source>
        <translation>Tabellenwerkzeuge</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile einfügen</translation>
    </message>
    <message>
        <source>Add Row &amp;Above</source>
        <translation>Zeile &amp;darüber einfügen</translation>
    </message>
    <message>
        <source>Add Row &amp;Below</source>
        <translation>Zeile da&amp;runter einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Row</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte einfügen</translation>
    </message>
    <message>
        <source>Add Column &amp;Left</source>
        <translation>Spalte &amp;links einfügen</translation>
    </message>
    <message>
        <source>Add Column &amp;Right</source>
        <translation>Spalte &amp;rechts einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Column</source>
        <translation>Spalte lö&amp;schen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Linksbündig</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Zentriert</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechtsbündig</translation>
    </message>
    <message>
        <source>&amp;No Alignment</source>
        <translation>&amp;Keine Ausrichtung</translation>
    </message>
    <message>
        <source>Format Table</source>
        <translation>Tabelle formatieren</translation>
    </message>
    <message>
        <source>Line the table&apos;s pipes up</source>
        <translation>Die senkrechten Striche der Tabelle untereinander ausrichten</translation>
    </message>
    <message>
        <source>This table is too large for the table tools (over %L1 rows or %L2 columns).</source>
        <translation>Diese Tabelle ist zu groß für die Tabellenwerkzeuge (über %L1 Zeilen oder %L2 Spalten).</translation>
    </message>
</context>
<context>
    <name>postwright::TermEdit</name>
    <message>
        <source>not inside the site: left alone</source>
        <translation>nicht innerhalb der Website: unverändert gelassen</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>während der Änderung gelöscht: bleibt gelöscht</translation>
    </message>
    <message>
        <source>changed again and again during the change: left as it is now</source>
        <translation>während der Änderung immer wieder verändert: bleibt, wie es jetzt ist</translation>
    </message>
</context>
<context>
    <name>postwright::TermEditDialog</name>
    <message>
        <source>Rename Term</source>
        <translation>Begriff umbenennen</translation>
    </message>
    <message>
        <source>Rename %1 in the %2 of every post.</source>
        <translation>%1 im Feld „%2“ aller Beiträge umbenennen.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Merge Terms</source>
        <translation>Begriffe zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into another term of the %2: every post with %1 gets the other term instead.</source>
        <translation>%1 mit einem anderen Begriff aus „%2“ zusammenführen: Jeder Beitrag mit %1 erhält stattdessen den anderen Begriff.</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Begriff löschen</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 of every post.</source>
        <translation>%1 aus dem Feld „%2“ aller Beiträge entfernen.</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; key</source>
        <translation>%1: der Schlüssel „%2“</translation>
    </message>
    <message>
        <source>No file carries this term.</source>
        <translation>Keine Datei enthält diesen Begriff.</translation>
    </message>
    <message>
        <source>Files that will change (only their %1 lines): %2</source>
        <translation>Dateien, die geändert werden (nur ihre %1-Zeilen): %2</translation>
    </message>
    <message>
        <source>These files cannot be changed and will be left as they are:</source>
        <translation>Diese Dateien können nicht geändert werden und bleiben unverändert:</translation>
    </message>
</context>
<context>
    <name>postwright::TermListModel</name>
    <message>
        <source>%1 — posts: %2</source>
        <translation>%1 — Beiträge: %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>postwright::TextCodec</name>
    <message>
        <source>binary file (a NUL byte at byte offset %1): not a text post</source>
        <translation>Binärdatei (ein NUL-Byte an Byte-Position %1): kein Textbeitrag</translation>
    </message>
    <message>
        <source>UTF-16 file has an odd number of bytes (%1): its last byte is cut off</source>
        <translation>die UTF-16-Datei hat eine ungerade Anzahl von Bytes (%1): Das letzte Byte wird abgeschnitten</translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset %1 (an unpaired surrogate)</source>
        <translation>ungültiges UTF-16 an Byte-Position %1 (ein ungepaartes Surrogat)</translation>
    </message>
    <message>
        <source>the file looks like %1 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM) to open it</source>
        <translation>die Datei scheint %1-Text ohne Byte-Order-Mark zu sein; speichern Sie sie als UTF-8 (oder als UTF-16 mit BOM), um sie zu öffnen</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (byte 0x%2); the file is not UTF-8 text</source>
        <translation>ungültiges UTF-8 an Byte-Position %1 (Byte 0x%2); die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid UTF-8; the file is not UTF-8 text</source>
        <translation>ungültiges UTF-8; die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>CRLF</source>
        <translation>CRLF</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>postwright::TextSearch</name>
    <message>
        <source>search gave up in this post: the pattern is too complex; simplify it</source>
        <translation>die Suche wurde in diesem Beitrag abgebrochen: Das Muster ist zu komplex; vereinfachen Sie es</translation>
    </message>
</context>
<context>
    <name>postwright::Value</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>multi-line text</source>
        <translation>mehrzeiliger Text</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>nested</source>
        <translation>verschachtelt</translation>
    </message>
</context>
</TS>
