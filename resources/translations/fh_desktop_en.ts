<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Frühe Hilfen Werkstatt</source>
        <translation>About Frühe Hilfen Werkstatt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {version} (Qt {qt}, PySide6 {pyside})&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {version} (Qt {qt}, PySide6 {pyside})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moderationswerkzeug für den NZFH-Workshop „Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung“. Arbeitet vollständig offline.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later. Verwendete Komponenten:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Facilitation tool for the NZFH workshop “Municipal anchoring in youth welfare, social and health planning”. Works completely offline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Components used:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Schritt 3 – Maßnahmen: wird vorbereitet.</source>
        <translation>Step 3 – Actions: in preparation.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Ablauf</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Schritt als erledigt markieren; die Zeit hält an.</source>
        <translation>Mark the step as done; the time stops.</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Zeit dieses Schritts auf null und Status auf „offen“ setzen</source>
        <translation>Set this step&apos;s time to zero and its status to “open”</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Geplante Minuten für Schritt {n}</source>
        <translation>Planned minutes for step {n}</translation>
    </message>
    <message>
        <source>Status von Schritt {n}</source>
        <translation>Status of step {n}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zeit für Schritt {n} starten oder anhalten</source>
        <translation>Start or pause the time for step {n}</translation>
    </message>
    <message>
        <source>Schritt {n} {title}: Zeit überschritten – {used} von {planned} Min.</source>
        <translation>Step {n} {title}: time exceeded – {used} of {planned} min</translation>
    </message>
    <message>
        <source>Schritt {n} {title}: {used} von {planned} Min.</source>
        <translation>Step {n} {title}: {used} of {planned} min</translation>
    </message>
</context>
<context>
    <name>BlankCover</name>
    <message>
        <source>Schwarzbild</source>
        <translation>Blank screen</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Schritt 1 – Pinnwand: wird vorbereitet.</source>
        <translation>Step 1 – Pinboard: in preparation.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Schritt 2 – Checkliste: wird vorbereitet.</source>
        <translation>Step 2 – Checklist: in preparation.</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Verbleibende Zeit</source>
        <translation>Time remaining</translation>
    </message>
</context>
<context>
    <name>GuidingQuestionsDialog</name>
    <message>
        <source>Fragen für Schritt {n} – {title}</source>
        <translation>Questions for step {n} – {title}</translation>
    </message>
    <message>
        <source>Eine Frage pro Zeile. Änderungen werden sofort gespeichert.</source>
        <translation>One question per line. Changes are saved at once.</translation>
    </message>
    <message>
        <source>Standardfragen wiederherstellen</source>
        <translation>Restore the standard questions</translation>
    </message>
