<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>UserPrompts</name>
    <message>
        <source>Neuroweave projects (*.nwproj)</source>
        <translation>Neuroweave-Projekte (*.nwproj)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and export neural networks visually.</source>
        <translation>Neuronale Netze visuell entwerfen, trainieren und exportieren.</translation>
    </message>
    <message>
        <source>A project (.nwproj) to open.</source>
        <translation>Ein Projekt (.nwproj), das geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein PNG-Bild des Fensters in &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>nw::gui::MainWindow</name>
    <message>
        <source>Drag layers here to build a network</source>
        <translation>Ziehen Sie Schichten hierher, um ein Netz aufzubauen</translation>
    </message>
    <message>
        <source>or open a project with %1</source>
        <translation>oder öffnen Sie ein Projekt mit %1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Neuroweave</source>
        <translation>Neuroweave beenden</translation>
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
        <source>&amp;About Neuroweave</source>
        <translation>Ü&amp;ber Neuroweave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>About Neuroweave</source>
        <translation>Über Neuroweave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;A visual designer for neural networks: drag layers onto a canvas, wire them into a network and watch it train live on your own computer.&lt;/p&gt;&lt;p&gt;Trained models export to ONNX and PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;Ein visuelles Entwurfswerkzeug für neuronale Netze: Ziehen Sie Schichten auf die Arbeitsfläche, verbinden Sie sie zu einem Netz und sehen Sie zu, wie es live auf Ihrem eigenen Computer trainiert.&lt;/p&gt;&lt;p&gt;Trainierte Modelle lassen sich nach ONNX und PyTorch exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Layers: %1 · Parameters: %2</source>
        <translation>Schichten: %1 · Parameter: %2</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
</TS>
