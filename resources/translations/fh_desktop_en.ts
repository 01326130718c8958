<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;p&gt;Version {version} (Qt {qt}, PySide6 {pyside})&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {version} (Qt {qt}, PySide6 {pyside})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Über die Frühe-Hilfen-Werkstatt</source>
        <translation>About Frühe Hilfen Werkstatt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moderationswerkzeug für den Workshop „Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung“ aus dem Praxismaterial des Nationalen Zentrums Frühe Hilfen (NZFH). Ein eigenständiges Werkzeug, kein Angebot des NZFH. Arbeitet vollständig offline.&lt;/p&gt;&lt;p&gt;Quellen: Kataloge und Fragen zitieren das NZFH-Praxismaterial, den Qualitätsrahmen Frühe Hilfen (Qualitätsdimensionen 4 und 5; NZFH (Hrsg.) (2016), Kompakt 5) und Schone (2017); leicht angepasste Formulierungen sind gekennzeichnet, ihr Original ist beigefügt.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later. Verwendete Komponenten:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Facilitation tool for the workshop “Embedding Early Childhood Intervention (Frühe Hilfen) in municipal youth welfare, social and health planning” from the practice material of the National Centre for Early Childhood Intervention (NZFH). An independent tool, not provided by the NZFH. Works completely offline.&lt;/p&gt;&lt;p&gt;Sources: catalogues and questions quote the NZFH practice material, the Frühe Hilfen quality framework (quality dimensions 4 and 5; NZFH (ed.) (2016), Kompakt 5) and Schone (2017); lightly adapted wording is marked and its original is kept.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Components used:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protokolldatei (für Rückfragen bei Fehlern): {log}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Log file (for questions about errors): {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Maßnahme hinzufügen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>„{field}“ ändern</source>
        <translation>Change “{field}”</translation>
    </message>
    <message>
        <source>Maßnahme ändern</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Maßnahme löschen</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>%n Maßnahmen löschen</source>
        <translation>Delete %n actions</translation>
    </message>
    <message>
        <source>Maßnahme verschieben</source>
        <translation>Move action</translation>
    </message>
    <message>
        <source>%n Maßnahmen verschieben</source>
        <translation>Move %n actions</translation>
    </message>
    <message>
        <source>Nach Priorität ordnen</source>
        <translation>Order by priority</translation>
    </message>
</context>
<context>
    <name>ActionDetailForm</name>
    <message>
        <source>Was soll getan werden?</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <source>Stelle oder Person, z. B. Jugendhilfeplanung</source>
        <translation>Office or person, e.g. youth welfare planning</translation>
    </message>
    <message>
        <source>Wer wirkt mit?</source>
        <translation>Who else takes part?</translation>
    </message>
    <message>
        <source>Welches Ziel wird damit verfolgt?</source>
        <translation>What is it meant to achieve?</translation>
    </message>
    <message>
        <source>Schritte, Absprachen, Hintergründe</source>
        <translation>Steps, agreements, background</translation>
    </message>
    <message>
        <source>Zeit, Geld, Personal, Räume …</source>
        <translation>Time, money, staff, rooms …</translation>
    </message>
    <message>
        <source>Woran erkennen wir, dass es gelungen ist?</source>
        <translation>How will we know it has worked?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Einzelheiten der Maßnahme</source>
        <translation>Action details</translation>
    </message>
    <message>
        <source>Keine Maßnahme ausgewählt.

Neue Maßnahmen: Titel in die Schnelleingabe unter der Tabelle tippen und Enter drücken – oder Enter in der letzten Zeile der Tabelle.</source>
        <translation>No action selected.

To add actions, type a title into the quick entry below the table and press Enter – or press Enter in the last row of the table.</translation>
    </message>
    <message>
        <source>Bezüge</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zeitrahmen bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Was ist bisher geschehen? (Wiedervorlage im Folgeworkshop)</source>
        <translation>What has happened so far? (reviewed in the follow-up workshop)</translation>
    </message>
    <message>
        <source>z. B. QD 4 · 1.5 oder Prüfkriterium 4.1.1</source>
        <translation>e.g. QD 4 · 1.5 or criterion 4.1.1</translation>
    </message>
    <message>
        <source>Kleingruppe oder die zwei Fachbereiche, die zusammen planen</source>
        <translation>Small group, or the two departments planning together</translation>
    </message>
    <message>
        <source>(nicht festgelegt)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Vorlage an Ausschuss oder Rat/Kreistag</source>
        <translation>Submission to a committee or the council</translation>
    </message>
</context>
<context>
    <name>ActionDraftDialog</name>
    <message>
        <source>Maßnahme anlegen</source>
        <translation>Create action</translation>
    </message>
    <message>
        <source>Zielsetzung: {statement}</source>
        <translation>Objective: {statement}</translation>
    </message>
    <message>
        <source>Kurzer Titel der Maßnahme</source>
        <translation>Short title of the action</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Anlegen und in Schritt 3 öffnen</source>
        <translation>Create and open in step 3</translation>
    </message>
    <message>
        <source>Kurzer Titel:</source>
        <translation>Short title:</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Suchen in Maßnahmen und Bezügen …</source>
        <translation>Search actions …</translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen</source>
        <translation>Search actions</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>offen oder in Arbeit</source>
        <translation>open or in progress</translation>
    </message>
    <message>
        <source>Nach Priorität filtern</source>
        <translation>Filter by priority</translation>
    </message>
    <message>
        <source>Alle Prioritäten</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Nach Verantwortlichen filtern</source>
        <translation>Filter by who is responsible</translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Alle Verantwortlichen</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>(niemand eingetragen)</source>
        <translation>(nobody entered)</translation>
    </message>
</context>
<context>
    <name>ActionLinksBox</name>
    <message>
        <source>Bezüge</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Doppelklick oder Enter zeigt den Punkt in der Checkliste bzw. die Karte auf der Pinnwand.</source>
        <translation>Double-click or Enter shows the item in the checklist or the card on the pinboard.</translation>
    </message>
    <message>
        <source>Verknüpfen …</source>
        <translation>Link …</translation>
    </message>
    <message>
        <source>Checklisten-Punkte und Karten auswählen, aus denen die Maßnahme hervorgeht</source>
        <translation>Choose the checklist items and cards this action comes from</translation>
    </message>
    <message>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Den ausgewählten Bezug entfernen (Entf)</source>
        <translation>Remove the selected source (Del)</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>(noch keine Bezüge – „Verknüpfen …“)</source>
        <translation>(no sources yet – “Link …”)</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Nummer in der Reihenfolge des Plans; nach Nr. sortiert lässt sich die Reihenfolge ändern.</source>
        <translation>Position in the plan; sorted by No., the order can be changed.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Zielsetzung</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Erfolgsindikator</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <source>Bezüge</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Zeitrahmen bis</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>ActionTableView</name>
    <message>
        <source>Maßnahmenplan</source>
        <translation>Action plan</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Neue Maßnahme: Titel eingeben und Enter drücken</source>
        <translation>New action: type a title and press Enter</translation>
    </message>
    <message>
        <source>Schnelleingabe für neue Maßnahmen</source>
        <translation>Quick entry for new actions</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Eine leere Maßnahme anlegen (Einfg)</source>
        <translation>Add an empty action (Ins)</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahmen löschen (Entf); rückgängig mit Strg+Z</source>
        <translation>Delete the selected actions (Del); undo with Ctrl+Z</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahmen eine Zeile nach oben (Alt+Pfeil hoch)</source>
        <translation>Move the selected actions up one row (Alt+Up)</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ausgewählte Maßnahmen eine Zeile nach unten (Alt+Pfeil runter)</source>
        <translation>Move the selected actions down one row (Alt+Down)</translation>
    </message>
    <message>
        <source>Nach Priorität ordnen</source>
        <translation>Order by priority</translation>
    </message>
    <message>
        <source>Reihenfolge des Plans: hoch, mittel, niedrig (innerhalb gleicher Priorität bleibt die Reihenfolge)</source>
        <translation>Put the plan in the order high, medium, low (actions of equal priority keep their order)</translation>
    </message>
    <message>
        <source>Reihenfolge des Plans zeigen</source>
        <translation>Show plan order</translation>
    </message>
    <message>
        <source>Nach Nr. sortieren</source>
        <translation>Sort by No.</translation>
    </message>
    <message>
        <source>Bitte erst einen Titel eingeben – oder „Neue Maßnahme“ für eine leere.</source>
        <translation>Please type a title first – or use “New action” for an empty one.</translation>
    </message>
    <message>
        <source>Sortiert nach „{column}“. Verschieben geht nur in der Reihenfolge des Plans.</source>
        <translation>Sorted by “{column}”. Actions can only be moved in plan order.</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation>1 action</translation>
    </message>
    <message numerus="yes">
        <source>%n Maßnahmen</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} von {total} Maßnahmen angezeigt</source>
        <translation>Showing {shown} of {total} actions</translation>
    </message>
    <message>
        <source>Planungskonzeption erarbeiten</source>
        <translation>Draft a planning concept</translation>
    </message>
    <message>
        <source>Maßnahme mit den Eckpunkten einer Planungskonzeption (Schone 2017) als Gerüst anlegen</source>
        <translation>Add an action with the cornerstones of a planning concept (Schone 2017) as its skeleton</translation>
    </message>
    <message>
        <source>+ Maßnahme zur selben Zielsetzung</source>
        <translation>+ Action for the same objective</translation>
    </message>
    <message>
        <source>Eine weitere Maßnahme unter der Zielsetzung der ausgewählten anlegen</source>
        <translation>Add another action under the objective of the selected one</translation>
    </message>
    <message>
        <source>Spalten …</source>
        <translation>Columns …</translation>
    </message>
    <message>
        <source>Weitere Spalten der Tabelle zeigen oder ausblenden</source>
        <translation>Show or hide more columns of the table</translation>
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
    <message>
        <source>Empfohlen im Praxismaterial: {range}</source>
        <translation>Recommended in the practice material: {range}</translation>
    </message>
    <message>
        <source>Schritt {n}: {text}</source>
        <translation>Step {n}: {text}</translation>
    </message>
    <message>
        <source>Weiter: Schritt {n} {title} beginnen</source>
        <translation>Next: begin step {n} {title}</translation>
    </message>
    <message>
        <source>Schritt {n} zeigen und seine Zeit starten</source>
        <translation>Show step {n} and start its time</translation>
    </message>
    <message>
        <source>Schritt {n} {title}: abgeschlossen – {used} von {planned} Min.</source>
        <translation>Step {n} {title}: finished – {used} of {planned} min.</translation>
    </message>
    <message>
        <source>Schritt {n} {title}: angehalten – {used} von {planned} Min.</source>
        <translation>Step {n} {title}: paused – {used} of {planned} min.</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Hinweis</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Originalwortlaut (für die Checkliste leicht angepasst): „{original}“</source>
        <translation>Original wording (lightly adapted for the checklist): “{original}”</translation>
    </message>
    <message>
        <source>Offene Frage: wird anschließend gemeinsam besprochen und notiert.</source>
        <translation>Open question: discussed together afterwards and noted.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bestätigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Einschätzung von {name}</source>
        <translation>Assessment by {name}</translation>
    </message>
    <message>
        <source>Trifft die Aussage auf Ihre Kommune zu? Wählen Sie bei jeder Aussage eine Antwort.</source>
        <translation>Does the statement apply to your municipality? Please choose one answer for each statement.</translation>
    </message>
    <message>
        <source>Neue Eingabe: Ihre bisherigen Antworten werden beim Bestätigen ersetzt.</source>
        <translation>New entry: your previous answers will be replaced when you confirm.</translation>
    </message>
    <message>
        <source>Tasten: 1–{n} antworten und weiter · ↑ ↓ andere Aussage · Enter: zur nächsten offenen oder bestätigen</source>
        <translation>Keys: 1–{n} answer and go on · ↑ ↓ other statement · Enter: next open one or confirm</translation>
    </message>
    <message numerus="yes">
        <source>noch %n offen</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>alles beantwortet</source>
        <translation>all answered</translation>
    </message>
    <message>
        <source>Die Eingaben verwerfen? Es wird nichts gespeichert.</source>
        <translation>Discard these answers? Nothing will be saved.</translation>
    </message>
    <message>
        <source>Wie nah ist Ihre Kommune diesem Kriterium? Wählen Sie bei jeder Frage die passende Stufe; offene Fragen besprechen Sie anschließend gemeinsam.</source>
        <translation>How close is your municipality to this criterion? Choose the fitting level for each question; open questions are discussed together afterwards.</translation>
    </message>
    <message>
        <source>Kommentar (optional) – wird nach dem Aufdecken allen gezeigt, ohne Namen</source>
        <translation>Comment (optional) – shown to everyone after the reveal, without your name</translation>
    </message>
    <message>
        <source>Zu {code} (offen)</source>
        <translation>To {code} (open)</translation>
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
    <name>BoardController</name>
    <message>
        <source>Karte anlegen</source>
        <translation>Create card</translation>
    </message>
    <message>
        <source>Neue Zone</source>
        <translation>New zone</translation>
    </message>
    <message>
        <source>Zone anlegen</source>
        <translation>Create zone</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Vorlage einfügen</source>
        <translation>Insert template</translation>
    </message>
    <message>
        <source>Karte löschen</source>
        <translation>Delete card</translation>
    </message>
    <message numerus="yes">
        <source>%n Elemente löschen</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Größe ändern</source>
        <translation>Resize</translation>
    </message>
    <message>
        <source>Ausrichten</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>Verteilen</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>In den Vordergrund</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <source>In den Hintergrund</source>
        <translation>Send to back</translation>
    </message>
    <message>
        <source>Karte bearbeiten</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Verbindung bearbeiten</source>
        <translation>Edit link</translation>
    </message>
    <message>
        <source>Zone bearbeiten</source>
        <translation>Edit zone</translation>
    </message>
    <message>
        <source>Klebepunkt setzen</source>
        <translation>Add sticky dot</translation>
    </message>
    <message>
        <source>Klebepunkt entfernen</source>
        <translation>Remove sticky dot</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <source>Planungsbereiche</source>
        <translation>Planning areas</translation>
    </message>
    <message>
        <source>Kartenarten</source>
        <translation>Card types</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Markierungen</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>wechselseitig</source>
        <translation>two-way</translation>
    </message>
    <message>
        <source>ungerichtet</source>
        <translation>undirected</translation>
    </message>
    <message>
        <source>Einfluss 0–3 (hier: 2)</source>
        <translation>Influence 0–3 (here: 2)</translation>
    </message>
    <message>
        <source>Klebepunkte (mit Anzahl)</source>
        <translation>Sticky dots (with count)</translation>
    </message>
    <message>
        <source>Zone „Planungslücke“</source>
        <translation>Zone “planning gap”</translation>
    </message>
    <message>
        <source>in eine Richtung (Pfeil)</source>
        <translation>one way (arrow)</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>+ Karte</source>
        <translation>+ Card</translation>
    </message>
    <message>
        <source>Neue Karte in der Mitte (Einfg oder N; Doppelklick auf die Fläche)</source>
        <translation>New card in the middle (Ins or N; double-click on the board)</translation>
    </message>
    <message>
        <source>+ Zone</source>
        <translation>+ Zone</translation>
    </message>
    <message>
        <source>Neue Zone, z. B. für einen Planungsbereich oder eine Planungslücke</source>
        <translation>New zone, e.g. for a planning area or a planning gap</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Alles auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Ausgewählte Karten verbinden</source>
        <translation>Link selected cards</translation>
    </message>
    <message>
        <source>Auf der Karte schreiben</source>
        <translation>Write on the card</translation>
    </message>
    <message>
        <source>In den Vordergrund</source>
        <translation>Bring to front</translation>
    </message>
    <message>
        <source>In den Hintergrund</source>
        <translation>Send to back</translation>
    </message>
    <message>
        <source>Vorlage einfügen</source>
        <translation>Insert template</translation>
    </message>
    <message>
        <source>Typische Planungsakteure, Aufgaben und Gremien einfügen</source>
        <translation>Insert typical planning actors, tasks and committees</translation>
    </message>
    <message>
        <source>Als PNG-Bild …</source>
        <translation>As PNG image …</translation>
    </message>
    <message>
        <source>Als SVG-Grafik …</source>
        <translation>As SVG graphic …</translation>
    </message>
    <message>
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Alles zeigen</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Raster anzeigen</source>
        <translation>Show grid</translation>
    </message>
    <message>
        <source>Am Raster einrasten</source>
        <translation>Snap to grid</translation>
    </message>
    <message>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Übersichtskarte</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <source>Auswählen</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Karten auswählen und verschieben (Esc)</source>
        <translation>Select and move cards (Esc)</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Von Karte zu Karte ziehen, um sie zu verbinden</source>
        <translation>Drag from card to card to link them</translation>
    </message>
    <message>
        <source>Klebepunkte</source>
        <translation>Sticky dots</translation>
    </message>
    <message>
        <source>Klick auf eine Karte klebt einen Punkt, Umschalt+Klick nimmt ihn ab</source>
        <translation>Click a card to add a sticky dot, Shift+click to remove one</translation>
    </message>
    <message>
        <source>Waagerecht verteilen</source>
        <translation>Distribute horizontally</translation>
    </message>
    <message>
        <source>Senkrecht verteilen</source>
        <translation>Distribute vertically</translation>
    </message>
    <message>
        <source>Anordnen</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ansicht</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Einfluss:</source>
        <translation>Influence:</translation>
    </message>
    <message>
        <source>Akteure und Gremien mit geringerem Einfluss blass zeigen</source>
        <translation>Fade actors and committees with less influence</translation>
    </message>
    <message>
        <source>alle zeigen</source>
        <translation>show all</translation>
    </message>
    <message>
        <source>ab Stufe {level}</source>
        <translation>level {level} and up</translation>
    </message>
    <message>
        <source>+ {kind}</source>
        <translation>+ {kind}</translation>
    </message>
    <message>
        <source>Klebepunkt aufkleben</source>
        <translation>Add sticky dot</translation>
    </message>
    <message>
        <source>Planungsbereich</source>
        <translation>Planning area</translation>
    </message>
    <message>
        <source>Planungsbereich setzen</source>
        <translation>Set planning area</translation>
    </message>
    <message>
        <source>Richtung umkehren</source>
        <translation>Reverse direction</translation>
    </message>
    <message>
        <source>Neue Karte hier</source>
        <translation>New card here</translation>
    </message>
    <message>
        <source>Neue Zone hier</source>
        <translation>New zone here</translation>
    </message>
    <message>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG graphic (*.svg)</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Pinnwand exportieren</source>
        <translation>Export pinboard</translation>
    </message>
    <message>
        <source>Klebepunkt entfernen</source>
        <translation>Remove sticky dot</translation>
    </message>
    <message>
        <source>Auf Zone zoomen</source>
        <translation>Zoom to zone</translation>
    </message>
    <message>
        <source>Die gewählte Zone (oder die Zone der gewählten Karte) füllt die Ansicht; Pos1 zeigt wieder alles.</source>
        <translation>The selected zone (or the zone of the selected card) fills the view; Home shows everything again.</translation>
    </message>
    <message>
        <source>Klebepunktfarbe {color} wählen</source>
        <translation>Choose sticky dot colour {color}</translation>
    </message>
    <message>
        <source>Das Klebepunkt-Werkzeug mit dieser Farbe; ein Klick auf eine Karte klebt den Punkt</source>
        <translation>The sticky dot tool in this colour; a click on a card adds the dot</translation>
    </message>
    <message>
        <source>Nicht exportiert: {error}</source>
        <translation>Not exported: {error}</translation>
    </message>
    <message>
        <source>Pinnwand exportiert: {name}</source>
        <translation>Pinboard exported: {name}</translation>
    </message>
