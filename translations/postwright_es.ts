<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy Site</source>
        <translation>Desplegar sitio</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>a folder, git:origin#gh-pages, rsync:me@host:/var/www or sftp://me@host/var/www</source>
        <translation>una carpeta, git:origin#gh-pages, rsync:me@host:/var/www o sftp://me@host/var/www</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>SFTP &amp;password:</source>
        <translation>Contra&amp;seña SFTP:</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: your SSH key or agent</source>
        <translation>se guarda en el llavero del sistema; vacío: su clave o agente SSH</translation>
    </message>
    <message>
        <source>SFTP password</source>
        <translation>Contraseña SFTP</translation>
    </message>
    <message>
        <source>&amp;Remove files an earlier deploy uploaded that the site no longer has</source>
        <translation>&amp;Eliminar los archivos subidos por un despliegue anterior que el sitio ya no tiene</translation>
    </message>
    <message>
        <source>What the deploy did</source>
        <translation>Lo que hizo el despliegue</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>List what would be uploaded and deleted; change nothing</source>
        <translation>Enumerar lo que se subiría y eliminaría, sin cambiar nada</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Desp&amp;legar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop after the file being sent; the site there stays whole</source>
        <translation>Detenerse tras el archivo que se está enviando; el sitio de destino queda completo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation>Exportar sitio</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>Carpeta de &amp;destino:</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>https://example.org/ (default: the site&apos;s configuration)</source>
        <translation>https://example.org/ (predeterminada: la de la configuración del sitio)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation>Incluir b&amp;orradores</translation>
    </message>
    <message>
        <source>Include posts dated in the &amp;future</source>
        <translation>Incluir entradas con fecha &amp;futura</translation>
    </message>
    <message>
        <source>&amp;Rebuild everything and remove stale files</source>
        <translation>Reconstruir &amp;todo y eliminar los archivos obsoletos</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Case &amp;sensitive</source>
        <translation>Mayúscula&amp;s</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Palabra completa</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Match count</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Reempla&amp;zar</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Reemplazar to&amp;do</translation>
    </message>
    <message>
        <source>Replace in All Posts…</source>
        <translation>Reemplazar en todas las entradas…</translation>
    </message>
    <message>
        <source>Replace in the body of every post of the site, with a preview of each change</source>
        <translation>Reemplazar en el cuerpo de cada entrada del sitio, con una vista previa de cada cambio</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Búsqueda interrumpida</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>My new post</source>
        <translation>Mi nueva entrada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separadas, por, comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>Page &amp;bundle (a folder for the post and its images)</source>
        <translation>&amp;Paquete de página (una carpeta para la entrada y sus imágenes)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>The post&apos;s file name. Leave it empty to make it from the title.</source>
        <translation>El nombre de archivo de la entrada. Déjelo vacío para crearlo a partir del título.</translation>
    </message>
