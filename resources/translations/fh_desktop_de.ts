<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <source>%n Maßnahmen</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message numerus="yes">
        <source>noch %n offen</source>
        <translation>
            <numerusform>noch %n offen</numerusform>
            <numerusform>noch %n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message numerus="yes">
        <source>%n Elemente löschen</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message numerus="yes">
        <source>%n Einzelantwort(en) zu dieser Aussage werden mit gelöscht.</source>
        <translation>
            <numerusform>%n Einzelantwort zu dieser Aussage wird mit gelöscht.</numerusform>
            <numerusform>%n Einzelantworten zu dieser Aussage werden mit gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message numerus="yes">
        <source>%n Maßnahme(n) aus dem Handlungsbedarf anlegen</source>
        <translation>
            <numerusform>%n Maßnahme aus dem Handlungsbedarf anlegen</numerusform>
            <numerusform>%n Maßnahmen aus dem Handlungsbedarf anlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n Zeile(n) der Tabelle können nicht übernommen werden. Bitte in Excel korrigieren und erneut versuchen; es wird nichts übernommen.</source>
        <translation>
            <numerusform>%n Zeile der Tabelle kann nicht übernommen werden. Bitte in Excel korrigieren und erneut versuchen; es wird nichts übernommen.</numerusform>
            <numerusform>%n Zeilen der Tabelle können nicht übernommen werden. Bitte in Excel korrigieren und erneut versuchen; es wird nichts übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Maßnahme(n) werden geändert</source>
        <translation>
            <numerusform>%n Maßnahme wird geändert</numerusform>
            <numerusform>%n Maßnahmen werden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neu angelegt.</source>
        <translation>
            <numerusform>%n neu angelegt.</numerusform>
            <numerusform>%n neu angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message numerus="yes">
        <source>(%n Aussage(n))</source>
        <translation>
            <numerusform>(%n Aussage)</numerusform>
            <numerusform>(%n Aussagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ergebnis Runde {n}: %n Person(en) haben geantwortet</source>
        <translation>
            <numerusform>Ergebnis Runde {n}: %n Person hat geantwortet</numerusform>
            <numerusform>Ergebnis Runde {n}: %n Personen haben geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nur %n Antwort(en): Rückschluss auf Personen möglich</source>
        <translation>
            <numerusform>Nur %n Antwort: Rückschluss auf Personen möglich</numerusform>
            <numerusform>Nur %n Antworten: Rückschluss auf Personen möglich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundView</name>
    <message numerus="yes">
        <source>Bitte wählen Sie Ihren Namen. %n Aussage(n) sind einzuschätzen.</source>
        <translation>
            <numerusform>Bitte wählen Sie Ihren Namen. %n Aussage ist einzuschätzen.</numerusform>
            <numerusform>Bitte wählen Sie Ihren Namen. %n Aussagen sind einzuschätzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Person(en) haben noch nicht geantwortet. Trotzdem aufdecken?</source>
        <translation>
            <numerusform>%n Person hat noch nicht geantwortet. Trotzdem aufdecken?</numerusform>
            <numerusform>%n Personen haben noch nicht geantwortet. Trotzdem aufdecken?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message numerus="yes">
        <source>%n Karte(n)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Zone(n)</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Verbindung(en)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message numerus="yes">
        <source>Teilnehmende: %n …</source>
        <translation>
            <numerusform>Teilnehmende: %n …</numerusform>
            <numerusform>Teilnehmende: %n …</numerusform>
        </translation>
    </message>
</context>
</TS>