</context>
<context>
    <name>BoardPicture</name>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>Pinnwand – Frühe-Hilfen-Werkstatt</source>
        <translation>Pinboard – Frühe Hilfen Werkstatt</translation>
    </message>
</context>
<context>
    <name>BoardProjectorView</name>
    <message>
        <source>Pinnwand (Beamer)</source>
        <translation>Pinboard (projector)</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>Karten, Verbindungen und Zonen; Pfeiltasten verschieben die Auswahl, Pos1 zeigt alles</source>
        <translation>Cards, links and zones; arrow keys move the selection, Home shows everything</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>0 – kein Einfluss</source>
        <translation>0 – no influence</translation>
    </message>
    <message>
        <source>1 – gering</source>
        <translation>1 – low</translation>
    </message>
    <message>
        <source>2 – mittel</source>
        <translation>2 – medium</translation>
    </message>
    <message>
        <source>3 – hoch</source>
        <translation>3 – high</translation>
    </message>
    <message>
        <source>Titel der Karte</source>
        <translation>Card title</translation>
    </message>
    <message>
        <source>Aufgaben, Zuständigkeit, Notizen …</source>
        <translation>Tasks, responsibility, notes …</translation>
    </message>
    <message>
        <source>nicht bewertet</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planungsbereich</source>
        <translation>Planning area</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Einen Klebepunkt dieser Farbe aufkleben</source>
        <translation>Add one sticky dot of this colour</translation>
    </message>
    <message>
        <source>Klebepunkte</source>
        <translation>Sticky dots</translation>
    </message>
    <message>
        <source>Auf der Karte schreiben</source>
        <translation>Write on the card</translation>
    </message>
    <message>
        <source>Titel und Text direkt auf der Karte bearbeiten (F2)</source>
        <translation>Edit title and text right on the card (F2)</translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Bedeutung der Klebepunkte ändern</source>
        <translation>Change the meaning of the dots</translation>
    </message>
    <message>
        <source>Wie viel Einfluss hat dieser Akteur auf die Planung?</source>
        <translation>How much influence does this actor have on planning?</translation>
    </message>
    <message>
        <source>Einen Klebepunkt dieser Farbe entfernen</source>
        <translation>Remove one sticky dot of this colour</translation>
    </message>
    <message>
        <source>Bedeutung, z. B. dringend klären</source>
        <translation>Meaning, e.g. to be clarified urgently</translation>
    </message>
    <message>
        <source>Was diese Farbe bedeutet – gilt für die ganze Pinnwand und steht in der Legende</source>
        <translation>What this colour means – applies to the whole pinboard and appears in the legend</translation>
    </message>
    <message>
        <source>Bedeutung der Klebepunkte {color}</source>
        <translation>Meaning of the {color} sticky dots</translation>
    </message>
</context>
<context>
    <name>CatalogChoiceDialog</name>
    <message>
        <source>Katalog wählen</source>
        <translation>Choose catalogue</translation>
    </message>
    <message>
        <source>Der Workshop erhält eine eigene Kopie des gewählten Katalogs. Die bisherigen Aussagen dieses Workshops werden dabei ersetzt.</source>
        <translation>The workshop gets its own copy of the chosen catalogue. This replaces the workshop&apos;s current statements.</translation>
    </message>
    <message>
        <source>Katalog aus Datei laden …</source>
        <translation>Load catalogue from file …</translation>
    </message>
    <message>
        <source>{title}  ({n} Aussagen)</source>
        <translation>{title}  ({n} statements)</translation>
    </message>
    <message>
        <source>Katalog laden</source>
        <translation>Load catalogue</translation>
    </message>
    <message>
        <source>Katalog (*.json)</source>
        <translation>Catalogue (*.json)</translation>
    </message>
    <message>
        <source>Bitte einen Katalog auswählen.</source>
        <translation>Please choose a catalogue.</translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Aussage bearbeiten</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <source>Neue Aussage</source>
        <translation>New statement</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Hilfetext (optional)</source>
        <translation>Help text (optional)</translation>
    </message>
    <message>
        <source>Bitte eine Aussage eingeben.</source>
        <translation>Please enter a statement.</translation>
    </message>
