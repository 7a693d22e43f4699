<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LayerHelp</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>This layer has no attributes.</source>
        <translation>Diese Schicht hat keine Attribute.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>The layer is disabled: it passes its input through unchanged.</source>
        <translation>Die Schicht ist deaktiviert: Sie reicht ihre Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Using the Designer</source>
        <translation>Den Designer verwenden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Building a network&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Drag a layer from the palette onto the canvas, or double-click it to add it in the middle of the view. %1 searches the palette.&lt;/li&gt;&lt;li&gt;Drag from a layer&apos;s output port (right) to another layer&apos;s input port (left) to wire them. Ports that accept the wire light up while you drag.&lt;/li&gt;&lt;li&gt;Drop a wire on empty canvas to add a layer that is already connected.&lt;/li&gt;&lt;li&gt;Every wire shows the shape it carries. A red badge marks a layer whose input does not fit; click it to insert the bridging layer it offers.&lt;/li&gt;&lt;li&gt;Select a layer to edit its attributes in the inspector; the problems list shows every diagnostic, and a click selects its layer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Select a layer and press %2 for help on it. %3 fits the network in view; every edit can be undone with %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Rename Layer</source>
        <translation>Schicht umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
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
    <message>
        <source>Select the layer named &lt;name&gt;.</source>
        <translation>Die Schicht namens &lt;name&gt; auswählen.</translation>
    </message>
    <message>
        <source>There is no layer named %1.</source>
        <translation>Es gibt keine Schicht namens %1.</translation>
    </message>