</context>
<context>
    <name>PageTemplate</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>More posts</source>
        <translation>Más entradas</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Entrada más reciente:</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Entrada más antigua:</translation>
    </message>
    <message>
        <source>Related posts</source>
        <translation>Entradas relacionadas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>No site open</source>
        <translation>No hay ningún sitio abierto</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Nueva entrada…</translation>
    </message>
    <message>
        <source>Create a post in this site</source>
        <translation>Crear una entrada en este sitio</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Buscar en títulos y texto</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiquetas</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categorías</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtro de año</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Tags and categories</source>
        <translation>Etiquetas y categorías</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>Indexando %v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing the site</source>
        <translation>Detener la indexación del sitio</translation>
    </message>
    <message>
        <source>Site status</source>
        <translation>Estado del sitio</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Publish When Due</source>
        <translation>Publicar en su fecha</translation>
    </message>
    <message>
        <source>A post dated in the future is scheduled. When it is due, a timer of your user&apos;s systemd runs postwright-cli publish --due for this site: it publishes the posts that became due, and nothing else you changed.</source>
        <translation>Una entrada con fecha futura está programada. Cuando llega su fecha, un temporizador del systemd de su usuario ejecuta postwright-cli publish --due para este sitio: publica las entradas cuya fecha ha llegado, y nada más de lo que haya cambiado.</translation>
    </message>
    <message>
        <source>Scheduled posts</source>
        <translation>Entradas programadas</translation>
    </message>
    <message>
        <source>When a post is due, &amp;commit it and push (as Publish does)</source>
        <translation>Cuando llegue la fecha de una entrada, hacer &amp;commit y push (como Publicar)</translation>
    </message>
    <message>
        <source>Deploy the site (set a destination in Deploy first)</source>
        <translation>Desplegar el sitio (defina primero un destino en «Desplegar sitio»)</translation>
    </message>
    <message>
        <source>&amp;Publish when due</source>
        <translation>&amp;Publicar en su fecha</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Tipo de letra:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Tipo de letra del editor</translation>
    </message>
    <message>
        <source>The fixed-width font of the Markdown editor</source>
        <translation>El tipo de letra de ancho fijo del editor de Markdown</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Tamaño de letra del editor</translation>
    </message>
    <message>
        <source>The size of the editor font in points</source>
        <translation>El tamaño del tipo de letra del editor, en puntos</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autoguardado cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervalo de autoguardado</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved changes; 0 turns autosave off</source>
        <translation>Segundos entre copias de recuperación de los cambios sin guardar; 0 desactiva el autoguardado</translation>
    </message>
    <message>
        <source>&amp;Spell check:</source>
        <translation>&amp;Corrección ortográfica:</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Idioma de la corrección ortográfica</translation>
    </message>
    <message>
        <source>Off, the post&apos;s or site&apos;s language, or an installed dictionary used when the post and site name no language</source>
        <translation>Desactivada, el idioma de la entrada o del sitio, o un diccionario instalado que se usa cuando ni la entrada ni el sitio indican un idioma</translation>
    </message>
    <message>
        <source>Pasted &amp;images go:</source>
        <translation>Las &amp;imágenes pegadas van a:</translation>
    </message>
    <message>
        <source>Where pasted images go</source>
        <translation>Dónde se guardan las imágenes pegadas</translation>
    </message>
    <message>
        <source>The folder that pasted and dropped images are saved in</source>
        <translation>La carpeta en la que se guardan las imágenes pegadas y arrastradas</translation>
    </message>
    <message>
        <source>&amp;Custom folder:</source>
        <translation>Carpeta &amp;personalizada:</translation>
    </message>
    <message>
        <source>static/images</source>
        <translation>static/images</translation>
    </message>
    <message>
        <source>Custom image folder</source>
        <translation>Carpeta de imágenes personalizada</translation>
    </message>
    <message>
        <source>A folder relative to the site root for pasted images</source>
        <translation>Una carpeta, relativa a la raíz del sitio, para las imágenes pegadas</translation>
    </message>
    <message>
        <source>Appearance and preview</source>
        <translation>Apariencia y vista previa</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes the next time Postwright starts</source>
        <translation>El idioma de los menús y diálogos; cambia la próxima vez que se inicie Postwright</translation>
    </message>
    <message>
        <source>&amp;Window theme:</source>
        <translation>Tema de la &amp;ventana:</translation>
    </message>
    <message>
        <source>Window theme</source>
        <translation>Tema de la ventana</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the system</source>
        <translation>Ventanas claras u oscuras, o según el sistema</translation>
    </message>
    <message>
        <source>&amp;Preview theme:</source>
        <translation>Tema de la vista p&amp;revia:</translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation>Tema de la vista previa</translation>
    </message>
    <message>
        <source>Light or dark preview page, or as the system</source>
        <translation>Página de vista previa clara u oscura, o según el sistema</translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation>Contenido r&amp;emoto:</translation>
    </message>
    <message>
        <source>Remote content in the preview</source>
        <translation>Contenido remoto en la vista previa</translation>
    </message>
    <message>
        <source>Whether the preview loads images from the internet</source>
        <translation>Si la vista previa carga imágenes desde Internet</translation>
    </message>
    <message>
        <source>&amp;Hugo for the site theme:</source>
        <translation>&amp;Hugo para el tema del sitio:</translation>
    </message>
    <message>
        <source>hugo (found on the PATH)</source>
        <translation>hugo (encontrado en el PATH)</translation>
    </message>
    <message>
        <source>Hugo binary</source>
        <translation>Ejecutable de Hugo</translation>
    </message>
    <message>
        <source>The hugo that renders the Site theme preview: a path, or empty for the hugo on the PATH</source>
        <translation>El hugo que genera la vista previa con el tema del sitio: una ruta, o vacío para el hugo del PATH</translation>
    </message>
    <message>
        <source>Links to posts on Hugo sites</source>
        <translation>Enlaces a entradas en sitios Hugo</translation>
    </message>
    <message>
        <source>What Link to Post and the [ completion insert on a Hugo site: a relative link to the post&apos;s file, or a ref or relref shortcode</source>
        <translation>Lo que insertan «Enlace a entrada» y el autocompletado de [ en un sitio Hugo: un enlace relativo al archivo de la entrada, o un shortcode ref o relref</translation>
    </message>
    <message>
        <source>&amp;Toolbar buttons:</source>
        <translation>&amp;Botones de la barra de herramientas:</translation>
    </message>
    <message>
        <source>Toolbar buttons</source>
        <translation>Botones de la barra de herramientas</translation>
    </message>
    <message>
        <source>Whether the toolbar&apos;s buttons show icons, text, or both</source>
        <translation>Si los botones de la barra de herramientas muestran iconos, texto o ambos</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo concentración</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>Tipo &amp;de letra:</translation>
    </message>
    <message>
        <source>Focus mode font</source>
        <translation>Tipo de letra del modo concentración</translation>
    </message>
    <message>
        <source>The proportional font of the text in focus mode</source>
        <translation>El tipo de letra proporcional del texto en modo concentración</translation>
    </message>
    <message>
        <source>Focus mode font size</source>
        <translation>Tamaño del tipo de letra del modo concentración</translation>
    </message>
    <message>
        <source>The size of the focus mode font in points</source>
        <translation>El tamaño del tipo de letra del modo concentración, en puntos</translation>
    </message>
    <message>
        <source>T&amp;ypewriter scrolling: the line you write on stays in the middle</source>
        <translation>Despla&amp;zamiento de máquina de escribir: la línea en la que escribe queda en el centro</translation>
    </message>
    <message>
        <source>Typewriter scrolling</source>
        <translation>Desplazamiento de máquina de escribir</translation>
    </message>
    <message>
        <source>&amp;Dim all paragraphs but the one you write in</source>
        <translation>Ate&amp;nuar todos los párrafos salvo aquel en el que escribe</translation>
    </message>
    <message>
        <source>Dim other paragraphs</source>
        <translation>Atenuar los demás párrafos</translation>
    </message>
    <message>
        <source>Lin&amp;ks to posts (Hugo):</source>
        <translation>En&amp;laces a entradas (Hugo):</translation>
    </message>
</context>
<context>
    <name>SiteReplaceDialog</name>
    <message>
        <source>Replace in All Posts</source>
        <translation>Reemplazar en todas las entradas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Iniciar búsqueda</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Reemplazar por:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Palabra completa</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Only the text of the posts changes; their front matter stays as it is. Untick a file to leave it alone.</source>
        <translation>Solo cambia el texto de las entradas; sus metadatos quedan como están. Desmarque un archivo para no tocarlo.</translation>
    </message>
    <message>
        <source>Posts with matches</source>
        <translation>Entradas con coincidencias</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Vista previa de los cambios</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Case sensitive</source>
        <translation>Mayúscula&amp;s</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 no se inicia: %2</translation>
    </message>
    <message>
        <source>%1 version did not answer</source>
        <translation>%1 version no respondió</translation>
    </message>
    <message>
        <source>%1 is not hugo: %2</source>
        <translation>%1 no es hugo: %2</translation>
    </message>
    <message>
        <source>%1 gives no version: %2</source>
        <translation>%1 no indica ninguna versión: %2</translation>
    </message>
</context>
<context>
    <name>TermEditDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation>Archivos que cambiarán</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A blog editor for Hugo, Jekyll and Markdown folders.</source>
        <translation>Un editor de blogs para Hugo, Jekyll y carpetas de Markdown.</translation>
    </message>
    <message>
        <source>Open the bundled sample blog.</source>
        <translation>Abrir el blog de ejemplo incluido.</translation>
    </message>
    <message>
        <source>A post or a site folder to open.</source>
        <translation>Una entrada o una carpeta de sitio que abrir.</translation>
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
        <translation>git %1 se detuvo: no escribió nada durante %2 segundos</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>no se puede leer el índice de Git</translation>
    </message>
    <message>
        <source>cannot update the Git index</source>
        <translation>no se puede actualizar el índice de Git</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>no se puede escribir el índice de Git</translation>
    </message>
    <message>
        <source>cannot read the Git configuration</source>
        <translation>no se puede leer la configuración de Git</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s Git attributes</source>
        <translation>no se pueden leer los atributos de Git del archivo</translation>
    </message>
    <message>
        <source>Git stores this file through the filter &quot;%1&quot; (filter=%1 in .gitattributes), which publish cannot run: nothing was committed; commit it with git add and git commit</source>
        <translation>Git guarda este archivo mediante el filtro «%1» (filter=%1 en .gitattributes), que la publicación no puede ejecutar: no se hizo ningún commit; haga commit del archivo con git add y git commit</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>no se puede leer HEAD</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s files</source>
        <translation>no se pueden leer los archivos de HEAD</translation>
    </message>
    <message>
        <source>cannot store the file in Git</source>
        <translation>no se puede guardar el archivo en Git</translation>
    </message>
    <message>
        <source>cannot write the commit&apos;s files</source>
        <translation>no se pueden escribir los archivos del commit</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email (git config --global user.name ...)</source>
        <translation>¿quién hace el commit? Configure user.name y user.email (git config --global user.name ...)</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>no se puede hacer el commit</translation>
    </message>
    <message>
        <source>not a post: merge it with git</source>
        <translation>no es una entrada: fusiónelo con git</translation>
    </message>
    <message>
        <source>deleted on their side, changed on ours</source>
        <translation>eliminado en el lado de ellos, modificado en el nuestro</translation>
    </message>
    <message>
        <source>deleted on our side, changed on theirs</source>
        <translation>eliminado en nuestro lado, modificado en el de ellos</translation>
    </message>
    <message>
        <source>cannot read the merged commit</source>
        <translation>no se puede leer el commit fusionado</translation>
    </message>
    <message>
        <source>cannot compare the merge with HEAD</source>
        <translation>no se puede comparar la fusión con HEAD</translation>
    </message>
    <message>
        <source>your staged changes to %1 would be overwritten by the merge: commit or unstage them first (nothing was merged)</source>
        <translation>la fusión sobrescribiría sus cambios preparados en %1: haga commit de ellos o quítelos del área de preparación primero (no se fusionó nada)</translation>
    </message>
    <message>
        <source>cannot update the working folder (commit or undo your other changes first)</source>
        <translation>no se puede actualizar la carpeta de trabajo (haga commit de sus otros cambios o deshágalos primero)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>no se puede leer la rama actual</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>no se puede mover la rama</translation>
    </message>
    <message>
        <source>cannot write the merged files</source>
        <translation>no se pueden escribir los archivos fusionados</translation>
    </message>
    <message>
        <source>who commits? Set user.name and user.email</source>
        <translation>¿quién hace el commit? Configure user.name y user.email</translation>
    </message>
    <message>
        <source>cannot commit the merge</source>
        <translation>no se puede hacer el commit de la fusión</translation>
    </message>
    <message>
        <source>nothing is committed yet</source>
        <translation>todavía no hay ningún commit</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>fast-forward to %1</source>
        <translation>avance rápido a %1</translation>
    </message>
    <message>
        <source>cannot merge %1</source>
        <translation>no se puede fusionar %1</translation>
    </message>
    <message>
        <source>unknown Git error</source>
        <translation>error de Git desconocido</translation>
    </message>
    <message>
        <source>not a file in the Git repository at %1</source>
        <translation>no es un archivo del repositorio Git en %1</translation>
    </message>
    <message>
        <source>cannot read the Git history</source>
        <translation>no se puede leer el historial de Git</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>no se puede leer el commit %1</translation>
    </message>
    <message>
        <source>%1 (%2 version)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot add the nested key &quot;%1&quot; to this front matter</source>
        <translation>no se puede añadir la clave anidada «%1» a estos metadatos</translation>
    </message>
    <message>
        <source>cannot merge the key &quot;%1&quot;: %2</source>
        <translation>no se puede fusionar la clave «%1»: %2</translation>
    </message>
    <message>
        <source>merging the front matter would change the key &quot;%1&quot;</source>
        <translation>fusionar los metadatos cambiaría la clave «%1»</translation>
    </message>
    <message>
        <source>our</source>
        <translation>nuestra versión</translation>
    </message>
    <message>
        <source>the common</source>
        <translation>versión común</translation>
    </message>
    <message>
        <source>their</source>
        <translation>versión de ellos</translation>
    </message>
    <message>
        <source>conflict markers from a merge (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;): choose what the post says and remove them</source>
        <translation>marcadores de conflicto de una fusión (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;): decida qué dice la entrada y elimínelos</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>a Git destination is git:REMOTE#BRANCH, for example git:origin#gh-pages</source>
        <translation>un destino Git se escribe git:REMOTO#RAMA, por ejemplo git:origin#gh-pages</translation>
    </message>
    <message>
        <source>an rsync destination is rsync:[USER@]HOST:PATH, for example rsync:me@example.org:/var/www/blog</source>
        <translation>un destino rsync se escribe rsync:[USUARIO@]HOST:RUTA, por ejemplo rsync:me@example.org:/var/www/blog</translation>
    </message>
    <message>
        <source>an SFTP destination is sftp://[USER@]HOST[:PORT]/PATH</source>
        <translation>un destino SFTP se escribe sftp://[USUARIO@]HOST[:PUERTO]/RUTA</translation>
    </message>
    <message>
        <source>no password in the address: the system keychain or $POSTWRIGHT_SFTP_PASSWORD holds it</source>
        <translation>sin contraseña en la dirección: la guarda el llavero del sistema o $POSTWRIGHT_SFTP_PASSWORD</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>no se puede leer el archivo exportado: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot put the file in place: %1</source>
        <translation>no se puede colocar el archivo en su sitio: %1</translation>
    </message>
    <message>
        <source>cannot open the deploy&apos;s repository</source>
        <translation>no se puede abrir el repositorio del despliegue</translation>
    </message>
    <message>
        <source>cannot create the deploy&apos;s repository</source>
        <translation>no se puede crear el repositorio del despliegue</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>no se puede construir el commit</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>no se pueden leer los archivos de la rama</translation>
    </message>
    <message>
        <source>cannot store the file in the deploy&apos;s repository</source>
        <translation>no se puede guardar el archivo en el repositorio del despliegue</translation>
    </message>
    <message>
        <source>cannot add the file to the commit</source>
        <translation>no se puede añadir el archivo al commit</translation>
    </message>
    <message>
        <source>the destination is a file, not a folder</source>
        <translation>el destino es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>canceled: nothing was deployed</source>
        <translation>cancelado: no se desplegó nada</translation>
    </message>
    <message>
        <source>Deploy %1: %2 file(s) uploaded, %3 deleted

Made by postwright-cli deploy from the site&apos;s export.
</source>
        <translation>Despliegue %1: %2 archivo(s) subido(s), %3 eliminado(s)

Creado por postwright-cli deploy a partir de la exportación del sitio.
</translation>
    </message>
    <message>
        <source>fetching %1 from %2</source>
        <translation>obteniendo %1 de %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>pushing %1 to %2</source>
        <translation>enviando (push) %1 a %2</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <source>another deploy of this site to %1 is running</source>
        <translation>ya hay otro despliegue de este sitio a %1 en curso</translation>
    </message>
    <message>
        <source>exporting the site</source>
        <translation>exportando el sitio</translation>
    </message>
    <message>
        <source>git %1 was canceled</source>
        <translation>git %1 se canceló</translation>
    </message>
    <message>
        <source>already in the Git repository at %1</source>
        <translation>ya está en el repositorio Git de %1</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>cannot make a Git repository</source>
        <translation>no se puede crear un repositorio Git</translation>
    </message>
    <message>
        <source>%1 is not in commit %2</source>
        <translation>%1 no está en el commit %2</translation>
    </message>
    <message>
        <source>the merged text moved: merge this part again</source>
        <translation>el texto fusionado se ha movido: vuelva a fusionar esta parte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested key: choose Edit and write it in the post</source>
        <translation>«%1» es una clave anidada: elija Editar y escríbala en la entrada</translation>
    </message>
    <message>
        <source>the post changed since the merge view opened: open it again</source>
        <translation>la entrada ha cambiado desde que se abrió la vista de fusión: vuelva a abrirla</translation>
    </message>
    <message>
        <source>cannot read the merged post</source>
        <translation>no se puede leer la entrada fusionada</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed</source>
        <translation>
            <numerusform>publicación detenida: %n archivo cambió en ambos lados; no se fusionó nada ni se modificó ningún archivo</numerusform>
            <numerusform>publicación detenida: %n archivos cambiaron en ambos lados; no se fusionó nada ni se modificó ningún archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 más)</translation>
    </message>
    <message>
        <source>nothing is due: no post is scheduled</source>
        <translation>nada que publicar: no hay ninguna entrada programada</translation>
    </message>
    <message>
        <source>nothing is due: the next post, &quot;%1&quot; (%2), is due at %3</source>
        <translation>nada que publicar todavía: la próxima entrada, «%1» (%2), llega a su fecha el %3</translation>
    </message>
    <message>
        <source>due: &quot;%1&quot; (%2), at %3</source>
        <translation>ha llegado su fecha: «%1» (%2), el %3</translation>
    </message>
    <message>
        <source>a path with a line break cannot be named in a systemd unit</source>
        <translation>una ruta con un salto de línea no se puede indicar en una unidad de systemd</translation>
    </message>
    <message>
        <source>cannot remove the timer&apos;s file</source>
        <translation>no se puede eliminar el archivo del temporizador</translation>
    </message>
    <message>
        <source>systemctl did not answer</source>
        <translation>systemctl no respondió</translation>
    </message>
    <message>
        <source>there is no systemctl command: this system does not run systemd</source>
        <translation>no existe el comando systemctl: este sistema no usa systemd</translation>
    </message>
    <message>
        <source>systemctl --user cannot reach a user service manager (it says &quot;%1&quot;)</source>
        <translation>systemctl --user no puede contactar con un gestor de servicios de usuario (dice «%1»)</translation>
    </message>
    <message>
        <source>systemctl --user %1 failed: %2</source>
        <translation>systemctl --user %1 falló: %2</translation>
    </message>
    <message>
        <source>the destination cannot take the site: %1</source>
        <translation>el destino no puede recibir el sitio: %1</translation>
    </message>
</context>
<context>
    <name>postwright::AboutDialog</name>
    <message>
        <source>About Postwright</source>
        <translation>Acerca de Postwright</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>Versión, licencia y bibliotecas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;A desktop blog editor for Hugo, Jekyll and folders of Markdown posts.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and Qt WebEngine.&lt;/p&gt;&lt;p&gt;Libraries: cmark-gfm (Markdown), yaml-cpp and toml++ (front matter), Hunspell (spelling), KaTeX (math), Noto Color Emoji.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Postwright %1&lt;/h2&gt;&lt;p&gt;Un editor de blogs de escritorio para Hugo, Jekyll y carpetas de entradas en Markdown.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (en ejecución con Qt %3) y Qt WebEngine.&lt;/p&gt;&lt;p&gt;Bibliotecas: cmark-gfm (Markdown), yaml-cpp y toml++ (metadatos), Hunspell (ortografía), KaTeX (matemáticas), Noto Color Emoji.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>postwright::BulkEditProgress</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop changing posts</source>
        <translation>Dejar de modificar las entradas</translation>
    </message>
    <message>
        <source>Stop after the post being written: every post stays whole, and Undo takes back what was done</source>
        <translation>Detenerse tras la entrada que se está escribiendo: cada entrada queda completa y Deshacer revierte lo que se hizo</translation>
    </message>
    <message>
        <source>Posts written</source>
        <translation>Entradas escritas</translation>
    </message>
</context>
<context>
    <name>postwright::CheatSheetDialog</name>
    <message>
        <source>Markdown and Front-Matter Cheat Sheet</source>
        <translation>Referencia rápida de Markdown y metadatos</translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation>Referencia rápida</translation>
    </message>
    <message>
        <source>Markdown syntax and front-matter basics</source>
        <translation>Sintaxis de Markdown y nociones básicas de los metadatos (front matter)</translation>
    </message>
</context>
<context>
    <name>postwright::ChipEditor</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>postwright::CiScheduleDialog</name>
    <message>
        <source>Publish Scheduled Posts with CI</source>
        <translation>Publicar las entradas programadas con CI</translation>
    </message>
    <message>
        <source>Your host can publish scheduled posts: a job that builds the site every hour shows each post once its date has passed (the generator leaves it out until then). Publish the posts as usual; save this workflow in the repository.</source>
        <translation>Su proveedor de alojamiento puede publicar las entradas programadas: una tarea que genera el sitio cada hora muestra cada entrada en cuanto ha pasado su fecha (hasta entonces el generador la omite). Publique las entradas como de costumbre; guarde este flujo de trabajo en el repositorio.</translation>
    </message>
    <message>
        <source>CI service</source>
        <translation>Servicio de CI</translation>
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
        <translation>Guardar como %1:</translation>
    </message>
    <message>
        <source>Workflow for %1</source>
        <translation>Flujo de trabajo para %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>postwright::CompareDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation>Comparar con el archivo del disco</translation>
    </message>
    <message>
        <source>These versions differ too much to compare line by line: everything between the first and the last difference is one change.</source>
        <translation>Estas versiones difieren demasiado para compararlas línea por línea: todo lo que hay entre la primera y la última diferencia es un solo cambio.</translation>
    </message>
    <message>
        <source>Large changes are shown by lines, without highlighting the changed words.</source>
        <translation>Los cambios grandes se muestran por líneas, sin resaltar las palabras cambiadas.</translation>
    </message>
    <message>
        <source>&amp;Mine (unsaved)</source>
        <translation>&amp;Mi versión (sin guardar)</translation>
    </message>
    <message>
        <source>On &amp;disk</source>
        <translation>En el &amp;disco</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Cambio an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Usar la del disco</translation>
    </message>
    <message>
        <source>All T&amp;heirs</source>
        <translation>Todo del d&amp;isco</translation>
    </message>
    <message>
        <source>A&amp;ll Mine</source>
        <translation>T&amp;odo mío</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Puts the merged text into the editor; the post stays unsaved.</source>
        <translation>Pone el texto fusionado en el editor; la entrada queda sin guardar.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambio %1 de %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
</context>
<context>
    <name>postwright::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>No site is open</source>
        <translation>No hay ningún sitio abierto</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicadas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Scheduled (%1)</source>
        <translation>Programadas (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>se publica el %1</translation>
    </message>
    <message>
        <source>No post is dated in the future.</source>
        <translation>Ninguna entrada tiene fecha futura.</translation>
    </message>
    <message>
        <source>Latest drafts</source>
        <translation>Últimos borradores</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado el %1</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>No hay borradores.</translation>
    </message>
    <message>
        <source>Posts with problems (%1)</source>
        <translation>Entradas con problemas (%1)</translation>
    </message>
    <message>
        <source>The doctor is reading the posts…</source>
        <translation>El doctor está leyendo las entradas…</translation>
    </message>
    <message>
        <source>The doctor finds no error.</source>
        <translation>El doctor no encuentra ningún error.</translation>
    </message>
    <message>
        <source>Posts with errors not shown: %1 (postwright-cli check lists them all).</source>
        <translation>Entradas con errores no mostradas: %1 (postwright-cli check las enumera todas).</translation>
    </message>
    <message>
        <source>Posts with advice only (warnings): %1. The doctor shows it when you open one.</source>
        <translation>Entradas solo con consejos (advertencias): %1. El doctor los muestra cuando abre una.</translation>
    </message>
    <message>
        <source>Tags with one post (%1)</source>
        <translation>Etiquetas con una sola entrada (%1)</translation>
    </message>
    <message>
        <source>only on &quot;%1&quot;</source>
        <translation>solo en «%1»</translation>
    </message>
    <message>
        <source>Every tag is on more than one post.</source>
        <translation>Cada etiqueta está en más de una entrada.</translation>
    </message>
</context>
<context>
    <name>postwright::Deploy</name>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>no se puede leer el archivo exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be exported: nothing was deployed</source>
        <translation>
            <numerusform>%n página no se pudo exportar: no se desplegó nada</numerusform>
            <numerusform>%n páginas no se pudieron exportar: no se desplegó nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uploading %n new file(s)</source>
        <translation>
            <numerusform>subiendo %n archivo nuevo</numerusform>
            <numerusform>subiendo %n archivos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replacing %n changed file(s)</source>
        <translation>
            <numerusform>reemplazando %n archivo modificado</numerusform>
            <numerusform>reemplazando %n archivos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n stale file(s)</source>
        <translation>
            <numerusform>eliminando %n archivo obsoleto</numerusform>
            <numerusform>eliminando %n archivos obsoletos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployDialog</name>
    <message>
        <source>Deploy Site — %1</source>
        <translation>Desplegar sitio — %1</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Comprobando qué cambiaría…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Desplegando…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Nothing was deployed: %1</source>
        <translation>No se desplegó nada: %1</translation>
    </message>
    <message>
        <source>The deploy stopped: %1
The destination still has the earlier site whole; deploy again to finish.</source>
        <translation>El despliegue se detuvo: %1
El destino sigue teniendo el sitio anterior completo; vuelva a desplegar para terminar.</translation>
    </message>
    <message>
        <source>would upload</source>
        <translation>se subiría</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>would delete: %1</source>
        <translation>se eliminaría: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>eliminado: %1</translation>
    </message>
    <message>
        <source>Preview: nothing was changed. </source>
        <translation>Vista previa: no se cambió nada. </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n archivo subido</numerusform>
            <numerusform>%n archivos subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) left in place.</source>
        <translation>
            <numerusform>%n archivo obsoleto se dejó en su sitio.</numerusform>
            <numerusform>%n archivos obsoletos se dejaron en su sitio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployRecord</name>
    <message>
        <source>cannot write the deploy record: %1</source>
        <translation>no se puede escribir el registro del despliegue: %1</translation>
    </message>
</context>
<context>
    <name>postwright::DeployTarget</name>
    <message>
        <source>no destination given</source>
        <translation>no se indicó ningún destino</translation>
    </message>
</context>
<context>
    <name>postwright::DeployUploader</name>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>postwright::DueTimerUpdate</name>
    <message>
        <source>timer: the next run is at %1 (%2.timer)</source>
        <translation>temporizador: la próxima ejecución es el %1 (%2.timer)</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled any more; %1.timer is removed</source>
        <translation>temporizador: ya no hay nada programado; %1.timer se ha eliminado</translation>
    </message>
    <message>
        <source>timer: nothing is scheduled; no timer is set</source>
        <translation>temporizador: no hay nada programado; no hay ningún temporizador configurado</translation>
    </message>
    <message>
        <source>timer: the unit files are written, but systemd was not told: %1</source>
        <translation>temporizador: los archivos de unidad están escritos, pero no se avisó a systemd: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ExportActions</name>
    <message>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <source>Open or save a post first.</source>
        <translation>Abra o guarde primero una entrada.</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Archivos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>The post could not be exported:
%1</source>
        <translation>No se pudo exportar la entrada:
%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the post as one self-contained HTML file</source>
        <translation>Guardar la entrada como un único archivo HTML autónomo</translation>
    </message>
    <message>
        <source>Export Sit&amp;e…</source>
        <translation>Exportar s&amp;itio…</translation>
    </message>
    <message>
        <source>Publish the whole blog as a static site</source>
        <translation>Publicar todo el blog como un sitio estático</translation>
    </message>
    <message>
        <source>Export Site</source>
        <translation>Exportar sitio</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Abra primero un sitio.</translation>
    </message>
    <message>
        <source>&amp;Deploy Site…</source>
        <translation>&amp;Desplegar sitio…</translation>
    </message>
    <message>
        <source>Upload what changed since the last deploy: a folder, a Git branch, rsync or SFTP</source>
        <translation>Subir lo que cambió desde el último despliegue: a una carpeta, una rama Git, por rsync o SFTP</translation>
    </message>
    <message>
        <source>Deploy Site</source>
        <translation>Desplegar sitio</translation>
    </message>
</context>
<context>
    <name>postwright::ExportDialog</name>
    <message>
        <source>Export Site — %1</source>
        <translation>Exportar sitio — %1</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n página escrita</numerusform>
            <numerusform>%n páginas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied</source>
        <translation>
            <numerusform>%n archivo copiado</numerusform>
            <numerusform>%n archivos copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n página fallida</numerusform>
            <numerusform>%n páginas fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s.</source>
        <translation>%1 s.</translation>
    </message>
    <message>
        <source>Export canceled. The folder is as the previous export left it.</source>
        <translation>Exportación cancelada. La carpeta queda como la dejó la exportación anterior.</translation>
    </message>
</context>
<context>
    <name>postwright::ExportSettings</name>
    <message>
        <source>not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <source>a query or fragment (? or #), which every absolute link would carry</source>
        <translation>una consulta o un fragmento (? o #), que llevaría cada enlace absoluto</translation>
    </message>
</context>
<context>
    <name>postwright::ExportTemplates</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>not a valid Mustache template: %1</source>
        <translation>no es una plantilla Mustache válida: %1</translation>
    </message>
    <message>
        <source>← Newer</source>
        <translation>← Más recientes</translation>
    </message>
    <message>
        <source>Older →</source>
        <translation>Más antiguas →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
</context>
<context>
    <name>postwright::Exporter</name>
    <message>
        <source>Liquid tag</source>
        <translation>Etiqueta de Liquid</translation>
    </message>
    <message>
        <source>Hugo shortcode</source>
        <translation>Shortcode de Hugo</translation>
    </message>
    <message>
        <source>Liquid or Hugo template tag</source>
        <translation>Etiqueta de plantilla de Liquid o Hugo</translation>
    </message>
    <message>
        <source>%1 left as text (Postwright does not run templates): %2</source>
        <translation>%1 se deja como texto (Postwright no ejecuta plantillas): %2</translation>
    </message>
    <message>
        <source>a script link (%1) is written as &quot;#&quot;</source>
        <translation>un enlace a un script (%1) se escribe como &quot;#&quot;</translation>
    </message>
    <message>
        <source>%1 is outside the site: not read</source>
        <translation>%1 está fuera del sitio: no se lee</translation>
    </message>
    <message>
        <source>missing image: %1</source>
        <translation>falta la imagen: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be copied</source>
        <translation>la entrada contiene matemáticas, pero no se pudo copiar KaTeX</translation>
    </message>
    <message>
        <source>the page template does not render</source>
        <translation>la plantilla de página no se puede renderizar</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>unsafe parts of the URL removed: %1</source>
        <translation>se eliminaron partes no seguras de la URL: %1</translation>
    </message>
    <message>
        <source>%1 is already the page of %2: not written</source>
        <translation>%1 ya es la página de %2: no se escribe</translation>
    </message>
    <message>
        <source>%1 would be outside the output folder: not written</source>
        <translation>%1 quedaría fuera de la carpeta de salida: no se escribe</translation>
    </message>
    <message>
        <source>%1 is outside the site: not copied</source>
        <translation>%1 está fuera del sitio: no se copia</translation>
    </message>
    <message>
        <source>links to %1, which is not published</source>
        <translation>enlaza a %1, que no está publicado</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX is not installed</source>
        <translation>la entrada contiene matemáticas, pero KaTeX no está instalado</translation>
    </message>
    <message>
        <source>%1 and %2 would both be copied to %3</source>
        <translation>%1 y %2 se copiarían ambos en %3</translation>
    </message>
    <message>
        <source>no output folder</source>
        <translation>no hay carpeta de salida</translation>
    </message>
    <message>
        <source>the output folder must not be the site or contain it</source>
        <translation>la carpeta de salida no debe ser el sitio ni contenerlo</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>no se puede crear la carpeta de salida</translation>
    </message>
    <message>
        <source>the template folder is outside the site</source>
        <translation>la carpeta de plantillas está fuera del sitio</translation>
    </message>
    <message>
        <source>the post has math, but KaTeX could not be read</source>
        <translation>la entrada contiene matemáticas, pero no se pudo leer KaTeX</translation>
    </message>
    <message>
        <source>leads outside the output folder (through a symbolic link): not removed</source>
        <translation>sale de la carpeta de salida (a través de un enlace simbólico): no se elimina</translation>
    </message>
    <message>
        <source>the HTML file would replace the post itself</source>
        <translation>el archivo HTML reemplazaría la propia entrada</translation>
    </message>
    <message>
        <source>the HTML file would replace %1, which the post shows</source>
        <translation>el archivo HTML reemplazaría %1, que la entrada muestra</translation>
    </message>
    <message>
        <source>the output folder must not be inside %1, which the export reads</source>
        <translation>la carpeta de salida no debe estar dentro de %1, que la exportación lee</translation>
    </message>
    <message>
        <source>no base URL (--base-url, or baseURL/url in the site&apos;s config): the feed and the sitemap link to the pages without the site&apos;s address</source>
        <translation>sin URL base (--base-url, o baseURL/url en la configuración del sitio): el feed y el mapa del sitio enlazan las páginas sin la dirección del sitio</translation>
    </message>
    <message>
        <source>%1 is not written: %2</source>
        <translation>%1 no se escribe: %2</translation>
    </message>
    <message>
        <source>outside the output folder</source>
        <translation>fuera de la carpeta de salida</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads out of the output folder</source>
        <translation>%1 es un enlace simbólico que sale de la carpeta de salida</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>%1 is not copied: %2</source>
        <translation>%1 no se copia: %2</translation>
    </message>
    <message>
        <source>links to %1, which does not exist</source>
        <translation>enlaza a %1, que no existe</translation>
    </message>
    <message>
        <source>%1 removed: a post may not redirect its page or set its headers (a redirect belongs in the front matter&apos;s aliases)</source>
        <translation>%1 eliminado: una entrada no puede redirigir su página ni fijar sus cabeceras (una redirección va en los aliases de los metadatos)</translation>
    </message>
    <message>
        <source>the home page</source>
        <translation>la página de inicio</translation>
    </message>
    <message>
        <source>the feed</source>
        <translation>el feed</translation>
    </message>
    <message>
        <source>the sitemap</source>
        <translation>el mapa del sitio (sitemap)</translation>
    </message>
    <message>
        <source>the stylesheet</source>
        <translation>la hoja de estilo</translation>
    </message>
    <message>
        <source>the export&apos;s manifest</source>
        <translation>el manifiesto de la exportación</translation>
    </message>
    <message>
        <source>KaTeX</source>
        <translation>KaTeX</translation>
    </message>
    <message>
        <source>the home page&apos;s further pages</source>
        <translation>las páginas siguientes de la página de inicio</translation>
    </message>
    <message>
        <source>the %1 pages</source>
        <translation>las páginas de %1</translation>
    </message>
    <message>
        <source>a version control folder</source>
        <translation>una carpeta de control de versiones</translation>
    </message>
    <message>
        <source>a hidden file or folder</source>
        <translation>un archivo o una carpeta oculta</translation>
    </message>
    <message>
        <source>the site&apos;s configuration</source>
        <translation>la configuración del sitio</translation>
    </message>
    <message>
        <source>in the site&apos;s %1/ folder</source>
        <translation>en la carpeta %1/ del sitio</translation>
    </message>
    <message>
        <source>not a page resource, and not in static/ or assets/</source>
        <translation>no es un recurso de la página ni está en static/ o assets/</translation>
    </message>
    <message>
        <source>not in a folder Jekyll publishes</source>
        <translation>no está en una carpeta que Jekyll publique</translation>
    </message>
    <message>
        <source>not an image, media or document file beside the post</source>
        <translation>no es un archivo de imagen, multimedia o documento junto a la entrada</translation>
    </message>
    <message>
        <source>outside the site</source>
        <translation>fuera del sitio</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site</source>
        <translation>un enlace simbólico que sale del sitio</translation>
    </message>
    <message>
        <source>a symbolic link to %1: %2</source>
        <translation>un enlace simbólico a %1: %2</translation>
    </message>
    <message>
        <source>%1 is already %2: not written</source>
        <translation>%1 ya es %2: no se escribe</translation>
    </message>
    <message>
        <source>%1 is already the copy of %2: not written</source>
        <translation>%1 ya es la copia de %2: no se escribe</translation>
    </message>
    <message>
        <source>cannot make the folder: %1</source>
        <translation>no se puede crear la carpeta: %1</translation>
    </message>
    <message>
        <source>changed since the export wrote it (by hand?): not removed</source>
        <translation>cambiado desde que la exportación lo escribió (¿a mano?): no se elimina</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>no se puede copiar %1 a %2: %3</translation>
    </message>
    <message>
        <source>%1; the export stopped and the previous export is left as it was</source>
        <translation>%1; la exportación se detuvo y la exportación anterior queda como estaba</translation>
    </message>
    <message>
        <source>the %1 term &quot;%2&quot;: its page %3 would be where %4 is: not written</source>
        <translation>el término de %1 &quot;%2&quot;: su página %3 estaría donde está %4: no se escribe</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: no such page (hugo stops the build here)</source>
        <translation>%1 «%2»: no existe esa página (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>param &quot;%1&quot;: neither the page nor the site has it (hugo stops the build here)</source>
        <translation>param «%1»: ni la página ni el sitio tienen este parámetro (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>shortcode %1: %2</source>
        <translation>shortcode %1: %2</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; is the site&apos;s own template, which only hugo runs: shown as a box (used in %2)</source>
        <translation>el shortcode «%1» es una plantilla propia del sitio, que solo hugo ejecuta: se muestra como un recuadro (usado en %2)</translation>
    </message>
    <message>
        <source>shortcode &quot;%1&quot; has no template (%2 or a theme&apos;s): hugo stops the build; shown as a box (used in %3)</source>
        <translation>el shortcode «%1» no tiene plantilla (ni %2 ni la de un tema): hugo detiene la generación; se muestra como un recuadro (usado en %3)</translation>
    </message>
    <message>
        <source>not a page asset, and not in static/</source>
        <translation>no es un archivo asociado a la página ni está en static/</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>no se encontró el destino del enlace: %1</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2 is outside the site: its files are not read</source>
        <translation>el montaje (mount) de %1 en %2 está fuera del sitio: sus archivos no se leen</translation>
    </message>
    <message>
        <source>the mount of %1 onto %2: includeFiles, excludeFiles and lang are not followed</source>
        <translation>el montaje (mount) de %1 en %2: includeFiles, excludeFiles y lang no se tienen en cuenta</translation>
    </message>
    <message>
        <source>module imports are not followed: files of imported modules are not found</source>
        <translation>las importaciones de módulos no se siguen: no se encuentran los archivos de los módulos importados</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: more than one page has this name; refer to the page by its path (hugo stops the build here)</source>
        <translation>%1 «%2»: varias páginas tienen este nombre; indique la página por su ruta (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>shortcode: %1; shown as text (hugo stops the build here)</source>
        <translation>shortcode: %1; se muestra como texto (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>shortcode %1: %2; shown as text (hugo stops the build here)</source>
        <translation>shortcode %1: %2; se muestra como texto (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 is a draft, in the future or expired, and not published (hugo stops the build here)</source>
        <translation>%1 «%2»: %3 es un borrador, tiene fecha futura o ha caducado, y no se publica (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>shortcode %1: %2 (hugo stops the build here)</source>
        <translation>shortcode %1: %2 (hugo detiene la generación aquí)</translation>
    </message>
    <message>
        <source>the section %1: its page %2 would be where %3 is: not written</source>
        <translation>la sección %1: su página %2 estaría donde está %3: no se escribe</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 says _build publishResources: false</source>
        <translation>%1 no se copia: %2 indica _build publishResources: false</translation>
    </message>
    <message>
        <source>the home page is a draft, in the future or expired: hugo publishes no page of the site, nor does the export</source>
        <translation>la página de inicio es un borrador, tiene fecha futura o ha caducado: hugo no publica ninguna página del sitio, y la exportación tampoco</translation>
    </message>
    <message>
        <source>the script of the copy buttons</source>
        <translation>el script de los botones de copiar</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 is not published (a draft, in the future or expired)</source>
        <translation>%1 no se copia: %2 no se publica (es un borrador, tiene fecha futura o ha caducado)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>the languages&apos; own content folders (languages.*.contentDir) are exported as one site, not one per language as hugo builds them: a page&apos;s URL has its folder in it (/en/posts/a/), and the lists mix the languages</source>
        <translation>las carpetas de contenido propias de los idiomas (languages.*.contentDir) se exportan como un solo sitio, no uno por idioma como los construye hugo: la URL de una página incluye su carpeta (/en/posts/a/) y las listas mezclan los idiomas</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a feed&apos;s title: a list&apos;s title, the site&apos;s title</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Recent posts in %1 on %2</source>
        <comment>a feed&apos;s description: a list&apos;s title, the site&apos;s title</comment>
        <translation>Entradas recientes en %1 de %2</translation>
    </message>
    <message>
        <source>the feed of %1</source>
        <translation>el feed de %1</translation>
    </message>
    <message>
        <source>%1; the export stopped after putting %2 of its %3 files in place: the others are as the previous export left them</source>
        <translation>%1; la exportación se detuvo tras colocar %2 de sus %3 archivos: los demás están como los dejó la exportación anterior</translation>
    </message>
    <message>
        <source>cannot keep the previous file until the export is in place: %1</source>
        <translation>no se puede conservar el archivo anterior hasta que la exportación esté en su sitio: %1</translation>
    </message>
    <message>
        <source>its template renders nothing or stops (a value used as a partial that does not parse, or partials nested too deep): not written</source>
        <translation>su plantilla no produce nada o se detiene (un valor usado como parcial no se puede leer, o hay parciales anidados demasiado hondo): no se escribe</translation>
    </message>
</context>
<context>
    <name>postwright::Files</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>changes all the time while it is read: left alone</source>
        <translation>cambia sin parar mientras se lee: se deja como está</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist: not written</source>
        <translation>es un enlace simbólico a %1, que no existe: no se escribe</translation>
    </message>
    <message>
        <source>is a symbolic link (to %1): a new file is not created through it</source>
        <translation>es un enlace simbólico (a %1): no se crea un archivo nuevo a través de él</translation>
    </message>
    <message>
        <source>already exists: not replaced</source>
        <translation>ya existe: no se reemplaza</translation>
    </message>
    <message>
        <source>is a folder, not a file: not written</source>
        <translation>es una carpeta, no un archivo: no se escribe</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket): not written</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket): no se escribe</translation>
    </message>
    <message>
        <source>is read-only (mode %1): not written</source>
        <translation>es de solo lectura (modo %1): no se escribe</translation>
    </message>
    <message numerus="yes">
        <source>has %n names (hard links); saving would split them, giving only this name the new text: not written</source>
        <translation>
            <numerusform>tiene %n nombre (enlaces duros); guardar los separaría y solo este nombre tendría el texto nuevo: no se escribe</numerusform>
            <numerusform>tiene %n nombres (enlaces duros); guardar los separaría y solo este nombre tendría el texto nuevo: no se escribe</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>no se puede crear el archivo: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>eliminado durante el cambio: sigue eliminado</translation>
    </message>
    <message>
        <source>changed during the change: left as it is now</source>
        <translation>cambiado por otro programa durante el cambio: se deja como está ahora</translation>
    </message>
    <message>
        <source>cannot move it to %1</source>
        <translation>no se puede mover a %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>postwright::FindBar</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Patrón no válido</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match selected of all matches</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>postwright::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Solución: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>postwright::FocusMode</name>
    <message>
        <source>Fo&amp;cus</source>
        <translation>Modo c&amp;oncentración</translation>
    </message>
    <message>
        <source>Write without distractions: only the text, full screen (Esc leaves)</source>
        <translation>Escribir sin distracciones: solo el texto, a pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>&amp;Desplazamiento de máquina de escribir</translation>
    </message>
    <message>
        <source>In focus mode, the line you write on stays in the middle of the screen</source>
        <translation>En modo concentración, la línea en la que escribe queda en el centro de la pantalla</translation>
    </message>
    <message>
        <source>Dim Oth&amp;er Paragraphs</source>
        <translation>Aten&amp;uar los demás párrafos</translation>
    </message>
    <message>
        <source>In focus mode, all paragraphs but the one you write in are dimmed</source>
        <translation>En modo concentración, todos los párrafos salvo aquel en el que escribe se atenúan</translation>
    </message>
</context>
<context>
    <name>postwright::FolderUploader</name>
    <message>
        <source>cannot remove the file</source>
        <translation>no se puede eliminar el archivo</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatter</name>
    <message>
        <source>front matter: the block is %1 MB, more than the %2 MB that is read; it is kept as text, unchanged</source>
        <translation>metadatos: el bloque ocupa %1 MB, más de los %2 MB que se leen; se conserva como texto, sin cambios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no front matter</source>
        <translation>sin metadatos</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: the key is missing afterwards</source>
        <translation>falló la escritura de «%1»: la clave no está presente después</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written as this value in this front matter format</source>
        <translation>«%1» no se puede escribir con este valor en este formato de metadatos</translation>
    </message>
    <message>
        <source>a front-matter key cannot be empty</source>
        <translation>una clave de los metadatos no puede estar vacía</translation>
    </message>
    <message>
        <source>nested values cannot be set</source>
        <translation>no se pueden establecer valores anidados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested value and cannot be edited here</source>
        <translation>«%1» es un valor anidado y no se puede editar aquí</translation>
    </message>
    <message>
        <source>JSON front matter must be an object</source>
        <translation>los metadatos JSON deben ser un objeto</translation>
    </message>
    <message>
        <source>front matter is nested too deeply (%1 levels)</source>
        <translation>los metadatos están anidados a demasiada profundidad (%1 niveles)</translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>los metadatos deben ser una lista de líneas &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a key name</source>
        <translation>«%1» no empieza con un nombre de clave</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line (no colon after the key)</source>
        <translation>«%1» no es una línea &quot;clave: valor&quot; (no hay dos puntos después de la clave)</translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation>al valor entre comillas le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in YAML front matter</source>
        <translation>el carácter de control U+%1 no está permitido en los metadatos YAML</translation>
    </message>
    <message>
        <source>removing %1 would also change &quot;%2&quot;</source>
        <translation>quitar %1 cambiaría también «%2»</translation>
    </message>
    <message>
        <source>writing %1 would also change &quot;%2&quot;</source>
        <translation>escribir %1 cambiaría también «%2»</translation>
    </message>
    <message>
        <source>removing %1 would break the front matter: %2</source>
        <translation>quitar %1 rompería el front matter: %2</translation>
    </message>
    <message>
        <source>writing %1 would break the front matter: %2</source>
        <translation>escribir %1 rompería el front matter: %2</translation>
    </message>
    <message>
        <source>removing %1 would break &quot;%2&quot;: %3</source>
        <translation>quitar %1 rompería «%2»: %3</translation>
    </message>
    <message>
        <source>writing %1 would break &quot;%2&quot;: %3</source>
        <translation>escribir %1 rompería «%2»: %3</translation>
    </message>
    <message>
        <source>removing &quot;%1&quot; failed: the key is still there</source>
        <translation>falló quitar «%1»: la clave sigue ahí</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias (%2): edit the value where its anchor is</source>
        <translation>«%1» es un alias (%2): edite el valor donde está su ancla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written as one value (an inline table): edit %2 there by hand</source>
        <translation>«%1» está escrito como un solo valor (una tabla en línea): edite %2 allí a mano</translation>
    </message>
</context>
<context>
    <name>postwright::FrontMatterForm</name>
    <message>
        <source>Front-matter error</source>
        <translation>Error en los metadatos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Establecer fecha</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Establecer la fecha actual</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
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
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Añadir una categoría</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Otros campos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>clave nueva</translation>
    </message>
    <message>
        <source>New field name</source>
        <translation>Nombre del campo nuevo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>New field value</source>
        <translation>Valor del campo nuevo</translation>
    </message>
    <message>
        <source>Add f&amp;ield</source>
        <translation>Añadir ca&amp;mpo</translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3
Fix it in the raw text; the form is read-only until then.</source>
        <translation>Los metadatos (front matter) no se pueden analizar (línea %1, columna %2): %3
Corríjalos en el texto sin procesar; hasta entonces, el formulario es de solo lectura.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tal como está escrito: %1</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>No es una fecha: %1</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Todavía no hay fecha</translation>
    </message>
    <message>
        <source>Nested values are kept as written; edit them in the raw front matter.</source>
        <translation>Los valores anidados se conservan tal como están escritos; edítelos en los metadatos sin procesar.</translation>
    </message>
    <message>
        <source>Not a valid %1</source>
        <translation>No es un valor válido (%1)</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>Quitar el campo %1</translation>
    </message>
    <message>
        <source>From the file name; written to the front matter only when you change it</source>
        <translation>Según el nombre del archivo; solo se escribe en los metadatos cuando lo cambia</translation>
    </message>
</context>
<context>
    <name>postwright::GitActions</name>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Publicació&amp;n</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Save, commit the changed posts, merge with the remote and push</source>
        <translation>Guardar, hacer commit de las entradas modificadas, fusionar con el remoto y hacer push</translation>
    </message>
    <message>
        <source>Post &amp;History…</source>
        <translation>&amp;Historial de la entrada…</translation>
    </message>
    <message>
        <source>Every commit that changed this post, and what it changed</source>
        <translation>Cada commit que cambió esta entrada, y lo que cambió</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict Markers…</source>
        <translation>&amp;Resolver marcas de conflicto…</translation>
    </message>
    <message>
        <source>&amp;Make the Site a Git Repository…</source>
        <translation>&amp;Convertir el sitio en repositorio Git…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Open a site first.</source>
        <translation>Abra primero un sitio.</translation>
    </message>
    <message>
        <source>Post History</source>
        <translation>Historial de la entrada</translation>
    </message>
    <message>
        <source>Save the post first: only a saved post has a history.</source>
        <translation>Guarde primero la entrada: solo una entrada guardada tiene historial.</translation>
    </message>
    <message>
        <source>Restored the version of %1 (not saved yet; Undo takes it back).</source>
        <translation>Se restauró la versión de %1 (aún sin guardar; Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>Conflict Markers</source>
        <translation>Marcas de conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n conflict(s) that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</source>
        <translation>
            <numerusform>%1 contiene %n conflicto que una fusión dejó como marcas (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). ¿Elegir el contenido de la entrada en la vista de fusión?</numerusform>
            <numerusform>%1 contiene %n conflictos que una fusión dejó como marcas (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). ¿Elegir el contenido de la entrada en la vista de fusión?</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a Git repository? Publishing goes through Git: commits of your posts, pushed to a remote you add later.</source>
        <translation>¿Convertir %1 en un repositorio Git? La publicación pasa por Git: commits de sus entradas, enviados a un remoto que añadirá más adelante.</translation>
    </message>
    <message>
        <source>Its .gitignore leaves out what the generator writes: %1</source>
        <translation>Su .gitignore excluye lo que escribe el generador: %1</translation>
    </message>
    <message>
        <source>Make a Git Repository</source>
        <translation>Crear un repositorio Git</translation>
    </message>
    <message>
        <source>The repository could not be made:
%1</source>
        <translation>No se pudo crear el repositorio:
%1</translation>
    </message>
    <message>
        <source>Publish When Due</source>
        <translation>Publicar en su fecha</translation>
    </message>
    <message>
        <source>Publish &amp;When Due…</source>
        <translation>Publicar en su &amp;fecha…</translation>
    </message>
    <message>
        <source>Publish each post dated in the future when its date comes (a systemd user timer, or your CI)</source>
        <translation>Publicar cada entrada con fecha futura cuando llegue su fecha (un temporizador de usuario de systemd, o su CI)</translation>
    </message>
</context>
<context>
    <name>postwright::GitBranchLabel</name>
    <message>
        <source>Not in Git. &lt;a href=&quot;init&quot;&gt;Make a Git repository…&lt;/a&gt;</source>
        <translation>No está en Git. &lt;a href=&quot;init&quot;&gt;Crear un repositorio Git…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Publishing through Git needs the site in a Git repository.</source>
        <translation>Para publicar mediante Git, el sitio debe estar en un repositorio Git.</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Rama: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n archivo modificado</numerusform>
            <numerusform>%n archivos modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repositorio: %1</translation>
    </message>
    <message>
        <source>%1 commit(s) to push to %2, %3 to merge from it (as of the last fetch)</source>
        <translation>%1 commit(s) para enviar a %2, %3 para fusionar desde allí (según la última obtención)</translation>
    </message>
</context>
<context>
    <name>postwright::GitDeploy</name>
    <message>
        <source>&quot;%1&quot; is no remote: the site is not in a Git repository</source>
        <translation>«%1» no es un remoto: el sitio no está en un repositorio Git</translation>
    </message>
    <message>
        <source>the site&apos;s repository has no remote &quot;%1&quot;</source>
        <translation>el repositorio del sitio no tiene el remoto «%1»</translation>
    </message>
    <message>
        <source>cannot run git: %1</source>
        <translation>no se puede ejecutar git: %1</translation>
    </message>
    <message>
        <source>cannot reach the remote: %1</source>
        <translation>no se puede acceder al remoto: %1</translation>
    </message>
    <message>
        <source>fetching %1 failed: %2</source>
        <translation>falló la obtención de %1: %2</translation>
    </message>
    <message>
        <source>the fetched branch is missing</source>
        <translation>falta la rama obtenida</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s commit</source>
        <translation>no se puede leer el commit de la rama</translation>
    </message>
    <message>
        <source>cannot read the branch&apos;s files</source>
        <translation>no se pueden leer los archivos de la rama</translation>
    </message>
    <message>
        <source>cannot build the commit</source>
        <translation>no se puede construir el commit</translation>
    </message>
    <message>
        <source>cannot make the commit</source>
        <translation>no se puede hacer el commit</translation>
    </message>
    <message>
        <source>the branch %1 changed on the remote meanwhile: nothing was deployed; deploy again</source>
        <translation>la rama %1 cambió entretanto en el remoto: no se desplegó nada; vuelva a desplegar</translation>
    </message>
    <message>
        <source>push to %1 failed: nothing was deployed: %2</source>
        <translation>falló el push a %1: no se desplegó nada: %2</translation>
    </message>
</context>
<context>
    <name>postwright::GitRepository</name>
    <message>
        <source>not in a Git repository</source>
        <translation>no está en un repositorio Git</translation>
    </message>
    <message>
        <source>cannot open the Git repository</source>
        <translation>no se puede abrir el repositorio Git</translation>
    </message>
    <message>
        <source>the Git repository has no working folder (a bare repository)</source>
        <translation>el repositorio Git no tiene carpeta de trabajo (es un repositorio bare)</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>no se puede leer la rama actual</translation>
    </message>
    <message>
        <source>not inside the Git repository at %1</source>
        <translation>no está dentro del repositorio Git en %1</translation>
    </message>
    <message>
        <source>cannot read the Git status</source>
        <translation>no se puede leer el estado de Git</translation>
    </message>
</context>
<context>
    <name>postwright::HistoryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Put this version&apos;s text into the editor (Undo takes it back; nothing is saved)</source>
        <translation>Poner el texto de esta versión en el editor (Deshacer lo revierte; no se guarda nada)</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Sin historial: %1</translation>
    </message>
    <message>
        <source>No commit has this post yet.</source>
        <translation>Ningún commit contiene aún esta entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed this post.</source>
        <translation>
            <numerusform>%n commit cambió esta entrada.</numerusform>
            <numerusform>%n commits cambiaron esta entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renombrado</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <source>no such version</source>
        <translation>no existe esa versión</translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation>Renombrado desde %1</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImport</name>
    <message>
        <source>cannot create the image folder</source>
        <translation>no se puede crear la carpeta de imágenes</translation>
    </message>
    <message>
        <source>cannot save the image: %1</source>
        <translation>no se puede guardar la imagen: %1</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>no se puede leer la imagen: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ImageImportDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Describa la imagen para los lectores que no pueden verla</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texto &amp;alternativo:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Scale down to a maximum width of</source>
        <translation>&amp;Reducir a un ancho máximo de</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Ancho máximo</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Convert to &amp;WebP, quality</source>
        <translation>Convertir a &amp;WebP, calidad</translation>
    </message>
    <message>
        <source>WebP quality</source>
        <translation>Calidad WebP</translation>
    </message>
    <message>
        <source>This system cannot write WebP images: install the Qt image format plugins (qt6-image-formats-plugins).</source>
        <translation>Este sistema no puede escribir imágenes WebP: instale los complementos de formatos de imagen de Qt (qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>&amp;Keep the original too</source>
        <translation>Conservar también el &amp;original</translation>
    </message>
    <message>
        <source>Saves the image as it was next to the scaled or converted copy.</source>
        <translation>Guarda la imagen tal como era junto a la copia reducida o convertida.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
</context>
<context>
    <name>postwright::ImageProcess</name>
    <message>
        <source>not an image this app can read</source>
        <translation>no es una imagen que esta aplicación sepa leer</translation>
    </message>
    <message>
        <source>the image is too large to process (%1 × %2 pixels)</source>
        <translation>la imagen es demasiado grande para procesarla (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>no se puede leer la imagen: %1</translation>
    </message>
    <message>
        <source>cannot encode the image: %1</source>
        <translation>no se puede codificar la imagen: %1</translation>
    </message>
    <message>
        <source>this system cannot write WebP (install qt6-image-formats-plugins)</source>
        <translation>este sistema no puede escribir WebP (instale qt6-image-formats-plugins)</translation>
    </message>
</context>
<context>
    <name>postwright::IndexCache</name>
    <message>
        <source>cannot create the cache folder</source>
        <translation>no se puede crear la carpeta de caché</translation>
    </message>
    <message>
        <source>cannot write the index cache: %1</source>
        <translation>no se puede escribir la caché del índice: %1</translation>
    </message>
</context>
<context>
    <name>postwright::InsightsPanel</name>
    <message>
        <source>Writing tools</source>
        <translation>Herramientas de escritura</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings, the outline and statistics of the post</source>
        <translation>Los hallazgos del doctor, el esquema y las estadísticas de la entrada</translation>
    </message>
    <message>
        <source>Problems in the post</source>
        <translation>Problemas en la entrada</translation>
    </message>
    <message>
        <source>Repair E&amp;ncoding</source>
        <translation>Reparar cod&amp;ificación</translation>
    </message>
    <message>
        <source>Repair text that was once read with the wrong encoding (â€“ for –), as one undo step</source>
        <translation>Reparar el texto que alguna vez se leyó con la codificación equivocada (â€“ en lugar de –), como un único paso de deshacer</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Post statistics</source>
        <translation>Estadísticas de la entrada</translation>
    </message>
    <message>
        <source>Selection statistics</source>
        <translation>Estadísticas de la selección</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor (%1)</source>
        <translation>Doctor (%1)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <source>Words: %1&lt;br&gt;Characters: %2&lt;br&gt;Sentences: %3&lt;br&gt;Paragraphs: %4&lt;br&gt;Reading time: %5 min</source>
        <translation>Palabras: %1&lt;br&gt;Caracteres: %2&lt;br&gt;Oraciones: %3&lt;br&gt;Párrafos: %4&lt;br&gt;Tiempo de lectura: %5 min</translation>
    </message>
    <message>
        <source>Readability: %1 (%2, %3)</source>
        <translation>Legibilidad: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The doctor checks the post as you write.</source>
        <translation>El doctor revisa la entrada mientras escribe.</translation>
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
        <translation>Nombre de inclusión no válido &apos;%1&apos;: sale de la carpeta</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; beside the post</source>
        <translation>No se encontró el archivo incluido &apos;%1&apos; junto a la entrada</translation>
    </message>
    <message>
        <source>Could not locate the included file &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>No se encontró el archivo incluido &apos;%1&apos; en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>El filtro concat requiere un array como argumento</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>división entre 0</translation>
    </message>
    <message>
        <source>Expected a name but found &apos;%1&apos;</source>
        <translation>Se esperaba un nombre, pero se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expression nested too deeply</source>
        <translation>Expresión anidada a demasiada profundidad</translation>
    </message>
    <message>
        <source>Expected &apos;..&apos; in a range</source>
        <translation>Se esperaba &apos;..&apos; en un rango</translation>
    </message>
    <message>
        <source>Expected &apos;)&apos; to close a range</source>
        <translation>Se esperaba &apos;)&apos; para cerrar un rango</translation>
    </message>
    <message>
        <source>Expected a value</source>
        <translation>Se esperaba un valor</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos;</source>
        <translation>Se esperaba &apos;]&apos;</translation>
    </message>
    <message>
        <source>Tag &apos;{%&apos; was not properly terminated with &apos;%}&apos;</source>
        <translation>La etiqueta &apos;{%&apos; no se cerró correctamente con &apos;%}&apos;</translation>
    </message>
    <message>
        <source>Variable &apos;{{&apos; was not properly terminated with &apos;}}&apos;</source>
        <translation>La variable &apos;{{&apos; no se cerró correctamente con &apos;}}&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag was never closed</source>
        <translation>La etiqueta &apos;%1&apos; nunca se cerró</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; outside of a block</source>
        <translation>&apos;%1&apos; inesperado fuera de un bloque</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; inesperado en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected &apos;for name in collection&apos;</source>
        <translation>Se esperaba &apos;for name in collection&apos;</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>Se esperaba &apos;:&apos; después de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;</source>
        <translation>Opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Blocks nested more than %1 deep</source>
        <translation>Bloques anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>Expected &apos;assign name = value&apos;</source>
        <translation>Se esperaba &apos;assign name = value&apos;</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos;</source>
        <translation>Etiqueta desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loops ran more than %1 times in one page; the rest is not rendered</source>
        <translation>Los bucles se ejecutaron más de %1 veces en una página; el resto no se renderiza</translation>
    </message>
    <message>
        <source>The page grew past %1 characters; the rest is not rendered</source>
        <translation>La página superó los %1 caracteres; el resto no se renderiza</translation>
    </message>
    <message>
        <source>The page took too much work to render; the rest is not rendered</source>
        <translation>Renderizar la página requirió demasiado trabajo; el resto no se renderiza</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;</source>
        <translation>Filtro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A filter made a value of more than %1 characters or items</source>
        <translation>Un filtro produjo un valor de más de %1 caracteres o elementos</translation>
    </message>
    <message>
        <source>Includes nested more than %1 deep</source>
        <translation>Inclusiones anidadas en más de %1 niveles</translation>
    </message>
    <message>
        <source>Syntax error in tag &apos;highlight&apos;: &apos;%1&apos; is not a valid language (write {% highlight lang [linenos] %})</source>
        <translation>Error de sintaxis en la etiqueta &apos;highlight&apos;: &apos;%1&apos; no es un lenguaje válido (escriba {% highlight lang [linenos] %})</translation>
    </message>
    <message>
        <source>Unknown tag &apos;highlight&apos;</source>
        <translation>Etiqueta desconocida &apos;highlight&apos;</translation>
    </message>
    <message>
        <source>Could not find post &quot;%1&quot; in tag &apos;post_url&apos;</source>
        <translation>No se encontró la entrada «%1» en la etiqueta &apos;post_url&apos;</translation>
    </message>
    <message>
        <source>Could not find document &apos;%1&apos; in tag &apos;link&apos;</source>
        <translation>No se encontró el documento &apos;%1&apos; en la etiqueta &apos;link&apos;</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site: not read</source>
        <translation>un enlace simbólico que sale del sitio: no se lee</translation>
    </message>
    <message>
        <source>larger than %1 MiB (or the data folder is): not read</source>
        <translation>mayor de %1 MiB (o lo es la carpeta de datos): no se lee</translation>
    </message>
    <message>
        <source>more than %1 values (aliases copy what they name): not read</source>
        <translation>más de %1 valores (los alias copian lo que nombran): no se lee</translation>
    </message>
    <message>
        <source>Invalid include name &apos;%1&apos;: a symbolic link that leads out of the site</source>
        <translation>Nombre de inclusión no válido &apos;%1&apos;: un enlace simbólico que sale del sitio</translation>
    </message>
    <message>
        <source>concat would make an array of more than %1 items; not joined</source>
        <translation>concat daría un array de más de %1 elementos; no se une</translation>
    </message>
    <message>
        <source>Flattening the array would visit more than %1 items; the rest is not rendered</source>
        <translation>Aplanar el array recorrería más de %1 elementos; el resto no se renderiza</translation>
    </message>
    <message>
        <source>join would make a value of more than %1 characters; the rest is not rendered</source>
        <translation>join produciría un valor de más de %1 caracteres; el resto no se renderiza</translation>
    </message>
    <message>
        <source>split would make an array of more than %1 items; the rest is not rendered</source>
        <translation>split produciría un array de más de %1 elementos; el resto no se renderiza</translation>
    </message>
    <message>
        <source>A filter made an array of more than %1 items</source>
        <translation>Un filtro produjo un array de más de %1 elementos</translation>
    </message>
    <message>
        <source>A filter made an array holding more than %1 values, nested ones counted</source>
        <translation>Un filtro produjo un array con más de %1 valores, contando los anidados</translation>
    </message>
    <message>
        <source>More than %1 Liquid tags and texts; the rest is not rendered</source>
        <translation>Más de %1 etiquetas y textos Liquid; el resto no se procesa</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8 (Jekyll reads its files as UTF-8)</source>
        <translation>secuencia de bytes no válida en UTF-8 (Jekyll lee sus archivos como UTF-8)</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos; is larger than %2 MiB: not read</source>
        <translation>El archivo incluido &apos;%1&apos; es mayor de %2 MiB: no se lee</translation>
    </message>
    <message>
        <source>The included file &apos;%1&apos;: %2</source>
        <translation>El archivo incluido &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>postwright::MainWindow</name>
    <message>
        <source>Keep mine</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Cargar la versión del disco</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>The posts, tags and categories of the open site</source>
        <translation>Las entradas, etiquetas y categorías del sitio abierto</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Finales de línea</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Idioma de la corrección ortográfica</translation>
    </message>
    <message>
        <source>Writing Tools</source>
        <translation>Herramientas de escritura</translation>
    </message>
    <message>
        <source>This post has garbled characters (like â€“ for –): Edit → Repair Encoding fixes them in one step.</source>
        <translation>Esta entrada tiene caracteres corruptos (como â€“ en lugar de –): Editar → Reparar codificación los corrige en un solo paso.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New &amp;Post in Site…</source>
        <translation>Nueva &amp;entrada en el sitio…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open Si&amp;te Folder…</source>
        <translation>Abrir carpeta de si&amp;tio…</translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation>Abrir una carpeta de sitio</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
    </message>
    <message>
        <source>Repair Enco&amp;ding</source>
        <translation>Reparar codificació&amp;n</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Tachado</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>Códi&amp;go en línea</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Encabezado</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Párrafo</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>Encabezado &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>En&amp;lace…</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Lista n&amp;umerada</translation>
    </message>
    <message>
        <source>&amp;Task List</source>
        <translation>Lista de ta&amp;reas</translation>
    </message>
    <message>
        <source>Block&amp;quote</source>
        <translation>Cita en &amp;bloque</translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation>Bl&amp;oque de código</translation>
    </message>
    <message>
        <source>T&amp;able…</source>
        <translation>T&amp;abla…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barra lateral</translation>
    </message>
    <message>
        <source>&amp;Front-Matter Form</source>
        <translation>&amp;Formulario de metadatos</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Writing Tools</source>
        <translation>&amp;Herramientas de escritura</translation>
    </message>
    <message>
        <source>&amp;Raw Front Matter in Editor</source>
        <translation>&amp;Metadatos sin procesar en el editor</translation>
    </message>
    <message>
        <source>Soft Wr&amp;ap</source>
        <translation>&amp;Ajuste de línea</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <source>Focus Ne&amp;xt Pane</source>
        <translation>Enfocar panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;ne</source>
        <translation>Enfocar panel a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de herramien&amp;tas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Markdown &amp;Cheat Sheet</source>
        <translation>&amp;Referencia rápida de Markdown</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation>Acerca &amp;de Postwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No posts in %1</source>
        <translation>No hay entradas en %1</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>No se puede abrir la entrada</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Postwright was closed with unsaved changes to &quot;%1&quot; (autosaved %2). Recover them?</source>
        <translation>Postwright se cerró con cambios sin guardar en «%1» (guardado automático: %2). ¿Desea recuperarlos?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Abrir una entrada</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Entradas de Markdown (*.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>No se puede guardar la entrada</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Save the post as</source>
        <translation>Guardar la entrada como</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Entradas de Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>No garbled characters to repair.</source>
        <translation>No hay caracteres corruptos que reparar.</translation>
    </message>
    <message>
        <source>Cannot set %1: %2</source>
        <translation>No se puede establecer %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede quitar %1: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n words</source>
        <translation>
            <numerusform>Selección: %n palabra</numerusform>
            <numerusform>Selección: %n palabras</numerusform>
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
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Vaciar recientes</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk; saving writes it again.</source>
        <translation>%1 se eliminó o se movió en el disco; al guardar se volverá a escribir.</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>Se recargó %1: cambió en el disco.</translation>
    </message>
    <message>
        <source>The post changed on disk</source>
        <translation>La entrada cambió en el disco</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program, and you have unsaved changes here.</source>
        <translation>Otro programa modificó «%1» y aquí tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Línea:</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insertar una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n garbled character(s).</source>
        <translation>
            <numerusform>Se reparó %n carácter corrupto.</numerusform>
            <numerusform>Se repararon %n caracteres corruptos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be repaired exactly (a byte was lost); the doctor lists them.</source>
        <translation>
            <numerusform>%n carácter no se pudo reparar exactamente (se perdió un byte); el doctor lo enumera.</numerusform>
            <numerusform>%n caracteres no se pudieron reparar exactamente (se perdió un byte); el doctor los enumera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written (in code, or a BOM inside the text); the doctor lists them.</source>
        <translation>
            <numerusform>%n secuencia corrupta se dejó tal cual (en código, o un BOM dentro del texto); el diagnóstico la muestra.</numerusform>
            <numerusform>%n secuencias corruptas se dejaron tal cual (en código, o un BOM dentro del texto); el diagnóstico las muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The post is read-only</source>
        <translation>La entrada es de solo lectura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Save it anyway? It stays read-only.

%2</source>
        <translation>«%1» es de solo lectura. ¿Guardarla de todos modos? Seguirá siendo de solo lectura.

%2</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Panel de &amp;control</translation>
    </message>
    <message>
        <source>The site at a glance: scheduled posts, drafts, problems, tags with one post</source>
        <translation>El sitio de un vistazo: entradas programadas, borradores, problemas, etiquetas con una sola entrada</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Link to &amp;Post…</source>
        <translation>Enlace a entra&amp;da…</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>el archivo ocupa más de 256 MB</translation>
    </message>
    <message>
        <source>%1: cannot insert the image: %2</source>
        <translation>%1: no se puede insertar la imagen: %2</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
</context>
<context>
    <name>postwright::MarkdownEditor</name>
    <message>
        <source>Markdown editor</source>
        <translation>Editor de Markdown</translation>
    </message>
    <message>
        <source>The post&apos;s Markdown text</source>
        <translation>El texto Markdown de la entrada</translation>
    </message>
    <message>
        <source>Spell check off</source>
        <translation>Corrección ortográfica desactivada</translation>
    </message>
    <message>
        <source>Spell check: loading the %1 dictionary…</source>
        <translation>Corrección ortográfica: cargando el diccionario %1…</translation>
    </message>
    <message>
        <source>Spell check: %1</source>
        <translation>Corrección ortográfica: %1</translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”: install its hunspell package</source>
        <translation>No hay diccionario ortográfico para «%1»: instale su paquete de hunspell</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Could not save the personal word list: %1</source>
        <translation>No se pudo guardar la lista de palabras personal: %1</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>postwright::MergeDialog</name>
    <message>
        <source>(absent on this side)</source>
        <translation>(ausente en este lado)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionar %1</translation>
    </message>
    <message>
        <source>Both sides changed these parts of &lt;b&gt;%1&lt;/b&gt;. Choose for each what the post says; the rest of the changes are merged already.</source>
        <translation>Ambos lados cambiaron estas partes de &lt;b&gt;%1&lt;/b&gt;. Elija para cada una el contenido de la entrada; el resto de los cambios ya está fusionado.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mi versión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su versión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mi&amp;ne</source>
        <translation>&amp;Mi versión</translation>
    </message>
    <message>
        <source>The&amp;irs</source>
        <translation>&amp;Su versión</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Front matter: %1</source>
        <translation>Metadatos: %1</translation>
    </message>
    <message>
        <source>Text at line %1</source>
        <translation>Texto en la línea %1</translation>
    </message>
    <message>
        <source>Lines from %1</source>
        <translation>Líneas desde %1</translation>
    </message>
</context>
<context>
    <name>postwright::NewPost</name>
    <message>
        <source>the title &quot;%1&quot; gives no file name</source>
        <translation>el título «%1» no produce ningún nombre de archivo</translation>
    </message>
    <message>
        <source>Jekyll has no page bundles</source>
        <translation>Jekyll no admite paquetes de página (page bundles)</translation>
    </message>
    <message>
        <source>not inside the site</source>
        <translation>no está dentro del sitio</translation>
    </message>
    <message>
        <source>a post with this name exists already</source>
        <translation>ya existe una entrada con este nombre</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the site declares no &quot;tags&quot; taxonomy (taxonomies = [{name = &quot;tags&quot;}]): Zola would refuse a post with tags</source>
        <translation>el sitio no declara ninguna taxonomía «tags» (taxonomies = [{name = &quot;tags&quot;}]): Zola rechazaría una entrada con etiquetas</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; gives no file name</source>
        <translation>el slug «%1» no da ningún nombre de archivo</translation>
    </message>
</context>
<context>
    <name>postwright::NewPostDialog</name>
    <message>
        <source>(type a title)</source>
        <translation>(escriba un título)</translation>
    </message>
    <message>
        <source>A post with this name already exists.</source>
        <translation>Ya existe una entrada con este nombre.</translation>
    </message>
</context>
<context>
    <name>postwright::PageChrome</name>
    <message>
        <source>Skip to content</source>
        <translation>Saltar al contenido</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>Feed RSS</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Hecho con %1</translation>
    </message>
</context>
<context>
    <name>postwright::PersonalWordList</name>
    <message>
        <source>no folder for the personal word list</source>
        <translation>no hay carpeta para la lista de palabras personal</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>postwright::Post</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the post has no file name yet</source>
        <translation>la entrada todavía no tiene nombre de archivo</translation>
    </message>
</context>
<context>
    <name>postwright::PostDoctor</name>
    <message>
        <source>front matter does not parse: %1</source>
        <translation>los metadatos no se pueden analizar: %1</translation>
    </message>
    <message>
        <source>the post has no title</source>
        <translation>la entrada no tiene título</translation>
    </message>
    <message>
        <source>the title has %1 characters; search engines show about %2</source>
        <translation>el título tiene %1 caracteres; los buscadores muestran unos %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date generators can read: %2</source>
        <translation>«%1» no es una fecha que los generadores puedan leer: %2</translation>
    </message>
    <message>
        <source>no summary or description: search engines and feeds will guess one</source>
        <translation>no hay resumen (summary o description): los buscadores y los feeds se inventarán uno</translation>
    </message>
    <message>
        <source>the %1 has %2 characters; search engines show about %3</source>
        <translation>el campo %1 tiene %2 caracteres; los buscadores muestran unos %3</translation>
    </message>
    <message>
        <source>the slug has %1 characters; keep URLs under %2</source>
        <translation>el slug tiene %1 caracteres; mantenga las URL por debajo de %2</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>no se encontró la imagen: %1</translation>
    </message>
    <message>
        <source>link target not found: %1</source>
        <translation>no se encontró el destino del enlace: %1</translation>
    </message>
    <message>
        <source>garbled text (UTF-8 once read as Windows-1252)</source>
        <translation>texto corrupto (UTF-8 leído alguna vez como Windows-1252)</translation>
    </message>
    <message>
        <source>cannot be repaired exactly, a byte was lost: %1</source>
        <translation>no se puede reparar exactamente, se perdió un byte: %1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; appears %n times (lines %2); Hugo and Jekyll use only the last one</source>
        <translation>
            <numerusform>«%1» aparece una vez (línea %2)</numerusform>
            <numerusform>«%1» aparece %n veces (líneas %2); Hugo y Jekyll solo usan la última</numerusform>
        </translation>
    </message>
    <message>
        <source>U+%1 (line separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (separador de línea) es un salto de línea para los analizadores YAML de Jekyll y Hugo; escríbalo como «%2» entre comillas dobles</translation>
    </message>
    <message>
        <source>U+%1 (paragraph separator) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (separador de párrafo) es un salto de línea para los analizadores YAML de Jekyll y Hugo; escríbalo como «%2» entre comillas dobles</translation>
    </message>
    <message>
        <source>U+%1 (next line) is a line break to Jekyll&apos;s and Hugo&apos;s YAML parsers; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (línea siguiente) es un salto de línea para los analizadores YAML de Jekyll y Hugo; escríbalo como «%2» entre comillas dobles</translation>
    </message>
    <message>
        <source>U+%1 (byte-order mark) is invisible, and YAML emitters always escape it; write it as &quot;%2&quot; inside double quotes</source>
        <translation>U+%1 (marca de orden de bytes) es invisible, y los emisores YAML siempre lo escapan; escríbalo como «%2» entre comillas dobles</translation>
    </message>
    <message>
        <source>a byte-order mark read as text (%1) in the middle of the file: it is not repaired; delete it unless it is meant</source>
        <translation>una marca de orden de bytes leída como texto (%1) en medio del archivo: no se repara; bórrela si no es intencionada</translation>
    </message>
    <message>
        <source>garbled text in code, left as written (UTF-8 once read as Windows-1252)</source>
        <translation>texto corrupto en código, dejado tal cual (UTF-8 leído alguna vez como Windows-1252)</translation>
    </message>
    <message>
        <source>the taxonomy &quot;%1&quot; is not declared in config.toml (taxonomies = [{name = &quot;%1&quot;}]): zola build fails</source>
        <translation>la taxonomía «%1» no está declarada en config.toml (taxonomies = [{name = &quot;%1&quot;}]): zola build falla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings for Zola, as %1 = [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>«%1» debe ser una lista de cadenas para Zola, como %1 = [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1 is outside the site: it is not published</source>
        <translation>%1 está fuera del sitio: no se publica</translation>
    </message>
    <message>
        <source>%1 is not published: %2</source>
        <translation>%1 no se publica: %2</translation>
    </message>
    <message>
        <source>Liquid: %1</source>
        <translation>Liquid: %1</translation>
    </message>
    <message>
        <source>image without alt text: screen readers and search engines learn nothing from it; describe it as ![what it shows](%1)</source>
        <translation>imagen sin texto alternativo: los lectores de pantalla y los buscadores no obtienen nada de ella; descríbala como ![lo que muestra](%1)</translation>
    </message>
    <message>
        <source>the link text &quot;%1&quot; says nothing about where it leads; name the destination instead</source>
        <translation>el texto del enlace «%1» no dice nada sobre adónde lleva; nombre el destino en su lugar</translation>
    </message>
    <message>
        <source>this heading repeats the title, which the page already shows as its heading; remove it</source>
        <translation>este encabezado repite el título, que la página ya muestra como encabezado; elimínelo</translation>
    </message>
    <message>
        <source>a second top-level heading (#): a page has one; use ## for sections</source>
        <translation>un segundo encabezado de nivel superior (#): una página tiene solo uno; use ## para las secciones</translation>
    </message>
    <message>
        <source>a top-level heading (#) besides the title, which the page shows as its heading; use ## for sections</source>
        <translation>un encabezado de nivel superior (#) además del título, que la página muestra como encabezado; use ## para las secciones</translation>
    </message>
    <message>
        <source>the heading level skips from h%1 to h%2: screen reader users lose their place; use h%3</source>
        <translation>el nivel de encabezado salta de h%1 a h%2: los usuarios de lectores de pantalla pierden la orientación; use h%3</translation>
    </message>
    <message>
        <source>hard to read: %1 %2 (%3); shorter sentences and plainer words help</source>
        <translation>difícil de leer: %1 %2 (%3); ayudan las oraciones más cortas y las palabras más sencillas</translation>
    </message>
    <message>
        <source>hugo reads no date in %1: %2 (the page is undated to hugo); write %3</source>
        <translation>hugo no lee ninguna fecha en %1: %2 (para hugo, la página no tiene fecha); escriba %3</translation>
    </message>
    <message>
        <source>The site&apos;s configuration does not parse, jekyll build stops here: %1</source>
        <translation>La configuración del sitio no se puede analizar, jekyll build se detiene aquí: %1</translation>
    </message>
</context>
<context>
    <name>postwright::PostFiles</name>
    <message>
        <source>not inside the site</source>
        <translation>no está dentro del sitio</translation>
    </message>
    <message>
        <source>no such post</source>
        <translation>no existe esa entrada</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot move to %1</source>
        <translation>no se puede mover a %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» no es un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot move to the trash</source>
        <translation>no se puede mover a la papelera</translation>
    </message>
    <message>
        <source>not a draft: it is not in a _drafts folder</source>
        <translation>no es un borrador: no está en una carpeta _drafts</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkCompleter</name>
    <message>
        <source>Posts to link to</source>
        <translation>Entradas a las que enlazar</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinkDialog</name>
    <message>
        <source>Link to Post</source>
        <translation>Enlace a entrada</translation>
    </message>
    <message>
        <source>&amp;Find a post by title or path:</source>
        <translation>&amp;Buscar una entrada por título o ruta:</translation>
    </message>
    <message>
        <source>Post title or path</source>
        <translation>Título o ruta de la entrada</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>&amp;Insert Link</source>
        <translation>&amp;Insertar enlace</translation>
    </message>
    <message>
        <source>Open a site folder to link to its posts.</source>
        <translation>Abra una carpeta de sitio para enlazar a sus entradas.</translation>
    </message>
</context>
<context>
    <name>postwright::PostLinker</name>
    <message>
        <source>Save the post first: a relative link starts from the post&apos;s folder.</source>
        <translation>Guarde primero la entrada: un enlace relativo parte de la carpeta de la entrada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a draft: the site&apos;s build stops at this link until it is published</source>
        <translation>«%1» es un borrador: la compilación del sitio se detiene en este enlace hasta que se publique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is scheduled: the site&apos;s build stops at this link until its date</source>
        <translation>«%1» está programada: la compilación del sitio se detiene en este enlace hasta su fecha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired: the site&apos;s build stops at this link</source>
        <translation>«%1» ha caducado: la compilación del sitio se detiene en este enlace</translation>
    </message>
</context>
<context>
    <name>postwright::PostListModel</name>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>sin página</translation>
    </message>
    <message>
        <source>Hugo writes no page for it (headless, or build options).</source>
        <translation>Hugo no escribe ninguna página para esta entrada (headless, u opciones de build).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>preparado</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Git: %1 (not published yet)</source>
        <translation>Git: %1 (aún sin publicar)</translation>
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
        <translation>%1; se ha vuelto a iniciar.</translation>
    </message>
    <message>
        <source>Postwri&amp;ght Preview</source>
        <translation>Vista previa de Postwr&amp;ight</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <source>Preview in Postwright&apos;s own page, instantly</source>
        <translation>Vista previa instantánea en la página propia de Postwright</translation>
    </message>
    <message>
        <source>Site T&amp;heme Preview</source>
        <translation>Vista previa con el t&amp;ema del sitio</translation>
    </message>
    <message>
        <source>Site theme</source>
        <translation>Tema del sitio</translation>
    </message>
    <message>
        <source>Preview as the site&apos;s generator renders it, with its theme</source>
        <translation>Vista previa tal como la genera el generador del sitio, con su tema</translation>
    </message>
    <message>
        <source>Site Ho&amp;me in Preview</source>
        <translation>Página de inicio del &amp;sitio en la vista previa</translation>
    </message>
    <message>
        <source>Show the site&apos;s home page in the Site theme preview; its links lead through the site</source>
        <translation>Mostrar la página de inicio del sitio en la vista previa con el tema del sitio; sus enlaces recorren el sitio</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Mensaje de la vista previa</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Site theme needs a site: open the post&apos;s site folder.</source>
        <translation>El tema del sitio necesita un sitio: abra la carpeta del sitio de la entrada.</translation>
    </message>
    <message>
        <source>Starting hugo…</source>
        <translation>Iniciando hugo…</translation>
    </message>
    <message>
        <source>Site theme preview is off: %1</source>
        <translation>La vista previa con el tema del sitio está desactivada: %1</translation>
    </message>
    <message>
        <source>Preview error</source>
        <translation>Error de vista previa</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Aviso de vista previa</translation>
    </message>
    <message>
        <source>Open the site generator&apos;s output in a text editor</source>
        <translation>Abrir la salida del generador del sitio en un editor de texto</translation>
    </message>
    <message>
        <source>Site theme works with Hugo and Jekyll sites; this site is previewed in Postwright&apos;s page.</source>
        <translation>El tema del sitio funciona con sitios de Hugo y Jekyll; la vista previa de este sitio se muestra en la página de Postwright.</translation>
    </message>
    <message>
        <source>Starting jekyll…</source>
        <translation>Iniciando jekyll…</translation>
    </message>
    <message>
        <source>%1: %2 (the page shows the last good build)</source>
        <translation>%1: %2 (la página muestra la última generación correcta)</translation>
    </message>
</context>
<context>
    <name>postwright::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
</context>
<context>
    <name>postwright::ProjectPanel</name>
    <message>
        <source>Hugo site</source>
        <translation>Sitio de Hugo</translation>
    </message>
    <message>
        <source>Jekyll site</source>
        <translation>Sitio de Jekyll</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation>No se puede abrir el sitio: %1</translation>
    </message>
    <message>
        <source>Indexing canceled.</source>
        <translation>Indexación cancelada.</translation>
    </message>
    <message>
        <source>Cannot update the site: %1</source>
        <translation>No se puede actualizar el sitio: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>No site open</source>
        <translation>No hay ningún sitio abierto</translation>
    </message>
    <message>
        <source>Open a post or a site folder to see its posts.</source>
        <translation>Abra una entrada o una carpeta de sitio para ver sus entradas.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>mostrar todas</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Todavía no hay entradas</translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Borradores: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <source>Site warnings</source>
        <translation>Advertencias del sitio</translation>
    </message>
    <message>
        <source>Files of the site that need a look: %1</source>
        <translation>Archivos del sitio que conviene revisar: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>Some files were not changed</source>
        <translation>Algunos archivos no se modificaron</translation>
    </message>
    <message>
        <source>Files that could not be written (left as they were): %1</source>
        <translation>Archivos que no se pudieron escribir (se dejaron como estaban): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: files changed: %2</source>
        <translation>«%1»: archivos modificados: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>Nueva entrada…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Cannot publish the post</source>
        <translation>No se puede publicar la entrada</translation>
    </message>
    <message>
        <source>Move the draft into _posts with today&apos;s date</source>
        <translation>Mover el borrador a _posts con la fecha de hoy</translation>
    </message>
    <message>
        <source>Set draft to false</source>
        <translation>Establecer draft en false</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Mover a la pape&amp;lera…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>Nueva &amp;entrada…</translation>
    </message>
    <message>
        <source>Show Its &amp;Posts</source>
        <translation>Mostrar sus &amp;entradas</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Rename Post</source>
        <translation>Cambiar el nombre de la entrada</translation>
    </message>
    <message>
        <source>New file name (slug):</source>
        <translation>Nuevo nombre de archivo (slug):</translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation>No se puede cambiar el nombre de la entrada</translation>
    </message>
    <message>
        <source>Move the post to</source>
        <translation>Mover la entrada a</translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation>No se puede mover la entrada</translation>
    </message>
    <message>
        <source>the folder is outside the site</source>
        <translation>la carpeta está fuera del sitio</translation>
    </message>
    <message>
        <source>the folder of &quot;%1&quot; with its files</source>
        <translation>la carpeta de «%1» con sus archivos</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>¿Mover %1 a la papelera?</translation>
    </message>
    <message>
        <source>Cannot move the post to the trash</source>
        <translation>No se puede mover la entrada a la papelera</translation>
    </message>
    <message>
        <source>Hugo site (no config found: defaults)</source>
        <translation>Sitio de Hugo (no se encontró configuración: valores predeterminados)</translation>
    </message>
    <message>
        <source>Jekyll site (no _config.yml found: defaults)</source>
        <translation>Sitio de Jekyll (no se encontró _config.yml: valores predeterminados)</translation>
    </message>
    <message>
        <source>Zola site</source>
        <translation>Sitio de Zola</translation>
    </message>
    <message>
        <source>Some posts are read-only</source>
        <translation>Algunas entradas son de solo lectura</translation>
    </message>
    <message>
        <source>Posts that are read-only and were not changed: %1. Change them anyway? They stay read-only.</source>
        <translation>Entradas de solo lectura que no se cambiaron: %1. ¿Cambiarlas de todos modos? Seguirán siendo de solo lectura.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Cambiar de todos modos</translation>
    </message>
    <message>
        <source>Show &amp;History…</source>
        <translation>Mostrar &amp;historial…</translation>
    </message>
    <message>
        <source>Preview &amp;Site</source>
        <translation>Vista previa del &amp;sitio</translation>
    </message>
</context>
<context>
    <name>postwright::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Looking at what changed…</source>
        <translation>Buscando lo que cambió…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>En el commit:</translation>
    </message>
    <message>
        <source>Changed files that are not posts or their images. Tick one to commit it too.</source>
        <translation>Archivos modificados que no son entradas ni sus imágenes. Marque uno para incluirlo también en el commit.</translation>
    </message>
    <message>
        <source>Also commit?</source>
        <translation>¿Incluir también?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Commits on %1, then merges with %2 and pushes there.</source>
        <translation>Hace commit en %1, luego fusiona con %2 y hace push allí.</translation>
    </message>
    <message>
        <source>Commits on %1. It has no upstream: nothing is pushed (push it once with git push -u).</source>
        <translation>Hace commit en %1. No tiene upstream: no se envía nada (envíela una vez con git push -u).</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>No se puede publicar: %1</translation>
    </message>
    <message>
        <source>(no changed post: only fetch, merge and push)</source>
        <translation>(ninguna entrada modificada: solo obtener, fusionar y hacer push)</translation>
    </message>
    <message>
        <source>%1: an unresolved merge: resolve it first</source>
        <translation>%1: una fusión sin resolver: resuélvala primero</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publicado.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Canceled. Your commit stays here; Publish again to push it.</source>
        <translation>Cancelado. Su commit se queda aquí; vuelva a publicar para enviarlo.</translation>
    </message>
    <message>
        <source>Publishing stopped: see above.</source>
        <translation>Publicación detenida: vea arriba.</translation>
    </message>
    <message>
        <source>Merged as you chose: publishing again.</source>
        <translation>Fusionado según su elección: publicando de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be merged here (%2): merge it with git, then publish.</source>
        <translation>%1 no se puede fusionar aquí (%2): fusiónelo con git y luego publique.</translation>
    </message>
    <message>
        <source>Not merged: nothing was changed. Publish again when you want to merge.</source>
        <translation>Sin fusionar: no se cambió nada. Vuelva a publicar cuando quiera fusionar.</translation>
    </message>
</context>
<context>
    <name>postwright::Publisher</name>
    <message>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>both sides changed &quot;%1&quot;: ours %2, theirs %3</source>
        <translation>ambos lados cambiaron «%1»: la nuestra %2, la suya %3</translation>
    </message>
    <message>
        <source>both sides changed this part of the text</source>
        <translation>ambos lados cambiaron esta parte del texto</translation>
    </message>
    <message>
        <source>an unresolved merge: resolve it first</source>
        <translation>una fusión sin resolver: resuélvala primero</translation>
    </message>
    <message>
        <source>publish stopped: a post holds conflict markers; nothing was committed</source>
        <translation>publicación detenida: una entrada contiene marcas de conflicto; no se hizo ningún commit</translation>
    </message>
    <message>
        <source>not committed (not a post or its image): %1 %2</source>
        <translation>sin commit (no es una entrada ni su imagen): %1 %2</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>nada para el commit</translation>
    </message>
    <message>
        <source>committed %1: %2</source>
        <translation>commit %1: %2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusión de %1</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>%1 fusionado</translation>
    </message>
    <message>
        <source>merged per key and block: %1</source>
        <translation>fusionado por clave y bloque: %1</translation>
    </message>
    <message>
        <source>fetch from %1 failed; your commit stays here: %2</source>
        <translation>falló la obtención desde %1; su commit se queda aquí: %2</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>enviado a %1</translation>
    </message>
    <message>
        <source>push to %1 failed; your commit stays here: %2</source>
        <translation>falló el push a %1; su commit se queda aquí: %2</translation>
    </message>
    <message>
        <source>the push was rejected (the remote changed meanwhile): fetching again</source>
        <translation>se rechazó el push (el remoto cambió entretanto): obteniendo de nuevo</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch to publish from</source>
        <translation>HEAD está desacoplado: cambie a una rama desde la que publicar</translation>
    </message>
    <message>
        <source>a merge or rebase is in progress in %1: finish or abort it first (git status)</source>
        <translation>hay una fusión o un rebase en curso en %1: termínelo o anúlelo primero (git status)</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream to publish to: push it once with git push -u REMOTE %1, or use --no-push</source>
        <translation>la rama %1 no tiene upstream al que publicar: envíela una vez con git push -u REMOTO %1, o use --no-push</translation>
    </message>
    <message>
        <source>not committed (not due): %1 %2</source>
        <translation>sin commit (aún no ha llegado su fecha): %1 %2</translation>
    </message>
</context>
<context>
    <name>postwright::Readability</name>
    <message>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bastante fácil</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>bastante difícil</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>muy difícil</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>Flesch reading ease</source>
        <translation>índice de legibilidad de Flesch</translation>
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
        <translation>no se puede crear la carpeta de recuperación</translation>
    </message>
    <message>
        <source>cannot write the recovery file: %1</source>
        <translation>no se puede escribir el archivo de recuperación: %1</translation>
    </message>
</context>
<context>
    <name>postwright::RsyncUploader</name>
    <message>
        <source>cannot write the list of files for rsync: %1</source>
        <translation>no se puede escribir la lista de archivos para rsync: %1</translation>
    </message>
    <message>
        <source>cannot run rsync: %1</source>
        <translation>no se puede ejecutar rsync: %1</translation>
    </message>
    <message>
        <source>rsync failed (exit %1): %2</source>
        <translation>rsync falló (código de salida %1): %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>postwright::SampleSite</name>
    <message>
        <source>cannot create the folder for the sample blog</source>
        <translation>no se puede crear la carpeta para el blog de ejemplo</translation>
    </message>
    <message>
        <source>cannot copy the sample blog: %1</source>
        <translation>no se puede copiar el blog de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>postwright::ScheduleDialog</name>
    <message>
        <source>When a post is due, &amp;deploy the site to %1</source>
        <translation>Cuando llegue la fecha de una entrada, &amp;desplegar el sitio a %1</translation>
    </message>
    <message>
        <source>CI &amp;Alternative…</source>
        <translation>&amp;Alternativa con CI…</translation>
    </message>
    <message>
        <source>Publish when due needs the user&apos;s systemd, which is not available here: %1.
Your host&apos;s CI can publish scheduled posts instead: a job that builds the site every hour.</source>
        <translation>«Publicar en su fecha» necesita el systemd del usuario, que no está disponible aquí: %1.
En su lugar, la CI de su proveedor de alojamiento puede publicar las entradas programadas: una tarea que genera el sitio cada hora.</translation>
    </message>
    <message>
        <source>The timer is set for %1.</source>
        <translation>El temporizador está configurado para el %1.</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — se publica el %2</translation>
    </message>
    <message>
        <source>No post is scheduled: give a post a date in the future (on Hugo, or a publishDate).</source>
        <translation>No hay ninguna entrada programada: dé a una entrada una fecha futura (en Hugo, también un publishDate).</translation>
    </message>
    <message>
        <source>Publish when due is off: no timer is set.</source>
        <translation>«Publicar en su fecha» está desactivado: no hay ningún temporizador configurado.</translation>
    </message>
    <message>
        <source>postwright-cli is not installed beside Postwright nor on the PATH: the timer needs it.</source>
        <translation>postwright-cli no está instalado junto a Postwright ni en el PATH: el temporizador lo necesita.</translation>
    </message>
</context>
<context>
    <name>postwright::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Follow the system (as the window)</source>
        <translation>Según el sistema (como la ventana)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Load remote images</source>
        <translation>Cargar imágenes remotas</translation>
    </message>
    <message>
        <source>Block all remote content</source>
        <translation>Bloquear todo el contenido remoto</translation>
    </message>
    <message>
        <source>Next to the post, or the site&apos;s image folder</source>
        <translation>Junto a la entrada, o en la carpeta de imágenes del sitio</translation>
    </message>
    <message>
        <source>Always images/ beside the post</source>
        <translation>Siempre en images/ junto a la entrada</translation>
    </message>
    <message>
        <source>A folder of the site (below)</source>
        <translation>Una carpeta del sitio (abajo)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Follow the post or site (else the system language)</source>
        <translation>Según la entrada o el sitio (si no, el idioma del sistema)</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed (Debian: hunspell-en-us, hunspell-de-de…).</source>
        <translation>No hay diccionarios de Hunspell instalados (Debian: hunspell-en-us, hunspell-de-de…).</translation>
    </message>
    <message>
        <source>Postwright will use this language the next time it starts.</source>
        <translation>Postwright usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Iconos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Icons and text</source>
        <translation>Iconos y texto</translation>
    </message>
    <message>
        <source>Relative link to the post&apos;s file</source>
        <translation>Enlace relativo al archivo de la entrada</translation>
    </message>
    <message>
        <source>Hugo ref shortcode</source>
        <translation>Shortcode ref de Hugo</translation>
    </message>
    <message>
        <source>Hugo relref shortcode</source>
        <translation>Shortcode relref de Hugo</translation>
    </message>
</context>
<context>
    <name>postwright::SftpUploader</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>no se puede iniciar libcurl</translation>
    </message>
    <message>
        <source>no known_hosts file: connect once with ssh or sftp to check and accept the host&apos;s key</source>
        <translation>no hay archivo known_hosts: conéctese una vez con ssh o sftp para comprobar y aceptar la clave del host</translation>
    </message>
    <message>
        <source>SFTP: %1: %2</source>
        <translation>SFTP: %1: %2</translation>
    </message>
    <message>
        <source>cannot read the exported file: %1</source>
        <translation>no se puede leer el archivo exportado: %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>subiendo %1</translation>
    </message>
    <message>
        <source>removing stale files</source>
        <translation>eliminando archivos obsoletos</translation>
    </message>
</context>
<context>
    <name>postwright::Shortcodes</name>
    <message>
        <source>not a video id: %1</source>
        <translation>no es un identificador de vídeo: %1</translation>
    </message>
    <message>
        <source>closing tag without an opening one</source>
        <translation>etiqueta de cierre sin etiqueta de apertura</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Remote content is blocked (Edit → Settings)</source>
        <translation>El contenido remoto está bloqueado (Editar → Preferencias)</translation>
    </message>
    <message>
        <source>Load video from youtube-nocookie.com</source>
        <translation>Cargar el vídeo desde youtube-nocookie.com</translation>
    </message>
    <message>
        <source>Load video from vimeo.com</source>
        <translation>Cargar el vídeo desde vimeo.com</translation>
    </message>
    <message>
        <source>shortcode</source>
        <translation>shortcode</translation>
    </message>
    <message>
        <source>no shortcode name after the opening braces</source>
        <translation>no hay nombre de shortcode tras las llaves de apertura</translation>
    </message>
    <message>
        <source>a quoted parameter is not closed (or contains &quot;{{&quot;)</source>
        <translation>un parámetro entre comillas no está cerrado (o contiene &quot;{{&quot;)</translation>
    </message>
    <message>
        <source>the comment is not closed with &quot;*/&quot;</source>
        <translation>el comentario no está cerrado con &quot;*/&quot;</translation>
    </message>
    <message>
        <source>a closing tag cannot have parameters</source>
        <translation>una etiqueta de cierre no puede tener parámetros</translation>
    </message>
    <message>
        <source>the tag is not closed (before the next &quot;{{&quot; or the end)</source>
        <translation>la etiqueta no está cerrada (antes del siguiente &quot;{{&quot; o del final)</translation>
    </message>
    <message>
        <source>nested inside more than %1 other shortcodes: shown as text</source>
        <translation>anidado dentro de más de %1 shortcodes: se muestra como texto</translation>
    </message>
    <message>
        <source>must be closed ({{&lt; /%1 &gt;}}) or self-closed ({{&lt; %1 /&gt;}}): its template uses .Inner</source>
        <translation>debe cerrarse ({{&lt; /%1 &gt;}}) o cerrarse a sí mismo ({{&lt; %1 /&gt;}}): su plantilla usa .Inner</translation>
    </message>
</context>
<context>
    <name>postwright::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Command, menu or keys</source>
        <translation>Orden, menú o teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Shows only the commands whose name, menu or keys contain the text</source>
        <translation>Muestra solo las órdenes cuyo nombre, menú o teclas contienen el texto</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Each command with its menu and keyboard shortcut</source>
        <translation>Cada orden con su menú y su atajo de teclado</translation>
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
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>aliases expand to more than 2,000,000 values</source>
        <translation>los alias se expanden a más de 2.000.000 valores</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditActions</name>
    <message>
        <source>Replace &amp;in All Posts…</source>
        <translation>Reempla&amp;zar en todas las entradas…</translation>
    </message>
    <message>
        <source>Und&amp;o %1</source>
        <comment>a site edit: Undo Rename &quot;a&quot; → &quot;b&quot;</comment>
        <translation>Des&amp;hacer %1</translation>
    </message>
    <message>
        <source>Cannot Und&amp;o %1: Too Large</source>
        <translation>No se puede des&amp;hacer %1: demasiado grande</translation>
    </message>
    <message>
        <source>The posts it changed were over %1 MB; they are not kept in memory.</source>
        <translation>Las entradas que cambió ocupaban más de %1 MB; no se guardan en memoria.</translation>
    </message>
    <message>
        <source>Und&amp;o Site Edit</source>
        <translation>Des&amp;hacer la edición del sitio</translation>
    </message>
    <message>
        <source>Undone: %1 (posts restored: %2)</source>
        <translation>Deshecho: %1 (entradas restauradas: %2)</translation>
    </message>
    <message>
        <source>Some posts were left alone</source>
        <translation>Algunas entradas no se tocaron</translation>
    </message>
    <message>
        <source>Posts changed since &quot;%1&quot; were not restored; they stay as they are now: %2</source>
        <translation>Las entradas cambiadas desde «%1» no se restauraron; quedan como están ahora: %2</translation>
    </message>
    <message>
        <source>Some posts were not changed</source>
        <translation>Algunas entradas no se cambiaron</translation>
    </message>
    <message>
        <source>Posts that changed since the preview or could not be written (left as they are): %1</source>
        <translation>Entradas que cambiaron desde la vista previa o que no se pudieron escribir (se dejan como están): %1</translation>
    </message>
</context>
<context>
    <name>postwright::SiteEditJournal</name>
    <message>
        <source>changed since: left as it is now</source>
        <translation>cambiado desde entonces: se deja como está</translation>
    </message>
    <message>
        <source>deleted since: left deleted</source>
        <translation>eliminado desde entonces: sigue eliminado</translation>
    </message>
    <message>
        <source>its permissions or owner changed since (mode %1 now): left as it is now</source>
        <translation>sus permisos o su propietario han cambiado desde entonces (ahora modo %1): se deja como está</translation>
    </message>
</context>
<context>
    <name>postwright::SiteGitState</name>
    <message>
        <source>detached HEAD</source>
        <translation>HEAD desacoplado</translation>
    </message>
    <message>
        <source>%1 (no commit yet)</source>
        <translation>%1 (aún sin commits)</translation>
    </message>
    <message>
        <source>%1 (no upstream)</source>
        <translation>%1 (sin upstream)</translation>
    </message>
    <message>
        <source>%1, up to date with %2</source>
        <translation>%1, al día con %2</translation>
    </message>
</context>
<context>
    <name>postwright::SiteIndex</name>
    <message>
        <source>indexing was canceled</source>
        <translation>se canceló la indexación</translation>
    </message>
</context>
<context>
    <name>postwright::SitePreviewView</name>
    <message>
        <source>Preview in the site&apos;s theme</source>
        <translation>Vista previa con el tema del sitio</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplace</name>
    <message>
        <source>more than %1 matches: not changed</source>
        <translation>más de %1 coincidencias: no se cambia</translation>
    </message>
    <message>
        <source>larger than %1 MB: not searched</source>
        <translation>más de %1 MB: no se busca en él</translation>
    </message>
    <message>
        <source>changed since the preview: left as it is now</source>
        <translation>cambiado desde la vista previa: se deja como está</translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplaceDialog</name>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Patrón no válido: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Press Search to see the changes.</source>
        <translation>Pulse «Iniciar búsqueda» para ver los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n posts.</source>
        <translation>
            <numerusform>en %n entrada.</numerusform>
            <numerusform>en %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: not every post was searched.</source>
        <translation>Detenido: no se buscó en todas las entradas.</translation>
    </message>
    <message>
        <source>Too many matches: the search stopped at %1.</source>
        <translation>Demasiadas coincidencias: la búsqueda se detuvo en %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>…and more changed lines further down.</source>
        <translation>…y más líneas cambiadas más abajo.</translation>
    </message>
    <message>
        <source>Replace in Tick&amp;ed Posts</source>
        <translation>Reemplazar en las entradas &amp;marcadas</translation>
    </message>
    <message>
        <source>left out</source>
        <comment>a post not offered for replacing</comment>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>postwright::SiteRules</name>
    <message>
        <source>not named YYYY-MM-DD-slug.%1: Jekyll ignores this file</source>
        <translation>el nombre no sigue el patrón YYYY-MM-DD-slug.%1: Jekyll ignora este archivo</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the site (to %1): not read</source>
        <translation>un enlace simbólico que sale del sitio (a %1): no se lee</translation>
    </message>
</context>
<context>
    <name>postwright::SiteServer</name>
    <message>
        <source>hugo is not installed (no hugo on the PATH). Install it (Debian: apt install hugo) or choose a hugo binary in Settings.</source>
        <translation>hugo no está instalado (no hay hugo en el PATH). Instálelo (Debian: apt install hugo) o elija un ejecutable de hugo en Preferencias.</translation>
    </message>
    <message>
        <source>The chosen hugo binary %1 is not an executable file.</source>
        <translation>El ejecutable de hugo elegido %1 no es un archivo ejecutable.</translation>
    </message>
    <message>
        <source>This site is built with hugo %1 (%2 says so), but %3 is hugo %4. Choose a newer hugo binary in Settings.</source>
        <translation>Este sitio se genera con hugo %1 (según %2), pero %3 es hugo %4. Elija un ejecutable de hugo más reciente en Preferencias.</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>No se puede crear la carpeta de vista previa %1</translation>
    </message>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 no se inicia: %2</translation>
    </message>
    <message>
        <source>%1 three times in a minute; see its log %2</source>
        <translation>%1 tres veces en un minuto; vea su registro %2</translation>
    </message>
    <message>
        <source>Save the post into the site to see it in the site&apos;s theme.</source>
        <translation>Guarde la entrada en el sitio para verla con el tema del sitio.</translation>
    </message>
    <message>
        <source>hugo does not read this file: it is not in the site&apos;s content folder.</source>
        <translation>hugo no lee este archivo: no está en la carpeta de contenido del sitio.</translation>
    </message>
    <message>
        <source>Cannot write the preview copy: %1</source>
        <translation>No se puede escribir la copia de vista previa: %1</translation>
    </message>
    <message>
        <source>Cannot link %1 into the preview folder</source>
        <translation>No se puede enlazar %1 en la carpeta de vista previa</translation>
    </message>
    <message>
        <source>`bundle check` for the site&apos;s Gemfile did not finish.</source>
        <translation>`bundle check` para el Gemfile del sitio no terminó.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile cannot be used: `bundle check` failed.</source>
        <translation>No se puede usar el Gemfile del sitio: `bundle check` falló.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile needs gems that are not installed: %1. Run `bundle install` in the site folder.</source>
        <translation>El Gemfile del sitio necesita gems que no están instaladas: %1. Ejecute `bundle install` en la carpeta del sitio.</translation>
    </message>
    <message>
        <source>jekyll is not installed (no jekyll on the PATH). Install it (Debian: apt install jekyll).</source>
        <translation>jekyll no está instalado (no hay jekyll en el PATH). Instálelo (Debian: apt install jekyll).</translation>
    </message>
    <message>
        <source>jekyll does not read this file: it is not in the site&apos;s folder.</source>
        <translation>jekyll no lee este archivo: no está en la carpeta del sitio.</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Jekyll site</source>
        <translation>%1 no es un sitio de Hugo ni de Jekyll</translation>
    </message>
    <message>
        <source>%1 did not serve the site within %2 seconds; see its log %3</source>
        <translation>%1 no sirvió el sitio en %2 segundos; consulte su registro %3</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for %1.</source>
        <translation>No hay ningún puerto libre en 127.0.0.1 para %1.</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2); see its log %3</source>
        <translation>%1 se detuvo (código de salida %2); consulte su registro %3</translation>
    </message>
    <message>
        <source>%1 could not build the site: %2</source>
        <translation>%1 no pudo generar el sitio: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 se bloqueó</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2)</source>
        <translation>%1 se detuvo (código de salida %2)</translation>
    </message>
</context>
<context>
    <name>postwright::SiteSession</name>
    <message>
        <source>Rename &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>el cambio de nombre «%1» → «%2»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>la fusión de «%1» en «%2»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>la eliminación de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n Posts</source>
        <translation>
            <numerusform>el reemplazo en %n entrada</numerusform>
            <numerusform>el reemplazo en %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n posts</source>
        <translation>
            <numerusform>Reemplazado en %n entrada</numerusform>
            <numerusform>Reemplazado en %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Replacing in %1 of %2 posts…</source>
        <translation>Reemplazando en %1 de %2 entradas…</translation>
    </message>
    <message>
        <source>Undoing %1: %2 of %3 posts…</source>
        <translation>Deshaciendo %1: %2 de %3 entradas…</translation>
    </message>
    <message>
        <source>Posts are being changed all over the site: wait for that to end, or stop it.</source>
        <translation>Se están modificando entradas en todo el sitio: espere a que termine o deténgalo.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: replaced in %n posts; the others are as they were</source>
        <translation>
            <numerusform>Detenido: reemplazado en %n entrada; las demás quedan como estaban</numerusform>
            <numerusform>Detenido: reemplazado en %n entradas; las demás quedan como estaban</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 (posts restored: %2); Undo restores the others</source>
        <translation>Detenido al deshacer %1 (entradas restauradas: %2); Deshacer restaura las demás</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizeDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>Insertar tabla</translation>
    </message>
    <message>
        <source>%1 × %2 (columns × rows, header included)</source>
        <extracomment>The size chosen in the table picker; rows include the header row.</extracomment>
        <translation>%1 × %2 (columnas × filas, encabezado incluido)</translation>
    </message>
</context>
<context>
    <name>postwright::TableSizePicker</name>
    <message>
        <source>Table size</source>
        <translation>Tamaño de la tabla</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <extracomment>The table size picker&apos;s size as a screen reader says it.</extracomment>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::TableToolBar</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Table tools</source>
        <translation>Herramientas de tabla</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add Row &amp;Above</source>
        <translation>Añadir fila &amp;arriba</translation>
    </message>
    <message>
        <source>Add Row &amp;Below</source>
        <translation>Añadir fila a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Delete Row</source>
        <translation>&amp;Eliminar fila</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Add Column &amp;Left</source>
        <translation>Añadir columna a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Add Column &amp;Right</source>
        <translation>Añadir columna a la &amp;derecha</translation>
    </message>
    <message>
        <source>&amp;Delete Column</source>
        <translation>&amp;Eliminar columna</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Alinear a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Centrar</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Alinear a la &amp;derecha</translation>
    </message>
    <message>
        <source>&amp;No Alignment</source>
        <translation>&amp;Sin alineación</translation>
    </message>
    <message>
        <source>Format Table</source>
        <translation>Formatear tabla</translation>
    </message>
    <message>
        <source>Line the table&apos;s pipes up</source>
        <translation>Alinear las barras verticales de la tabla</translation>
    </message>
    <message>
        <source>This table is too large for the table tools (over %L1 rows or %L2 columns).</source>
        <translation>Esta tabla es demasiado grande para las herramientas de tabla (más de %L1 filas o %L2 columnas).</translation>
    </message>
</context>
<context>
    <name>postwright::TermEdit</name>
    <message>
        <source>not inside the site: left alone</source>
        <translation>no está dentro del sitio: no se modifica</translation>
    </message>
    <message>
        <source>deleted during the change: left deleted</source>
        <translation>eliminado durante el cambio: sigue eliminado</translation>
    </message>
    <message>
        <source>changed again and again during the change: left as it is now</source>
        <translation>cambiado una y otra vez durante el cambio: se deja como está ahora</translation>
    </message>
</context>
<context>
    <name>postwright::TermEditDialog</name>
    <message>
        <source>Rename Term</source>
        <translation>Cambiar el nombre del término</translation>
    </message>
    <message>
        <source>Rename %1 in the %2 of every post.</source>
        <translation>Cambiar el nombre de %1 en el campo %2 de todas las entradas.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
    <message>
        <source>Merge Terms</source>
        <translation>Fusionar términos</translation>
    </message>
    <message>
        <source>Merge %1 into another term of the %2: every post with %1 gets the other term instead.</source>
        <translation>Fusionar %1 con otro término del campo %2: todas las entradas que tengan %1 recibirán el otro término en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Eliminar término</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 of every post.</source>
        <translation>Quitar %1 del campo %2 de todas las entradas.</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; key</source>
        <translation>%1: la clave «%2»</translation>
    </message>
    <message>
        <source>No file carries this term.</source>
        <translation>Ningún archivo contiene este término.</translation>
    </message>
    <message>
        <source>Files that will change (only their %1 lines): %2</source>
        <translation>Archivos que cambiarán (solo sus líneas de %1): %2</translation>
    </message>
    <message>
        <source>These files cannot be changed and will be left as they are:</source>
        <translation>Estos archivos no se pueden modificar y se dejarán como están:</translation>
    </message>
</context>
<context>
    <name>postwright::TermListModel</name>
    <message>
        <source>%1 — posts: %2</source>
        <translation>%1 — entradas: %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Entradas</translation>
    </message>
</context>
<context>
    <name>postwright::TextCodec</name>
    <message>
        <source>binary file (a NUL byte at byte offset %1): not a text post</source>
        <translation>archivo binario (un byte NUL en la posición de byte %1): no es una entrada de texto</translation>
    </message>
    <message>
        <source>UTF-16 file has an odd number of bytes (%1): its last byte is cut off</source>
        <translation>el archivo UTF-16 tiene un número impar de bytes (%1): se descarta su último byte</translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset %1 (an unpaired surrogate)</source>
        <translation>UTF-16 no válido en la posición de byte %1 (un sustituto sin pareja)</translation>
    </message>
    <message>
        <source>the file looks like %1 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM) to open it</source>
        <translation>el archivo parece texto %1 sin marca de orden de bytes; guárdelo como UTF-8 (o como UTF-16 con BOM) para abrirlo</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (byte 0x%2); the file is not UTF-8 text</source>
        <translation>UTF-8 no válido en la posición de byte %1 (byte 0x%2); el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8; the file is not UTF-8 text</source>
        <translation>UTF-8 no válido; el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
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
        <translation>Mixtos</translation>
    </message>
</context>
<context>
    <name>postwright::TextSearch</name>
    <message>
        <source>search gave up in this post: the pattern is too complex; simplify it</source>
        <translation>la búsqueda se interrumpió en esta entrada: el patrón es demasiado complejo; simplifíquelo</translation>
    </message>
</context>
<context>
    <name>postwright::Value</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>multi-line text</source>
        <translation>texto multilínea</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>nested</source>
        <translation>anidado</translation>
    </message>
</context>
</TS>