</context>
<context>
    <name>CatalogItemTableModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>(leicht angepasst; Original: „{original}“)</source>
        <translation>(lightly adapted; original: “{original}”)</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Aussagen des Katalogs</source>
        <translation>Statements of the catalogue</translation>
    </message>
    <message>
        <source>Katalog wechseln …</source>
        <translation>Change catalogue …</translation>
    </message>
    <message>
        <source>Neue Aussage …</source>
        <translation>New statement …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>▲ Nach oben</source>
        <translation>▲ Move up</translation>
    </message>
    <message>
        <source>▼ Nach unten</source>
        <translation>▼ Move down</translation>
    </message>
    <message>
        <source>Entfernen …</source>
        <translation>Remove …</translation>
    </message>
    <message>
        <source>Einzelrunde starten</source>
        <translation>Start individual round</translation>
    </message>
    <message>
        <source>Kein Katalog gewählt</source>
        <translation>No catalogue chosen</translation>
    </message>
    <message>
        <source>Quelle: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Nicht mehr möglich: Es liegen schon Einschätzungen vor.</source>
        <translation>No longer possible: assessments have already been given.</translation>
    </message>
    <message>
        <source>Aussage „{code} {statement}“ aus diesem Workshop entfernen?</source>
        <translation>Remove the statement “{code} {statement}” from this workshop?</translation>
    </message>
    <message numerus="yes">
        <source>%n Einzelantwort(en) zu dieser Aussage werden mit gelöscht.</source>
        <translation>
            <numerusform>%n individual answer to this statement will be deleted as well.</numerusform>
            <numerusform>%n individual answers to this statement will be deleted as well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aussage entfernen</source>
        <translation>Remove statement</translation>
    </message>
    <message>
        <source>Aussage ändern</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <source>Aussage verschieben</source>
        <translation>Move statement</translation>
    </message>
    <message>
        <source>Katalog wählen</source>
        <translation>Choose catalogue</translation>
    </message>
    <message>
        <source>Aussage hinzufügen</source>
        <translation>Add statement</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Einzelrunde</source>
        <translation>Individual round</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Gemeinsame Einschätzung</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <source>Erst nach dem Aufdecken der laufenden Einzelrunde.</source>
        <translation>Only once the current individual round has been revealed.</translation>
    </message>
    <message>
        <source>Maßnahme anlegen</source>
        <translation>Create action</translation>
    </message>
    <message numerus="yes">
        <source>%n Maßnahme(n) aus dem Handlungsbedarf anlegen</source>
        <translation>
            <numerusform>Create %n action from the need for action</numerusform>
            <numerusform>Create %n actions from the need for action</numerusform>
        </translation>
    </message>
    <message>
        <source>Maßnahme zu {ref}</source>
        <translation>Action on {ref}</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard the answers?</translation>
    </message>
    <message>
        <source>{name} ist mitten in der Einschätzung. Die Eingaben verwerfen und den Schritt wechseln? Es wird nichts gespeichert.</source>
        <translation>{name} is in the middle of answering. Discard the answers and change the step? Nothing will be saved.</translation>
    </message>
</context>
<context>
    <name>CompactResults</name>
    <message>
        <source>offene Frage</source>
        <translation>open question</translation>
    </message>
    <message>
        <source>Größte Uneinigkeit</source>
        <translation>Most divided</translation>
    </message>
    <message>
        <source>Oft „kann ich nicht beurteilen“</source>
        <translation>Often “cannot judge”</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Workshops vergleichen</source>
        <translation>Compare workshops</translation>
    </message>
    <message>
        <source>Workshops derselben Checkliste, z. B. mehrere Jahre einer Kommune oder mehrere Kommunen. Verglichen werden gemeinsame Einschätzungen und Verteilungen, keine Einzelantworten.</source>
        <translation>Workshops with the same checklist, e.g. several years of one municipality or several municipalities. Joint assessments and distributions are compared, never individual answers.</translation>
    </message>
    <message>
        <source>Workshop &amp;hinzufügen …</source>
        <translation>&amp;Add workshop …</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>zusätzlich als &amp;PDF</source>
        <translation>also as &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Vergleichen</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Excel-Datei:</source>
        <translation>Excel file:</translation>
    </message>
    <message>
        <source>Workshops wählen</source>
        <translation>Choose workshops</translation>
    </message>
    <message>
        <source>Vergleich nicht möglich</source>
        <translation>Comparison not possible</translation>
    </message>
    <message>
        <source>{n} Workshops verglichen, geschrieben: {files}</source>
        <translation>{n} workshops compared, written: {files}</translation>
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
    <name>CycleActions</name>
    <message>
        <source>F&amp;olgeworkshop anlegen …</source>
        <translation>&amp;Follow-up workshop …</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage der Maßnahmen …</source>
        <translation>Re&amp;view of actions …</translation>
    </message>
    <message>
        <source>&amp;Vergleich mit dem letzten Workshop …</source>
        <translation>Compare with the &amp;last workshop …</translation>
    </message>
    <message>
        <source>Workshops verglei&amp;chen …</source>
        <translation>Compare wor&amp;kshops …</translation>
    </message>
    <message>
        <source>Wiedervorlage der Maßnahmen</source>
        <translation>Review of actions</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Datum im Kalender auswählen</source>
        <translation>Pick the date in a calendar</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Auf eigenen Geräten antworten</source>
        <translation>Answer on own devices</translation>
    </message>
    <message>
        <source>Wie geht das?</source>
        <translation>How does it work?</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Netzwerk:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Gewählte Namen</source>
        <translation>Chosen names</translation>
    </message>
    <message>
        <source>nur dieser Rechner ({address})</source>
        <translation>this computer only ({address})</translation>
    </message>
    <message>
        <source>Alle antworten gleichzeitig auf dem eigenen Handy, über das lokale Netz dieses Rechners (WLAN oder eigener Hotspot), ohne Internet. Wer kein Handy hat, antwortet weiter hier am Bildschirm.</source>
        <translation>Everyone answers at the same time on their own phone, over this computer&apos;s local network (WLAN or its own hotspot), without internet. Whoever has no phone keeps answering here at the screen.</translation>
    </message>
    <message>
        <source>Der Projektor zeigt den QR-Code. Nur Geräte im selben Netz erreichen die Seite; sie endet mit dem Aufdecken.</source>
        <translation>The projector shows the QR code. Only devices in the same network reach the page; it ends with the reveal.</translation>
    </message>
    <message>
        <source>Adresse: {address}   Code: {code}</source>
        <translation>Address: {address}   Code: {code}</translation>
    </message>
    <message>
        <source>Noch hat kein Gerät einen Namen gewählt.</source>
        <translation>No device has chosen a name yet.</translation>
    </message>
    <message>
        <source>Gerät {n}</source>
        <translation>Device {n}</translation>
    </message>
    <message>
        <source>abgeschickt</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>antwortet gerade</source>
        <translation>answering</translation>
    </message>
    <message>
        <source>Freigeben</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Der Name kann dann auf einem anderen Gerät gewählt werden.</source>
        <translation>The name can then be chosen on another device.</translation>
    </message>
</context>
<context>
    <name>DistributionBar</name>
    <message>
        <source>Verteilung der Antworten</source>
        <translation>Distribution of answers</translation>
    </message>
    <message>
        <source>keine Antworten</source>
        <translation>no answers</translation>
    </message>
</context>
<context>
    <name>EarlierResults</name>
    <message>
        <source>früher</source>
        <translation>earlier</translation>
    </message>
    <message>
        <source>{date}: gemeinsam „{value}“</source>
        <translation>{date}: jointly “{value}”</translation>
    </message>
    <message>
        <source>jetzt</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>EmptyBoardHint</name>
    <message>
        <source>Die Pinnwand ist noch leer.</source>
        <translation>The pinboard is still empty.</translation>
    </message>
    <message>
        <source>Beginnen Sie mit einer Vorlage der typischen Planungsakteure und Gremien (Jugendhilfe-, Sozial- und Gesundheitsplanung, Netzwerk Frühe Hilfen, Ausschüsse) oder mit einer leeren Karte. Doppelklick auf die Fläche legt jederzeit eine Karte an.</source>
        <translation>Start with a template of the typical planning actors and committees (youth welfare, social and health planning, Early Childhood Intervention network, committees) or with an empty card. Double-clicking the board creates a card at any time.</translation>
    </message>
    <message>
        <source>Vorlage mit typischen Akteuren einfügen</source>
        <translation>Insert template with typical actors</translation>
    </message>
    <message>
        <source>Erste Karte anlegen</source>
        <translation>Create first card</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Einzelantworten der Checkliste</source>
        <translation>Individual checklist answers</translation>
    </message>
    <message>
        <source>nicht aufnehmen (nur Verteilung und gemeinsame Einschätzung)</source>
        <translation>leave out (only distribution and joint assessment)</translation>
    </message>
    <message>
        <source>anonymisiert aufnehmen (Person 1, 2 … in zufälliger Reihenfolge)</source>
        <translation>include anonymised (Person 1, 2 … in random order)</translation>
    </message>
    <message>
        <source>mit Namen aufnehmen</source>
        <translation>include with names</translation>
    </message>
    <message>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <source>Dateiname ohne Endung</source>
        <translation>File name without extension</translation>
    </message>
    <message>
        <source>Zielordner:</source>
        <translation>Target folder:</translation>
    </message>
    <message>
        <source>Dateiname:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Datei wählen.</source>
        <translation>Please choose at least one file.</translation>
    </message>
    <message>
        <source>Es entsteht: {names}</source>
        <translation>Files to be written: {names}</translation>
    </message>
    <message>
        <source>(vorhandene Dateien werden ersetzt)</source>
        <translation>(existing files will be replaced)</translation>
    </message>
    <message>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Exportiert: {names}</source>
        <translation>Exported: {names}</translation>
    </message>
    <message>
        <source>Kurzbericht für Ausschuss oder Kreistag (.docx): 2–4 Seiten, ohne personenbezogene Daten</source>
        <translation>Short report for the committee or county council (.docx): 2–4 pages, no personal data</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Papierformat der Pinnwand</source>
        <translation>Paper size of the board</translation>
    </message>
    <message>
        <source>Pinnwand-Seiten im PDF auf:</source>
        <translation>Board pages in the PDF on:</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (.xlsx): {parts}</source>
        <translation>Excel workbook (.xlsx): {parts}</translation>
    </message>
    <message>
        <source>PDF-Dokumentation (.pdf): Deckblatt, {parts}</source>
        <translation>PDF record (.pdf): cover, {parts}</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>PDF-Seiten werden gesetzt …</source>
        <translation>Laying out the PDF pages …</translation>
    </message>
    <message>
        <source>Excel-Datei wird erstellt …</source>
        <translation>Creating the Excel file …</translation>
    </message>
    <message>
        <source>Kurzbericht wird erstellt …</source>
        <translation>Writing the short report …</translation>
    </message>
    <message>
        <source>PDF-Dokumentation wird erstellt …</source>
        <translation>Creating the PDF documentation …</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Folgeworkshop anlegen</source>
        <translation>Create follow-up workshop</translation>
    </message>
    <message>
        <source>Der Folgeworkshop übernimmt die Pinnwand, die Checkliste und den ganzen Maßnahmenplan. Die Ergebnisse dieses Workshops (Verteilungen, gemeinsame Einschätzungen, Notizen) reisen schreibgeschützt mit; Einzelantworten bleiben hier.</source>
        <translation>The follow-up workshop takes over the pinboard, the checklist and the whole action plan. The results of this workshop (distributions, joint assessments, notes) come along read-only; individual answers stay here.</translation>
    </message>
    <message>
        <source>Wählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Neue Date&amp;i</source>
        <translation>New f&amp;ile</translation>
    </message>
    <message>
        <source>T&amp;eilnehmende übernehmen</source>
        <translation>Take over &amp;participants</translation>
    </message>
    <message>
        <source>Folgeworkshop &amp;anlegen</source>
        <translation>&amp;Create follow-up workshop</translation>
    </message>
    <message>
        <source>Folgeworkshop speichern unter</source>
        <translation>Save follow-up workshop as</translation>
    </message>
    <message>
        <source>Folgeworkshop kann nicht angelegt werden</source>
        <translation>Follow-up workshop cannot be created</translation>
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
    <message>
        <source>Leitfragen ändern</source>
        <translation>Edit guiding questions</translation>
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
    <message>
        <source>Praxisimpuls</source>
        <translation>Practice tip</translation>
    </message>
    <message>
        <source>(NZFH-Praxismaterial)</source>
        <translation>(NZFH practice material)</translation>
    </message>
    <message>
        <source>(sprachlich leicht angepasst)</source>
        <translation>(wording lightly adapted)</translation>
    </message>
    <message>
        <source>(eigene Ergänzung der Werkstatt, nicht aus dem Praxismaterial)</source>
        <translation>(added by the Werkstatt, not from the practice material)</translation>
    </message>
    <message>
        <source>Quelle: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Quelle: NZFH-Praxismaterial „Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung“</source>
        <translation>Source: NZFH practice material “Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung”</translation>
    </message>
    <message>
        <source>Notiz zu dieser Frage …</source>
        <translation>Note on this question …</translation>
    </message>
    <message>
        <source>Notiz zur Frage: {text}</source>
        <translation>Note on the question: {text}</translation>
    </message>
    <message>
        <source>Notiz zur Frage ändern</source>
        <translation>Change note on the question</translation>
    </message>
    <message>
        <source>Schritt {title}
