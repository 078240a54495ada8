<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>postwright</name>
    <message numerus="yes">
        <source>publish stopped: %n file(s) changed on both sides; nothing was merged and no file was changed</source>
        <translation>
            <numerusform>publish stopped: %n file changed on both sides; nothing was merged and no file was changed</numerusform>
            <numerusform>publish stopped: %n files changed on both sides; nothing was merged and no file was changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::Deploy</name>
    <message numerus="yes">
        <source>%n page(s) could not be exported: nothing was deployed</source>
        <translation>
            <numerusform>%n page could not be exported: nothing was deployed</numerusform>
            <numerusform>%n pages could not be exported: nothing was deployed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uploading %n new file(s)</source>
        <translation>
            <numerusform>uploading %n new file</numerusform>
            <numerusform>uploading %n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replacing %n changed file(s)</source>
        <translation>
            <numerusform>replacing %n changed file</numerusform>
            <numerusform>replacing %n changed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n stale file(s)</source>
        <translation>
            <numerusform>removing %n stale file</numerusform>
            <numerusform>removing %n stale files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::DeployDialog</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) left in place.</source>
        <translation>
            <numerusform>%n stale file left in place.</numerusform>
            <numerusform>%n stale files left in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::ExportDialog</name>
    <message numerus="yes">
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n post exported to %1.</numerusform>
            <numerusform>%n posts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n page written</numerusform>
            <numerusform>%n pages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied</source>
        <translation>
            <numerusform>%n file copied</numerusform>
            <numerusform>%n files copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n page failed</numerusform>
            <numerusform>%n pages failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::Exporter</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::Files</name>
    <message numerus="yes">
        <source>has %n names (hard links); saving would split them, giving only this name the new text: not written</source>
        <translation>
            <numerusform>has %n name (hard links); saving would split them, giving only this name the new text: not written</numerusform>
            <numerusform>has %n names (hard links); saving would split them, giving only this name the new text: not written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::FindBar</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::GitActions</name>
    <message numerus="yes">
        <source>%1 holds %n conflict(s) that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</source>
        <translation>
            <numerusform>%1 holds %n conflict that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</numerusform>
            <numerusform>%1 holds %n conflicts that a merge left as markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;). Choose what the post says in the merge view?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::GitBranchLabel</name>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::HistoryDialog</name>
    <message numerus="yes">
        <source>%n commit(s) changed this post.</source>
        <translation>
            <numerusform>%n commit changed this post.</numerusform>
            <numerusform>%n commits changed this post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::InsightsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::MainWindow</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection: %n words</source>
        <translation>
            <numerusform>Selection: %n word</numerusform>
            <numerusform>Selection: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n garbled character(s).</source>
        <translation>
            <numerusform>Repaired %n garbled character.</numerusform>
            <numerusform>Repaired %n garbled characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be repaired exactly (a byte was lost); the doctor lists them.</source>
        <translation>
            <numerusform>%n character could not be repaired exactly (a byte was lost); the doctor lists it.</numerusform>
            <numerusform>%n characters could not be repaired exactly (a byte was lost); the doctor lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written (in code, or a BOM inside the text); the doctor lists them.</source>
        <translation>
            <numerusform>%n garbled sequence was left as written (in code, or a BOM inside the text); the doctor lists it.</numerusform>
            <numerusform>%n garbled sequences were left as written (in code, or a BOM inside the text); the doctor lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::PostDoctor</name>
    <message numerus="yes">
        <source>&quot;%1&quot; appears %n times (lines %2); Hugo and Jekyll use only the last one</source>
        <translation>
            <numerusform>&quot;%1&quot; appears once (line %2)</numerusform>
            <numerusform>&quot;%1&quot; appears %n times (lines %2); Hugo and Jekyll use only the last one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::SiteReplaceDialog</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n posts.</source>
        <translation>
            <numerusform>in %n post.</numerusform>
            <numerusform>in %n posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::SiteSession</name>
    <message numerus="yes">
        <source>Replace in %n Posts</source>
        <translation>
            <numerusform>Replace in %n Post</numerusform>
            <numerusform>Replace in %n Posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n posts</source>
        <translation>
            <numerusform>Replaced in %n post</numerusform>
            <numerusform>Replaced in %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: replaced in %n posts; the others are as they were</source>
        <translation>
            <numerusform>Stopped: replaced in %n post; the others are as they were</numerusform>
            <numerusform>Stopped: replaced in %n posts; the others are as they were</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postwright::TableSizePicker</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <extracomment>The table size picker&apos;s size as a screen reader says it.</extracomment>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