</context>
<context>
    <name>nw::gui</name>
    <message>
        <source>%1 params</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>shape unknown</source>
        <translation>Form unbekannt</translation>
    </message>
    <message>
        <source>Attributes (default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nw::gui::AttributeField</name>
    <message>
        <source>e.g. 1×28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dimensions as whole numbers separated by ×, e.g. 1×28×28.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nw::gui::EditorActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Auss&amp;chneiden</translation>
    </message>
    <message>
        <source>Move the selected layers to the clipboard</source>
        <translation>Die ausgewählten Schichten in die Zwischenablage verschieben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected layers and their wires</source>
        <translation>Die ausgewählten Schichten und ihre Verbindungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the layers on the clipboard</source>
        <translation>Die Schichten aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Copy the selected layers next to themselves</source>
        <translation>Die ausgewählten Schichten daneben kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected layers and wires</source>
        <translation>Die ausgewählten Schichten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every layer and wire</source>
        <translation>Alle Schichten und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected layer a new name</source>
        <translation>Der ausgewählten Schicht einen neuen Namen geben</translation>
    </message>
    <message>
        <source>Disa&amp;ble Layer</source>
        <translation>Schicht &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Switch the selected layers off: they pass their input through unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Enlarge the canvas</source>
        <translation>Die Arbeitsfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Shrink the canvas</source>
        <translation>Die Arbeitsfläche verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>Die Arbeitsfläche in 100 % zeigen</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>Netz &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Das ganze Netz zeigen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Show the selected layers</source>
        <translation>Die ausgewählten Schichten zeigen</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Align moved layers on the canvas grid</source>
        <translation>Verschobene Schichten am Raster der Arbeitsfläche ausrichten</translation>
    </message>
    <message>
        <source>A&amp;rrange Layers</source>
        <translation>Schichten anor&amp;dnen</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>Das Netz von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%n Layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Arrange Layers</source>
        <translation>Schichten anordnen</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphScene</name>
    <message>
        <source>Added %1 without a wire: %2</source>
        <translation>%1 ohne Verbindung hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Delete Selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>Die Zwischenablage enthält keine Schichten zum Einfügen.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An output connects to an input, on the left side of a layer.</source>
        <translation>Ein Ausgang verbindet sich mit einem Eingang, auf der linken Seite einer Schicht.</translation>
    </message>
    <message>
        <source>An input connects to an output, on the right side of a layer.</source>
        <translation>Ein Eingang verbindet sich mit einem Ausgang, auf der rechten Seite einer Schicht.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its shape and edit its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s name, unique in the network</source>
        <translation>Der Name der Schicht, eindeutig im Netz</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>FLOPs:</source>
        <translation>FLOPs:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>This layer has no attributes to set.</source>
        <translation>Diese Schicht hat keine einstellbaren Attribute.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>%1 pro Beispiel</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
</context>
<context>
    <name>nw::gui::LayerSearchPopup</name>
    <message>
        <source>Add a layer…</source>
        <translation>Schicht hinzufügen…</translation>
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
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new project, empty or from a template</source>
        <translation>Ein neues Projekt beginnen, leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a picture of the network as SVG or PNG</source>
        <translation>Ein Bild des Netzes als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>Export the network diagram as SVG or PNG</source>
        <translation>Das Netzdiagramm als SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the edit that was undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Layer</source>
        <translation>Schicht &amp;suchen</translation>
    </message>
    <message>
        <source>Search the layer palette</source>
        <translation>Die Schichtpalette durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Help on Layer</source>
        <translation>&amp;Hilfe zur Schicht</translation>
    </message>
    <message>
        <source>Explain the selected layer, or how to use the designer</source>
        <translation>Die ausgewählte Schicht erklären oder die Bedienung des Designers</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Could not open the template “%1”.</source>
        <translation>Die Vorlage „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>New project from %1</source>
        <translation>Neues Projekt aus %1</translation>
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation>Es gibt noch kein Netz zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not export the diagram to “%1”.</source>
        <translation>Das Diagramm konnte nicht nach „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>„%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Summary Bar</source>
        <translation>&amp;Übersichtsleiste</translation>
    </message>
    <message>
        <source>Show or hide the network summary in the status bar</source>
        <translation>Die Netzübersicht in der Statusleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>%1 konnte nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>nw::gui::NodeItem</name>
    <message>
        <source>Disabled: passes its input through unchanged.</source>
        <translation>Deaktiviert: reicht die Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Click to fix: %1</source>
        <translation>Zum Beheben klicken: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::PaletteDock</name>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Search layers</source>
        <translation>Schichten suchen</translation>
    </message>
    <message>
        <source>Filter the layers by name, description or category; Enter adds the first match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer matches this search.</source>
        <translation>Keine Schicht passt zu dieser Suche.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 layer; click to select it</source>
        <translation>Schicht %1; zum Auswählen klicken</translation>
    </message>
    <message>
        <source>The network as a whole</source>
        <translation>Das Netz als Ganzes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>nw::gui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>nw::gui::SummaryBar</name>
    <message>
        <source>Layers in the network</source>
        <translation>Schichten im Netz</translation>
    </message>
    <message>
        <source>Trainable parameters (weights and biases)</source>
        <translation>Trainierbare Parameter (Gewichte und Biases)</translation>
    </message>
    <message>
        <source>Floating-point operations of one forward pass for one sample (a multiply-add counts 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before training; see the Problems list</source>
        <translation>Vor dem Training zu behebende Probleme; siehe die Problemliste</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 FLOPs/sample</source>
        <translation>%1 FLOPs/Beispiel</translation>
    </message>
    <message>
        <source>≈ %1 to train</source>
        <translation>≈ %1 zum Trainieren</translation>
    </message>
    <message>
        <source>Estimated memory for one training step at batch size %1: parameters, their gradients and Adam&apos;s two moments, plus every layer&apos;s activations and their gradients for the batch, in 32-bit floats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
</context>
<context>
    <name>nw::gui::TemplateGallery</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Start from an empty canvas or from a network that already works:</source>
        <translation>Mit einer leeren Arbeitsfläche beginnen oder mit einem Netz, das schon funktioniert:</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Leeres Projekt</translation>
    </message>
    <message>
        <source>A blank canvas: drag layers from the palette and wire them.</source>
        <translation>Eine leere Arbeitsfläche: Schichten aus der Palette ziehen und verbinden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>No layers yet</source>
        <translation>Noch keine Schichten</translation>
    </message>
</context>
</TS>