Zeit: {time} · Zielfokus: {focus}</source>
        <translation>Step {title}
Time: {time} · Focus: {focus}</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Vielen Dank! Ihre Einschätzung ist gespeichert.</source>
        <translation>Thank you! Your assessment has been saved.</translation>
    </message>
    <message>
        <source>Weiter an die nächste Person</source>
        <translation>Please hand over to the next person</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Excel-Datei kann nicht übernommen werden</source>
        <translation>The Excel file cannot be imported</translation>
    </message>
    <message>
        <source>Maßnahmen aus Excel übernehmen</source>
        <translation>Import actions from Excel</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Maßnahme / Feld</source>
        <translation>Action / field</translation>
    </message>
    <message>
        <source>bisher</source>
        <translation>current</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Ja, diese Datei gehört zu diesem Workshop: trotzdem übernehmen</source>
        <translation>Yes, this file belongs to this workshop: import it anyway</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Datei: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n Zeile(n) der Tabelle können nicht übernommen werden. Bitte in Excel korrigieren und erneut versuchen; es wird nichts übernommen.</source>
        <translation>
            <numerusform>%n row of the table cannot be imported. Please correct it in Excel and try again; nothing is imported.</numerusform>
            <numerusform>%n rows of the table cannot be imported. Please correct them in Excel and try again; nothing is imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Die Tabelle enthält keine Änderungen gegenüber dem Workshop.</source>
        <translation>The table holds no changes compared with the workshop.</translation>
    </message>
    <message numerus="yes">
        <source>%n Maßnahme(n) werden geändert</source>
        <translation>
            <numerusform>%n action will be changed</numerusform>
            <numerusform>%n actions will be changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neu angelegt.</source>
        <translation>
            <numerusform>%n added.</numerusform>
            <numerusform>%n added.</numerusform>
        </translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Zeile {row} · neu: {title}</source>
        <translation>Row {row} · new: {title}</translation>
    </message>
    <message>
        <source>Zeile {row} · Nr. {ident}: {title}</source>
        <translation>Row {row} · No. {ident}: {title}</translation>
    </message>
    <message>
        <source>(auch im Workshop geändert)</source>
        <translation>(also changed in the workshop)</translation>
    </message>
    <message>
        <source>Der Wert wurde nach dem Export auch im Workshop geändert; der Wert aus Excel gilt.</source>
        <translation>The value was also changed in the workshop after the export; the value from Excel wins.</translation>
    </message>
    <message>
        <source>Excel-Import</source>
        <translation>Excel import</translation>
    </message>
</context>
<context>
    <name>InlineCardEditor</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text (Strg+Enter: fertig)</source>
        <translation>Text (Ctrl+Enter: done)</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Planungslücke (gelb)</source>
        <translation>Planning gap (yellow)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Mitte</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Rechts</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Oben</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Mittig</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>Unten</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Eigenschaften</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Nichts ausgewählt.

• Doppelklick auf freie Fläche: neue Karte
• Karte am blauen Punkt ziehen: Verbindung
• Freie Fläche ziehen: Pinnwand verschieben
• In einer Zone ziehen: ihre Karten auswählen
• Zone an Namen oder Rand ziehen: mit ihren Karten verschieben
• Umschalt + Ziehen: mehrere auswählen
• Strg + Mausrad: zoomen, Pos1: alles zeigen
• Entf: löschen, Strg+D: duplizieren
• Tasten 1–4: Klebepunktfarbe rot, grün, blau, gelb wählen,
  dann Klick auf die Karte</source>
        <translation>Nothing selected.

• Double-click free board: new card
• Drag a card by its blue dot: link
• Drag free board: move the pinboard
• Drag inside a zone: select its cards
• Drag a zone by its name or edge: move it with its cards
• Shift + drag: select several
• Ctrl + mouse wheel: zoom, Home: show all
• Del: delete, Ctrl+D: duplicate
• Keys 1–4: choose sticky dot colour red, green, blue, yellow,
  then click the card</translation>
    </message>
</context>
<context>
    <name>JoinCodeBox</name>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
</context>
<context>
    <name>JointRow</name>
    <message>
        <source>Notiz zur gemeinsamen Einschätzung</source>
        <translation>Note on the joint assessment</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Handlungsbedarf</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <source>→ Maßnahme öffnen</source>
        <translation>→ Open action</translation>
    </message>
    <message>
        <source>+ Maßnahme anlegen</source>
        <translation>+ Create action</translation>
    </message>
    <message>
        <source>keine Einzelrunde</source>
        <translation>no individual round</translation>
    </message>
    <message>
        <source>kein klares Mehrheitsbild</source>
        <translation>no clear majority</translation>
    </message>
    <message>
        <source>Offene Frage: Was hat die Runde dazu gesagt?</source>
        <translation>Open question: what did the group say?</translation>
    </message>
    <message>
        <source>offene Frage</source>
        <translation>open question</translation>
    </message>
    <message>
        <source>Mehrheit: {answer} ({n} von {total})</source>
        <translation>Majority: {answer} ({n} of {total})</translation>
    </message>
    <message>
        <source>Am häufigsten: {answer} ({n} von {total}), keine Mehrheit</source>
        <translation>Most frequent: {answer} ({n} of {total}), no majority</translation>
    </message>
</context>
<context>
    <name>JointView</name>
    <message>
        <source>Gemeinsame Einschätzung</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <source>Einzelantworten anonymisieren …</source>
        <translation>Anonymise individual answers …</translation>
    </message>
    <message>
        <source>Einzelantworten löschen …</source>
        <translation>Delete individual answers …</translation>
    </message>
    <message>
        <source>Für jede Aussage mit Handlungsbedarf, zu der es noch keine Maßnahme gibt, eine Maßnahme anlegen</source>
        <translation>Create an action for every statement marked as needing action that has none yet</translation>
    </message>
    <message>
        <source>Handlungsbedarf als Maßnahmen übernehmen ({n})</source>
        <translation>Turn need for action into actions ({n})</translation>
    </message>
    <message>
        <source>{agreed} von {total} eingeschätzt, {flagged} mit Handlungsbedarf</source>
        <translation>{agreed} of {total} assessed, {flagged} with action needed</translation>
    </message>
    <message>
        <source>Datenschutz: Es sind keine Einzelantworten gespeichert.</source>
        <translation>Data protection: no individual answers are stored.</translation>
    </message>
    <message>
        <source>Datenschutz: Die Einzelantworten sind anonymisiert (ohne Namen).</source>
        <translation>Data protection: the individual answers are anonymised (no names).</translation>
    </message>
    <message>
        <source>Datenschutz: Einzelantworten sind personenbezogen gespeichert.</source>
        <translation>Data protection: individual answers are stored with names.</translation>
    </message>
    <message>
        <source>Einzelantworten anonymisieren</source>
        <translation>Anonymise individual answers</translation>
    </message>
    <message>
        <source>Die Verteilung der Antworten bleibt erhalten, die Namen werden dauerhaft entfernt. Häkchen pro Person lassen sich danach nicht mehr zeigen. Fortfahren?</source>
        <translation>The distribution of answers is kept; the names are removed for good. Ticks per person can no longer be shown afterwards. Continue?</translation>
    </message>
    <message>
        <source>Einzelantworten löschen</source>
        <translation>Delete individual answers</translation>
    </message>
    <message>
        <source>Alle Einzelantworten und Kommentare werden dauerhaft gelöscht. Die gemeinsame Einschätzung bleibt erhalten. Fortfahren?</source>
        <translation>All individual answers and comments will be deleted for good. The joint assessment is kept. Continue?</translation>
    </message>
    <message>
        <source>Gemeinsame Einschätzung ändern</source>
        <translation>Change joint assessment</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Legende ein- oder ausklappen</source>
        <translation>Show or hide the legend</translation>
    </message>
    <message>
        <source>Legende ▾</source>
        <translation>Legend ▾</translation>
    </message>
    <message>
        <source>Legende ▸</source>
        <translation>Legend ▸</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>z. B. „jährlicher Bericht“</source>
        <translation>e.g. “annual report”</translation>
    </message>
    <message>
        <source>Richtung umkehren</source>
        <translation>Reverse direction</translation>
    </message>
    <message>
        <source>Verbindung löschen</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Beschriftung</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Bezüge der Maßnahme</source>
        <translation>Sources of the action</translation>
    </message>
    <message>
        <source>Woraus geht „{title}“ hervor?</source>
        <translation>Where does “{title}” come from?</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Bezüge durchsuchen</source>
        <translation>Search sources</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Pinnwand</source>
        <translation>Pinboard</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(noch nichts vorhanden)</source>
        <translation>(nothing here yet)</translation>
    </message>
</context>
<context>
    <name>LinkTargets</name>
    <message>
        <source>(Karte ohne Titel)</source>
        <translation>(untitled card)</translation>
    </message>
    <message>
        <source>(gelöscht)</source>
        <translation>(deleted)</translation>
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
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>&amp;Maßnahmen aus Excel übernehmen …</source>
        <translation>&amp;Import actions from Excel …</translation>
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
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Hinweis beim Öffnen</source>
        <translation>Note on opening</translation>
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
    <message>
        <source>Frühe-Hilfen-Werkstatt</source>
        <translation>Frühe Hilfen Werkstatt</translation>
    </message>
    <message>
        <source>Ü&amp;ber die Frühe-Hilfen-Werkstatt …</source>
        <translation>&amp;About Frühe Hilfen Werkstatt …</translation>
    </message>
    <message>
        <source>{title} (schreibgeschützt)</source>
        <translation>{title} (read-only)</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Übersicht: klicken oder ziehen, um dorthin zu springen</source>
        <translation>Overview: click or drag to jump there</translation>
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
    <message>
        <source>Schritt {n} abgeschlossen. Weiter mit Schritt {next}: Strg+Bild↓ oder „Weiter“ im Ablauf.</source>
        <translation>Step {n} finished. On to step {next}: Ctrl+PgDown or “Next” in the agenda.</translation>
    </message>
    <message>
        <source>Schritt {n} abgeschlossen.</source>
        <translation>Step {n} finished.</translation>
    </message>
