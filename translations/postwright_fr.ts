<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy Site</source>
        <translation>Déployer le site</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>a folder, git:origin#gh-pages, rsync:me@host:/var/www or sftp://me@host/var/www</source>
        <translation>un dossier, git:origin#gh-pages, rsync:me@host:/var/www ou sftp://me@host/var/www</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>SFTP &amp;password:</source>
        <translation>&amp;Mot de passe SFTP&#xa0;:</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: your SSH key or agent</source>
        <translation>conservé dans le trousseau du système&#xa0;; vide&#xa0;: votre clé ou agent SSH</translation>
    </message>
    <message>
        <source>SFTP password</source>
        <translation>Mot de passe SFTP</translation>
    </message>
    <message>
        <source>&amp;Remove files an earlier deploy uploaded that the site no longer has</source>
        <translation>&amp;Supprimer les fichiers envoyés par un déploiement précédent que le site n&apos;a plus</translation>
    </message>
    <message>
        <source>What the deploy did</source>
        <translation>Ce que le déploiement a fait</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>List what would be uploaded and deleted; change nothing</source>
        <translation>Lister ce qui serait envoyé et supprimé, sans rien modifier</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Dép&amp;loyer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop after the file being sent; the site there stays whole</source>
        <translation>Arrêter après le fichier en cours d&apos;envoi&#xa0;; le site de destination reste complet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation>Exporter le site</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>&amp;Dossier de destination&#xa0;:</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.org/ (default: the site&apos;s configuration)</source>
        <translation>https://example.org/ (par défaut&#xa0;: celle de la configuration du site)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation>Inclure les &amp;brouillons</translation>
    </message>
    <message>
        <source>Include posts dated in the &amp;future</source>
        <translation>Inclure les articles datés dans le &amp;futur</translation>
    </message>
    <message>
        <source>&amp;Rebuild everything and remove stale files</source>
        <translation>&amp;Tout reconstruire et supprimer les fichiers obsolètes</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Résumé de l&apos;exportation</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Case &amp;sensitive</source>
        <translation>Ca&amp;sse</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>Mots e&amp;ntiers</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Match count</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Tout re&amp;mplacer</translation>
    </message>
    <message>
        <source>Replace in All Posts…</source>
        <translation>Remplacer dans tous les articles…</translation>
    </message>
    <message>
        <source>Replace in the body of every post of the site, with a preview of each change</source>
        <translation>Remplacer dans le corps de chaque article du site, avec un aperçu de chaque modification</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Recherche interrompue</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>My new post</source>
        <translation>Mon nouvel article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>étiquette1, étiquette2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>Page &amp;bundle (a folder for the post and its images)</source>
        <translation>&amp;Paquet de page (page bundle&#xa0;: un dossier pour l&apos;article et ses images)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug&#xa0;:</translation>
    </message>
    <message>
        <source>The post&apos;s file name. Leave it empty to make it from the title.</source>
        <translation>Le nom de fichier de l&apos;article. Laissez-le vide pour le tirer du titre.</translation>
    </message>
</context>
<context>
    <name>PageTemplate</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>More posts</source>
        <translation>Autres articles</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Article plus récent&#xa0;:</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Article plus ancien&#xa0;:</translation>
    </message>
    <message>
        <source>Related posts</source>
        <translation>Articles similaires</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>No site open</source>
        <translation>Aucun site ouvert</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Nouvel article…</translation>
    </message>
    <message>
        <source>Create a post in this site</source>
        <translation>Créer un article dans ce site</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Rechercher dans les titres et le texte</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtre par année</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Tags and categories</source>
        <translation>Étiquettes et catégories</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexation&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop indexing the site</source>
        <translation>Arrêter l&apos;indexation du site</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>État du site</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Publish When Due</source>
        <translation>Publier à l&apos;échéance</translation>
    </message>
    <message>
        <source>A post dated in the future is scheduled. When it is due, a timer of your user&apos;s systemd runs postwright-cli publish --due for this site: it publishes the posts that became due, and nothing else you changed.</source>
        <translation>Un article daté dans le futur est programmé. Quand il arrive à échéance, un minuteur du systemd de votre utilisateur exécute postwright-cli publish --due pour ce site&#xa0;: il publie les articles arrivés à échéance, et rien d&apos;autre de ce que vous avez modifié.</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Articles programmés</translation>
    </message>
    <message>
        <source>When a post is due, &amp;commit it and push (as Publish does)</source>
        <translation>Quand un article arrive à échéance, le &amp;commiter et le pousser (comme Publier)</translation>
    </message>
    <message>
        <source>Deploy the site (set a destination in Deploy first)</source>
        <translation>Déployer le site (définissez d&apos;abord une destination dans «&#xa0;Déployer le site&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Publish when due</source>
        <translation>&amp;Publier à l&apos;échéance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>P&amp;olice&#xa0;:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Police de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The fixed-width font of the Markdown editor</source>
        <translation>La police à chasse fixe de l&apos;éditeur Markdown</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Taille de la police de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The size of the editor font in points</source>
        <translation>La taille de la police de l&apos;éditeur, en points</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Sauvegarde &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervalle de sauvegarde automatique</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved changes; 0 turns autosave off</source>
        <translation>Nombre de secondes entre deux copies de récupération des modifications non enregistrées&#xa0;; 0 désactive la sauvegarde automatique</translation>
    </message>
    <message>
        <source>&amp;Spell check:</source>
        <translation>&amp;Vérification orthographique&#xa0;:</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Langue de la vérification orthographique</translation>
    </message>
    <message>
        <source>Off, the post&apos;s or site&apos;s language, or an installed dictionary used when the post and site name no language</source>
        <translation>Désactivée, langue de l&apos;article ou du site, ou un dictionnaire installé, utilisé quand ni l&apos;article ni le site n&apos;indiquent de langue</translation>
    </message>
    <message>
        <source>Pasted &amp;images go:</source>
        <translation>Emplacement des &amp;images collées&#xa0;:</translation>
    </message>
    <message>
        <source>Where pasted images go</source>
        <translation>Emplacement des images collées</translation>
    </message>
    <message>
        <source>The folder that pasted and dropped images are saved in</source>
        <translation>Le dossier où sont enregistrées les images collées ou déposées</translation>
    </message>
    <message>
        <source>&amp;Custom folder:</source>
        <translation>&amp;Dossier personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>static/images</source>
        <translation>static/images</translation>
    </message>
    <message>
        <source>Custom image folder</source>
        <translation>Dossier d&apos;images personnalisé</translation>
    </message>
    <message>
        <source>A folder relative to the site root for pasted images</source>
        <translation>Un dossier relatif à la racine du site, pour les images collées</translation>
    </message>
    <message>
        <source>Appearance and preview</source>
        <translation>Apparence et aperçu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes the next time Postwright starts</source>
        <translation>La langue des menus et des boîtes de dialogue&#xa0;; elle change au prochain démarrage de Postwright</translation>
    </message>
    <message>
        <source>&amp;Window theme:</source>
        <translation>&amp;Thème des fenêtres&#xa0;:</translation>
    </message>
    <message>
        <source>Window theme</source>
        <translation>Thème des fenêtres</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the system</source>
        <translation>Fenêtres claires ou sombres, ou comme le système</translation>
    </message>
    <message>
        <source>&amp;Preview theme:</source>
        <translation>Thème de l&apos;a&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation>Thème de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Light or dark preview page, or as the system</source>
        <translation>Page d&apos;aperçu claire ou sombre, ou comme le système</translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation>&amp;Contenu distant&#xa0;:</translation>
    </message>
    <message>
        <source>Remote content in the preview</source>
        <translation>Contenu distant dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Whether the preview loads images from the internet</source>
        <translation>Indique si l&apos;aperçu charge les images depuis Internet</translation>
    </message>
    <message>
        <source>&amp;Hugo for the site theme:</source>
        <translation>&amp;Hugo pour le thème du site&#xa0;:</translation>
    </message>
    <message>
        <source>hugo (found on the PATH)</source>
        <translation>hugo (trouvé dans le PATH)</translation>
    </message>
    <message>
        <source>Hugo binary</source>
        <translation>Exécutable Hugo</translation>
    </message>
    <message>
        <source>The hugo that renders the Site theme preview: a path, or empty for the hugo on the PATH</source>
        <translation>Le hugo qui produit l&apos;aperçu avec le thème du site&#xa0;: un chemin, ou vide pour le hugo du PATH</translation>
    </message>
    <message>
        <source>Links to posts on Hugo sites</source>
        <translation>Liens vers les articles des sites Hugo</translation>
    </message>
    <message>
        <source>What Link to Post and the [ completion insert on a Hugo site: a relative link to the post&apos;s file, or a ref or relref shortcode</source>
        <translation>Ce qu&apos;insèrent «&#xa0;Lien vers un article&#xa0;» et la complétion [ sur un site Hugo&#xa0;: un lien relatif vers le fichier de l&apos;article, ou un shortcode ref ou relref</translation>
    </message>
    <message>
        <source>&amp;Toolbar buttons:</source>
        <translation>&amp;Boutons de la barre d&apos;outils&#xa0;:</translation>
    </message>
    <message>
        <source>Toolbar buttons</source>
        <translation>Boutons de la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Whether the toolbar&apos;s buttons show icons, text, or both</source>
        <translation>Indique si les boutons de la barre d&apos;outils affichent des icônes, du texte ou les deux</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Mode concentration</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>Polic&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Focus mode font</source>
        <translation>Police du mode concentration</translation>
    </message>
    <message>
        <source>The proportional font of the text in focus mode</source>
        <translation>La police proportionnelle du texte en mode concentration</translation>
    </message>
    <message>
        <source>Focus mode font size</source>
        <translation>Taille de la police du mode concentration</translation>
    </message>
    <message>
        <source>The size of the focus mode font in points</source>
        <translation>La taille de la police du mode concentration, en points</translation>
    </message>
    <message>
        <source>T&amp;ypewriter scrolling: the line you write on stays in the middle</source>
        <translation>Défilement &amp;machine à écrire&#xa0;: la ligne où vous écrivez reste au milieu</translation>
    </message>
    <message>
        <source>Typewriter scrolling</source>
        <translation>Défilement machine à écrire</translation>
    </message>
    <message>
        <source>&amp;Dim all paragraphs but the one you write in</source>
        <translation>Atté&amp;nuer tous les paragraphes sauf celui où vous écrivez</translation>
    </message>
    <message>
        <source>Dim other paragraphs</source>
        <translation>Atténuer les autres paragraphes</translation>
    </message>
    <message>
        <source>Lin&amp;ks to posts (Hugo):</source>
        <translation>Liens vers les a&amp;rticles (Hugo)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SiteReplaceDialog</name>
    <message>
        <source>Replace in All Posts</source>
        <translation>Remplacer dans tous les articles</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Lancer la recherche</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>Mots e&amp;ntiers</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Only the text of the posts changes; their front matter stays as it is. Untick a file to leave it alone.</source>
        <translation>Seul le texte des articles change&#xa0;; leur front matter reste tel quel. Décochez un fichier pour ne pas y toucher.</translation>
    </message>
    <message>
        <source>Posts with matches</source>
        <translation>Articles avec des occurrences</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Case sensitive</source>
        <translation>Ca&amp;sse</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 ne démarre pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 version did not answer</source>
        <translation>%1 version n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>%1 is not hugo: %2</source>
        <translation>%1 n&apos;est pas hugo&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 gives no version: %2</source>
        <translation>%1 n&apos;indique aucune version&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TermEditDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation>Fichiers qui seront modifiés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A blog editor for Hugo, Jekyll and Markdown folders.</source>
        <translation>Un éditeur de blog pour Hugo, Jekyll et les dossiers Markdown.</translation>
    </message>
    <message>
        <source>Open the bundled sample blog.</source>
        <translation>Ouvrir le blog d&apos;exemple fourni.</translation>
    </message>
    <message>
        <source>A post or a site folder to open.</source>
        <translation>Un article ou un dossier de site à ouvrir.</translation>
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
        <translation>git %1 a été arrêté&#xa0;: aucune sortie depuis %2 secondes</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>impossible de lire l&apos;index Git</translation>
    </message>
    <message>
        <source>cannot update the Git index</source>
        <translation>impossible de mettre à jour l&apos;index Git</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>impossible d&apos;écrire l&apos;index Git</translation>
    </message>
    <message>
        <source>cannot read the Git configuration</source>
        <translation>impossible de lire la configuration Git</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s Git attributes</source>
        <translation>impossible de lire les attributs Git du fichier</translation>
    </message>
    <message>
        <source>Git stores this file through the filter &quot;%1&quot; (filter=%1 in .gitattributes), which publish cannot run: nothing was committed; commit it with git add and git commit</source>
        <translation>Git stocke ce fichier via le filtre «&#xa0;%1&#xa0;» (filter=%1 dans .gitattributes), que la publication ne peut pas exécuter&#xa0;: aucun commit n&apos;a été créé&#xa0;; commitez-le avec git add et git commit</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s files</source>
        <translation>impossible de lire les fichiers de HEAD</translation>
    </message>
    <message>
        <source>cannot store the file in Git</source>
        <translation>impossible d&apos;enregistrer le fichier dans Git</translation>
    </message>
    <message>
        <source>cannot write the commit&apos;s files</source>
        <translation>impossible d&apos;écrire les fichiers du commit</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email (git config --global user.name ...)</source>
        <translation>qui est l&apos;auteur du commit&#xa0;? Définissez user.name et user.email (git config --global user.name ...)</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>not a post: merge it with git</source>
        <translation>pas un article&#xa0;: fusionnez-le avec git</translation>
    </message>
    <message>
        <source>deleted on their side, changed on ours</source>
        <translation>supprimé de leur côté, modifié du nôtre</translation>
    </message>
    <message>
        <source>deleted on our side, changed on theirs</source>
        <translation>supprimé de notre côté, modifié du leur</translation>
    </message>
    <message>
        <source>cannot read the merged commit</source>
        <translation>impossible de lire le commit fusionné</translation>
    </message>
    <message>
        <source>cannot compare the merge with HEAD</source>
        <translation>impossible de comparer la fusion avec HEAD</translation>
    </message>
    <message>
        <source>your staged changes to %1 would be overwritten by the merge: commit or unstage them first (nothing was merged)</source>
        <translation>vos modifications indexées de %1 seraient écrasées par la fusion&#xa0;: commitez-les ou retirez-les de l&apos;index d&apos;abord (rien n&apos;a été fusionné)</translation>
    </message>
    <message>
        <source>cannot update the working folder (commit or undo your other changes first)</source>
        <translation>impossible de mettre à jour le dossier de travail (commitez ou annulez d&apos;abord vos autres modifications)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>impossible de lire la branche courante</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>impossible de déplacer la branche</translation>
    </message>
    <message>
        <source>cannot write the merged files</source>
        <translation>impossible d&apos;écrire les fichiers fusionnés</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email</source>
        <translation>qui est l&apos;auteur du commit&#xa0;? Définissez user.name et user.email</translation>
    </message>
    <message>
        <source>cannot commit the merge</source>
        <translation>impossible de créer le commit de fusion</translation>
    </message>
    <message>
        <source>nothing is committed yet</source>
        <translation>aucun commit pour l&apos;instant</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>fast-forward to %1</source>
        <translation>avance rapide vers %1</translation>
    </message>
    <message>
        <source>cannot merge %1</source>
        <translation>impossible de fusionner %1</translation>
    </message>
    <message>
        <source>unknown Git error</source>
        <translation>erreur Git inconnue</translation>
    </message>
    <message>
        <source>not a file in the Git repository at %1</source>
        <translation>pas un fichier du dépôt Git situé dans %1</translation>
    </message>
    <message>
        <source>cannot read the Git history</source>
        <translation>impossible de lire l&apos;historique Git</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>impossible de lire le commit %1</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot add the nested key &quot;%1&quot; to this front matter</source>
        <translation>impossible d&apos;ajouter la clé imbriquée «&#xa0;%1&#xa0;» à ce front matter</translation>
    </message>
    <message>
        <source>cannot merge the key &quot;%1&quot;: %2</source>
        <translation>impossible de fusionner la clé «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>merging the front matter would change the key &quot;%1&quot;</source>
        <translation>la fusion du front matter modifierait la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>our</source>
        <translation>notre version</translation>
    </message>
    <message>
        <source>the common</source>
        <translation>version commune</translation>
    </message>
    <message>
        <source>their</source>
        <translation>leur version</translation>
    </message>
    <message>
        <source>conflict markers from a merge (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;): choose what the post says and remove them</source>
        <translation>marqueurs de conflit issus d&apos;une fusion (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;)&#xa0;: choisissez ce que dit l&apos;article et supprimez-les</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>a Git destination is git:REMOTE#BRANCH, for example git:origin#gh-pages</source>
        <translation>une destination Git s&apos;écrit git:REMOTE#BRANCHE, par exemple git:origin#gh-pages</translation>
    </message>
    <message>
        <source>an rsync destination is rsync:[USER@]HOST:PATH, for example rsync:me@example.org:/var/www/blog</source>
        <translation>une destination rsync s&apos;écrit rsync:[UTILISATEUR@]HÔTE:CHEMIN, par exemple rsync:me@example.org:/var/www/blog</translation>
    </message>
    <message>
        <source>an SFTP destination is sftp://[USER@]HOST[:PORT]/PATH</source>
        <translation>une destination SFTP s&apos;écrit sftp://[UTILISATEUR@]HÔTE[:PORT]/CHEMIN</translation>
    </message>
    <message>
        <source>no password in the address: the system keychain or $POSTWRIGHT_SFTP_PASSWORD holds it</source>
        <translation>pas de mot de passe dans l&apos;adresse&#xa0;: il se trouve dans le trousseau du système ou dans $POSTWRIGHT_SFTP_PASSWORD</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>impossible de lire le fichier exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot put the file in place: %1</source>
        <translation>impossible de mettre le fichier en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the deploy&apos;s repository</source>
        <translation>impossible d&apos;ouvrir le dépôt du déploiement</translation>
    </message>
    <message>
        <source>cannot create the deploy&apos;s repository</source>
        <translation>impossible de créer le dépôt du déploiement</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>impossible de construire le commit</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>impossible de lire les fichiers de la branche</translation>
    </message>
    <message>
        <source>cannot store the file in the deploy&apos;s repository</source>
        <translation>impossible d&apos;enregistrer le fichier dans le dépôt du déploiement</translation>
    </message>
    <message>
        <source>cannot add the file to the commit</source>
        <translation>impossible d&apos;ajouter le fichier au commit</translation>
    </message>
    <message>
        <source>the destination is a file, not a folder</source>
        <translation>la destination est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>canceled: nothing was deployed</source>
        <translation>annulé&#xa0;: rien n&apos;a été déployé</translation>
    </message>
    <message>
        <source>Deploy %1: %2 file(s) uploaded, %3 deleted

Made by postwright-cli deploy from the site&apos;s export.
</source>
        <translation>Déploiement %1&#xa0;: %2 fichier(s) envoyé(s), %3 supprimé(s)

Créé par postwright-cli deploy à partir de l&apos;export du site.
</translation>
    </message>
    <message>
        <source>fetching %1 from %2</source>
        <translation>récupération de %1 depuis %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>pushing %1 to %2</source>
        <translation>envoi (push) de %1 vers %2</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>another deploy of this site to %1 is running</source>
        <translation>un autre déploiement de ce site vers %1 est en cours</translation>
    </message>
    <message>
        <source>exporting the site</source>
        <translation>export du site</translation>
    </message>
    <message>
        <source>git %1 was canceled</source>
        <translation>git %1 a été annulé</translation>
    </message>
    <message>
        <source>already in the Git repository at %1</source>
        <translation>déjà dans le dépôt Git situé dans %1</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot make a Git repository</source>
        <translation>impossible de créer un dépôt Git</translation>
    </message>
    <message>
        <source>%1 is not in commit %2</source>
        <translation>%1 n&apos;est pas dans le commit %2</translation>
    </message>
    <message>
        <source>the merged text moved: merge this part again</source>
        <translation>le texte fusionné a bougé&#xa0;: fusionnez à nouveau cette partie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested key: choose Edit and write it in the post</source>
        <translation>«&#xa0;%1&#xa0;» est une clé imbriquée&#xa0;: choisissez Modifier et écrivez-la dans l&apos;article</translation>
    </message>
    <message>
        <source>the post changed since the merge view opened: open it again</source>
        <translation>l&apos;article a changé depuis l&apos;ouverture de la vue de fusion&#xa0;: rouvrez-la</translation>
    </message>
    <message>
        <source>cannot read the merged post</source>
        <translation>impossible de lire l&apos;article fusionné</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed</source>
        <translation>
            <numerusform>publication arrêtée&#xa0;: %n fichier modifié des deux côtés&#xa0;; rien n&apos;a été fusionné et aucun fichier n&apos;a été modifié</numerusform>
            <numerusform>publication arrêtée&#xa0;: %n fichiers modifiés des deux côtés&#xa0;; rien n&apos;a été fusionné et aucun fichier n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 de plus)</translation>
    </message>
    <message>
        <source>nothing is due: no post is scheduled</source>
        <translation>rien n&apos;est à échéance&#xa0;: aucun article n&apos;est programmé</translation>
    </message>
    <message>
        <source>nothing is due: the next post, &quot;%1&quot; (%2), is due at %3</source>
        <translation>rien n&apos;est à échéance&#xa0;: le prochain article, «&#xa0;%1&#xa0;» (%2), arrive à échéance le %3</translation>
    </message>
    <message>
        <source>due: &quot;%1&quot; (%2), at %3</source>
        <translation>à échéance&#xa0;: «&#xa0;%1&#xa0;» (%2), le %3</translation>
    </message>
    <message>
        <source>a path with a line break cannot be named in a systemd unit</source>
        <translation>un chemin contenant un saut de ligne ne peut pas figurer dans une unité systemd</translation>
    </message>
    <message>
        <source>cannot remove the timer&apos;s file</source>
        <translation>impossible de supprimer le fichier du minuteur</translation>
    </message>
    <message>
        <source>systemctl did not answer</source>
        <translation>systemctl n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>there is no systemctl command: this system does not run systemd</source>
        <translation>il n&apos;y a pas de commande systemctl&#xa0;: ce système n&apos;utilise pas systemd</translation>
    </message>
    <message>
        <source>systemctl --user cannot reach a user service manager (it says &quot;%1&quot;)</source>
        <translation>systemctl --user ne peut joindre aucun gestionnaire de services utilisateur (il indique «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>systemctl --user %1 failed: %2</source>
        <translation>échec de systemctl --user %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the destination cannot take the site: %1</source>
        <translation>la destination ne peut pas recevoir le site&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::AboutDialog</name>
    <message>
        <source>About Postwright</source>
        <translation>À propos de Postwright</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>Version, licence et bibliothèques</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;A desktop blog editor for Hugo, Jekyll and folders of Markdown posts.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and Qt WebEngine.&lt;/p&gt;&lt;p&gt;Libraries: cmark-gfm (Markdown), yaml-cpp and toml++ (front matter), Hunspell (spelling), KaTeX (math), Noto Color Emoji.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;Un éditeur de blog de bureau pour Hugo, Jekyll et les dossiers d&apos;articles Markdown.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté avec Qt %3) et Qt WebEngine.&lt;/p&gt;&lt;p&gt;Bibliothèques&#xa0;: cmark-gfm (Markdown), yaml-cpp et toml++ (front matter), Hunspell (orthographe), KaTeX (mathématiques), Noto Color Emoji.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>postwright::BulkEditProgress</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop changing posts</source>
        <translation>Arrêter la modification des articles</translation>
    </message>
    <message>
        <source>Stop after the post being written: every post stays whole, and Undo takes back what was done</source>
        <translation>Arrêter après l&apos;article en cours d&apos;écriture&#xa0;: chaque article reste complet, et Annuler revient sur ce qui a été fait</translation>
    </message>
    <message>
        <source>Posts written</source>
        <translation>Articles écrits</translation>
    </message>
</context>
<context>
    <name>postwright::CheatSheetDialog</name>
    <message>
        <source>Markdown and Front-Matter Cheat Sheet</source>
        <translation>Aide-mémoire Markdown et front matter</translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <source>Markdown syntax and front-matter basics</source>
        <translation>Syntaxe Markdown et notions de base du front matter</translation>
    </message>
</context>
<context>
    <name>postwright::ChipEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>postwright::CiScheduleDialog</name>
    <message>
        <source>Publish Scheduled Posts with CI</source>
        <translation>Publier les articles programmés avec la CI</translation>
    </message>
    <message>
        <source>Your host can publish scheduled posts: a job that builds the site every hour shows each post once its date has passed (the generator leaves it out until then). Publish the posts as usual; save this workflow in the repository.</source>
        <translation>Votre hébergeur peut publier les articles programmés&#xa0;: une tâche qui génère le site toutes les heures affiche chaque article dès que sa date est passée (le générateur l&apos;omet jusque-là). Publiez les articles comme d&apos;habitude&#xa0;; enregistrez ce workflow dans le dépôt.</translation>
    </message>
    <message>
        <source>CI service</source>
        <translation>Service de CI</translation>
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
        <translation>Enregistrer sous %1&#xa0;:</translation>
    </message>
    <message>
        <source>Workflow for %1</source>
        <translation>Workflow pour %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>postwright::CompareDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation>Comparer avec le fichier sur le disque</translation>
    </message>
    <message>
        <source>These versions differ too much to compare line by line: everything between the first and the last difference is one change.</source>
        <translation>Ces versions diffèrent trop pour être comparées ligne par ligne&#xa0;: tout ce qui se trouve entre la première et la dernière différence forme une seule modification.</translation>
    </message>
    <message>
        <source>Large changes are shown by lines, without highlighting the changed words.</source>
        <translation>Les modifications importantes sont affichées par lignes, sans mise en évidence des mots modifiés.</translation>
    </message>
    <message>
        <source>&amp;Mine (unsaved)</source>
        <translation>&amp;Ma version (non enregistrée)</translation>
    </message>
    <message>
        <source>On &amp;disk</source>
        <translation>Sur le &amp;disque</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>P&amp;rendre celle du disque</translation>
    </message>
    <message>
        <source>All T&amp;heirs</source>
        <translation>Tout du d&amp;isque</translation>
    </message>
    <message>
        <source>A&amp;ll Mine</source>
        <translation>&amp;Tout garder</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Puts the merged text into the editor; the post stays unsaved.</source>
        <translation>Place le texte fusionné dans l&apos;éditeur&#xa0;; l&apos;article reste non enregistré.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
</context>
<context>
    <name>postwright::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>No site is open</source>
        <translation>Aucun site n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmés</translation>
    </message>
    <message>
        <source>Scheduled (%1)</source>
        <translation>Programmés (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>No post is dated in the future.</source>
        <translation>Aucun article n&apos;est daté dans le futur.</translation>
    </message>
    <message>
        <source>Latest drafts</source>
        <translation>Derniers brouillons</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>enregistré le %1</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Aucun brouillon.</translation>
    </message>
    <message>
        <source>Posts with problems (%1)</source>
        <translation>Articles avec des problèmes (%1)</translation>
    </message>
    <message>
        <source>The doctor is reading the posts…</source>
        <translation>Le diagnostic lit les articles…</translation>
    </message>
    <message>
        <source>The doctor finds no error.</source>
        <translation>Le diagnostic ne trouve aucune erreur.</translation>
    </message>
    <message>
        <source>Posts with errors not shown: %1 (postwright-cli check lists them all).</source>
        <translation>Articles avec des erreurs non affichés&#xa0;: %1 (postwright-cli check les liste tous).</translation>
    </message>
    <message>
        <source>Posts with advice only (warnings): %1. The doctor shows it when you open one.</source>
        <translation>Articles avec de simples conseils (avertissements)&#xa0;: %1. Le diagnostic les affiche quand vous en ouvrez un.</translation>
    </message>
    <message>
        <source>Tags with one post (%1)</source>
        <translation>Étiquettes d&apos;un seul article (%1)</translation>
    </message>
    <message>
        <source>only on &quot;%1&quot;</source>
        <translation>uniquement dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Every tag is on more than one post.</source>
        <translation>Chaque étiquette figure sur plus d&apos;un article.</translation>
    </message>
</context>
<context>
    <name>postwright::Deploy</name>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>impossible de lire le fichier exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be exported: nothing was deployed</source>
        <translation>
            <numerusform>%n page n’a pas pu être exportée : rien n’a été déployé</numerusform>
            <numerusform>%n pages n’ont pas pu être exportées : rien n’a été déployé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uploading %n new file(s)</source>
        <translation>
            <numerusform>envoi de %n nouveau fichier</numerusform>
            <numerusform>envoi de %n nouveaux fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replacing %n changed file(s)</source>
        <translation>
            <numerusform>remplacement de %n fichier modifié</numerusform>
            <numerusform>remplacement de %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n stale file(s)</source>
        <translation>
            <numerusform>suppression de %n fichier obsolète</numerusform>
            <numerusform>suppression de %n fichiers obsolètes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployDialog</name>
    <message>
        <source>Deploy Site — %1</source>
        <translation>Déployer le site — %1</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Vérification de ce qui changerait…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Déploiement…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was deployed: %1</source>
        <translation>Rien n&apos;a été déployé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The deploy stopped: %1
The destination still has the earlier site whole; deploy again to finish.</source>
        <translation>Le déploiement s&apos;est arrêté&#xa0;: %1
La destination contient toujours le site précédent complet&#xa0;; déployez à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>would upload</source>
        <translation>serait envoyé</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>would delete: %1</source>
        <translation>serait supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview: nothing was changed. </source>
        <translation>Aperçu&#xa0;: rien n&apos;a été modifié. </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n fichier envoyé</numerusform>
            <numerusform>%n fichiers envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) left in place.</source>
        <translation>
            <numerusform>%n fichier obsolète laissé en place.</numerusform>
            <numerusform>%n fichiers obsolètes laissés en place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployRecord</name>
    <message>
        <source>cannot write the deploy record: %1</source>
        <translation>impossible d&apos;écrire le registre du déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::DeployTarget</name>
    <message>
        <source>no destination given</source>
        <translation>aucune destination indiquée</translation>
    </message>
</context>
<context>
    <name>postwright::DeployUploader</name>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>postwright::DueTimerUpdate</name>
    <message>
        <source>timer: the next run is at %1 (%2.timer)</source>
        <translation>minuteur&#xa0;: la prochaine exécution aura lieu le %1 (%2.timer)</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled any more; %1.timer is removed</source>
        <translation>minuteur&#xa0;: plus rien n&apos;est programmé&#xa0;; %1.timer est supprimé</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled; no timer is set</source>
        <translation>minuteur&#xa0;: rien n&apos;est programmé&#xa0;; aucun minuteur n&apos;est réglé</translation>
    </message>
    <message>
        <source>timer: the unit files are written, but systemd was not told: %1</source>
        <translation>minuteur&#xa0;: les fichiers d&apos;unité sont écrits, mais systemd n&apos;a pas été prévenu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ExportActions</name>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Open or save a post first.</source>
        <translation>Ouvrez ou enregistrez d&apos;abord un article.</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>The post could not be exported:
%1</source>
        <translation>Impossible d&apos;exporter l&apos;article&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the post as one self-contained HTML file</source>
        <translation>Enregistrer l&apos;article dans un seul fichier HTML autonome</translation>
    </message>
    <message>
        <source>Export Sit&amp;e…</source>
        <translation>Exporter le si&amp;te…</translation>
    </message>
    <message>
        <source>Publish the whole blog as a static site</source>
        <translation>Publier tout le blog sous forme de site statique</translation>
    </message>
    <message>
        <source>Export Site</source>
        <translation>Exporter le site</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Ouvrez d&apos;abord un site.</translation>
    </message>
    <message>
        <source>&amp;Deploy Site…</source>
        <translation>Dé&amp;ployer le site…</translation>
    </message>
    <message>
        <source>Upload what changed since the last deploy: a folder, a Git branch, rsync or SFTP</source>
        <translation>Envoyer ce qui a changé depuis le dernier déploiement&#xa0;: vers un dossier, une branche Git, par rsync ou SFTP</translation>
    </message>
    <message>
        <source>Deploy Site</source>
        <translation>Déployer le site</translation>
    </message>
</context>
<context>
    <name>postwright::ExportDialog</name>
    <message>
        <source>Export Site — %1</source>
        <translation>Exporter le site — %1</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n article exporté vers %1.</numerusform>
            <numerusform>%n articles exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n page écrite</numerusform>
            <numerusform>%n pages écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied</source>
        <translation>
            <numerusform>%n fichier copié</numerusform>
            <numerusform>%n fichiers copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n page en échec</numerusform>
            <numerusform>%n pages en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation>%1 s.</translation>
    </message>
    <message>
        <source>Export canceled. The folder is as the previous export left it.</source>
        <translation>Exportation annulée. Le dossier est tel que l&apos;exportation précédente l&apos;a laissé.</translation>
    </message>
</context>
<context>
    <name>postwright::ExportSettings</name>
    <message>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <source>a query or fragment (? or #), which every absolute link would carry</source>
        <translation>une requête ou un fragment (? ou #), que porterait chaque lien absolu</translation>
    </message>
</context>
<context>
    <name>postwright::ExportTemplates</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>not a valid Mustache template: %1</source>
        <translation>modèle Mustache non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>← Newer</source>
        <translation>← Plus récents</translation>
    </message>
    <message>
        <source>Older →</source>
        <translation>Plus anciens →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivante →</translation>
    </message>
</context>
<context>
    <name>postwright::Exporter</name>
    <message>
        <source>Liquid tag</source>
        <translation>balise Liquid</translation>
    </message>
    <message>
        <source>Hugo shortcode</source>
        <translation>shortcode Hugo</translation>
    </message>
    <message>
        <source>Liquid or Hugo template tag</source>
        <translation>balise de modèle Liquid ou Hugo</translation>
    </message>
    <message>
        <source>%1 left as text (Postwright does not run templates): %2</source>
        <translation>%1 reste en texte brut (Postwright n&apos;exécute pas les modèles)&#xa0;: %2</translation>
    </message>
    <message>
        <source>a script link (%1) is written as &quot;#&quot;</source>
        <translation>un lien de script (%1) est écrit sous la forme &quot;#&quot;</translation>
    </message>
    <message>
        <source>%1 is outside the site: not read</source>
        <translation>%1 est en dehors du site&#xa0;: non lu</translation>
    </message>
    <message>
        <source>missing image: %1</source>
        <translation>image manquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be copied</source>
        <translation>l&apos;article contient des formules mathématiques, mais KaTeX n&apos;a pas pu être copié</translation>
    </message>
    <message>
        <source>the page template does not render</source>
        <translation>le rendu du modèle de page échoue</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsafe parts of the URL removed: %1</source>
        <translation>parties dangereuses de l&apos;URL supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is already the page of %2: not written</source>
        <translation>%1 est déjà la page de %2&#xa0;: rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>%1 would be outside the output folder: not written</source>
        <translation>%1 serait en dehors du dossier de sortie&#xa0;: non écrit</translation>
    </message>
    <message>
        <source>%1 is outside the site: not copied</source>
        <translation>%1 est en dehors du site&#xa0;: non copié</translation>
    </message>
    <message>
        <source>links to %1, which is not published</source>
        <translation>lien vers %1, qui n&apos;est pas publié</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX is not installed</source>
        <translation>l&apos;article contient des formules mathématiques, mais KaTeX n&apos;est pas installé</translation>
    </message>
    <message>
        <source>%1 and %2 would both be copied to %3</source>
        <translation>%1 et %2 seraient tous deux copiés vers %3</translation>
    </message>
    <message>
        <source>no output folder</source>
        <translation>aucun dossier de sortie</translation>
    </message>
    <message>
        <source>the output folder must not be the site or contain it</source>
        <translation>le dossier de sortie ne doit être ni le site lui-même ni un dossier qui le contient</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>impossible de créer le dossier de sortie</translation>
    </message>
    <message>
        <source>the template folder is outside the site</source>
        <translation>le dossier des modèles est en dehors du site</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be read</source>
        <translation>l&apos;article contient des formules mathématiques, mais KaTeX n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>leads outside the output folder (through a symbolic link): not removed</source>
        <translation>mène hors du dossier de sortie (par un lien symbolique)&#xa0;: non supprimé</translation>
    </message>
    <message>
        <source>the HTML file would replace the post itself</source>
        <translation>le fichier HTML remplacerait l&apos;article lui-même</translation>
    </message>
    <message>
        <source>the HTML file would replace %1, which the post shows</source>
        <translation>le fichier HTML remplacerait %1, que l&apos;article affiche</translation>
    </message>
    <message>
        <source>the output folder must not be inside %1, which the export reads</source>
        <translation>le dossier de sortie ne doit pas se trouver dans %1, que l&apos;export lit</translation>
    </message>
    <message>
        <source>no base URL (--base-url, or baseURL/url in the site&apos;s config): the feed and the sitemap link to the pages without the site&apos;s address</source>
        <translation>pas d&apos;URL de base (--base-url, ou baseURL/url dans la configuration du site)&#xa0;: le flux et le plan du site renvoient aux pages sans l&apos;adresse du site</translation>
    </message>
    <message>
        <source>%1 is not written: %2</source>
        <translation>%1 n&apos;est pas écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>outside the output folder</source>
        <translation>en dehors du dossier de sortie</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads out of the output folder</source>
        <translation>%1 est un lien symbolique qui mène hors du dossier de sortie</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not copied: %2</source>
        <translation>%1 n&apos;est pas copié&#xa0;: %2</translation>
    </message>
    <message>
        <source>links to %1, which does not exist</source>
        <translation>renvoie à %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 removed: a post may not redirect its page or set its headers (a redirect belongs in the front matter&apos;s aliases)</source>
        <translation>%1 supprimé&#xa0;: un article ne peut ni rediriger sa page ni définir ses en-têtes (une redirection se déclare dans les aliases du front matter)</translation>
    </message>
    <message>
        <source>the home page</source>
        <translation>la page d&apos;accueil</translation>
    </message>
    <message>
        <source>the feed</source>
        <translation>le flux</translation>
    </message>
    <message>
        <source>the sitemap</source>
        <translation>le plan du site (sitemap)</translation>
    </message>
    <message>
        <source>the stylesheet</source>
        <translation>la feuille de style</translation>
    </message>
    <message>
        <source>the export&apos;s manifest</source>
        <translation>le manifeste de l&apos;export</translation>
    </message>
    <message>
        <source>KaTeX</source>
        <translation>KaTeX</translation>
    </message>
    <message>
        <source>the home page&apos;s further pages</source>
        <translation>les pages suivantes de la page d&apos;accueil</translation>
    </message>
    <message>
        <source>the %1 pages</source>
        <translation>les pages de %1</translation>
    </message>
    <message>
        <source>a version control folder</source>
        <translation>un dossier de gestion de versions</translation>
    </message>
    <message>
        <source>a hidden file or folder</source>
        <translation>un fichier ou dossier caché</translation>
    </message>
    <message>
        <source>the site&apos;s configuration</source>
        <translation>la configuration du site</translation>
    </message>
    <message>
        <source>in the site&apos;s %1/ folder</source>
        <translation>dans le dossier %1/ du site</translation>
    </message>
    <message>
        <source>not a page resource, and not in static/ or assets/</source>
        <translation>ni une ressource de la page, ni dans static/ ou assets/</translation>
    </message>
    <message>
        <source>not in a folder Jekyll publishes</source>
        <translation>pas dans un dossier que Jekyll publie</translation>
    </message>
    <message>
        <source>not an image, media or document file beside the post</source>
        <translation>pas un fichier image, média ou document à côté de l&apos;article</translation>
    </message>
    <message>
        <source>outside the site</source>
        <translation>en dehors du site</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site</source>
        <translation>un lien symbolique qui mène hors du site</translation>
    </message>
    <message>
        <source>a symbolic link to %1: %2</source>
        <translation>un lien symbolique vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already %2: not written</source>
        <translation>%1 est déjà %2&#xa0;: rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>%1 is already the copy of %2: not written</source>
        <translation>%1 est déjà la copie de %2&#xa0;: rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>cannot make the folder: %1</source>
        <translation>impossible de créer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed since the export wrote it (by hand?): not removed</source>
        <translation>modifié depuis que l&apos;exportation l&apos;a écrit (à la main&#xa0;?)&#xa0;: non supprimé</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1; the export stopped and the previous export is left as it was</source>
        <translation>%1&#xa0;; l&apos;exportation s&apos;est arrêtée et l&apos;exportation précédente reste telle quelle</translation>
    </message>
    <message>
        <source>the %1 term &quot;%2&quot;: its page %3 would be where %4 is: not written</source>
        <translation>le terme %1 «&#xa0;%2&#xa0;»&#xa0;: sa page %3 serait à la place de %4&#xa0;: non écrite</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: no such page (hugo stops the build here)</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: page introuvable (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>param &quot;%1&quot;: neither the page nor the site has it (hugo stops the build here)</source>
        <translation>param «&#xa0;%1&#xa0;»&#xa0;: ni la page ni le site ne définissent ce paramètre (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>shortcode %1: %2</source>
        <translation>shortcode %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; is the site&apos;s own template, which only hugo runs: shown as a box (used in %2)</source>
        <translation>le shortcode «&#xa0;%1&#xa0;» est un modèle propre au site, que seul hugo exécute&#xa0;: affiché sous forme d&apos;encadré (utilisé dans %2)</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; has no template (%2 or a theme&apos;s): hugo stops the build; shown as a box (used in %3)</source>
        <translation>le shortcode «&#xa0;%1&#xa0;» n&apos;a pas de modèle (%2 ou celui d&apos;un thème)&#xa0;: hugo interrompt la génération&#xa0;; affiché sous forme d&apos;encadré (utilisé dans %3)</translation>
    </message>
    <message>
        <source>not a page asset, and not in static/</source>
        <translation>ni un fichier associé à la page, ni dans static/</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>cible du lien introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2 is outside the site: its files are not read</source>
        <translation>le montage (mount) de %1 sur %2 est en dehors du site&#xa0;: ses fichiers ne sont pas lus</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2: includeFiles, excludeFiles and lang are not followed</source>
        <translation>le montage (mount) de %1 sur %2&#xa0;: includeFiles, excludeFiles et lang ne sont pas pris en compte</translation>
    </message>
    <message>
        <source>module imports are not followed: files of imported modules are not found</source>
        <translation>les imports de modules ne sont pas suivis&#xa0;: les fichiers des modules importés sont introuvables</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: more than one page has this name; refer to the page by its path (hugo stops the build here)</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: plusieurs pages portent ce nom&#xa0;; désignez la page par son chemin (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>shortcode: %1; shown as text (hugo stops the build here)</source>
        <translation>shortcode&#xa0;: %1&#xa0;; affiché sous forme de texte (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>shortcode %1: %2; shown as text (hugo stops the build here)</source>
        <translation>shortcode %1&#xa0;: %2&#xa0;; affiché sous forme de texte (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 is a draft, in the future or expired, and not published (hugo stops the build here)</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3 est un brouillon, daté dans le futur ou expiré, et n&apos;est pas publié (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>shortcode %1: %2 (hugo stops the build here)</source>
        <translation>shortcode %1&#xa0;: %2 (hugo interrompt la génération ici)</translation>
    </message>
    <message>
        <source>the section %1: its page %2 would be where %3 is: not written</source>
        <translation>la section %1&#xa0;: sa page %2 se trouverait à l&apos;emplacement de %3&#xa0;: non écrit</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 says _build publishResources: false</source>
        <translation>%1 n’est pas copié : %2 indique _build publishResources: false</translation>
    </message>
    <message>
        <source>the home page is a draft, in the future or expired: hugo publishes no page of the site, nor does the export</source>
        <translation>la page d’accueil est un brouillon, datée dans le futur ou expirée : hugo ne publie aucune page du site, l’export non plus</translation>
    </message>
    <message>
        <source>the script of the copy buttons</source>
        <translation>le script des boutons de copie</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 is not published (a draft, in the future or expired)</source>
        <translation>%1 n&apos;est pas copié&#xa0;: %2 n&apos;est pas publié (brouillon, daté dans le futur ou expiré)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>the languages&apos; own content folders (languages.*.contentDir) are exported as one site, not one per language as hugo builds them: a page&apos;s URL has its folder in it (/en/posts/a/), and the lists mix the languages</source>
        <translation>les dossiers de contenu propres aux langues (languages.*.contentDir) sont exportés comme un seul site, et non un par langue comme hugo les construit : l’URL d’une page contient son dossier (/en/posts/a/) et les listes mélangent les langues</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a feed&apos;s title: a list&apos;s title, the site&apos;s title</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Recent posts in %1 on %2</source>
        <comment>a feed&apos;s description: a list&apos;s title, the site&apos;s title</comment>
        <translation>Articles récents dans %1 sur %2</translation>
    </message>
    <message>
        <source>the feed of %1</source>
        <translation>le flux de %1</translation>
    </message>
    <message>
        <source>%1; the export stopped after putting %2 of its %3 files in place: the others are as the previous export left them</source>
        <translation>%1 ; l’export s’est arrêté après avoir mis en place %2 de ses %3 fichiers : les autres sont tels que l’export précédent les a laissés</translation>
    </message>
    <message>
        <source>cannot keep the previous file until the export is in place: %1</source>
        <translation>impossible de garder le fichier précédent jusqu’à ce que l’export soit en place : %1</translation>
    </message>
    <message>
        <source>its template renders nothing or stops (a value used as a partial that does not parse, or partials nested too deep): not written</source>
        <translation>son modèle ne produit rien ou s’arrête (une valeur utilisée comme partiel ne se lit pas, ou des partiels sont imbriqués trop profondément) : non écrit</translation>
    </message>
</context>
<context>
    <name>postwright::Files</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>changes all the time while it is read: left alone</source>
        <translation>change sans cesse pendant sa lecture&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist: not written</source>
        <translation>est un lien symbolique vers %1, qui n&apos;existe pas&#xa0;: non écrit</translation>
    </message>
    <message>
        <source>is a symbolic link (to %1): a new file is not created through it</source>
        <translation>est un lien symbolique (vers %1)&#xa0;: aucun nouveau fichier n&apos;est créé à travers lui</translation>
    </message>
    <message>
        <source>already exists: not replaced</source>
        <translation>existe déjà&#xa0;: non remplacé</translation>
    </message>
    <message>
        <source>is a folder, not a file: not written</source>
        <translation>est un dossier, pas un fichier&#xa0;: non écrit</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket): not written</source>
        <translation>n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)&#xa0;: non écrit</translation>
    </message>
    <message>
        <source>is read-only (mode %1): not written</source>
        <translation>est en lecture seule (mode %1)&#xa0;: non écrit</translation>
    </message>
    <message numerus="yes">
        <source>has %n names (hard links); saving would split them, giving only this name the new text: not written</source>
        <translation>
            <numerusform>a %n nom (liens physiques)&#xa0;; l&apos;enregistrer les séparerait, seul ce nom aurait le nouveau texte&#xa0;: non écrit</numerusform>
            <numerusform>a %n noms (liens physiques)&#xa0;; l&apos;enregistrer les séparerait, seul ce nom aurait le nouveau texte&#xa0;: non écrit</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>impossible de remplacer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>supprimé pendant la modification&#xa0;: reste supprimé</translation>
    </message>
    <message>
        <source>changed during the change: left as it is now</source>
        <translation>modifié par ailleurs pendant la modification&#xa0;: laissé tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>cannot move it to %1</source>
        <translation>impossible de le déplacer vers %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>postwright::FindBar</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif non valide</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match selected of all matches</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
</context>
<context>
    <name>postwright::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Correction&#xa0;: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>postwright::FocusMode</name>
    <message>
        <source>Fo&amp;cus</source>
        <translation>Mode concentrat&amp;ion</translation>
    </message>
    <message>
        <source>Write without distractions: only the text, full screen (Esc leaves)</source>
        <translation>Écrire sans distraction&#xa0;: rien que le texte, en plein écran (Esc pour quitter)</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>Défilement &amp;machine à écrire</translation>
    </message>
    <message>
        <source>In focus mode, the line you write on stays in the middle of the screen</source>
        <translation>En mode concentration, la ligne où vous écrivez reste au milieu de l&apos;écran</translation>
    </message>
    <message>
        <source>Dim Oth&amp;er Paragraphs</source>
        <translation>Atté&amp;nuer les autres paragraphes</translation>
    </message>
    <message>
        <source>In focus mode, all paragraphs but the one you write in are dimmed</source>
        <translation>En mode concentration, tous les paragraphes sauf celui où vous écrivez sont atténués</translation>
    </message>
</context>
<context>
    <name>postwright::FolderUploader</name>
    <message>
        <source>cannot remove the file</source>
        <translation>impossible de supprimer le fichier</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatter</name>
    <message>
        <source>front matter: the block is %1 MB, more than the %2 MB that is read; it is kept as text, unchanged</source>
        <translation>front matter&#xa0;: le bloc fait %1 Mo, soit plus que les %2 Mo lus&#xa0;; il est conservé tel quel, sous forme de texte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no front matter</source>
        <translation>pas de front matter</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: the key is missing afterwards</source>
        <translation>l&apos;écriture de &quot;%1&quot; a échoué&#xa0;: la clé est absente ensuite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written as this value in this front matter format</source>
        <translation>&quot;%1&quot; ne peut pas être écrit avec cette valeur dans ce format de front matter</translation>
    </message>
    <message>
        <source>a front-matter key cannot be empty</source>
        <translation>une clé de front matter ne peut pas être vide</translation>
    </message>
    <message>
        <source>nested values cannot be set</source>
        <translation>les valeurs imbriquées ne peuvent pas être définies</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested value and cannot be edited here</source>
        <translation>&quot;%1&quot; est une valeur imbriquée et ne peut pas être modifiée ici</translation>
    </message>
    <message>
        <source>JSON front matter must be an object</source>
        <translation>un front matter JSON doit être un objet</translation>
    </message>
    <message>
        <source>front matter is nested too deeply (%1 levels)</source>
        <translation>le front matter est imbriqué trop profondément (%1 niveaux)</translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>le front matter doit être une liste de lignes &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a key name</source>
        <translation>&quot;%1&quot; ne commence pas par un nom de clé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line (no colon after the key)</source>
        <translation>&quot;%1&quot; n&apos;est pas une ligne &quot;key: value&quot; (pas de deux-points après la clé)</translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation>la valeur entre guillemets n&apos;a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in YAML front matter</source>
        <translation>le caractère de contrôle U+%1 n&apos;est pas autorisé dans un front matter YAML</translation>
    </message>
    <message>
        <source>removing %1 would also change &quot;%2&quot;</source>
        <translation>supprimer %1 modifierait aussi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>writing %1 would also change &quot;%2&quot;</source>
        <translation>l&apos;écriture de %1 modifierait aussi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>removing %1 would break the front matter: %2</source>
        <translation>supprimer %1 casserait le front matter&#xa0;: %2</translation>
    </message>
    <message>
        <source>writing %1 would break the front matter: %2</source>
        <translation>l&apos;écriture de %1 casserait le front matter&#xa0;: %2</translation>
    </message>
    <message>
        <source>removing %1 would break &quot;%2&quot;: %3</source>
        <translation>supprimer %1 casserait &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>writing %1 would break &quot;%2&quot;: %3</source>
        <translation>l&apos;écriture de %1 casserait &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>removing &quot;%1&quot; failed: the key is still there</source>
        <translation>la suppression de &quot;%1&quot; a échoué&#xa0;: la clé est toujours là</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>il ne se lit plus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias (%2): edit the value where its anchor is</source>
        <translation>&quot;%1&quot; est un alias (%2)&#xa0;: modifiez la valeur là où se trouve son ancre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as one value (an inline table): edit %2 there by hand</source>
        <translation>«&#xa0;%1&#xa0;» est écrit comme une seule valeur (une table en ligne)&#xa0;: modifiez %2 à la main à cet endroit</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatterForm</name>
    <message>
        <source>Front-matter error</source>
        <translation>Erreur de front matter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Définir la date</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Régler la date sur l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Aute&amp;ur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autres champs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>nouvelle clé</translation>
    </message>
    <message>
        <source>New field name</source>
        <translation>Nom du nouveau champ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>New field value</source>
        <translation>Valeur du nouveau champ</translation>
    </message>
    <message>
        <source>Add f&amp;ield</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3
Fix it in the raw text; the form is read-only until then.</source>
        <translation>Le front matter n&apos;est pas analysable (ligne %1, colonne %2)&#xa0;: %3
Corrigez-le dans le texte brut&#xa0;; d&apos;ici là, le formulaire est en lecture seule.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tel qu&apos;écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Date non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>Nested values are kept as written; edit them in the raw front matter.</source>
        <translation>Les valeurs imbriquées sont conservées telles quelles&#xa0;; modifiez-les dans le front matter brut.</translation>
    </message>
    <message>
        <source>Not a valid %1</source>
        <translation>Valeur non valide (type attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Supprimer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>Supprimer le champ %1</translation>
    </message>
    <message>
        <source>From the file name; written to the front matter only when you change it</source>
        <translation>Tiré du nom de fichier&#xa0;; écrit dans le front matter seulement si vous le modifiez</translation>
    </message>
</context>
<context>
    <name>postwright::GitActions</name>
    <message>
        <source>Pu&amp;blish</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Save, commit the changed posts, merge with the remote and push</source>
        <translation>Enregistrer, commiter les articles modifiés, fusionner avec le dépôt distant et pousser</translation>
    </message>
    <message>
        <source>Post &amp;History…</source>
        <translation>&amp;Historique de l&apos;article…</translation>
    </message>
    <message>
        <source>Every commit that changed this post, and what it changed</source>
        <translation>Chaque commit qui a modifié cet article, et ce qu&apos;il a modifié</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict Markers…</source>
        <translation>&amp;Résoudre les marqueurs de conflit…</translation>
    </message>
    <message>
        <source>&amp;Make the Site a Git Repository…</source>
        <translation>Faire du site un &amp;dépôt Git…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Ouvrez d&apos;abord un site.</translation>
    </message>
    <message>
        <source>Post History</source>
        <translation>Historique de l&apos;article</translation>
    </message>
    <message>
        <source>Save the post first: only a saved post has a history.</source>
        <translation>Enregistrez d&apos;abord l&apos;article&#xa0;: seul un article enregistré a un historique.</translation>
    </message>
    <message>
        <source>Restored the version of %1 (not saved yet; Undo takes it back).</source>
        <translation>Version de %1 restaurée (pas encore enregistrée&#xa0;; Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Conflict Markers</source>
        <translation>Marqueurs de conflit</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n conflict(s) that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</source>
        <translation>
            <numerusform>%1 contient %n conflit laissé sous forme de marqueurs par une fusion (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choisir le contenu de l&apos;article dans la vue de fusion&#xa0;?</numerusform>
            <numerusform>%1 contient %n conflits laissés sous forme de marqueurs par une fusion (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choisir le contenu de l&apos;article dans la vue de fusion&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a Git repository? Publishing goes through Git: commits of your posts, pushed to a remote you add later.</source>
        <translation>Faire de %1 un dépôt Git&#xa0;? La publication passe par Git&#xa0;: des commits de vos articles, poussés vers un dépôt distant que vous ajouterez plus tard.</translation>
    </message>
    <message>
        <source>Its .gitignore leaves out what the generator writes: %1</source>
        <translation>Son .gitignore exclut ce que le générateur écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make a Git Repository</source>
        <translation>Créer un dépôt Git</translation>
    </message>
    <message>
        <source>The repository could not be made:
%1</source>
        <translation>Le dépôt n&apos;a pas pu être créé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Publish When Due</source>
        <translation>Publier à l&apos;échéance</translation>
    </message>
    <message>
        <source>Publish &amp;When Due…</source>
        <translation>Publier à l&apos;é&amp;chéance…</translation>
    </message>
    <message>
        <source>Publish each post dated in the future when its date comes (a systemd user timer, or your CI)</source>
        <translation>Publier chaque article daté dans le futur quand sa date arrive (un minuteur utilisateur systemd, ou votre CI)</translation>
    </message>
</context>
<context>
    <name>postwright::GitBranchLabel</name>
    <message>
        <source>Not in Git. &lt;a href=&quot;init&quot;&gt;Make a Git repository…&lt;/a&gt;</source>
        <translation>Pas dans Git. &lt;a href=&quot;init&quot;&gt;Créer un dépôt Git…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publishing through Git needs the site in a Git repository.</source>
        <translation>La publication via Git nécessite que le site soit dans un dépôt Git.</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n fichier modifié</numerusform>
            <numerusform>%n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 commit(s) to push to %2, %3 to merge from it (as of the last fetch)</source>
        <translation>%1 commit(s) à pousser vers %2, %3 à fusionner depuis celui-ci (selon la dernière récupération)</translation>
    </message>
</context>
<context>
    <name>postwright::GitDeploy</name>
    <message>
        <source>&quot;%1&quot; is no remote: the site is not in a Git repository</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dépôt distant&#xa0;: le site n&apos;est pas dans un dépôt Git</translation>
    </message>
    <message>
        <source>the site&apos;s repository has no remote &quot;%1&quot;</source>
        <translation>le dépôt du site n&apos;a pas de dépôt distant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot run git: %1</source>
        <translation>impossible d&apos;exécuter git&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot reach the remote: %1</source>
        <translation>impossible de joindre le dépôt distant&#xa0;: %1</translation>
    </message>
    <message>
        <source>fetching %1 failed: %2</source>
        <translation>échec de la récupération de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the fetched branch is missing</source>
        <translation>la branche récupérée est absente</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s commit</source>
        <translation>impossible de lire le commit de la branche</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>impossible de lire les fichiers de la branche</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>impossible de construire le commit</translation>
    </message>
    <message>
        <source>cannot make the commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>the branch %1 changed on the remote meanwhile: nothing was deployed; deploy again</source>
        <translation>la branche %1 a changé entre-temps sur le dépôt distant&#xa0;: rien n&apos;a été déployé&#xa0;; déployez à nouveau</translation>
    </message>
    <message>
        <source>push to %1 failed: nothing was deployed: %2</source>
        <translation>échec du push vers %1&#xa0;: rien n&apos;a été déployé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postwright::GitRepository</name>
    <message>
        <source>not in a Git repository</source>
        <translation>pas dans un dépôt Git</translation>
    </message>
    <message>
        <source>cannot open the Git repository</source>
        <translation>impossible d&apos;ouvrir le dépôt Git</translation>
    </message>
    <message>
        <source>the Git repository has no working folder (a bare repository)</source>
        <translation>le dépôt Git n&apos;a pas de dossier de travail (dépôt nu)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>impossible de lire la branche courante</translation>
    </message>
    <message>
        <source>not inside the Git repository at %1</source>
        <translation>pas à l&apos;intérieur du dépôt Git situé dans %1</translation>
    </message>
    <message>
        <source>cannot read the Git status</source>
        <translation>impossible de lire l&apos;état Git</translation>
    </message>
</context>
<context>
    <name>postwright::HistoryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Put this version&apos;s text into the editor (Undo takes it back; nothing is saved)</source>
        <translation>Mettre le texte de cette version dans l&apos;éditeur (Annuler revient en arrière&#xa0;; rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Aucun historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No commit has this post yet.</source>
        <translation>Aucun commit ne contient encore cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed this post.</source>
        <translation>
            <numerusform>%n commit a modifié cet article.</numerusform>
            <numerusform>%n commits ont modifié cet article.</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>cette version n&apos;existe pas</translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation>Renommé depuis %1</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImport</name>
    <message>
        <source>cannot create the image folder</source>
        <translation>impossible de créer le dossier des images</translation>
    </message>
    <message>
        <source>cannot save the image: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImportDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Décrivez l&apos;image pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale down to a maximum width of</source>
        <translation>&amp;Réduire à une largeur maximale de</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Largeur maximale</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Convert to &amp;WebP, quality</source>
        <translation>Convertir en &amp;WebP, qualité</translation>
    </message>
    <message>
        <source>WebP quality</source>
        <translation>Qualité WebP</translation>
    </message>
    <message>
        <source>This system cannot write WebP images: install the Qt image format plugins (qt6-image-formats-plugins).</source>
        <translation>Ce système ne peut pas écrire d&apos;images WebP&#xa0;: installez les greffons de formats d&apos;image de Qt (qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>&amp;Keep the original too</source>
        <translation>&amp;Garder aussi l&apos;original</translation>
    </message>
    <message>
        <source>Saves the image as it was next to the scaled or converted copy.</source>
        <translation>Enregistre l&apos;image telle quelle à côté de la copie réduite ou convertie.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>postwright::ImageProcess</name>
    <message>
        <source>not an image this app can read</source>
        <translation>pas une image que cette application sait lire</translation>
    </message>
    <message>
        <source>the image is too large to process (%1 × %2 pixels)</source>
        <translation>l&apos;image est trop grande pour être traitée (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot encode the image: %1</source>
        <translation>impossible d&apos;encoder l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>this system cannot write WebP (install qt6-image-formats-plugins)</source>
        <translation>ce système ne peut pas écrire de WebP (installez qt6-image-formats-plugins)</translation>
    </message>
</context>
<context>
    <name>postwright::IndexCache</name>
    <message>
        <source>cannot create the cache folder</source>
        <translation>impossible de créer le dossier du cache</translation>
    </message>
    <message>
        <source>cannot write the index cache: %1</source>
        <translation>impossible d&apos;écrire le cache d&apos;index&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::InsightsPanel</name>
    <message>
        <source>Writing tools</source>
        <translation>Outils d&apos;écriture</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings, the outline and statistics of the post</source>
        <translation>Les résultats du diagnostic, le plan et les statistiques de l&apos;article</translation>
    </message>
    <message>
        <source>Problems in the post</source>
        <translation>Problèmes dans l&apos;article</translation>
    </message>
    <message>
        <source>Repair E&amp;ncoding</source>
        <translation>Réparer l&apos;encoda&amp;ge</translation>
    </message>
    <message>
        <source>Repair text that was once read with the wrong encoding (â€“ for –), as one undo step</source>
        <translation>Réparer le texte qui a été lu un jour avec le mauvais encodage (â€“ au lieu de –), en une seule étape d&apos;annulation</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Post statistics</source>
        <translation>Statistiques de l&apos;article</translation>
    </message>
    <message>
        <source>Selection statistics</source>
        <translation>Statistiques de la sélection</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor (%1)</source>
        <translation>Diagnostic (%1)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <source>Words: %1&lt;br&gt;Characters: %2&lt;br&gt;Sentences: %3&lt;br&gt;Paragraphs: %4&lt;br&gt;Reading time: %5 min</source>
        <translation>Mots&#xa0;: %1&lt;br&gt;Caractères&#xa0;: %2&lt;br&gt;Phrases&#xa0;: %3&lt;br&gt;Paragraphes&#xa0;: %4&lt;br&gt;Temps de lecture&#xa0;: %5 min</translation>
    </message>
    <message>
        <source>Readability: %1 (%2, %3)</source>
        <translation>Lisibilité&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The doctor checks the post as you write.</source>
        <translation>Le diagnostic vérifie l&apos;article pendant que vous écrivez.</translation>
    </message>
</context>
<context>
    <name>postwright::Liquid</name>
    <message>
        <source>Liquid: %1</source>
        <translation>Liquid&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid include name &apos;%1&apos;: it leaves the folder</source>
        <translation>Nom d&apos;inclusion non valide &apos;%1&apos;&#xa0;: il sort du dossier</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; beside the post</source>
        <translation>Fichier inclus &apos;%1&apos; introuvable à côté de l&apos;article</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>Fichier inclus &apos;%1&apos; introuvable dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>Le filtre concat attend un tableau comme argument</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>division par 0</translation>
    </message>
    <message>
        <source>Expected a name but found &apos;%1&apos;</source>
        <translation>Nom attendu, mais &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <source>Expression nested too deeply</source>
        <translation>Expression imbriquée trop profondément</translation>
    </message>
    <message>
        <source>Expected &apos;..&apos; in a range</source>
        <translation>&apos;..&apos; attendu dans une plage</translation>
    </message>
    <message>
        <source>Expected &apos;)&apos; to close a range</source>
        <translation>&apos;)&apos; attendu pour fermer une plage</translation>
    </message>
    <message>
        <source>Expected a value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos;</source>
        <translation>&apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>Tag &apos;{%&apos; was not properly terminated with &apos;%}&apos;</source>
        <translation>La balise &apos;{%&apos; n&apos;est pas correctement fermée par &apos;%}&apos;</translation>
    </message>
    <message>
        <source>Variable &apos;{{&apos; was not properly terminated with &apos;}}&apos;</source>
        <translation>La variable &apos;{{&apos; n&apos;est pas correctement fermée par &apos;}}&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag was never closed</source>
        <translation>La balise &apos;%1&apos; n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; outside of a block</source>
        <translation>&apos;%1&apos; inattendu en dehors d&apos;un bloc</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; inattendu dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected &apos;for name in collection&apos;</source>
        <translation>&apos;for name in collection&apos; attendu</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>&apos;:&apos; attendu après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;</source>
        <translation>Option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Blocks nested more than %1 deep</source>
        <translation>Blocs imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Expected &apos;assign name = value&apos;</source>
        <translation>&apos;assign name = value&apos; attendu</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos;</source>
        <translation>Balise inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loops ran more than %1 times in one page; the rest is not rendered</source>
        <translation>Les boucles ont tourné plus de %1 fois sur une page&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>The page grew past %1 characters; the rest is not rendered</source>
        <translation>La page a dépassé %1 caractères&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>The page took too much work to render; the rest is not rendered</source>
        <translation>Le rendu de la page demandait trop de travail&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;</source>
        <translation>Filtre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A filter made a value of more than %1 characters or items</source>
        <translation>Un filtre a produit une valeur de plus de %1 caractères ou éléments</translation>
    </message>
    <message>
        <source>Includes nested more than %1 deep</source>
        <translation>Inclusions imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Syntax error in tag &apos;highlight&apos;: &apos;%1&apos; is not a valid language (write {% highlight lang [linenos] %})</source>
        <translation>Erreur de syntaxe dans la balise &apos;highlight&apos;&#xa0;: &apos;%1&apos; n&apos;est pas un langage valide (écrivez {% highlight lang [linenos] %})</translation>
    </message>
    <message>
        <source>Unknown tag &apos;highlight&apos;</source>
        <translation>Balise inconnue &apos;highlight&apos;</translation>
    </message>
    <message>
        <source>Could not find post &quot;%1&quot; in tag &apos;post_url&apos;</source>
        <translation>Article «&#xa0;%1&#xa0;» introuvable dans la balise &apos;post_url&apos;</translation>
    </message>
    <message>
        <source>Could not find document &apos;%1&apos; in tag &apos;link&apos;</source>
        <translation>Document &apos;%1&apos; introuvable dans la balise &apos;link&apos;</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site: not read</source>
        <translation>un lien symbolique qui sort du site&#xa0;: non lu</translation>
    </message>
    <message>
        <source>larger than %1 MiB (or the data folder is): not read</source>
        <translation>plus de %1&#xa0;Mio (ou le dossier de données l&apos;est)&#xa0;: non lu</translation>
    </message>
    <message>
        <source>more than %1 values (aliases copy what they name): not read</source>
        <translation>plus de %1 valeurs (les alias copient ce qu&apos;ils désignent)&#xa0;: non lu</translation>
    </message>
    <message>
        <source>Invalid include name &apos;%1&apos;: a symbolic link that leads out of the site</source>
        <translation>Nom d&apos;inclusion non valide &apos;%1&apos;&#xa0;: un lien symbolique qui sort du site</translation>
    </message>
    <message>
        <source>concat would make an array of more than %1 items; not joined</source>
        <translation>concat produirait un tableau de plus de %1 éléments&#xa0;; non joint</translation>
    </message>
    <message>
        <source>Flattening the array would visit more than %1 items; the rest is not rendered</source>
        <translation>Aplatir le tableau parcourrait plus de %1 éléments&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>join would make a value of more than %1 characters; the rest is not rendered</source>
        <translation>join produirait une valeur de plus de %1 caractères&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>split would make an array of more than %1 items; the rest is not rendered</source>
        <translation>split produirait un tableau de plus de %1 éléments&#xa0;; le reste n&apos;est pas rendu</translation>
    </message>
    <message>
        <source>A filter made an array of more than %1 items</source>
        <translation>Un filtre a produit un tableau de plus de %1 éléments</translation>
    </message>
    <message>
        <source>A filter made an array holding more than %1 values, nested ones counted</source>
        <translation>Un filtre a produit un tableau contenant plus de %1 valeurs, valeurs imbriquées comprises</translation>
    </message>
    <message>
        <source>More than %1 Liquid tags and texts; the rest is not rendered</source>
        <translation>Plus de %1 balises et textes Liquid ; le reste n’est pas rendu</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8 (Jekyll reads its files as UTF-8)</source>
        <translation>séquence d&apos;octets non valide en UTF-8 (Jekyll lit ses fichiers en UTF-8)</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos; is larger than %2 MiB: not read</source>
        <translation>Le fichier inclus &apos;%1&apos; dépasse %2 Mio&#xa0;: non lu</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos;: %2</source>
        <translation>Le fichier inclus &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>postwright::MainWindow</name>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Charger la version du disque</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The posts, tags and categories of the open site</source>
        <translation>Les articles, étiquettes et catégories du site ouvert</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Langue de la vérification orthographique</translation>
    </message>
    <message>
        <source>Writing Tools</source>
        <translation>Outils d&apos;écriture</translation>
    </message>
    <message>
        <source>This post has garbled characters (like â€“ for –): Edit → Repair Encoding fixes them in one step.</source>
        <translation>Cet article contient des caractères corrompus (comme â€“ au lieu de –)&#xa0;: Édition → Réparer l&apos;encodage les corrige en une seule étape.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New &amp;Post in Site…</source>
        <translation>Nouvel &amp;article dans le site…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Si&amp;te Folder…</source>
        <translation>Ouvrir un &amp;dossier de site…</translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation>Ouvrir un dossier de site</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précé&amp;dent</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Aller à la &amp;ligne…</translation>
    </message>
    <message>
        <source>Repair Enco&amp;ding</source>
        <translation>Réparer l&apos;&amp;encodage</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Barré</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>&amp;Code en ligne</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Titre &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Task List</source>
        <translation>Liste de tâc&amp;hes</translation>
    </message>
    <message>
        <source>Block&amp;quote</source>
        <translation>Cit&amp;ation</translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation>Bloc de co&amp;de</translation>
    </message>
    <message>
        <source>T&amp;able…</source>
        <translation>Tablea&amp;u…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barre latérale</translation>
    </message>
    <message>
        <source>&amp;Front-Matter Form</source>
        <translation>&amp;Formulaire du front matter</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Writing Tools</source>
        <translation>&amp;Outils d&apos;écriture</translation>
    </message>
    <message>
        <source>&amp;Raw Front Matter in Editor</source>
        <translation>Front matter brut dans l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <source>Soft Wr&amp;ap</source>
        <translation>&amp;Retour à la ligne automatique</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Réinitia&amp;liser le zoom</translation>
    </message>
    <message>
        <source>Focus Ne&amp;xt Pane</source>
        <translation>Activer le panneau s&amp;uivant</translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;ne</source>
        <translation>Activer le panneau pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barre d&apos;ou&amp;tils</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Markdown &amp;Cheat Sheet</source>
        <translation>&amp;Aide-mémoire Markdown</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation>À &amp;propos de Postwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No posts in %1</source>
        <translation>Aucun article dans %1</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>Impossible d&apos;ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Postwright was closed with unsaved changes to &quot;%1&quot; (autosaved %2). Recover them?</source>
        <translation>Postwright a été fermé alors que «&#xa0;%1&#xa0;» contenait des modifications non enregistrées (sauvegarde automatique&#xa0;: %2). Voulez-vous les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Articles Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Impossible d&apos;enregistrer l&apos;article</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save the post as</source>
        <translation>Enregistrer l&apos;article sous</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Articles Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>No garbled characters to repair.</source>
        <translation>Aucun caractère corrompu à réparer.</translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation>Impossible de définir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n words</source>
        <translation>
            <numerusform>Sélection&#xa0;: %n mot</numerusform>
            <numerusform>Sélection&#xa0;: %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation>%1 a été supprimé ou déplacé sur le disque&#xa0;; l&apos;enregistrement le recréera.</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 rechargé&#xa0;: il a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>The post changed on disk</source>
        <translation>L&apos;article a été modifié sur le disque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program, and you have unsaved changes here.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme, alors que vous avez des modifications non enregistrées ici.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n garbled character(s).</source>
        <translation>
            <numerusform>%n caractère corrompu réparé.</numerusform>
            <numerusform>%n caractères corrompus réparés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be repaired exactly (a byte was lost); the doctor lists them.</source>
        <translation>
            <numerusform>%n caractère n’a pas pu être réparé exactement (un octet a été perdu)&#xa0;; le diagnostic le liste.</numerusform>
            <numerusform>%n caractères n’ont pas pu être réparés exactement (un octet a été perdu)&#xa0;; le diagnostic les liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written (in code, or a BOM inside the text); the doctor lists them.</source>
        <translation>
            <numerusform>%n séquence corrompue a été laissée telle quelle (dans du code, ou un BOM dans le texte)&#xa0;; le diagnostic la signale.</numerusform>
            <numerusform>%n séquences corrompues ont été laissées telles quelles (dans du code, ou un BOM dans le texte)&#xa0;; le diagnostic les signale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The post is read-only</source>
        <translation>L&apos;article est en lecture seule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Save it anyway? It stays read-only.

%2</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule. L&apos;enregistrer quand même&#xa0;? Il reste en lecture seule.

%2</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tabl&amp;eau de bord</translation>
    </message>
    <message>
        <source>The site at a glance: scheduled posts, drafts, problems, tags with one post</source>
        <translation>Le site en un coup d&apos;œil&#xa0;: articles programmés, brouillons, problèmes, étiquettes d&apos;un seul article</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Link to &amp;Post…</source>
        <translation>Lien vers un a&amp;rticle…</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>le fichier dépasse 256 Mo</translation>
    </message>
    <message>
        <source>%1: cannot insert the image: %2</source>
        <translation>%1&#xa0;: impossible d&apos;insérer l&apos;image&#xa0;: %2</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
</context>
<context>
    <name>postwright::MarkdownEditor</name>
    <message>
        <source>Markdown editor</source>
        <translation>Éditeur Markdown</translation>
    </message>
    <message>
        <source>The post&apos;s Markdown text</source>
        <translation>Le texte Markdown de l&apos;article</translation>
    </message>
    <message>
        <source>Spell check off</source>
        <translation>Orthographe désactivée</translation>
    </message>
    <message>
        <source>Spell check: loading the %1 dictionary…</source>
        <translation>Orthographe&#xa0;: chargement du dictionnaire %1…</translation>
    </message>
    <message>
        <source>Spell check: %1</source>
        <translation>Orthographe&#xa0;: %1</translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”: install its hunspell package</source>
        <translation>Aucun dictionnaire orthographique pour «&#xa0;%1&#xa0;»&#xa0;: installez le paquet hunspell correspondant</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Could not save the personal word list: %1</source>
        <translation>Impossible d&apos;enregistrer la liste de mots personnelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>postwright::MergeDialog</name>
    <message>
        <source>(absent on this side)</source>
        <translation>(absent de ce côté)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Both sides changed these parts of &lt;b&gt;%1&lt;/b&gt;. Choose for each what the post says; the rest of the changes are merged already.</source>
        <translation>Les deux côtés ont modifié ces parties de &lt;b&gt;%1&lt;/b&gt;. Choisissez pour chacune le contenu de l&apos;article&#xa0;; les autres modifications sont déjà fusionnées.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ma version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leur version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mi&amp;ne</source>
        <translation>Ma &amp;version</translation>
    </message>
    <message>
        <source>The&amp;irs</source>
        <translation>&amp;Leur version</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Front matter: %1</source>
        <translation>Front matter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text at line %1</source>
        <translation>Texte à la ligne %1</translation>
    </message>
    <message>
        <source>Lines from %1</source>
        <translation>Lignes à partir de %1</translation>
    </message>
</context>
<context>
    <name>postwright::NewPost</name>
    <message>
        <source>the title &quot;%1&quot; gives no file name</source>
        <translation>le titre «&#xa0;%1&#xa0;» ne donne aucun nom de fichier</translation>
    </message>
    <message>
        <source>Jekyll has no page bundles</source>
        <translation>Jekyll ne prend pas en charge les paquets de page (page bundles)</translation>
    </message>
    <message>
        <source>not inside the site</source>
        <translation>en dehors du site</translation>
    </message>
    <message>
        <source>a post with this name exists already</source>
        <translation>un article portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the site declares no &quot;tags&quot; taxonomy (taxonomies = [{name = &quot;tags&quot;}]): Zola would refuse a post with tags</source>
        <translation>le site ne déclare pas de taxonomie «&#xa0;tags&#xa0;» (taxonomies = [{name = &quot;tags&quot;}])&#xa0;: Zola refuserait un article avec des étiquettes</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; gives no file name</source>
        <translation>le slug «&#xa0;%1&#xa0;» ne donne aucun nom de fichier</translation>
    </message>
</context>
<context>
    <name>postwright::NewPostDialog</name>
    <message>
        <source>(type a title)</source>
        <translation>(saisissez un titre)</translation>
    </message>
    <message>
        <source>A post with this name already exists.</source>
        <translation>Un article portant ce nom existe déjà.</translation>
    </message>
</context>
<context>
    <name>postwright::PageChrome</name>
    <message>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>Flux RSS</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Créé avec %1</translation>
    </message>
</context>
<context>
    <name>postwright::PersonalWordList</name>
    <message>
        <source>no folder for the personal word list</source>
        <translation>aucun dossier pour la liste de mots personnelle</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::Post</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the post has no file name yet</source>
        <translation>l&apos;article n&apos;a pas encore de nom de fichier</translation>
    </message>
</context>
<context>
    <name>postwright::PostDoctor</name>
    <message>
        <source>front matter does not parse: %1</source>
        <translation>le front matter n&apos;est pas analysable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the post has no title</source>
        <translation>l&apos;article n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>the title has %1 characters; search engines show about %2</source>
        <translation>le titre compte %1 caractères&#xa0;; les moteurs de recherche en affichent environ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date generators can read: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une date lisible par les générateurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>no summary or description: search engines and feeds will guess one</source>
        <translation>ni résumé ni description (summary, description)&#xa0;: les moteurs de recherche et les flux en devineront un</translation>
    </message>
    <message>
        <source>the %1 has %2 characters; search engines show about %3</source>
        <translation>le champ %1 compte %2 caractères&#xa0;; les moteurs de recherche en affichent environ %3</translation>
    </message>
    <message>
        <source>the slug has %1 characters; keep URLs under %2</source>
        <translation>le slug compte %1 caractères&#xa0;; limitez les URL à moins de %2</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>image introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>cible du lien introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>garbled text (UTF-8 once read as Windows-1252)</source>
        <translation>texte corrompu (de l&apos;UTF-8 lu un jour comme du Windows-1252)</translation>
    </message>
    <message>
        <source>cannot be repaired exactly, a byte was lost: %1</source>
        <translation>réparation exacte impossible, un octet a été perdu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; appears %n times (lines %2); Hugo and Jekyll use only the last one</source>
        <translation>
            <numerusform>&quot;%1&quot; apparaît une fois (ligne %2)</numerusform>
            <numerusform>&quot;%1&quot; apparaît %n fois (lignes %2)&#xa0;; Hugo et Jekyll n&apos;utilisent que la dernière</numerusform>
        </translation>
    </message>
    <message>
        <source>U+%1 (line separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (séparateur de ligne) est un saut de ligne pour les analyseurs YAML de Jekyll et de Hugo&#xa0;; écrivez-le &quot;%2&quot; entre guillemets doubles</translation>
    </message>
    <message>
        <source>U+%1 (paragraph separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (séparateur de paragraphe) est un saut de ligne pour les analyseurs YAML de Jekyll et de Hugo&#xa0;; écrivez-le &quot;%2&quot; entre guillemets doubles</translation>
    </message>
    <message>
        <source>U+%1 (next line) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (à la ligne) est un saut de ligne pour les analyseurs YAML de Jekyll et de Hugo&#xa0;; écrivez-le &quot;%2&quot; entre guillemets doubles</translation>
    </message>
    <message>
        <source>U+%1 (byte-order mark) is invisible, and YAML emitters always escape it; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (indicateur d&apos;ordre des octets) est invisible, et les émetteurs YAML l&apos;échappent toujours&#xa0;; écrivez-le &quot;%2&quot; entre guillemets doubles</translation>
    </message>
    <message>
        <source>a byte-order mark read as text (%1) in the middle of the file: it is not repaired; delete it unless it is meant</source>
        <translation>un indicateur d&apos;ordre des octets lu comme du texte (%1) au milieu du fichier&#xa0;: il n&apos;est pas réparé&#xa0;; supprimez-le s&apos;il n&apos;est pas voulu</translation>
    </message>
    <message>
        <source>garbled text in code, left as written (UTF-8 once read as Windows-1252)</source>
        <translation>texte corrompu dans du code, laissé tel quel (de l&apos;UTF-8 lu un jour comme du Windows-1252)</translation>
    </message>
    <message>
        <source>the taxonomy &quot;%1&quot; is not declared in config.toml (taxonomies = [{name = &quot;%1&quot;}]): zola build fails</source>
        <translation>la taxonomie «&#xa0;%1&#xa0;» n&apos;est pas déclarée dans config.toml (taxonomies = [{name = &quot;%1&quot;}])&#xa0;: zola build échoue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings for Zola, as %1 = [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de chaînes pour Zola, comme %1 = [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 is outside the site: it is not published</source>
        <translation>%1 est en dehors du site&#xa0;: il n&apos;est pas publié</translation>
    </message>
    <message>
        <source>%1 is not published: %2</source>
        <translation>%1 n&apos;est pas publié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Liquid: %1</source>
        <translation>Liquid&#xa0;: %1</translation>
    </message>
    <message>
        <source>image without alt text: screen readers and search engines learn nothing from it; describe it as ![what it shows](%1)</source>
        <translation>image sans texte alternatif&#xa0;: les lecteurs d&apos;écran et les moteurs de recherche n&apos;en apprennent rien&#xa0;; décrivez-la ainsi&#xa0;: ![ce qu&apos;elle montre](%1)</translation>
    </message>
    <message>
        <source>the link text &quot;%1&quot; says nothing about where it leads; name the destination instead</source>
        <translation>le texte du lien «&#xa0;%1&#xa0;» n&apos;indique pas où il mène&#xa0;; nommez plutôt la destination</translation>
    </message>
    <message>
        <source>this heading repeats the title, which the page already shows as its heading; remove it</source>
        <translation>ce titre répète le titre de l&apos;article, que la page affiche déjà en tête&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>a second top-level heading (#): a page has one; use ## for sections</source>
        <translation>un deuxième titre de premier niveau (#)&#xa0;: une page n&apos;en a qu&apos;un&#xa0;; utilisez ## pour les sections</translation>
    </message>
    <message>
        <source>a top-level heading (#) besides the title, which the page shows as its heading; use ## for sections</source>
        <translation>un titre de premier niveau (#) en plus du titre de l&apos;article, que la page affiche en tête&#xa0;; utilisez ## pour les sections</translation>
    </message>
    <message>
        <source>the heading level skips from h%1 to h%2: screen reader users lose their place; use h%3</source>
        <translation>le niveau de titre passe de h%1 à h%2&#xa0;: les utilisateurs de lecteurs d&apos;écran perdent leurs repères&#xa0;; utilisez h%3</translation>
    </message>
    <message>
        <source>hard to read: %1 %2 (%3); shorter sentences and plainer words help</source>
        <translation>difficile à lire&#xa0;: %1 %2 (%3)&#xa0;; des phrases plus courtes et des mots plus simples aident</translation>
    </message>
    <message>
        <source>hugo reads no date in %1: %2 (the page is undated to hugo); write %3</source>
        <translation>hugo ne lit aucune date dans %1&#xa0;: %2 (pour hugo, la page n&apos;est pas datée)&#xa0;; écrivez %3</translation>
    </message>
    <message>
        <source>The site&apos;s configuration does not parse, jekyll build stops here: %1</source>
        <translation>La configuration du site n&apos;est pas analysable, jekyll build s&apos;arrête ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::PostFiles</name>
    <message>
        <source>not inside the site</source>
        <translation>en dehors du site</translation>
    </message>
    <message>
        <source>no such post</source>
        <translation>article inexistant</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot move to %1</source>
        <translation>impossible de déplacer vers %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>cannot move to the trash</source>
        <translation>impossible de mettre à la corbeille</translation>
    </message>
    <message>
        <source>not a draft: it is not in a _drafts folder</source>
        <translation>pas un brouillon&#xa0;: il ne se trouve pas dans un dossier _drafts</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkCompleter</name>
    <message>
        <source>Posts to link to</source>
        <translation>Articles vers lesquels créer un lien</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkDialog</name>
    <message>
        <source>Link to Post</source>
        <translation>Lien vers un article</translation>
    </message>
    <message>
        <source>&amp;Find a post by title or path:</source>
        <translation>&amp;Rechercher un article par titre ou chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Post title or path</source>
        <translation>Titre ou chemin de l&apos;article</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Insert Link</source>
        <translation>&amp;Insérer le lien</translation>
    </message>
    <message>
        <source>Open a site folder to link to its posts.</source>
        <translation>Ouvrez un dossier de site pour créer des liens vers ses articles.</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinker</name>
    <message>
        <source>Save the post first: a relative link starts from the post&apos;s folder.</source>
        <translation>Enregistrez d&apos;abord l&apos;article&#xa0;: un lien relatif part du dossier de l&apos;article.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a draft: the site&apos;s build stops at this link until it is published</source>
        <translation>«&#xa0;%1&#xa0;» est un brouillon&#xa0;: la construction du site s&apos;arrête à ce lien tant qu&apos;il n&apos;est pas publié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is scheduled: the site&apos;s build stops at this link until its date</source>
        <translation>«&#xa0;%1&#xa0;» est programmé&#xa0;: la construction du site s&apos;arrête à ce lien jusqu&apos;à sa date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired: the site&apos;s build stops at this link</source>
        <translation>«&#xa0;%1&#xa0;» a expiré&#xa0;: la construction du site s&apos;arrête à ce lien</translation>
    </message>
</context>
<context>
    <name>postwright::PostListModel</name>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>pas de page</translation>
    </message>
    <message>
        <source>Hugo writes no page for it (headless, or build options).</source>
        <translation>Hugo n&apos;écrit aucune page pour cet élément (headless, ou options de build).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>indexé</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Git: %1 (not published yet)</source>
        <translation>Git&#xa0;: %1 (pas encore publié)</translation>
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
        <translation>%1&#xa0;; il a été redémarré.</translation>
    </message>
    <message>
        <source>Postwri&amp;ght Preview</source>
        <translation>Aperçu Postwri&amp;ght</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <source>Preview in Postwright&apos;s own page, instantly</source>
        <translation>Aperçu instantané dans la page de Postwright</translation>
    </message>
    <message>
        <source>Site T&amp;heme Preview</source>
        <translation>Aperçu avec le t&amp;hème du site</translation>
    </message>
    <message>
        <source>Site theme</source>
        <translation>Thème du site</translation>
    </message>
    <message>
        <source>Preview as the site&apos;s generator renders it, with its theme</source>
        <translation>Aperçu tel que le générateur du site le rend, avec son thème</translation>
    </message>
    <message>
        <source>Site Ho&amp;me in Preview</source>
        <translation>Page d&apos;accueil du &amp;site dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Show the site&apos;s home page in the Site theme preview; its links lead through the site</source>
        <translation>Afficher la page d&apos;accueil du site dans l&apos;aperçu avec le thème du site&#xa0;; ses liens mènent à travers le site</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Message de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Site theme needs a site: open the post&apos;s site folder.</source>
        <translation>Le thème du site nécessite un site&#xa0;: ouvrez le dossier du site de l&apos;article.</translation>
    </message>
    <message>
        <source>Starting hugo…</source>
        <translation>Démarrage de hugo…</translation>
    </message>
    <message>
        <source>Site theme preview is off: %1</source>
        <translation>L&apos;aperçu avec le thème du site est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview error</source>
        <translation>Erreur d&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Remarque sur l&apos;aperçu</translation>
    </message>
    <message>
        <source>Open the site generator&apos;s output in a text editor</source>
        <translation>Ouvrir la sortie du générateur du site dans un éditeur de texte</translation>
    </message>
    <message>
        <source>Site theme works with Hugo and Jekyll sites; this site is previewed in Postwright&apos;s page.</source>
        <translation>Le thème du site fonctionne avec les sites Hugo et Jekyll&#xa0;; l&apos;aperçu de ce site s&apos;affiche dans la page de Postwright.</translation>
    </message>
    <message>
        <source>Starting jekyll…</source>
        <translation>Démarrage de jekyll…</translation>
    </message>
    <message>
        <source>%1: %2 (the page shows the last good build)</source>
        <translation>%1&#xa0;: %2 (la page affiche la dernière génération réussie)</translation>
    </message>
</context>
<context>
    <name>postwright::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>postwright::ProjectPanel</name>
    <message>
        <source>Hugo site</source>
        <translation>Site Hugo</translation>
    </message>
    <message>
        <source>Jekyll site</source>
        <translation>Site Jekyll</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation>Impossible d&apos;ouvrir le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indexing canceled.</source>
        <translation>Indexation annulée.</translation>
    </message>
    <message>
        <source>Cannot update the site: %1</source>
        <translation>Impossible de mettre à jour le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>No site open</source>
        <translation>Aucun site ouvert</translation>
    </message>
    <message>
        <source>Open a post or a site folder to see its posts.</source>
        <translation>Ouvrez un article ou un dossier de site pour voir ses articles.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage de %1 sur %2</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>tout afficher</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Aucun article pour l&apos;instant</translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation>Articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Brouillons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site warnings</source>
        <translation>Avertissements du site</translation>
    </message>
    <message>
        <source>Files of the site that need a look: %1</source>
        <translation>Fichiers du site à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Some files were not changed</source>
        <translation>Certains fichiers n&apos;ont pas été modifiés</translation>
    </message>
    <message>
        <source>Files that could not be written (left as they were): %1</source>
        <translation>Fichiers qui n&apos;ont pas pu être écrits (laissés tels quels)&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: files changed: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: fichiers modifiés&#xa0;: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Nouvel article…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Cannot publish the post</source>
        <translation>Impossible de publier l&apos;article</translation>
    </message>
    <message>
        <source>Move the draft into _posts with today&apos;s date</source>
        <translation>Déplacer le brouillon dans _posts avec la date du jour</translation>
    </message>
    <message>
        <source>Set draft to false</source>
        <translation>Mettre draft à false</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Mettre à la &amp;corbeille…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;Afficher dans le dossier</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>Show Its &amp;Posts</source>
        <translation>Afficher ses &amp;articles</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Rename Post</source>
        <translation>Renommer l&apos;article</translation>
    </message>
    <message>
        <source>New file name (slug):</source>
        <translation>Nouveau nom de fichier (slug)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation>Impossible de renommer l&apos;article</translation>
    </message>
    <message>
        <source>Move the post to</source>
        <translation>Déplacer l&apos;article vers</translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation>Impossible de déplacer l&apos;article</translation>
    </message>
    <message>
        <source>the folder is outside the site</source>
        <translation>le dossier est en dehors du site</translation>
    </message>
    <message>
        <source>the folder of &quot;%1&quot; with its files</source>
        <translation>le dossier de «&#xa0;%1&#xa0;» avec ses fichiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>Mettre %1 à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot move the post to the trash</source>
        <translation>Impossible de mettre l&apos;article à la corbeille</translation>
    </message>
    <message>
        <source>Hugo site (no config found: defaults)</source>
        <translation>Site Hugo (aucune configuration trouvée&#xa0;: valeurs par défaut)</translation>
    </message>
    <message>
        <source>Jekyll site (no _config.yml found: defaults)</source>
        <translation>Site Jekyll (aucun _config.yml trouvé&#xa0;: valeurs par défaut)</translation>
    </message>
    <message>
        <source>Zola site</source>
        <translation>Site Zola</translation>
    </message>
    <message>
        <source>Some posts are read-only</source>
        <translation>Certains articles sont en lecture seule</translation>
    </message>
    <message>
        <source>Posts that are read-only and were not changed: %1. Change them anyway? They stay read-only.</source>
        <translation>Articles en lecture seule qui n&apos;ont pas été modifiés&#xa0;: %1. Les modifier quand même&#xa0;? Ils restent en lecture seule.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>Show &amp;History…</source>
        <translation>Afficher l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>Preview &amp;Site</source>
        <translation>Aperçu du &amp;site</translation>
    </message>
</context>
<context>
    <name>postwright::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Looking at what changed…</source>
        <translation>Recherche des modifications…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>Commité&#xa0;:</translation>
    </message>
    <message>
        <source>Changed files that are not posts or their images. Tick one to commit it too.</source>
        <translation>Fichiers modifiés qui ne sont ni des articles ni leurs images. Cochez-en un pour le commiter aussi.</translation>
    </message>
    <message>
        <source>Also commit?</source>
        <translation>Commiter aussi&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Commits on %1, then merges with %2 and pushes there.</source>
        <translation>Commite sur %1, puis fusionne avec %2 et y pousse.</translation>
    </message>
    <message>
        <source>Commits on %1. It has no upstream: nothing is pushed (push it once with git push -u).</source>
        <translation>Commite sur %1. Elle n&apos;a pas de branche amont&#xa0;: rien n&apos;est poussé (poussez-la une fois avec git push -u).</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Publication impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no changed post: only fetch, merge and push)</source>
        <translation>(aucun article modifié&#xa0;: seulement récupérer, fusionner et pousser)</translation>
    </message>
    <message>
        <source>%1: an unresolved merge: resolve it first</source>
        <translation>%1&#xa0;: une fusion non résolue&#xa0;: résolvez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publié.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Canceled. Your commit stays here; Publish again to push it.</source>
        <translation>Annulé. Votre commit reste ici&#xa0;; publiez à nouveau pour le pousser.</translation>
    </message>
    <message>
        <source>Publishing stopped: see above.</source>
        <translation>Publication arrêtée&#xa0;: voir ci-dessus.</translation>
    </message>
    <message>
        <source>Merged as you chose: publishing again.</source>
        <translation>Fusionné selon vos choix&#xa0;: nouvelle publication.</translation>
    </message>
    <message>
        <source>%1 cannot be merged here (%2): merge it with git, then publish.</source>
        <translation>%1 ne peut pas être fusionné ici (%2)&#xa0;: fusionnez-le avec git, puis publiez.</translation>
    </message>
    <message>
        <source>Not merged: nothing was changed. Publish again when you want to merge.</source>
        <translation>Non fusionné&#xa0;: rien n&apos;a été modifié. Publiez à nouveau quand vous voudrez fusionner.</translation>
    </message>
</context>
<context>
    <name>postwright::Publisher</name>
    <message>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>both sides changed &quot;%1&quot;: ours %2, theirs %3</source>
        <translation>les deux côtés ont modifié «&#xa0;%1&#xa0;»&#xa0;: la nôtre %2, la leur %3</translation>
    </message>
    <message>
        <source>both sides changed this part of the text</source>
        <translation>les deux côtés ont modifié cette partie du texte</translation>
    </message>
    <message>
        <source>an unresolved merge: resolve it first</source>
        <translation>une fusion non résolue&#xa0;: résolvez-la d&apos;abord</translation>
    </message>
    <message>
        <source>publish stopped: a post holds conflict markers; nothing was committed</source>
        <translation>publication arrêtée&#xa0;: un article contient des marqueurs de conflit&#xa0;; aucun commit n&apos;a été créé</translation>
    </message>
    <message>
        <source>not committed (not a post or its image): %1 %2</source>
        <translation>non commité (ni un article ni son image)&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>rien à commiter</translation>
    </message>
    <message>
        <source>committed %1: %2</source>
        <translation>%1 commité&#xa0;: %2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>%1 fusionné</translation>
    </message>
    <message>
        <source>merged per key and block: %1</source>
        <translation>fusionné par clé et par bloc&#xa0;: %1</translation>
    </message>
    <message>
        <source>fetch from %1 failed; your commit stays here: %2</source>
        <translation>échec de la récupération depuis %1&#xa0;; votre commit reste ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>poussé vers %1</translation>
    </message>
    <message>
        <source>push to %1 failed; your commit stays here: %2</source>
        <translation>échec du push vers %1&#xa0;; votre commit reste ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>the push was rejected (the remote changed meanwhile): fetching again</source>
        <translation>le push a été refusé (le dépôt distant a changé entre-temps)&#xa0;: nouvelle récupération</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch to publish from</source>
        <translation>HEAD est détaché&#xa0;: extrayez (checkout) une branche depuis laquelle publier</translation>
    </message>
    <message>
        <source>a merge or rebase is in progress in %1: finish or abort it first (git status)</source>
        <translation>une fusion ou un rebase est en cours dans %1&#xa0;: terminez-le ou abandonnez-le d&apos;abord (git status)</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream to publish to: push it once with git push -u REMOTE %1, or use --no-push</source>
        <translation>la branche %1 n&apos;a pas de branche amont vers laquelle publier&#xa0;: poussez-la une fois avec git push -u REMOTE %1, ou utilisez --no-push</translation>
    </message>
    <message>
        <source>not committed (not due): %1 %2</source>
        <translation>non commité (pas à échéance)&#xa0;: %1 %2</translation>
    </message>
</context>
<context>
    <name>postwright::Readability</name>
    <message>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>plutôt facile</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>plutôt difficile</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>Flesch reading ease</source>
        <translation>indice de lisibilité de Flesch</translation>
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
        <translation>impossible de créer le dossier de récupération</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>impossible d&apos;écrire le fichier de récupération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::RsyncUploader</name>
    <message>
        <source>cannot write the list of files for rsync: %1</source>
        <translation>impossible d&apos;écrire la liste des fichiers pour rsync&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot run rsync: %1</source>
        <translation>impossible d&apos;exécuter rsync&#xa0;: %1</translation>
    </message>
    <message>
        <source>rsync failed (exit %1): %2</source>
        <translation>échec de rsync (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::SampleSite</name>
    <message>
        <source>cannot create the folder for the sample blog</source>
        <translation>impossible de créer le dossier du blog d&apos;exemple</translation>
    </message>
    <message>
        <source>cannot copy the sample blog: %1</source>
        <translation>impossible de copier le blog d&apos;exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ScheduleDialog</name>
    <message>
        <source>When a post is due, &amp;deploy the site to %1</source>
        <translation>Quand un article arrive à échéance, &amp;déployer le site vers %1</translation>
    </message>
    <message>
        <source>CI &amp;Alternative…</source>
        <translation>&amp;Alternative avec la CI…</translation>
    </message>
    <message>
        <source>Publish when due needs the user&apos;s systemd, which is not available here: %1.
Your host&apos;s CI can publish scheduled posts instead: a job that builds the site every hour.</source>
        <translation>«&#xa0;Publier à l&apos;échéance&#xa0;» nécessite le systemd de l&apos;utilisateur, qui n&apos;est pas disponible ici&#xa0;: %1.
La CI de votre hébergeur peut publier les articles programmés à la place&#xa0;: une tâche qui génère le site toutes les heures.</translation>
    </message>
    <message>
        <source>The timer is set for %1.</source>
        <translation>Le minuteur est réglé pour le %1.</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — prévu le %2</translation>
    </message>
    <message>
        <source>No post is scheduled: give a post a date in the future (on Hugo, or a publishDate).</source>
        <translation>Aucun article n&apos;est programmé&#xa0;: donnez à un article une date dans le futur (sous Hugo, éventuellement un publishDate).</translation>
    </message>
    <message>
        <source>Publish when due is off: no timer is set.</source>
        <translation>«&#xa0;Publier à l&apos;échéance&#xa0;» est désactivé&#xa0;: aucun minuteur n&apos;est réglé.</translation>
    </message>
    <message>
        <source>postwright-cli is not installed beside Postwright nor on the PATH: the timer needs it.</source>
        <translation>postwright-cli n&apos;est installé ni à côté de Postwright ni dans le PATH&#xa0;: le minuteur en a besoin.</translation>
    </message>
</context>
<context>
    <name>postwright::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Follow the system (as the window)</source>
        <translation>Suivre le système (comme les fenêtres)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation>Charger les images distantes</translation>
    </message>
    <message>
        <source>Block all remote content</source>
        <translation>Bloquer tout contenu distant</translation>
    </message>
    <message>
        <source>Next to the post, or the site&apos;s image folder</source>
        <translation>À côté de l&apos;article, ou dans le dossier d&apos;images du site</translation>
    </message>
    <message>
        <source>Always images/ beside the post</source>
        <translation>Toujours dans images/ à côté de l&apos;article</translation>
    </message>
    <message>
        <source>A folder of the site (below)</source>
        <translation>Un dossier du site (ci-dessous)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Follow the post or site (else the system language)</source>
        <translation>Selon l&apos;article ou le site (sinon la langue du système)</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed (Debian: hunspell-en-us, hunspell-de-de…).</source>
        <translation>Aucun dictionnaire Hunspell n&apos;est installé (Debian&#xa0;: hunspell-fr, hunspell-en-us…).</translation>
    </message>
    <message>
        <source>Postwright will use this language the next time it starts.</source>
        <translation>Postwright utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Icônes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Icons and text</source>
        <translation>Icônes et texte</translation>
    </message>
    <message>
        <source>Relative link to the post&apos;s file</source>
        <translation>Lien relatif vers le fichier de l&apos;article</translation>
    </message>
    <message>
        <source>Hugo ref shortcode</source>
        <translation>Shortcode Hugo ref</translation>
    </message>
    <message>
        <source>Hugo relref shortcode</source>
        <translation>Shortcode Hugo relref</translation>
    </message>
</context>
<context>
    <name>postwright::SftpUploader</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>impossible de démarrer libcurl</translation>
    </message>
    <message>
        <source>no known_hosts file: connect once with ssh or sftp to check and accept the host&apos;s key</source>
        <translation>aucun fichier known_hosts&#xa0;: connectez-vous une fois avec ssh ou sftp pour vérifier et accepter la clé de l&apos;hôte</translation>
    </message>
    <message>
        <source>SFTP: %1: %2</source>
        <translation>SFTP&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>impossible de lire le fichier exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>envoi de %1</translation>
    </message>
    <message>
        <source>removing stale files</source>
        <translation>suppression des fichiers obsolètes</translation>
    </message>
</context>
<context>
    <name>postwright::Shortcodes</name>
    <message>
        <source>not a video id: %1</source>
        <translation>identifiant de vidéo non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>closing tag without an opening one</source>
        <translation>balise fermante sans balise ouvrante</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Remote content is blocked (Edit → Settings)</source>
        <translation>Le contenu distant est bloqué (Édition → Paramètres)</translation>
    </message>
    <message>
        <source>Load video from youtube-nocookie.com</source>
        <translation>Charger la vidéo depuis youtube-nocookie.com</translation>
    </message>
    <message>
        <source>Load video from vimeo.com</source>
        <translation>Charger la vidéo depuis vimeo.com</translation>
    </message>
    <message>
        <source>shortcode</source>
        <translation>shortcode</translation>
    </message>
    <message>
        <source>no shortcode name after the opening braces</source>
        <translation>aucun nom de shortcode après les accolades ouvrantes</translation>
    </message>
    <message>
        <source>a quoted parameter is not closed (or contains &quot;{{&quot;)</source>
        <translation>un paramètre entre guillemets n&apos;est pas fermé (ou contient &quot;{{&quot;)</translation>
    </message>
    <message>
        <source>the comment is not closed with &quot;*/&quot;</source>
        <translation>le commentaire n&apos;est pas fermé par &quot;*/&quot;</translation>
    </message>
    <message>
        <source>a closing tag cannot have parameters</source>
        <translation>une balise fermante ne peut pas avoir de paramètres</translation>
    </message>
    <message>
        <source>the tag is not closed (before the next &quot;{{&quot; or the end)</source>
        <translation>la balise n&apos;est pas fermée (avant le prochain &quot;{{&quot; ou la fin)</translation>
    </message>
    <message>
        <source>nested inside more than %1 other shortcodes: shown as text</source>
        <translation>imbriqué dans plus de %1 autres shortcodes&#xa0;: affiché sous forme de texte</translation>
    </message>
    <message>
        <source>must be closed ({{&lt; /%1 &gt;}}) or self-closed ({{&lt; %1 /&gt;}}): its template uses .Inner</source>
        <translation>doit être fermé ({{&lt; /%1 &gt;}}) ou autofermant ({{&lt; %1 /&gt;}})&#xa0;: son modèle utilise .Inner</translation>
    </message>
</context>
<context>
    <name>postwright::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Command, menu or keys</source>
        <translation>Commande, menu ou touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Shows only the commands whose name, menu or keys contain the text</source>
        <translation>N&apos;affiche que les commandes dont le nom, le menu ou les touches contiennent le texte</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Each command with its menu and keyboard shortcut</source>
        <translation>Chaque commande avec son menu et son raccourci clavier</translation>
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
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>aliases expand to more than 2,000,000 values</source>
        <translation>les alias donnent plus de 2 000 000 valeurs</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditActions</name>
    <message>
        <source>Replace &amp;in All Posts…</source>
        <translation>Remplacer dans tous les art&amp;icles…</translation>
    </message>
    <message>
        <source>Und&amp;o %1</source>
        <comment>a site edit: Undo Rename &quot;a&quot; → &quot;b&quot;</comment>
        <translation>An&amp;nuler %1</translation>
    </message>
    <message>
        <source>Cannot Und&amp;o %1: Too Large</source>
        <translation>Impossible d&apos;an&amp;nuler %1&#xa0;: trop volumineux</translation>
    </message>
    <message>
        <source>The posts it changed were over %1 MB; they are not kept in memory.</source>
        <translation>Les articles modifiés dépassaient %1 Mo&#xa0;; ils ne sont pas conservés en mémoire.</translation>
    </message>
    <message>
        <source>Und&amp;o Site Edit</source>
        <translation>An&amp;nuler la modification du site</translation>
    </message>
    <message>
        <source>Undone: %1 (posts restored: %2)</source>
        <translation>Annulé&#xa0;: %1 (articles restaurés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Some posts were left alone</source>
        <translation>Certains articles n&apos;ont pas été touchés</translation>
    </message>
    <message>
        <source>Posts changed since &quot;%1&quot; were not restored; they stay as they are now: %2</source>
        <translation>Les articles modifiés depuis «&#xa0;%1&#xa0;» n&apos;ont pas été restaurés&#xa0;; ils restent tels qu&apos;ils sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some posts were not changed</source>
        <translation>Certains articles n&apos;ont pas été modifiés</translation>
    </message>
    <message>
        <source>Posts that changed since the preview or could not be written (left as they are): %1</source>
        <translation>Articles modifiés depuis l&apos;aperçu ou impossibles à écrire (laissés tels quels)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditJournal</name>
    <message>
        <source>changed since: left as it is now</source>
        <translation>modifié depuis&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>deleted since: left deleted</source>
        <translation>supprimé depuis&#xa0;: reste supprimé</translation>
    </message>
    <message>
        <source>its permissions or owner changed since (mode %1 now): left as it is now</source>
        <translation>ses droits d&apos;accès ou son propriétaire ont changé depuis (désormais mode %1)&#xa0;: laissé tel quel</translation>
    </message>
</context>
<context>
    <name>postwright::SiteGitState</name>
    <message>
        <source>detached HEAD</source>
        <translation>HEAD détaché</translation>
    </message>
    <message>
        <source>%1 (no commit yet)</source>
        <translation>%1 (aucun commit pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 (no upstream)</source>
        <translation>%1 (pas de branche amont)</translation>
    </message>
    <message>
        <source>%1, up to date with %2</source>
        <translation>%1, à jour avec %2</translation>
    </message>
</context>
<context>
    <name>postwright::SiteIndex</name>
    <message>
        <source>indexing was canceled</source>
        <translation>l&apos;indexation a été annulée</translation>
    </message>
</context>
<context>
    <name>postwright::SitePreviewView</name>
    <message>
        <source>Preview in the site&apos;s theme</source>
        <translation>Aperçu avec le thème du site</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplace</name>
    <message>
        <source>more than %1 matches: not changed</source>
        <translation>plus de %1 occurrences&#xa0;: non modifié</translation>
    </message>
    <message>
        <source>larger than %1 MB: not searched</source>
        <translation>plus de %1 Mo&#xa0;: non parcouru</translation>
    </message>
    <message>
        <source>changed since the preview: left as it is now</source>
        <translation>modifié depuis l&apos;aperçu&#xa0;: laissé tel quel</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplaceDialog</name>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Motif non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Press Search to see the changes.</source>
        <translation>Cliquez sur «&#xa0;Lancer la recherche&#xa0;» pour voir les modifications.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n posts.</source>
        <translation>
            <numerusform>dans %n article.</numerusform>
            <numerusform>dans %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: not every post was searched.</source>
        <translation>Arrêté&#xa0;: les articles n&apos;ont pas tous été parcourus.</translation>
    </message>
    <message>
        <source>Too many matches: the search stopped at %1.</source>
        <translation>Trop d&apos;occurrences&#xa0;: la recherche s&apos;est arrêtée à %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>…and more changed lines further down.</source>
        <translation>…et d&apos;autres lignes modifiées plus bas.</translation>
    </message>
    <message>
        <source>Replace in Tick&amp;ed Posts</source>
        <translation>Re&amp;mplacer dans les articles cochés</translation>
    </message>
    <message>
        <source>left out</source>
        <comment>a post not offered for replacing</comment>
        <translation>exclu</translation>
    </message>
</context>
<context>
    <name>postwright::SiteRules</name>
    <message>
        <source>not named YYYY-MM-DD-slug.%1: Jekyll ignores this file</source>
        <translation>nom différent de YYYY-MM-DD-slug.%1&#xa0;: Jekyll ignore ce fichier</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site (to %1): not read</source>
        <translation>un lien symbolique qui mène hors du site (vers %1)&#xa0;: non lu</translation>
    </message>
</context>
<context>
    <name>postwright::SiteServer</name>
    <message>
        <source>hugo is not installed (no hugo on the PATH). Install it (Debian: apt install hugo) or choose a hugo binary in Settings.</source>
        <translation>hugo n&apos;est pas installé (aucun hugo dans le PATH). Installez-le (Debian&#xa0;: apt install hugo) ou choisissez un exécutable hugo dans les Paramètres.</translation>
    </message>
    <message>
        <source>The chosen hugo binary %1 is not an executable file.</source>
        <translation>L&apos;exécutable hugo choisi %1 n&apos;est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>This site is built with hugo %1 (%2 says so), but %3 is hugo %4. Choose a newer hugo binary in Settings.</source>
        <translation>Ce site est généré avec hugo %1 (d&apos;après %2), mais %3 est hugo %4. Choisissez un exécutable hugo plus récent dans les Paramètres.</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>Impossible de créer le dossier d&apos;aperçu %1</translation>
    </message>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 ne démarre pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 three times in a minute; see its log %2</source>
        <translation>%1 trois fois en une minute&#xa0;; voir son journal %2</translation>
    </message>
    <message>
        <source>Save the post into the site to see it in the site&apos;s theme.</source>
        <translation>Enregistrez l&apos;article dans le site pour le voir avec le thème du site.</translation>
    </message>
    <message>
        <source>hugo does not read this file: it is not in the site&apos;s content folder.</source>
        <translation>hugo ne lit pas ce fichier&#xa0;: il n&apos;est pas dans le dossier de contenu du site.</translation>
    </message>
    <message>
        <source>Cannot write the preview copy: %1</source>
        <translation>Impossible d&apos;écrire la copie d&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot link %1 into the preview folder</source>
        <translation>Impossible de lier %1 dans le dossier d&apos;aperçu</translation>
    </message>
    <message>
        <source>`bundle check` for the site&apos;s Gemfile did not finish.</source>
        <translation>`bundle check` pour le Gemfile du site ne s&apos;est pas terminé.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile cannot be used: `bundle check` failed.</source>
        <translation>Le Gemfile du site est inutilisable&#xa0;: `bundle check` a échoué.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile needs gems that are not installed: %1. Run `bundle install` in the site folder.</source>
        <translation>Le Gemfile du site nécessite des gems qui ne sont pas installées&#xa0;: %1. Exécutez `bundle install` dans le dossier du site.</translation>
    </message>
    <message>
        <source>jekyll is not installed (no jekyll on the PATH). Install it (Debian: apt install jekyll).</source>
        <translation>jekyll n&apos;est pas installé (aucun jekyll dans le PATH). Installez-le (Debian&#xa0;: apt install jekyll).</translation>
    </message>
    <message>
        <source>jekyll does not read this file: it is not in the site&apos;s folder.</source>
        <translation>jekyll ne lit pas ce fichier&#xa0;: il n&apos;est pas dans le dossier du site.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Jekyll site</source>
        <translation>%1 n&apos;est pas un site Hugo ou Jekyll</translation>
    </message>
    <message>
        <source>%1 did not serve the site within %2 seconds; see its log %3</source>
        <translation>%1 n&apos;a pas servi le site en %2 secondes&#xa0;; voir son journal %3</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for %1.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour %1.</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2); see its log %3</source>
        <translation>%1 s&apos;est arrêté (code de sortie %2)&#xa0;; voir son journal %3</translation>
    </message>
    <message>
        <source>%1 could not build the site: %2</source>
        <translation>%1 n&apos;a pas pu construire le site&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2)</source>
        <translation>%1 s&apos;est arrêté (code de sortie %2)</translation>
    </message>
</context>
<context>
    <name>postwright::SiteSession</name>
    <message>
        <source>Rename &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>le renommage «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>la fusion de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n Posts</source>
        <translation>
            <numerusform>le remplacement dans %n article</numerusform>
            <numerusform>le remplacement dans %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n posts</source>
        <translation>
            <numerusform>Remplacé dans %n article</numerusform>
            <numerusform>Remplacé dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replacing in %1 of %2 posts…</source>
        <translation>Remplacement dans %1 sur %2 articles…</translation>
    </message>
    <message>
        <source>Undoing %1: %2 of %3 posts…</source>
        <translation>Annulation en cours&#xa0;: %1, %2 sur %3 articles…</translation>
    </message>
    <message>
        <source>Posts are being changed all over the site: wait for that to end, or stop it.</source>
        <translation>Des articles sont en cours de modification dans tout le site&#xa0;: attendez que ce soit terminé, ou arrêtez l&apos;opération.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: replaced in %n posts; the others are as they were</source>
        <translation>
            <numerusform>Arrêté&#xa0;: remplacé dans %n article&#xa0;; les autres sont restés tels quels</numerusform>
            <numerusform>Arrêté&#xa0;: remplacé dans %n articles&#xa0;; les autres sont restés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 (posts restored: %2); Undo restores the others</source>
        <translation>Annulation arrêtée&#xa0;: %1 (articles restaurés&#xa0;: %2)&#xa0;; Annuler restaure les autres</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizeDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>%1 × %2 (columns × rows, header included)</source>
        <extracomment>The size chosen in the table picker; rows include the header row.</extracomment>
        <translation>%1 × %2 (colonnes × lignes, en-tête compris)</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizePicker</name>
    <message>
        <source>Table size</source>
        <translation>Taille du tableau</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <extracomment>The table size picker&apos;s size as a screen reader says it.</extracomment>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::TableToolBar</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Table tools</source>
        <translation>Outils de tableau</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add Row &amp;Above</source>
        <translation>Ajouter une ligne au-&amp;dessus</translation>
    </message>
    <message>
        <source>Add Row &amp;Below</source>
        <translation>Ajouter une ligne en dess&amp;ous</translation>
    </message>
    <message>
        <source>&amp;Delete Row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Add Column &amp;Left</source>
        <translation>Ajouter une colonne à &amp;gauche</translation>
    </message>
    <message>
        <source>Add Column &amp;Right</source>
        <translation>Ajouter une colonne à &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Delete Column</source>
        <translation>&amp;Supprimer la colonne</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Centrer</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>&amp;No Alignment</source>
        <translation>&amp;Aucun alignement</translation>
    </message>
    <message>
        <source>Format Table</source>
        <translation>Mettre en forme le tableau</translation>
    </message>
    <message>
        <source>Line the table&apos;s pipes up</source>
        <translation>Aligner les barres verticales du tableau</translation>
    </message>
    <message>
        <source>This table is too large for the table tools (over %L1 rows or %L2 columns).</source>
        <translation>Ce tableau est trop grand pour les outils de tableau (plus de %L1 lignes ou %L2 colonnes).</translation>
    </message>
</context>
<context>
    <name>postwright::TermEdit</name>
    <message>
        <source>not inside the site: left alone</source>
        <translation>en dehors du site&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>supprimé pendant la modification&#xa0;: reste supprimé</translation>
    </message>
    <message>
        <source>changed again and again during the change: left as it is now</source>
        <translation>modifié encore et encore pendant la modification&#xa0;: laissé tel qu&apos;il est maintenant</translation>
    </message>
</context>
<context>
    <name>postwright::TermEditDialog</name>
    <message>
        <source>Rename Term</source>
        <translation>Renommer le terme</translation>
    </message>
    <message>
        <source>Rename %1 in the %2 of every post.</source>
        <translation>Renommer %1 dans le champ %2 de chaque article.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Terms</source>
        <translation>Fusionner des termes</translation>
    </message>
    <message>
        <source>Merge %1 into another term of the %2: every post with %1 gets the other term instead.</source>
        <translation>Fusionner %1 avec un autre terme du champ %2&#xa0;: chaque article qui contient %1 reçoit l&apos;autre terme à la place.</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Supprimer le terme</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 of every post.</source>
        <translation>Retirer %1 du champ %2 de chaque article.</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; key</source>
        <translation>%1&#xa0;: la clé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No file carries this term.</source>
        <translation>Aucun fichier ne contient ce terme.</translation>
    </message>
    <message>
        <source>Files that will change (only their %1 lines): %2</source>
        <translation>Fichiers qui seront modifiés (seulement leurs lignes %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>These files cannot be changed and will be left as they are:</source>
        <translation>Ces fichiers ne peuvent pas être modifiés et resteront tels quels&#xa0;:</translation>
    </message>
</context>
<context>
    <name>postwright::TermListModel</name>
    <message>
        <source>%1 — posts: %2</source>
        <translation>%1 — articles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>postwright::TextCodec</name>
    <message>
        <source>binary file (a NUL byte at byte offset %1): not a text post</source>
        <translation>fichier binaire (un octet NUL à la position %1)&#xa0;: ce n&apos;est pas un article texte</translation>
    </message>
    <message>
        <source>UTF-16 file has an odd number of bytes (%1): its last byte is cut off</source>
        <translation>le fichier UTF-16 a un nombre impair d&apos;octets (%1)&#xa0;: son dernier octet est tronqué</translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset %1 (an unpaired surrogate)</source>
        <translation>UTF-16 non valide à la position %1 (un demi-code d&apos;indirection isolé)</translation>
    </message>
    <message>
        <source>the file looks like %1 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM) to open it</source>
        <translation>le fichier semble être du texte %1 sans indicateur d&apos;ordre des octets (BOM)&#xa0;; enregistrez-le en UTF-8 (ou en UTF-16 avec BOM) pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (byte 0x%2); the file is not UTF-8 text</source>
        <translation>UTF-8 non valide à la position %1 (octet 0x%2)&#xa0;; le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8; the file is not UTF-8 text</source>
        <translation>UTF-8 non valide&#xa0;; le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
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
        <translation>Mixtes</translation>
    </message>
</context>
<context>
    <name>postwright::TextSearch</name>
    <message>
        <source>search gave up in this post: the pattern is too complex; simplify it</source>
        <translation>la recherche a été abandonnée dans cet article&#xa0;: le motif est trop complexe&#xa0;; simplifiez-le</translation>
    </message>
</context>
<context>
    <name>postwright::Value</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>multi-line text</source>
        <translation>texte multiligne</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>nested</source>
        <translation>imbriqué</translation>
    </message>
</context>
</TS>