</context>
<context>
    <name>GuidingQuestionsPanel</name>
    <message>
        <source>Fragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Fragen zu diesem Schritt ein- oder ausblenden</source>
        <translation>Show or hide the questions for this step</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Fragen dieses Schritts für diesen Workshop bearbeiten</source>
        <translation>Edit this step&apos;s questions for this workshop</translation>
    </message>
    <message>
        <source>Fragen zu diesem Schritt</source>
        <translation>Questions for this step</translation>
    </message>
    <message>
        <source>Für diesen Schritt sind keine Fragen hinterlegt.</source>
        <translation>There are no questions for this step.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop-Dateien (*{suffix})</source>
        <translation>Workshop files (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neuer Workshop …</source>
        <translation>&amp;New workshop …</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Demo-Workshop öffnen</source>
        <translation>Open &amp;demo workshop</translation>
    </message>
    <message>
        <source>&amp;Teilnehmende …</source>
        <translation>&amp;Participants …</translation>
    </message>
    <message>
        <source>Workshop &amp;schließen</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Schritte</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <source>1 Pinnwand</source>
        <translation>1 Pinboard</translation>
    </message>
    <message>
        <source>2 Checkliste</source>
        <translation>2 Checklist</translation>
    </message>
    <message>
        <source>3 Maßnahmen</source>
        <translation>3 Actions</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ü&amp;ber Frühe Hilfen Werkstatt …</source>
        <translation>&amp;About Frühe Hilfen Werkstatt …</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>(noch keine)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Frühe Hilfen Werkstatt</source>
        <translation>Frühe Hilfen Werkstatt</translation>
    </message>
    <message>
        <source>Workshop öffnen</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <source>Neuer Workshop{suffix}</source>
        <translation>New workshop{suffix}</translation>
    </message>
    <message>
        <source>Neuen Workshop anlegen</source>
        <translation>Create a new workshop</translation>
    </message>
    <message>
        <source>Workshop kann nicht geöffnet werden</source>
        <translation>The workshop cannot be opened</translation>
    </message>
</context>
<context>
    <name>ModerationControls</name>
    <message>
        <source>&amp;Nächster Schritt</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Vorheriger Schritt</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Zeit &amp;starten / anhalten</source>
        <translation>&amp;Start / pause time</translation>
    </message>
    <message>
        <source>Schritt &amp;abschließen</source>
        <translation>&amp;Finish step</translation>
    </message>
    <message>
        <source>Zeit des Schritts &amp;zurücksetzen</source>
        <translation>&amp;Reset the step&apos;s time</translation>
    </message>
    <message>
        <source>&amp;Frageimpulse bearbeiten …</source>
        <translation>Edit &amp;guiding questions …</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Präsentationsmodus</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>&amp;Schwarzbild</source>
        <translation>&amp;Blank screen</translation>
    </message>
    <message>
        <source>S&amp;eitenleiste (Ablauf und Fragen)</source>
        <translation>S&amp;idebar (agenda and questions)</translation>
    </message>
    <message>
        <source>&amp;Beamer-Ansicht</source>
        <translation>P&amp;rojector view</translation>
    </message>
    <message>
        <source>Beamer: &amp;Bildschirm wählen</source>
        <translation>Projector: choose &amp;screen</translation>
    </message>
    <message>
        <source>Beamer &amp;einfrieren</source>
        <translation>&amp;Freeze projector</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>{name} ({w} × {h})</source>
        <translation>{name} ({w} × {h})</translation>
    </message>
    <message>
        <source>{screen} – Bildschirm dieses Fensters</source>
        <translation>{screen} – this window&apos;s screen</translation>
    </message>
    <message>
        <source>Nur ein Bildschirm angeschlossen: Präsentationsmodus (F11) verwenden</source>
        <translation>Only one screen connected: use presentation mode (F11)</translation>
    </message>
    <message>
        <source>Beamer-Ansicht schließen</source>
        <translation>Close projector view</translation>
    </message>
    <message>
        <source>Kein zweiter Bildschirm angeschlossen – der Präsentationsmodus (F11) zeigt die Ansicht hier.</source>
        <translation>No second screen connected – presentation mode (F11) shows the view here.</translation>
    </message>
    <message>
        <source>Schritt {n}: {title}</source>
        <translation>Step {n}: {title}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name oder Kürzel</source>
        <translation>Name or initials</translation>
    </message>
    <message>
        <source>Fachbereich / Funktion</source>
        <translation>Department / role</translation>
    </message>
    <message>
        <source>beobachtet nur</source>
        <translation>observer only</translation>
    </message>
    <message>
        <source>Beobachtende nehmen teil, geben aber keine Einschätzung in der Checkliste ab.</source>
        <translation>Observers take part but do not give an assessment in the checklist.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name oder Kürzel</source>
        <translation>Name or initials</translation>
    </message>
    <message>
        <source>Name der neuen Person</source>
        <translation>Name of the new person</translation>
    </message>
    <message>
        <source>Fachbereich / Funktion</source>
        <translation>Department / role</translation>
    </message>
    <message>
        <source>Fachbereich der neuen Person</source>
        <translation>Department of the new person</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Teilnehmende entfernen</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <source>{names} entfernen? Ihre Einschätzungen bleiben anonym in der Verteilung erhalten.</source>
        <translation>Remove {names}? Their assessments stay in the distribution, anonymously.</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>Präsentation beenden (F11)</source>
        <translation>End presentation (F11)</translation>
    </message>
    <message>
        <source>Präsentation beenden</source>
        <translation>End presentation</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Beamer – Frühe Hilfen Werkstatt</source>
        <translation>Projector – Frühe Hilfen Werkstatt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Wie das System ({language})</source>
        <translation>Same as the system ({language})</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>Ton, wenn die Zeit eines Schritts abgelaufen ist</source>
        <translation>Sound when a step&apos;s time is up</translation>
    </message>
    <message>
        <source>Der Ton ist der Hinweiston des Systems; ob er zu hören ist, hängt vom Gerät ab. Die Zeitanzeige pulsiert in jedem Fall sanft.</source>
        <translation>The sound is the system&apos;s alert sound; whether it can be heard depends on the device. The time display always pulses gently.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Schritt {n}: {title}</source>
        <translation>Step {n}: {title}</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Bedienung</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Zum nächsten / vorigen Element</source>
        <translation>To the next / previous control</translation>
    </message>
    <message>
        <source>Tab / Umschalt+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Schaltfläche auslösen</source>
        <translation>Press a button</translation>
    </message>
    <message>
        <source>Leertaste</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Schwarzbild oder diese Hilfe beenden</source>
        <translation>End the blank screen or this help</translation>
    </message>
    <message>
        <source>beliebige Taste</source>
        <translation>any key</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Schließen mit einer beliebigen Taste oder einem Klick.</source>
        <translation>Close with any key or a click.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Frühe Hilfen Werkstatt</source>
        <translation>Frühe Hilfen Werkstatt</translation>
    </message>
    <message>
        <source>Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung – ein Workshop in drei Schritten: Pinnwand, Checkliste, Maßnahmen.</source>
        <translation>Municipal anchoring in youth welfare, social and health planning – a workshop in three steps: pinboard, checklist, actions.</translation>
    </message>
    <message>
        <source>Neuer Workshop …</source>
        <translation>New workshop …</translation>
    </message>
    <message>
        <source>Workshop öffnen …</source>
        <translation>Open workshop …</translation>
    </message>
    <message>
        <source>Demo-Workshop öffnen</source>
        <translation>Open demo workshop</translation>
    </message>
    <message>
        <source>Zuletzt geöffnete Workshops</source>
        <translation>Recently opened workshops</translation>
    </message>
    <message>
        <source>Zuletzt geöffnet:</source>
        <translation>Recently opened:</translation>
    </message>
    <message>
        <source>(noch keine)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>StepNavigation</name>
    <message>
        <source>Schritt {n} (Strg+{n})</source>
        <translation>Step {n} (Ctrl+{n})</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Titel des Workshops</source>
        <translation>Title of the workshop</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message numerus="yes">
        <source>Teilnehmende: %n …</source>
        <translation>
            <numerusform>Participants: %n …</numerusform>
            <numerusform>Participants: %n …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Akteur</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jugendhilfeplanung</source>
        <translation>Youth welfare planning</translation>
    </message>
    <message>
        <source>Sozialplanung</source>
        <translation>Social planning</translation>
    </message>
    <message>
        <source>Gesundheitsplanung</source>
        <translation>Health planning</translation>
    </message>
    <message>
        <source>Politik/Gremien</source>
        <translation>Politics/committees</translation>
    </message>
    <message>
        <source>Netzwerk Frühe Hilfen</source>
        <translation>Early childhood intervention network</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Austausch</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Beschluss/Auftrag</source>
        <translation>Decision/mandate</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Beteiligung</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>ungerichtet</source>
        <translation>undirected</translation>
    </message>
    <message>
        <source>einseitig</source>
        <translation>one-way</translation>
    </message>
    <message>
        <source>wechselseitig</source>
        <translation>two-way</translation>
    </message>
    <message>
        <source>rot</source>
        <translation>red</translation>
    </message>
    <message>
        <source>grün</source>
        <translation>green</translation>
    </message>
    <message>
        <source>blau</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>gelb</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>trifft zu</source>
        <translation>applies</translation>
    </message>
    <message>
        <source>teilweise</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>trifft nicht zu</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <source>kann ich nicht beurteilen</source>
        <translation>cannot judge</translation>
    </message>
    <message>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Frageimpulse</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Dialog mit der strategisch-politischen Ebene</source>
        <translation>Dialogue with the strategic and political level</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unbekannter Fehler: {detail}</source>
        <translation>Unknown error: {detail}</translation>
    </message>
    <message>
        <source>Ungültige Workshop-Daten bei „{path}“: {problem}</source>
        <translation>Invalid workshop data at “{path}”: {problem}</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ gibt es nicht.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>„{path}“ ist ein Ordner, keine Workshop-Datei.</source>
        <translation>“{path}” is a folder, not a workshop file.</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ kann nicht gelesen werden: {detail}</source>
        <translation>The file “{path}” cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ ist leer und keine Workshop-Datei.</source>
        <translation>The file “{path}” is empty and not a workshop file.</translation>
    </message>
    <message>
        <source>„{path}“ ist keine Workshop-Datei (kein Format der Frühe Hilfen Werkstatt).</source>
        <translation>“{path}” is not a workshop file (not a Frühe Hilfen Werkstatt format).</translation>
    </message>
    <message>
        <source>„{path}“ ist eine Datenbank eines anderen Programms, keine Workshop-Datei.</source>
        <translation>“{path}” is another program&apos;s database, not a workshop file.</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ ist unvollständig oder beschädigt ({detail}).</source>
        <translation>The workshop file “{path}” is incomplete or damaged ({detail}).</translation>
    </message>
    <message>
        <source>{what} Nr. {ident} gibt es nicht (mehr).</source>
        <translation>{what} no. {ident} does not exist (any more).</translation>
    </message>
    <message>
        <source>Ungültiger Wert für {field}: „{value}“.</source>
        <translation>Invalid value for {field}: “{value}”.</translation>
    </message>
    <message>
        <source>Der Text für {field} ist zu lang ({length} Zeichen, höchstens {limit}).</source>
        <translation>The text for {field} is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>Bitte einen Namen oder ein Kürzel angeben.</source>
        <translation>Please enter a name or initials.</translation>
    </message>
    <message>
        <source>„{name}“ ist schon in der Teilnehmendenliste.</source>
        <translation>“{name}” is already on the list of participants.</translation>
    </message>
    <message>
        <source>Der Workshop „{path}“ ist bereits in einem anderen Fenster oder Programm geöffnet. Bitte schließen Sie ihn dort zuerst.</source>
        <translation>The workshop “{path}” is already open in another window or program. Please close it there first.</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ ist beschädigt: {detail}</source>
        <translation>The workshop file “{path}” is damaged: {detail}</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ stammt aus einer neueren Version der Frühe Hilfen Werkstatt (Schema {found}). Bitte aktualisieren Sie das Programm.</source>
        <translation>The workshop file “{path}” comes from a newer version of Frühe Hilfen Werkstatt (schema {found}). Please update the program.</translation>
    </message>
    <message>
        <source>„{path}“ hat die Kennung einer Workshop-Datei, aber keine Tabellen.</source>
        <translation>“{path}” is marked as a workshop file but has no tables.</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ gibt es schon.</source>
        <translation>The file “{path}” already exists.</translation>
    </message>
    <message>
        <source>In „{path}“ kann nicht geschrieben werden: {detail}</source>
        <translation>“{path}” cannot be written: {detail}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: {detail}</source>
        <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