</context>
<context>
    <name>OverTimeDialog</name>
    <message>
        <source>Vergleich mit dem Workshop vom {date}</source>
        <translation>Comparison with the workshop of {date}</translation>
    </message>
    <message>
        <source>Dieser Workshop ist kein Folgeworkshop.</source>
        <translation>This workshop is not a follow-up workshop.</translation>
    </message>
    <message>
        <source>Der Workshop vom {date} nutzte eine andere Checkliste; die Aussagen werden nicht verglichen.</source>
        <translation>The workshop of {date} used a different checklist; the statements are not compared.</translation>
    </message>
    <message>
        <source>Gemeinsame Einschätzungen heute und am {date}.</source>
        <translation>Joint assessments today and on {date}.</translation>
    </message>
    <message>
        <source>Verbessert ({n})</source>
        <translation>Improved ({n})</translation>
    </message>
    <message>
        <source>Verschlechtert ({n})</source>
        <translation>Worse ({n})</translation>
    </message>
    <message>
        <source>Weiterhin offen ({n})</source>
        <translation>Still open ({n})</translation>
    </message>
    <message>
        <source>Wortlaut geändert ({n})</source>
        <translation>Wording changed ({n})</translation>
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
        <source>Beobachtende nehmen teil, geben aber keine Einschätzung in der Checkliste ab.</source>
        <translation>Observers take part but do not give an assessment in the checklist.</translation>
    </message>
    <message>
        <source>Teilnehmende ändern</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Teilnehmende entfernen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Teilnehmende hinzufügen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>hospitiert (ohne Einschätzung)</source>
        <translation>observer (no assessment)</translation>
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
        <source>Beamer – Frühe-Hilfen-Werkstatt</source>
        <translation>Projector – Frühe Hilfen Werkstatt</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>für eine weitere Runde auswählen</source>
        <translation>select for another round</translation>
    </message>
    <message>
        <source>Für eine weitere Runde auswählen</source>
        <translation>Select for another round</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Anonym (keine Namen)</source>
        <translation>Anonymous (no names)</translation>
    </message>
    <message>
        <source>Alle auf einen Blick</source>
        <translation>All at a glance</translation>
    </message>
    <message>
        <source>Alle Aussagen der Runde mit ihren Balken auf einem Bildschirm</source>
        <translation>All statements of the round with their bars on one screen</translation>
    </message>
    <message>
        <source>Wie viele Häkchen haben Sie gesetzt?</source>
        <translation>How many ticks did you give?</translation>
    </message>
    <message>
        <source>Namen zeigen</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>Auswahl: hervorgehobene</source>
        <translation>Select highlighted</translation>
    </message>
    <message>
        <source>Weitere Runde zu ausgewählten Aussagen</source>
        <translation>Another round on selected statements</translation>
    </message>
    <message>
        <source>Runde {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message numerus="yes">
        <source>(%n Aussage(n))</source>
        <translation>
            <numerusform>(%n statement)</numerusform>
            <numerusform>(%n statements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Noch nichts aufgedeckt</source>
        <translation>Nothing revealed yet</translation>
    </message>
    <message>
        <source>Das Ergebnis erscheint, wenn die Moderation eine Einzelrunde aufdeckt.</source>
        <translation>The results appear when the facilitator reveals an individual round.</translation>
    </message>
    <message numerus="yes">
        <source>Ergebnis Runde {n}: %n Person(en) haben geantwortet</source>
        <translation>
            <numerusform>Round {n}: %n person answered</numerusform>
            <numerusform>Round {n}: %n people answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Größte Uneinigkeit</source>
        <translation>Most divided</translation>
    </message>
    <message>
        <source>Meinungen angenähert</source>
        <translation>Views converged</translation>
    </message>
    <message>
        <source>Meinungen auseinander</source>
        <translation>Views diverged</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message numerus="yes">
        <source>Nur %n Antwort(en): Rückschluss auf Personen möglich</source>
        <translation>
            <numerusform>Only %n answer: individuals can be identified</numerusform>
            <numerusform>Only %n answers: individuals can be identified</numerusform>
        </translation>
    </message>
    <message>
        <source>Keine auffälligen Unterschiede.</source>
        <translation>No notable differences.</translation>
    </message>
    <message>
        <source>Die Einzelantworten wurden anonymisiert oder gelöscht; Häkchen pro Person gibt es nicht mehr.</source>
        <translation>The individual answers have been anonymised or deleted; ticks per person are no longer available.</translation>
    </message>
    <message>
        <source>von {n} möglichen, ohne Namen</source>
        <translation>out of {n} possible, without names</translation>
    </message>
    <message>
        <source>von {n} möglichen</source>
        <translation>out of {n} possible</translation>
    </message>
    <message>
        <source>Kommentare</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Bitte zuerst Aussagen auswählen (Kästchen links).</source>
        <translation>Please select statements first (boxes on the left).</translation>
    </message>
    <message>
        <source>Oft „kann ich nicht beurteilen“</source>
        <translation>Often “cannot judge”</translation>
    </message>
    <message>
        <source>Offene Frage: gemeinsam besprechen</source>
        <translation>Open question: discuss together</translation>
    </message>
    <message>
        <source>Namen bei Häkchen und Kommentaren zeigen</source>
        <translation>Show names with ticks and comments</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>aus Workshop vom {date}, Nr. {number}</source>
        <translation>from the workshop of {date}, no. {number}</translation>
    </message>
    <message>
        <source>Wiedervorlage der Maßnahmen</source>
        <translation>Review of actions</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Zusammen&amp;fassung</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Was ist seit dem letzten Workshop geschehen?</source>
        <translation>What has happened since the last workshop?</translation>
    </message>
    <message>
        <source>&amp;Stand der Umsetzung</source>
        <translation>Implementation s&amp;tatus</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Zeitrahmen &amp;bis</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>Wiedervorlage &amp;am</source>
        <translation>Re&amp;view on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wiedervorlage: Maßnahme {n} von {total}</source>
        <translation>Review: action {n} of {total}</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Verantwortlich: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <source>Ziel: {goal}</source>
        <translation>Objective: {goal}</translation>
    </message>
    <message>
        <source>{total} Maßnahmen aus dem letzten Workshop standen zur Wiedervorlage.</source>
        <translation>{total} actions from the last workshop were up for review.</translation>
    </message>
    <message>
        <source>noch nicht besprochen: {n}</source>
        <translation>not yet discussed: {n}</translation>
    </message>
    <message>
        <source>Wiedervorlage: Zusammenfassung</source>
        <translation>Review: summary</translation>
    </message>
</context>
<context>
    <name>ReviewProjectorView</name>
    <message>
        <source>Wiedervorlage der Maßnahmen</source>
        <translation>Review of actions</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>noch nicht besprochen: {n}</source>
        <translation>not yet discussed: {n}</translation>
    </message>
    <message>
        <source>Wiedervorlage: Maßnahme {n} von {total}</source>
        <translation>Review: action {n} of {total}</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Verantwortlich: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <source>Zeitrahmen bis {date}</source>
        <translation>Due by {date}</translation>
    </message>
    <message>
        <source>Stand der Umsetzung: {text}</source>
        <translation>Implementation status: {text}</translation>
    </message>
    <message>
        <source>noch offen: Wie geht es weiter?</source>
        <translation>still open: how do we go on?</translation>
    </message>
</context>
<context>
    <name>RoundProgressSlide</name>
    <message>
        <source>Nacheinander am Bildschirm der Moderation. Niemand sieht fremde Antworten bis zum Aufdecken.</source>
        <translation>One after another at the facilitator&apos;s screen. Nobody sees anyone else&apos;s answers until the reveal.</translation>
    </message>
    <message>
        <source>{done} von {total} haben geantwortet.</source>
        <translation>{done} of {total} have answered.</translation>
    </message>
    <message>
        <source>Auf dem eigenen Handy: QR-Code scannen, den eigenen Namen wählen, antworten. Oder nacheinander am Bildschirm der Moderation. Niemand sieht fremde Antworten bis zum Aufdecken.</source>
        <translation>On your own phone: scan the QR code, choose your name, answer. Or one after another at the moderator&apos;s screen. Nobody sees other people&apos;s answers until the reveal.</translation>
    </message>
    <message>
        <source>Runde {n}: Einzeleinschätzung</source>
        <translation>Round {n}: individual assessment</translation>
    </message>
</context>
<context>
    <name>RoundView</name>
    <message>
        <source>Ergebnis anonym zeigen (keine Namen auf dem Bildschirm)</source>
        <translation>Show results anonymously (no names on screen)</translation>
    </message>
    <message>
        <source>Einzelrunde starten</source>
        <translation>Start individual round</translation>
    </message>
    <message>
        <source>Aufdecken</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Runde abbrechen …</source>
        <translation>Cancel round …</translation>
    </message>
    <message>
        <source>Beobachtend, ohne Bewertung: {names}</source>
        <translation>Observing, not assessing: {names}</translation>
    </message>
    <message>
        <source>Einzelrunde</source>
        <translation>Individual round</translation>
    </message>
    <message>
        <source>Bitte zuerst die Teilnehmenden eintragen (oben: Teilnehmende).</source>
        <translation>Please enter the participants first (at the top: Participants).</translation>
    </message>
    <message>
        <source>Eine weitere Runde zu ausgewählten Aussagen starten Sie im Ergebnis; hier startet eine neue Runde zu allen Aussagen.</source>
        <translation>To run another round on selected statements, start it from the results; this starts a new round on all statements.</translation>
    </message>
    <message>
        <source>Alle schätzen die Aussagen zuerst einzeln ein, nacheinander an diesem Bildschirm. Niemand sieht fremde Antworten, bis die Moderation aufdeckt.</source>
        <translation>First everyone assesses the statements on their own, one after another at this screen. Nobody sees anyone else&apos;s answers until the facilitator reveals them.</translation>
    </message>
    <message>
        <source>hat geantwortet</source>
        <translation>has answered</translation>
    </message>
    <message>
        <source>noch offen</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <source>Alle {n} haben geantwortet. Die Moderation kann jetzt aufdecken.</source>
        <translation>All {n} have answered. The facilitator can reveal now.</translation>
    </message>
    <message>
        <source>{done} von {total} haben geantwortet.</source>
        <translation>{done} of {total} have answered.</translation>
    </message>
    <message>
        <source>Antworten korrigieren</source>
        <translation>Correct answers</translation>
    </message>
    <message>
        <source>{name} hat schon geantwortet. Neu einschätzen? Die bisherigen Antworten werden erst beim Bestätigen ersetzt und hier nicht angezeigt.</source>
        <translation>{name} has already answered. Assess again? The previous answers are only replaced on confirming, and are not shown here.</translation>
    </message>
    <message numerus="yes">
        <source>%n Person(en) haben noch nicht geantwortet. Trotzdem aufdecken?</source>
        <translation>
            <numerusform>%n person has not answered yet. Reveal anyway?</numerusform>
            <numerusform>%n people have not answered yet. Reveal anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Runde abbrechen</source>
        <translation>Cancel round</translation>
    </message>
    <message>
        <source>Die Runde abbrechen und alle ihre Antworten löschen?</source>
        <translation>Cancel the round and delete all its answers?</translation>
    </message>
    <message>
        <source>Runde {n}: Einzeleinschätzung</source>
        <translation>Round {n}: individual assessment</translation>
    </message>
    <message numerus="yes">
        <source>Bitte wählen Sie Ihren Namen. %n Aussage(n) sind einzuschätzen.</source>
        <translation>
            <numerusform>Please choose your name. %n statement is to be assessed.</numerusform>
            <numerusform>Please choose your name. %n statements are to be assessed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Achtung: Der Beamer zeigt diesen Bildschirm (nur ein Bildschirm oder gespiegelt). Dann sehen alle die Eingaben jeder Person – anders als oben versprochen. Abhilfe: einen zweiten Bildschirm erweitern und die Beamer-Ansicht (F8) nutzen; während jeder Eingabe das Bild des Beamers stumm schalten (Taste an der Fernbedienung); oder auf eigenen Geräten antworten lassen.</source>
        <translation>Caution: the projector shows this screen (a single screen, or mirrored). Then everyone sees each person&apos;s answers – unlike what is promised above. Remedies: extend to a second screen and use the projector view (F8); mute the projector&apos;s picture during each person&apos;s turn (button on the remote); or let people answer on their own devices.</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>– für alle setzen –</source>
        <translation>– set for all –</translation>
    </message>
    <message>
        <source>Planungsbereich</source>
        <translation>Planning area</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ausgewählte Karten ausrichten</source>
        <translation>Align selected cards</translation>
    </message>
    <message>
        <source>Waagerecht verteilen</source>
        <translation>Distribute horizontally</translation>
    </message>
    <message>
        <source>Senkrecht verteilen</source>
        <translation>Distribute vertically</translation>
    </message>
    <message>
        <source>Die zwei Karten verbinden (Strg+L)</source>
        <translation>Link the two cards (Ctrl+L)</translation>
    </message>
    <message>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ausrichten</source>
        <translation>Align</translation>
    </message>
    <message numerus="yes">
        <source>%n Karte(n)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Zone(n)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Verbindung(en)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Ausgewählt: {what}</source>
        <translation>Selected: {what}</translation>
    </message>
    <message>
        <source>Planungsbereich setzen</source>
        <translation>Set planning area</translation>
    </message>
    <message>
        <source>Kartenart setzen</source>
        <translation>Set card type</translation>
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
        <source>Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung – ein Workshop in drei Schritten: Pinnwand, Checkliste, Maßnahmen.</source>
        <translation>Embedding Early Childhood Intervention in municipal youth welfare, social and health planning – a workshop in three steps: pinboard, checklist, action plan.</translation>
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
    <message>
        <source>Frühe-Hilfen-Werkstatt</source>
        <translation>Frühe Hilfen Werkstatt</translation>
    </message>
</context>
<context>
    <name>StepNavigation</name>
    <message>
        <source>Schritt {heading} (Strg+{n})</source>
        <translation>Step {heading} (Ctrl+{n})</translation>
    </message>
</context>
<context>
    <name>TicksChart</name>
    <message>
        <source>Häkchen pro Person</source>
        <translation>Ticks per person</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>„{what}“ lässt sich nicht rückgängig machen; der Verlauf davor wurde geleert.</source>
        <translation>“{what}” cannot be undone; the history before it was cleared.</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <source>Titel des Workshops</source>
        <translation>Workshop title</translation>
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
    <message>
        <source>Workshopangaben ändern</source>
        <translation>Edit workshop details</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Zeit dieses Schritts. Ablauf und Fragen: Strg+Umschalt+L</source>
        <translation>Time of this step. Agenda and questions: Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Schreibgeschützt: Dieser Workshop lässt sich ansehen, präsentieren und exportieren, aber nicht ändern.</source>
        <translation>Read-only: this workshop can be viewed, presented and exported, but not changed.</translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>(Zone ohne Namen)</source>
        <translation>(unnamed zone)</translation>
    </message>
</context>
<context>
    <name>ZonePanel</name>
    <message>
        <source>z. B. „Planungslücke“</source>
        <translation>e.g. “planning gap”</translation>
    </message>
    <message>
        <source>Zone löschen</source>
        <translation>Delete zone</translation>
    </message>
    <message>
        <source>Beschriftung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Karten und Zonen in der Zone wandern mit, wenn man sie an ihrer Beschriftung oder ihrem Rand zieht.</source>
        <translation>Cards and zones inside the zone move along when you drag it by its label or its edge.</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>Auf 100 % (Strg+0)</source>
        <translation>To 100 % (Ctrl+0)</translation>
    </message>
    <message>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>Alles zeigen</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Die ganze Pinnwand zeigen (Pos1)</source>
        <translation>Show the whole pinboard (Home)</translation>
    </message>
</context>
<context>
    <name>action_import</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Zielsetzung</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zeitrahmen bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Erfolgsindikator</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <source>Bezug Checkliste</source>
        <translation>Checklist source</translation>
    </message>
    <message>
        <source>Bezug Pinnwand</source>
        <translation>Pinboard source</translation>
    </message>
    <message>
        <source>„Nr.“ muss eine Zahl sein, nicht „{value}“.</source>
        <translation>“Nr.” must be a number, not “{value}”.</translation>
    </message>
    <message>
        <source>Nr. {ident} steht mehrfach in der Tabelle (auch in Zeile {other}).</source>
        <translation>No. {ident} appears more than once in the table (also in row {other}).</translation>
    </message>
    <message>
        <source>Nr. {ident} gibt es in diesem Workshop nicht (mehr).</source>
        <translation>No. {ident} does not exist in this workshop (any more).</translation>
    </message>
    <message>
        <source>„{column}“: „{value}“ ist kein gültiges Datum (TT.MM.JJJJ).</source>
        <translation>“{column}”: “{value}” is not a valid date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>„{column}“: „{value}“ ist unbekannt; erlaubt sind {allowed}.</source>
        <translation>“{column}”: “{value}” is unknown; allowed are {allowed}.</translation>
    </message>
    <message>
        <source>„{column}“ darf nicht leer sein.</source>
        <translation>“{column}” must not be empty.</translation>
    </message>
    <message>
        <source>„Maßnahme“ (der Titel) darf nicht leer sein.</source>
        <translation>“Maßnahme” (the title) must not be empty.</translation>
    </message>
    <message>
        <source>„{column}“ ist zu lang ({length} Zeichen, höchstens {limit}).</source>
        <translation>“{column}” is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>„Zeitrahmen bis“ ({due}) liegt vor dem „Beginn“ ({start}).</source>
        <translation>The due date in “Zeitrahmen bis” ({due}) is before the start in “Beginn” ({start}).</translation>
    </message>
    <message>
        <source>„{column}“ enthält eine Formel; bitte den Wert selbst eintragen.</source>
        <translation>“{column}” contains a formula; please enter the value itself.</translation>
    </message>
    <message>
        <source>Nr. {ident} („{title}“) fehlt in der Tabelle; die Maßnahme bleibt unverändert.</source>
        <translation>No. {ident} (“{title}”) is missing from the table; the action stays unchanged.</translation>
    </message>
    <message>
        <source>Zeile {row}: „{title}“ steht ohne Nr. in der Tabelle, gibt es im Workshop aber schon (vermutlich bereits übernommen); die Zeile wird übersprungen.</source>
        <translation>Row {row}: “{title}” has no number in the table but already exists in the workshop (probably imported before); the row is skipped.</translation>
    </message>
    <message>
        <source>Die Datei wurde aus dem Workshop „{source}“ exportiert, geöffnet ist „{target}“. Bitte prüfen Sie, ob es der richtige Workshop ist.</source>
        <translation>The file was exported from the workshop “{source}”, but “{target}” is open. Please check that this is the right workshop.</translation>
    </message>
    <message>
        <source>Die Datei enthält keine Angaben zum Export-Stand; jede abweichende Zelle ersetzt den Wert im Workshop, auch wenn er dort inzwischen geändert wurde.</source>
        <translation>The file holds no record of what was exported; every differing cell replaces the value in the workshop, even if it has been changed there since.</translation>
    </message>
    <message>
        <source>Stand der Umsetzung</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Die Nr. fehlt, die Zeile gehört aber offenbar zu Nr. {ident} („{title}“), die sonst nirgends in der Tabelle steht. Bitte die Nr. {ident} wieder eintragen (eine neue Maßnahme bekommt einen eigenen Titel).</source>
        <translation>The No. is missing, but the row apparently belongs to No. {ident} (“{title}”), which is nowhere else in the table. Please enter No. {ident} again (a new action gets a title of its own).</translation>
    </message>
    <message>
        <source>Qualitätsdimension/Entwicklungsziel</source>
        <translation>Quality dimension/development goal</translation>
    </message>
    <message>
        <source>Kleingruppe/Fachbereiche</source>
        <translation>Small group/departments</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Befassung im Gremium nötig</source>
        <translation>Needs a committee decision</translation>
    </message>
    <message>
        <source>„{column}“: „{value}“ ist unbekannt; erlaubt sind {allowed} oder eine leere Zelle.</source>
        <translation>“{column}”: “{value}” is unknown; allowed are {allowed} or an empty cell.</translation>
    </message>
</context>
<context>
    <name>action_rules</name>
    <message>
        <source>Maßnahme</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Zielsetzung</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zeitrahmen bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Erfolgsindikator</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <source>Checklisten-Punkte</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Karten der Pinnwand</source>
        <translation>Pinboard cards</translation>
    </message>
    <message>
        <source>Bitte einen Titel für die Maßnahme angeben.</source>
        <translation>Please give the action a title.</translation>
    </message>
    <message>
        <source>Der Text ist zu lang ({length} Zeichen, höchstens {limit}).</source>
        <translation>The text is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>„{value}“ ist kein gültiger Wert; erlaubt: {allowed}.</source>
        <translation>“{value}” is not a valid value; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027.</source>
        <translation>“{text}” is not a valid date. Please enter it as DD.MM.YYYY, e.g. 31.03.2027.</translation>
    </message>
    <message>
        <source>Stand der Umsetzung</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>„Zeitrahmen bis“ {due} liegt vor dem Beginn {start}.</source>
        <translation>“Due by” {due} is before the start {start}.</translation>
    </message>
    <message>
        <source>Der Zeitrahmen bis {due} ist überschritten, die Maßnahme ist aber noch nicht erledigt.</source>
        <translation>The due date {due} has passed, but the action is not done yet.</translation>
    </message>
    <message>
        <source>Qualitätsdimension/Entwicklungsziel</source>
        <translation>Quality dimension/development goal</translation>
    </message>
    <message>
        <source>Kleingruppe/Fachbereiche</source>
        <translation>Small group/departments</translation>
    </message>
    <message>
        <source>Befassung im Gremium nötig</source>
        <translation>Needs a committee decision</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>noch offen</source>
        <translation>not yet assessed</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>besser</source>
        <translation>better</translation>
    </message>
    <message>
        <source>schlechter</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>neu eingeschätzt</source>
        <translation>newly assessed</translation>
    </message>
    <message>
        <source>noch nicht eingeschätzt</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>Aussage geändert, nicht vergleichbar</source>
        <translation>statement changed, not comparable</translation>
    </message>
    <message>
        <source>{label}: andere Checkliste („{catalog}“), nicht in den Vergleich aufgenommen</source>
        <translation>{label}: different checklist (“{catalog}”), not included in the comparison</translation>
    </message>
    <message>
        <source>{label}: Aussage {code} hat einen anderen Wortlaut, dort nicht verglichen</source>
        <translation>{label}: statement {code} is worded differently, not compared there</translation>
    </message>
    <message>
        <source>{label}: Aussage {code} hat eine andere Antwortskala, dort nicht verglichen</source>
        <translation>{label}: statement {code} has a different answer scale, not compared there</translation>
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
        <translation>Early Childhood Intervention network</translation>
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
        <source>Frageimpulse</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Dialog mit der strategisch-politischen Ebene</source>
        <translation>Dialogue with the strategic and political level</translation>
    </message>
    <message>
        <source>wird fortgesetzt</source>
        <translation>continued</translation>
    </message>
    <message>
        <source>wird geändert fortgesetzt</source>
        <translation>continued with changes</translation>
    </message>
    <message>
        <source>wird nicht weiterverfolgt</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Planungsgrundlage</source>
        <translation>Planning basis</translation>
    </message>
    <message>
        <source>Verwaltung/Steuerung</source>
        <translation>Administration/steering</translation>
    </message>
    <message>
        <source>Träger/Praxis</source>
        <translation>Providers/practice</translation>
    </message>
    <message>
        <source>Finanzierung/Zuwendung</source>
        <translation>Funding/grant</translation>
    </message>
    <message>
        <source>angesiedelt bei</source>
        <translation>attached to</translation>
    </message>
    <message>
        <source>Vertretung/Mitgliedschaft</source>
        <translation>Representation/membership</translation>
    </message>
    <message>
        <source>in eine Richtung</source>
        <translation>one way</translation>
    </message>
    <message>
        <source>dringend klären</source>
        <translation>to be clarified urgently</translation>
    </message>
    <message>
        <source>funktioniert gut</source>
        <translation>works well</translation>
    </message>
    <message>
        <source>Idee / Vorschlag</source>
        <translation>idea / proposal</translation>
    </message>
    <message>
        <source>zurückgestellt</source>
        <translation>postponed</translation>
    </message>
    <message>
        <source>strategisch-politische Ebene</source>
        <translation>strategic-political level</translation>
    </message>
    <message>
        <source>operative, umsetzende Ebene</source>
        <translation>operational level</translation>
    </message>
    <message>
        <source>Häkchen</source>
        <translation>tick</translation>
    </message>
    <message>
        <source>Ausmaß</source>
        <translation>extent</translation>
    </message>
    <message>
        <source>Häufigkeit</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>offene Frage</source>
        <translation>open question</translation>
    </message>
    <message>
        <source>weitgehend</source>
        <translation>largely</translation>
    </message>
    <message>
        <source>ansatzweise</source>
        <translation>to a small extent</translation>
    </message>
    <message>
        <source>gar nicht</source>
        <translation>not at all</translation>
    </message>
    <message>
        <source>regelmäßig</source>
        <translation>regularly</translation>
    </message>
    <message>
        <source>gelegentlich</source>
        <translation>occasionally</translation>
    </message>
    <message>
        <source>selten</source>
        <translation>rarely</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Überblick über kommunale Planungsakteure und -aufgaben</source>
        <translation>Overview of municipal planning actors and tasks</translation>
    </message>
    <message>
        <source>Checkliste kommunale Planungskonzeption</source>
        <translation>Checklist: municipal planning concept</translation>
    </message>
    <message>
        <source>Maßnahmenplanung</source>
        <translation>Action planning</translation>
    </message>
    <message>
        <source>Maßnahmenplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
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
        <source>„{path}“ ist keine Excel-Arbeitsmappe (.xlsx) oder ist beschädigt.</source>
        <translation>“{path}” is not an Excel workbook (.xlsx) or is damaged.</translation>
    </message>
    <message>
        <source>In „{path}“ fehlt das Tabellenblatt „{sheet}“. Vorhanden: {sheets}.</source>
        <translation>“{path}” has no worksheet “{sheet}”. Worksheets found: {sheets}.</translation>
    </message>
    <message>
        <source>Im Blatt „{sheet}“ fehlt die Kopfzeile mit den Spalten „Nr.“ und „Maßnahme“.</source>
        <translation>The worksheet “{sheet}” has no header row with the columns “Nr.” and “Maßnahme”.</translation>
    </message>
    <message>
        <source>Im Blatt „{sheet}“ fehlen die Spalten {columns}.</source>
        <translation>The worksheet “{sheet}” lacks the columns {columns}.</translation>
    </message>
    <message>
        <source>Das Blatt „{sheet}“ hat mehr als {limit} Zeilen; so viele Maßnahmen werden nicht übernommen.</source>
        <translation>The worksheet “{sheet}” has more than {limit} rows; that many actions are not imported.</translation>
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
        <source>Der Workshop-Datei fehlt ihre Kennung; „fh-desktop check“ prüft sie.</source>
        <translation>The workshop file lacks its identity; “fh-desktop check” examines it.</translation>
    </message>
    <message>
        <source>Auf dem Datenträger von „{path}“ ist kein Platz mehr frei; die letzte Änderung wurde nicht gespeichert. Bitte schaffen Sie Platz und versuchen Sie es erneut.</source>
        <translation>The disk holding “{path}” is full; the last change was not saved. Please free some space and try again.</translation>
    </message>
    <message>
        <source>„{path}“ ist schreibgeschützt (Datei, Ordner oder Datenträger); die Änderung wurde nicht gespeichert.</source>
        <translation>“{path}” is write-protected (file, folder or disk); the change was not saved.</translation>
    </message>
    <message>
        <source>Lese- oder Schreibfehler bei „{path}“ (Datenträger entfernt oder defekt?); die letzte Änderung wurde nicht gespeichert.</source>
        <translation>Read or write error on “{path}” (disk removed or faulty?); the last change was not saved.</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ ist beschädigt ({detail}). Öffnen Sie eine Sicherungskopie oder retten Sie die lesbaren Daten mit „fh-desktop dump“.</source>
        <translation>The workshop file “{path}” is damaged ({detail}). Open a backup copy, or rescue the readable data with “fh-desktop dump”.</translation>
    </message>
    <message>
        <source>Der Workshop „{path}“ ist bereits in einem anderen Fenster oder Programm geöffnet. Bitte schließen Sie ihn dort zuerst.</source>
        <translation>The workshop “{path}” is already open in another window or program. Please close it there first.</translation>
    </message>
    <message>
        <source>Keine Berechtigung für „{path}“; bitte prüfen Sie die Zugriffsrechte.</source>
        <translation>No permission for “{path}”; please check the access rights.</translation>
    </message>
    <message>
        <source>Die Datei oder der Ordner „{path}“ fehlt.</source>
        <translation>The file or folder “{path}” is missing.</translation>
    </message>
    <message>
        <source>Der Name „{path}“ ist zu lang ({length} Bytes, höchstens {limit}). Bitte wählen Sie einen kürzeren Dateinamen.</source>
        <translation>The name “{path}” is too long ({length} bytes, at most {limit}). Please choose a shorter file name.</translation>
    </message>
    <message>
        <source>Der Pfad „{path}“ ist zu lang ({length} Bytes, höchstens {limit}). Bitte speichern Sie den Workshop in einem Ordner mit kürzerem Pfad.</source>
        <translation>The path “{path}” is too long ({length} bytes, at most {limit}). Please save the workshop in a folder with a shorter path.</translation>
    </message>
    <message>
        <source>Zugriff auf „{path}“ nicht möglich (Systemfehler {code}).</source>
        <translation>“{path}” cannot be accessed (system error {code}).</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ konnte nicht gelesen oder geschrieben werden (Fehler {code}); die letzte Änderung wurde nicht gespeichert.</source>
        <translation>The workshop file “{path}” could not be read or written (error {code}); the last change was not saved.</translation>
    </message>
    <message>
        <source>Die Änderung bezieht sich auf etwas, das es nicht mehr gibt; sie wurde nicht gespeichert.</source>
        <translation>The change refers to something that no longer exists; it was not saved.</translation>
    </message>
    <message>
        <source>Die Änderung würde einen Eintrag doppelt anlegen; sie wurde nicht gespeichert.</source>
        <translation>The change would create an entry twice; it was not saved.</translation>
    </message>
    <message>
        <source>Die Änderung passt nicht zu den gespeicherten Daten; sie wurde nicht gespeichert.</source>
        <translation>The change does not fit the saved data; it was not saved.</translation>
    </message>
    <message>
        <source>Dateistruktur</source>
        <translation>file structure</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ ist beschädigt ({detail}). Öffnen Sie die Sicherungskopie „{backup}“ daneben oder retten Sie die lesbaren Daten mit „fh-desktop dump“.</source>
        <translation>The workshop file “{path}” is damaged ({detail}). Open the backup copy “{backup}” next to it, or rescue the readable data with “fh-desktop dump”.</translation>
    </message>
    <message>
        <source>„{path}“ hat die Kennung einer Workshop-Datei, aber keine Tabellen.</source>
        <translation>“{path}” is marked as a workshop file but has no tables.</translation>
    </message>
    <message>
        <source>„{path}“ ist nur zum Ansehen geöffnet (schreibgeschützt); Änderungen werden nicht gespeichert.</source>
        <translation>“{path}” is open for viewing only (read-only); changes are not saved.</translation>
    </message>
    <message>
        <source>„{path}“ liegt an einem schreibgeschützten Ort und wurde nur zum Ansehen geöffnet. Zum Bearbeiten speichern Sie eine Kopie in einem eigenen Ordner.</source>
        <translation>“{path}” is in a write-protected place and was opened for viewing only. To edit it, save a copy in a folder of your own.</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ gibt es schon.</source>
        <translation>The file “{path}” already exists.</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Verbindung</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Klebepunkt</source>
        <translation>Sticky dot</translation>
    </message>
    <message>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Runde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Zeile {row}: {text}</source>
        <translation>Row {row}: {text}</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Die Pinnwand-Vorlage „{source}“ ist fehlerhaft bei „{path}“: {problem}</source>
        <translation>The pinboard template “{source}” is faulty at “{path}”: {problem}</translation>
    </message>
    <message>
        <source>Ungültiger Katalog „{file}“ bei „{path}“: {problem}</source>
        <translation>Invalid catalogue “{file}” at “{path}”: {problem}</translation>
    </message>
    <message>
        <source>Der Katalog „{file}“ ist kein gültiges JSON: {detail}</source>
        <translation>The catalogue “{file}” is not valid JSON: {detail}</translation>
    </message>
    <message>
        <source>Der Ordner „{path}“ existiert nicht.</source>
        <translation>The folder “{path}” does not exist.</translation>
    </message>
    <message>
        <source>„{path}“ ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>“{path}” is a folder; please give a file name.</translation>
    </message>
    <message>
        <source>In den Ordner „{path}“ kann nicht geschrieben werden (keine Schreibrechte).</source>
        <translation>The folder “{path}” cannot be written to (no write permission).</translation>
    </message>
    <message>
        <source>„{path}“ konnte nicht geschrieben werden: Der Datenträger ist voll. Eine vorhandene Datei ist unverändert.</source>
        <translation>“{path}” could not be written: the disk is full. Any existing file is unchanged.</translation>
    </message>
    <message>
        <source>„{path}“ kann nicht ersetzt werden, weil die Datei in einem anderen Programm geöffnet ist (z. B. Excel). Bitte dort schließen und erneut exportieren.</source>
        <translation>“{path}” cannot be replaced because the file is open in another program (e.g. Excel). Please close it there and export again.</translation>
    </message>
    <message>
        <source>„{path}“ konnte nicht geschrieben werden: {detail}. Eine vorhandene Datei ist unverändert.</source>
        <translation>“{path}” could not be written: {detail}. Any existing file is unchanged.</translation>
    </message>
    <message>
        <source>{count} Zeile(n) der Tabelle können nicht übernommen werden; es wurde nichts geändert. {first}</source>
        <translation>{count} row(s) of the table cannot be imported; nothing has been changed. {first}</translation>
    </message>
    <message>
        <source>Die Maßnahmen wurden seit der Vorschau geändert. Bitte die Vorschau erneut ansehen.</source>
        <translation>The actions have changed since the preview. Please look at the preview again.</translation>
    </message>
    <message>
        <source>Die neue Reihenfolge passt nicht zu den Maßnahmen im Workshop (inzwischen geändert?).</source>
        <translation>The new order does not match the actions in the workshop (changed in the meantime?).</translation>
    </message>
    <message>
        <source>Ungültiges Datum für {field}: „{value}“.</source>
        <translation>Invalid date for {field}: “{value}”.</translation>
    </message>
    <message>
        <source>Eine Verbindung braucht zwei verschiedene Karten.</source>
        <translation>A link needs two different cards.</translation>
    </message>
    <message>
        <source>Ungültige Größe oder Lage: {field} = {value}.</source>
        <translation>Invalid size or position: {field} = {value}.</translation>
    </message>
    <message>
        <source>Ungültige Farbe „{value}“ (erwartet #rrggbb).</source>
        <translation>Invalid colour “{value}” (expected #rrggbb).</translation>
    </message>
    <message>
        <source>Es läuft schon eine Einzelrunde (Runde {number}).</source>
        <translation>An individual round is already running (round {number}).</translation>
    </message>
    <message>
        <source>Runde {number} ist schon aufgedeckt; Antworten sind nicht mehr möglich.</source>
        <translation>Round {number} has already been revealed; no more answers can be given.</translation>
    </message>
    <message>
        <source>Die Runde braucht mindestens eine Aussage.</source>
        <translation>The round needs at least one statement.</translation>
    </message>
    <message>
        <source>Aussage Nr. {ident} gehört nicht zu dieser Runde.</source>
        <translation>Statement no. {ident} is not part of this round.</translation>
    </message>
    <message>
        <source>Bitte alle Aussagen beantworten ({missing} fehlen noch).</source>
        <translation>Please answer all statements ({missing} still missing).</translation>
    </message>
    <message>
        <source>„{value}“ wird in diesem Katalog nicht angeboten.</source>
        <translation>“{value}” is not offered in this catalogue.</translation>
    </message>
    <message>
        <source>Die Aussage darf nicht leer sein.</source>
        <translation>The statement must not be empty.</translation>
    </message>
    <message>
        <source>Das geht erst, wenn keine Einzelrunde mehr läuft (aufdecken oder abbrechen).</source>
        <translation>This is only possible once no individual round is running (reveal or cancel it).</translation>
    </message>
    <message>
        <source>Der Katalog „{path}“ kann nicht gelesen werden: {detail}</source>
        <translation>The catalogue “{path}” cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Das Bild „{path}“ kann nicht geschrieben werden: {detail}</source>
        <translation>The picture “{path}” cannot be written: {detail}</translation>
    </message>
    <message>
        <source>Schreiben fehlgeschlagen</source>
        <translation>writing failed</translation>
    </message>
    <message>
        <source>Neben „{path}“ lag eine Zwischendatei, die nicht zu diesem Workshop gehört (etwa nach einem Absturz und anschließendem Überschreiben). Sie wurde nicht übernommen, sondern als „{moved}“ beiseitegelegt.</source>
        <translation>Next to “{path}” there was a temporary file that does not belong to this workshop (for example after a crash and a later overwrite). It was not applied but set aside as “{moved}”.</translation>
    </message>
    <message>
        <source>Neben „{path}“ liegt eine Zwischendatei „{ignored}“, die nicht zu diesem Workshop gehört; sie wurde beim Ansehen nicht berücksichtigt.</source>
        <translation>Next to “{path}” there is a temporary file “{ignored}” that does not belong to this workshop; it was ignored for viewing.</translation>
    </message>
    <message>
        <source>Vor dem Aktualisieren von „{path}“ konnte keine Sicherungskopie angelegt werden; die Datei bleibt unverändert. Bitte schaffen Sie Platz oder wählen Sie einen anderen Ordner.</source>
        <translation>No backup copy could be made before updating “{path}”; the file stays unchanged. Please free some space or choose another folder.</translation>
    </message>
    <message>
        <source>„{path}“ konnte nicht auf die neue Version umgestellt werden und bleibt unverändert; eine Sicherungskopie liegt als „{backup}“ daneben.</source>
        <translation>“{path}” could not be converted to the new version and stays unchanged; a backup copy is next to it as “{backup}”.</translation>
    </message>
    <message>
        <source>Die Tabelle „{table}“ fehlt.</source>
        <translation>The table “{table}” is missing.</translation>
    </message>
    <message>
        <source>In der Tabelle „{table}“ fehlt die Spalte „{column}“.</source>
        <translation>The table “{table}” lacks the column “{column}”.</translation>
    </message>
    <message>
        <source>Tabelle „{table}“, Zeile {row}: „{column}“ ist kein gültiges JSON.</source>
        <translation>Table “{table}”, row {row}: “{column}” is not valid JSON.</translation>
    </message>
    <message>
        <source>Tabelle „{table}“, Zeile {row}: „{column}“ ist kein lesbarer Text (UTF-8 beschädigt).</source>
        <translation>Table “{table}”, row {row}: “{column}” is not readable text (damaged UTF-8).</translation>
    </message>
    <message>
        <source>Tabelle „{table}“, Zeile {row}: „{column}“ hat den falschen Datentyp.</source>
        <translation>Table “{table}”, row {row}: “{column}” has the wrong data type.</translation>
    </message>
    <message>
        <source>SQLite-Prüfung: {detail}</source>
        <translation>SQLite check: {detail}</translation>
    </message>
    <message>
        <source>Ein gespeicherter Wert kann nicht gelesen werden ({kind}).</source>
        <translation>A stored value cannot be read ({kind}).</translation>
    </message>
    <message>
        <source>Tabelle „{table}“, Zeile {row}: verweist auf „{parent}“, das es nicht gibt.</source>
        <translation>Table “{table}”, row {row}: refers to “{parent}”, which does not exist.</translation>
    </message>
    <message>
        <source>„{value}“ ist kein bekannter Wert für {field}; die Datei stammt vermutlich aus einer neueren Version. Bitte aktualisieren Sie das Programm.</source>
        <translation>“{value}” is not a known value for {field}; the file probably comes from a newer version. Please update the program.</translation>
    </message>
    <message>
        <source>{what} Nr. {ident} verweist auf {target} Nr. {ref}, die es nicht gibt.</source>
        <translation>{what} no. {ident} refers to {target} no. {ref}, which does not exist.</translation>
    </message>
    <message>
        <source>{what} Nr. {ident} kommt mehrfach vor.</source>
        <translation>{what} no. {ident} occurs more than once.</translation>
    </message>
    <message>
        <source>Es ist mehr als eine Einzelrunde offen.</source>
        <translation>More than one individual round is open.</translation>
    </message>
    <message>
        <source>Schritt {step} gibt es nicht.</source>
        <translation>There is no step {step}.</translation>
    </message>
    <message>
        <source>{what} Nr. {ident}: {problem}</source>
        <translation>{what} no. {ident}: {problem}</translation>
    </message>
    <message>
        <source>„{path}“ ist beschädigt; es folgt, was sich noch lesen lässt. Bitte prüfen Sie das Ergebnis.</source>
        <translation>“{path}” is damaged; what follows is what can still be read. Please check the result.</translation>
    </message>
    <message>
        <source>Es läuft keine Einzelrunde, für die Geräte antworten könnten.</source>
        <translation>No individual round is open for devices to answer.</translation>
    </message>
    <message>
        <source>Der Server kann auf {address}:{port} nicht starten: {detail}</source>
        <translation>The server cannot start on {address}:{port}: {detail}</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll: {log}</source>
        <translation>An unexpected error occurred. The details are in the log: {log}</translation>
    </message>
    <message>
        <source>Die Aussage hat inzwischen Antworten; sie lässt sich nicht mehr rückgängig entfernen.</source>
        <translation>The statement has answers now; adding it can no longer be undone.</translation>
    </message>
    <message>
        <source>Dieser Workshop ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
        <translation>This workshop is open read-only; it cannot be changed.</translation>
    </message>
    <message>
        <source>Diese Person hat inzwischen geantwortet; das Hinzufügen lässt sich nicht mehr rückgängig machen.</source>
        <translation>This person has answered now; adding them can no longer be undone.</translation>
    </message>
    <message>
        <source>Der Folgeworkshop braucht eine eigene Datei; „{path}“ ist der bisherige Workshop.</source>
        <translation>The follow-up workshop needs a file of its own; “{path}” is the previous workshop.</translation>
    </message>
    <message>
        <source>Maßnahme Nr. {ident} stammt nicht aus einem früheren Workshop und steht nicht zur Wiedervorlage.</source>
        <translation>Action no. {ident} does not come from an earlier workshop and is not up for review.</translation>
    </message>
    <message>
        <source>„{path}“ ist keine Workshop-Datei (kein Format der Frühe-Hilfen-Werkstatt).</source>
        <translation>“{path}” is not a workshop file (not a Frühe Hilfen Werkstatt format).</translation>
    </message>
    <message>
        <source>Die Workshop-Datei „{path}“ stammt aus einer neueren Version der Frühe-Hilfen-Werkstatt (Schema {found}). Bitte aktualisieren Sie das Programm.</source>
        <translation>The workshop file “{path}” comes from a newer version of Frühe Hilfen Werkstatt (schema {found}). Please update the program.</translation>
    </message>
    <message>
        <source>Der Katalog kann nicht mehr gewechselt werden: Es liegen schon Einschätzungen vor. Löschen Sie zuerst die Einzelantworten: Sie gehören zu den Aussagen dieses Katalogs.</source>
        <translation>The catalogue can no longer be changed: assessments have already been given. Delete the individual answers first: they belong to this catalogue&apos;s statements.</translation>
    </message>
    <message>
        <source>{name} hospitiert und gibt keine Einschätzung ab.</source>
        <translation>{name} is an observer and gives no assessment.</translation>
    </message>
    <message>
        <source>Die PDF-Dokumentation konnte nicht gesetzt werden: {detail}</source>
        <translation>The PDF documentation could not be laid out: {detail}</translation>
    </message>
    <message>
        <source>„{path}“ ist im Format {format} gespeichert. Bitte in LibreOffice oder Excel „Speichern unter …“ wählen, als Excel-Arbeitsmappe (.xlsx) speichern und diese Datei übernehmen.</source>
        <translation>“{path}” is saved in the {format} format. Please choose “Save as …” in LibreOffice or Excel, save it as an Excel workbook (.xlsx) and import that file.</translation>
    </message>
    <message>
        <source>Zwei Ausgabedateien haben dasselbe Ziel „{path}“.</source>
        <translation>Two output files have the same target “{path}”.</translation>
    </message>
    <message>
        <source>„{path}“ ist eine Verknüpfung auf „{dest}“, deren Ordner es nicht gibt; nichts wurde geschrieben.</source>
        <translation>“{path}” is a link to “{dest}”, whose folder does not exist; nothing was written.</translation>
    </message>
    <message>
        <source>Bitte einen Dateinamen für den Folgeworkshop angeben.</source>
        <translation>Please give a file name for the follow-up workshop.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Beschriftung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planungsbereich</source>
        <translation>Planning area</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Zielsetzung</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beteiligte</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Erfolgsindikator</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <source>Stand der Umsetzung</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rundenstatus</source>
        <translation>Round status</translation>
    </message>
    <message>
        <source>Fragengruppe</source>
        <translation>Question group</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Zeitrahmen bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Kartenart</source>
        <translation>Card type</translation>
    </message>
    <message>
        <source>Einfluss</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Verbindungsart</source>
        <translation>Link type</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Antwortskala</source>
        <translation>Answer scale</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>gemeinsame Einschätzung</source>
        <translation>joint assessment</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Runde {number}: {count} ist keine Anzahl (ganze Zahl ab 0).</source>
        <translation>Round {number}: {count} is not a count (a whole number from 0).</translation>
    </message>
    <message>
        <source>Runde {number} kommt mehrfach vor.</source>
        <translation>Round {number} appears more than once.</translation>
    </message>
</context>
<context>
    <name>guiding</name>
    <message>
        <source>Kürzer als im Praxismaterial empfohlen ({range}).</source>
        <translation>Shorter than the practice material recommends ({range}).</translation>
    </message>
    <message>
        <source>Deutlich länger als im Praxismaterial empfohlen ({range}).</source>
        <translation>Much longer than the practice material recommends ({range}).</translation>
    </message>
    <message>
        <source>60–90 Min.</source>
        <translation>60–90 min</translation>
    </message>
    <message>
        <source>Kenntnisse anreichern über Planungsakteure und -aufgaben, Bereiche visualisieren und gemeinsam aktuellen Stand planerischer Verankerung in der Kommune wahrnehmen</source>
        <translation>Learn more about planning actors and tasks, visualise the areas and see together how far Frühe Hilfen are currently embedded in the municipality&apos;s planning</translation>
    </message>
    <message>
        <source>Dieser erste Arbeitsschritt kann bereits im Vorfeld vorbereitet werden. Dazu können Informationen aus Dokumentenanalysen (Berichte, Protokolle, Beschlüsse etc.) und ggf. vorhandener Stakeholder-Analysen aufbereitet und visualisiert werden. Die Beteiligten haben dann bereits eine Übersicht vorliegen, die gemeinsam weiterbearbeitet wird.</source>
        <translation>This first step can be prepared in advance. Information from document analyses (reports, minutes, decisions etc.) and any existing stakeholder analyses can be prepared and visualised. The participants then already have an overview to work on together.</translation>
    </message>
    <message>
        <source>Gemeinsame Ist-Einschätzung der kommunalen Planungskonzeption und Ideenentwicklung zur qualitativen Weiterentwicklung kommunaler Verankerung Früher Hilfen</source>
        <translation>A joint assessment of the municipal planning concept as it is, and ideas for developing how Frühe Hilfen are embedded in the municipality</translation>
    </message>
    <message>
        <source>Verschiedene Praxiserfahrungen zeigen: Es ist nicht davon auszugehen, dass bereits alle Kommunen über eine schriftlich fixierte und systematisch aktualisierte Planungskonzeption verfügen, die die Zusammenarbeit aller Planungsinstanzen bzw. -aufgaben klar regelt und koordiniert. Es ist daher empfehlenswert, die aktuelle Situation gemeinsam anzuschauen und weitere oder auch erste Überlegungen für eine stärkere Bündelung planerischer Prozesse zu treffen.</source>
        <translation>Experience shows that not every municipality can be expected to have a written, systematically updated planning concept that clearly governs and coordinates the cooperation of all planning bodies and tasks. It is therefore advisable to look at the current situation together and to make further, or first, considerations on bundling planning processes more closely.</translation>
    </message>
    <message>
        <source>mind. 30 Min.</source>
        <translation>at least 30 min</translation>
    </message>
    <message>
        <source>Konkrete Aktivitäten zur Weiterentwicklung Früher Hilfen planen</source>
        <translation>Plan concrete activities to develop Frühe Hilfen further</translation>
    </message>
</context>
</TS>
