<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ArrivalsChartWidget</name>
    <message>
        <source>Arrivals over time</source>
        <translation>Ankomster över tid</translation>
    </message>
    <message>
        <source>%1 of %2 arrived.</source>
        <translation>%1 av %2 har kommit.</translation>
    </message>
    <message numerus="yes">
        <source>Most arrived in the %n minute(s) from %1: %2.</source>
        <translation>
            <numerusform>Flest kom under minuten från %1: %2.</numerusform>
            <numerusform>Flest kom under de %n minuterna från %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendeeDetailPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Specialkost</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Incheckad</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Namnbricka</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Ingen vald</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>check-in time (station)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttendeeForm</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>&amp;Specialkost:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Print Badge</source>
        <translation>&amp;Skriv ut namnbricka</translation>
    </message>
    <message>
        <source>Print &amp;Batch…</source>
        <translation>Skriv ut &amp;flera…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>Print &amp;Failed Badges Again</source>
        <translation>Skriv ut &amp;misslyckade namnbrickor igen</translation>
    </message>
    <message>
        <source>Badge &amp;Settings…</source>
        <translation>&amp;Inställningar för namnbrickor…</translation>
    </message>
    <message>
        <source>&amp;Calibrate Printer…</source>
        <translation>&amp;Kalibrera skrivaren…</translation>
    </message>
    <message>
        <source>Badge printed for %1.</source>
        <translation>Namnbricka utskriven för %1.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Välj en person först.</translation>
    </message>
    <message>
        <source>Badge for %1 not printed: %2</source>
        <translation>Namnbrickan för %1 skrevs inte ut: %2</translation>
    </message>
    <message>
        <source>Badge not printed: %1 (Badges ▸ Print Failed Badges Again)</source>
        <translation>Namnbrickan skrevs inte ut: %1 (Namnbrickor ▸ Skriv ut misslyckade namnbrickor igen)</translation>
    </message>
</context>
<context>
    <name>BadgeBatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Skriv ut namnbrickor</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Inte utskrivna än</translation>
    </message>
    <message numerus="yes">
        <source>The selected people (%n)</source>
        <translation>
            <numerusform>Den valda personen (%n)</numerusform>
            <numerusform>De valda personerna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One organisation</source>
        <translation>En organisation</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation, then last name</source>
        <translation>Organisation, sedan efternamn</translation>
    </message>
    <message>
        <source>The first free label on a partly used sheet, counted across from the top left.</source>
        <translation>Den första lediga etiketten på ett delvis använt ark, räknat radvis från övre vänstra hörnet.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Vilka</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>&amp;Sorted by</source>
        <translation>&amp;Sortering</translation>
    </message>
    <message>
        <source>S&amp;tart at label</source>
        <translation>B&amp;örja på etikett</translation>
    </message>
    <message>
        <source>Stock and template</source>
        <translation>Etikettark och mall</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n namnbricka</numerusform>
            <numerusform>%n namnbrickor</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was recorded as printed.</source>
        <translation>Avbrutet; inget registrerades som utskrivet.</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Spara namnbrickor som PDF</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>namnbrickor.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <source>Badge preview</source>
        <translation>Förhandsgranskning av namnbricka</translation>
    </message>
</context>
<context>
    <name>BadgePrintService</name>
    <message>
        <source>The badge was printed but could not be recorded: %1</source>
        <translation>Namnbrickan skrevs ut men kunde inte registreras: %1</translation>
    </message>
</context>
<context>
    <name>BadgeSampleView</name>
    <message>
        <source>Digital strategist</source>
        <translation>Digitaliseringsstrateg</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Evenemangets namn</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Print a badge at every check-in</source>
        <translation>Skriv ut en namnbricka vid varje incheckning</translation>
    </message>
    <message>
        <source>Badge settings</source>
        <translation>Inställningar för namnbrickor</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Systemets standardskrivare</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Own stock…</source>
        <translation>&amp;Eget etikettark…</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Etikettark</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Skrivare</translation>
    </message>
    <message>
        <source>Own stock</source>
        <translation>Eget etikettark</translation>
    </message>
    <message>
        <source>%1 (this event)</source>
        <translation>%1 (detta evenemang)</translation>
    </message>
</context>
<context>
    <name>BadgeTemplateEditor</name>
    <message>
        <source>First name (mm)</source>
        <translation>Förnamn (mm)</translation>
    </message>
    <message>
        <source>Last name (mm)</source>
        <translation>Efternamn (mm)</translation>
    </message>
    <message>
        <source>Full name (mm)</source>
        <translation>Fullständigt namn (mm)</translation>
    </message>
    <message>
        <source>Organisation (mm)</source>
        <translation>Organisation (mm)</translation>
    </message>
    <message>
        <source>Title (mm)</source>
        <translation>Befattning (mm)</translation>
    </message>
    <message>
        <source>Event name (mm)</source>
        <translation>Evenemangets namn (mm)</translation>
    </message>
    <message>
        <source>Colour band height (mm)</source>
        <translation>Färgbandets höjd (mm)</translation>
    </message>
    <message>
        <source>QR code (mm)</source>
        <translation>QR-kod (mm)</translation>
    </message>
    <message>
        <source>Show the organisation</source>
        <translation>Visa organisationen</translation>
    </message>
    <message>
        <source>Show the title</source>
        <translation>Visa befattningen</translation>
    </message>
    <message>
        <source>Show a QR code with the attendee&apos;s code</source>
        <translation>Visa en QR-kod med deltagarens kod</translation>
    </message>
    <message>
        <source>Show the event name</source>
        <translation>Visa evenemangets namn</translation>
    </message>
    <message>
        <source>Badge template</source>
        <translation>Namnbricksmall</translation>
    </message>
    <message>
        <source>First name large, last name below</source>
        <translation>Förnamn stort, efternamn under</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centrerad</translation>
    </message>
    <message>
        <source>At the top</source>
        <translation>Överst</translation>
    </message>
    <message>
        <source>At the bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Colour band</source>
        <translation>Färgband</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>Bandets färg: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the badge printer</source>
        <translation>Kalibrera skrivaren för namnbrickor</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Systemets standardskrivare</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Positive moves the print to the right.</source>
        <translation>Positivt värde flyttar utskriften åt höger.</translation>
    </message>
    <message>
        <source>Positive moves the print down.</source>
        <translation>Positivt värde flyttar utskriften nedåt.</translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation>Skriv ut &amp;testsida</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Skrivare</translation>
    </message>
    <message>
        <source>&amp;Horizontal offset</source>
        <translation>&amp;Vågrät förskjutning</translation>
    </message>
    <message>
        <source>&amp;Vertical offset</source>
        <translation>&amp;Lodrät förskjutning</translation>
    </message>
    <message>
        <source>Print the test page, hold it against a sheet of labels and move the outlines onto the labels.</source>
        <translation>Skriv ut testsidan, håll den mot ett etikettark och flytta konturerna så att de hamnar på etiketterna.</translation>
    </message>
    <message>
        <source>The test page was sent to %1.</source>
        <translation>Testsidan skickades till %1.</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>Check-in of %1</source>
        <translation>Incheckning av %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Type a name, organisation, e-mail or code…</source>
        <translation>Skriv ett namn, en organisation, en e-postadress eller en kod…</translation>
    </message>
    <message>
        <source>%1 is already checked in at %2 (%3).</source>
        <translation>%1 är redan incheckad kl. %2 (%3).</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Checka &amp;in</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Spontanbesökare…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>Enter checks in the highlighted person; arrow keys move; Esc clears.</source>
        <translation>Enter checkar in den markerade personen; piltangenterna flyttar; Esc tömmer.</translation>
    </message>
    <message>
        <source>Check in the highlighted person (Enter)</source>
        <translation>Checka in den markerade personen (Enter)</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;: nobody has it.</source>
        <translation>Okänd kod ”%1”: ingen har den.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Ingen matchar ”%1”.</translation>
    </message>
    <message>
        <source>Nobody is highlighted.</source>
        <translation>Ingen är markerad.</translation>
    </message>
    <message>
        <source>✔ %1 is checked in. Welcome!</source>
        <translation>✔ %1 är incheckad. Välkommen!</translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation>Incheckningen av %1 är ångrad.</translation>
    </message>
    <message>
        <source>✔ %1 is checked in again.</source>
        <translation>✔ %1 är incheckad igen.</translation>
    </message>
    <message>
        <source>Add and Check In</source>
        <translation>Lägg till och checka in</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spontanbesökare</translation>
    </message>
    <message>
        <source>✔ %1 is added and checked in. Welcome!</source>
        <translation>✔ %1 är tillagd och incheckad. Välkommen!</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Sparade ändringarna för %1.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Import the registration list, or add walk-ins with %1.</source>
        <translation>Ingen är anmäld än. Importera anmälningslistan eller lägg till spontanbesökare med %1.</translation>
    </message>
    <message>
        <source>Recorded with every check-in from this desk (Edit → Settings)</source>
        <translation>Sparas med varje incheckning vid denna disk (Redigera → Inställningar)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Disk: %1</translation>
    </message>
    <message>
        <source>Type part of a name or scan a code first; nobody was checked in.</source>
        <translation>Skriv en del av ett namn eller skanna en kod först; ingen checkades in.</translation>
    </message>
    <message>
        <source>%1 is NOT checked in. %2</source>
        <translation>%1 är INTE incheckad. %2</translation>
    </message>
    <message>
        <source>Nobody was checked in. %1</source>
        <translation>Ingen checkades in. %1</translation>
    </message>
    <message>
        <source>%1 is still checked in. %2</source>
        <translation>%1 är fortfarande incheckad. %2</translation>
    </message>
    <message>
        <source>Merge Two People</source>
        <translation>Slå ihop två personer</translation>
    </message>
    <message>
        <source>Are %1 (code %2) and %3 (code %4) the same person?</source>
        <translation>Är %1 (kod %2) och %3 (kod %4) samma person?</translation>
    </message>
    <message>
        <source>Every desk will then list one of them, with the check-ins and badge prints of both. The history keeps what each desk did. A merge cannot be taken back.</source>
        <translation>Alla diskar visar då en av dem, med bådas incheckningar och utskrivna namnbrickor. Historiken behåller det varje disk gjorde. En sammanslagning går inte att ångra.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>%1 (code %2) is now one person.</source>
        <translation>%1 (kod %2) är nu en person.</translation>
    </message>
</context>
<context>
    <name>ConnectDesksDialog</name>
    <message>
        <source>&amp;Share this event: this is the first desk</source>
        <translation>&amp;Dela det här evenemanget: det här är den första disken</translation>
    </message>
    <message>
        <source>&amp;Join an event another desk shared (makes a new event file)</source>
        <translation>&amp;Anslut till ett evenemang som en annan disk delat (skapar en ny evenemangsfil)</translation>
    </message>
    <message>
        <source>Connect Desks</source>
        <translation>Anslut diskar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>t.ex. 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (in %1, not in the event file)</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn (i %1, inte i evenemangsfilen)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>An&amp;vändare:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>shared-event.entre</source>
        <translation>delat-evenemang.entre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>only when the server holds several events</source>
        <translation>bara när servern har flera evenemang</translation>
    </message>
    <message>
        <source>New event &amp;file:</source>
        <translation>Ny evenemangs&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Event id:</source>
        <translation>&amp;Evenemangs-id:</translation>
    </message>
    <message>
        <source>This event is shared with other desks. Connect again, e.g. with a password this desk did not have when the event was opened.</source>
        <translation>Evenemanget delas med andra diskar. Anslut igen, t.ex. med ett lösenord som den här disken inte hade när evenemanget öppnades.</translation>
    </message>
    <message>
        <source>Join an event the first desk shared on the venue&apos;s PostgreSQL server. This desk gets its own copy in a new event file, checks in from it even when the network is gone, and exchanges check-ins with the other desks whenever it can.</source>
        <translation>Anslut till ett evenemang som den första disken delat på platsens PostgreSQL-server. Den här disken får en egen kopia i en ny evenemangsfil, checkar in från den även när nätverket är borta och utbyter incheckningar med de andra diskarna så fort den kan.</translation>
    </message>
    <message>
        <source>Share this event on the venue&apos;s PostgreSQL server, so that other desks can join it. Each desk keeps checking in on its own copy, and every check-in reaches the others within seconds.</source>
        <translation>Dela evenemanget på platsens PostgreSQL-server, så att andra diskar kan ansluta till det. Varje disk checkar in på sin egen kopia, och varje incheckning når de andra inom några sekunder.</translation>
    </message>
    <message>
        <source>New Event File</source>
        <translation>Ny evenemangsfil</translation>
    </message>
    <message>
        <source>Entré events (*.entre)</source>
        <translation>Entré-evenemang (*.entre)</translation>
    </message>
    <message>
        <source>Say which server and database the desks share.</source>
        <translation>Ange vilken server och databas diskarna delar.</translation>
    </message>
    <message>
        <source>Fetching the event from %1…</source>
        <translation>Hämtar evenemanget från %1…</translation>
    </message>
</context>
<context>
    <name>CustomStockDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Turn the badge a quarter (a portrait roll label)</source>
        <translation>Vrid namnbrickan ett kvarts varv (en stående rulletikett)</translation>
    </message>
    <message>
        <source>Own label stock</source>
        <translation>Eget etikettark</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Page (width × height)</source>
        <translation>Sida (bredd × höjd)</translation>
    </message>
    <message>
        <source>Label (width × height)</source>
        <translation>Etikett (bredd × höjd)</translation>
    </message>
    <message>
        <source>Labels (across × down)</source>
        <translation>Etiketter (bredd × höjd)</translation>
    </message>
    <message>
        <source>First label from the page&apos;s left and top edges</source>
        <translation>Första etiketten från sidans vänster- och överkant</translation>
    </message>
    <message>
        <source>From one label to the next (across × down)</source>
        <translation>Från en etikett till nästa (i sidled × i höjdled)</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>Hörnradie</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Spontanbesökare…</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>&amp;Ändra person…</translation>
    </message>
    <message>
        <source>Add someone who did not register, and check them in</source>
        <translation>Lägg till någon som inte anmälde sig och checka in dem</translation>
    </message>
    <message>
        <source>Fix a typo in the selected person&apos;s name or organisation</source>
        <translation>Rätta ett skrivfel i den valda personens namn eller organisation</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <source>&amp;Not Yet Arrived</source>
        <translation>&amp;Inte kommit än</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Har kommit</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
</context>
<context>
    <name>DeskConnection</name>
    <message>
        <source>Connect &amp;Desks…</source>
        <translation>Anslut &amp;diskar…</translation>
    </message>
    <message>
        <source>Shared on %1. Other desks join it with Event → Connect Desks…</source>
        <translation>Delas på %1. Andra diskar ansluter med Evenemang → Anslut diskar…</translation>
    </message>
    <message>
        <source>Connect Desks</source>
        <translation>Anslut diskar</translation>
    </message>
    <message>
        <source>Connected, but the password was not remembered: %1</source>
        <translation>Ansluten, men lösenordet sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>Loc&amp;k the Desk</source>
        <translation>&amp;Lås disken</translation>
    </message>
</context>
<context>
    <name>DeskStatusIndicator</name>
    <message>
        <source>Desks: connecting…</source>
        <translation>Diskar: ansluter…</translation>
    </message>
    <message>
        <source>Desks: connected</source>
        <translation>Diskar: anslutna</translation>
    </message>
    <message numerus="yes">
        <source>Desks: catching up, %n to send</source>
        <translation>
            <numerusform>Diskar: kommer ikapp, %n att skicka</numerusform>
            <numerusform>Diskar: kommer ikapp, %n att skicka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Desks: offline, %n waiting to be sent</source>
        <translation>
            <numerusform>Diskar: frånkopplad, %n väntar på att skickas</numerusform>
            <numerusform>Diskar: frånkopplad, %n väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Desks: offline</source>
        <translation>Diskar: frånkopplad</translation>
    </message>
    <message>
        <source>This desk goes on alone and sends what it has when the server is back.
%1</source>
        <translation>Den här disken fortsätter på egen hand och skickar det den har när servern är tillbaka.
%1</translation>
    </message>
</context>
<context>
    <name>DoubleWalkInNotice</name>
    <message>
        <source>%1 (code %2)</source>
        <comment>a walk-in added at another desk</comment>
        <translation>%1 (kod %2)</translation>
    </message>
    <message>
        <source>Maybe the same person as %1: two desks each added a walk-in with this name and organisation while they could not reach each other. Ask before printing another badge. If it is the same person, merge the two: every desk then lists one person with the check-ins and badges of both.</source>
        <translation>Kanske samma person som %1: två diskar lade var för sig till en spontanbesökare med detta namn och denna organisation medan de inte nådde varandra. Fråga innan du skriver ut en namnbricka till. Om det är samma person, slå ihop de två: alla diskar visar då en person med bådas incheckningar och namnbrickor.</translation>
    </message>
    <message>
        <source>Merge with %1 (%2)…</source>
        <translation>Slå ihop med %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>EraseAction</name>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Radera personuppgifter…</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>“%1” is open read-only; its personal data cannot be erased.</source>
        <translation>”%1” är öppnat skrivskyddat; dess personuppgifter kan inte raderas.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n people in “%1” is erased, and %2 backups were erased the same way. The counts per organisation, check-in times and stations are kept.</source>
        <translation>
            <numerusform>Personuppgifterna för %n person i ”%1” är raderade, och %2 säkerhetskopior raderades på samma sätt. Antalet per organisation, incheckningstider och diskar behålls.</numerusform>
            <numerusform>Personuppgifterna för %n personer i ”%1” är raderade, och %2 säkerhetskopior raderades på samma sätt. Antalet per organisation, incheckningstider och diskar behålls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal Data Erased</source>
        <translation>Personuppgifterna är raderade</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Erase the personal data of “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The names, e-mail addresses, phone numbers, titles, dietary needs, notes, codes, identifiers and extra columns of all %n people are removed from the event file and from its backups. What was changed at the desk is removed from the history.&lt;/p&gt;&lt;p&gt;Kept: the counts per organisation, check-in times and stations, so the attendance report still adds up. The erasure is recorded in the history.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Radera personuppgifterna i ”%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Namn, e-postadresser, telefonnummer, titlar, specialkost, anteckningar, koder, identifierare och extra kolumner för %n person tas bort från evenemangsfilen och från dess säkerhetskopior. Det som ändrades vid disken tas bort ur historiken.&lt;/p&gt;&lt;p&gt;Behålls: antalet per organisation, incheckningstider och diskar, så deltagarlistan stämmer fortfarande. Raderingen förs in i historiken.&lt;/p&gt;&lt;p&gt;Det här kan inte ångras.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Radera personuppgifterna i ”%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Namn, e-postadresser, telefonnummer, titlar, specialkost, anteckningar, koder, identifierare och extra kolumner för alla %n personer tas bort från evenemangsfilen och från dess säkerhetskopior. Det som ändrades vid disken tas bort ur historiken.&lt;/p&gt;&lt;p&gt;Behålls: antalet per organisation, incheckningstider och diskar, så deltagarlistan stämmer fortfarande. Raderingen förs in i historiken.&lt;/p&gt;&lt;p&gt;Det här kan inte ångras.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the event&apos;s name to confirm:</source>
        <translation>Skriv evenemangets namn för att bekräfta:</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Attendance List (CSV)…</source>
        <translation>&amp;Deltagarlista (CSV)…</translation>
    </message>
    <message>
        <source>&amp;No-Shows (CSV)…</source>
        <translation>&amp;Uteblivna (CSV)…</translation>
    </message>
    <message>
        <source>Attendance &amp;Report (PDF)…</source>
        <translation>Deltagar&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>%1 - attendance list.csv</source>
        <translation>%1 - deltagarlista.csv</translation>
    </message>
    <message>
        <source>%1 - no-shows.csv</source>
        <translation>%1 - uteblivna.csv</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV för Excel, semikolon (*.csv)</translation>
    </message>
    <message>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, kommatecken (*.csv)</translation>
    </message>
    <message>
        <source>Export the Attendance List</source>
        <translation>Exportera deltagarlistan</translation>
    </message>
    <message>
        <source>Export the No-Shows</source>
        <translation>Exportera listan över uteblivna</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <source>Export the Attendance Report</source>
        <translation>Exportera deltagarrapporten</translation>
    </message>
    <message>
        <source>%1 - attendance report.pdf</source>
        <translation>%1 - deltagarlista.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Alla diskar</translation>
    </message>
    <message>
        <source>Name or code</source>
        <translation>Namn eller kod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filters, or export to have them all.</source>
        <translation>De %1 senaste händelserna visas; begränsa urvalet eller exportera för att få alla.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - history.csv</source>
        <translation>%1 - historik.csv</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV för Excel, semikolon (*.csv)</translation>
    </message>
    <message>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, kommatecken (*.csv)</translation>
    </message>
    <message>
        <source>Export the History</source>
        <translation>Exportera historiken</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the registration list</source>
        <translation>Välj anmälningslistan</translation>
    </message>
    <message>
        <source>A CSV or text export in any encoding, or an Excel (.xlsx) or OpenDocument (.ods) workbook.</source>
        <translation>En CSV- eller textexport i valfri teckenkodning, eller en arbetsbok från Excel (.xlsx) eller OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Import Registrations</source>
        <translation>Importera anmälningar</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Anmälningslistor (*.csv *.txt *.tsv *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Läsningen avbröts; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kontrollera kolumnerna</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Känn av</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Kommatecken ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Lodstreck |</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, delimiter %2, header on row %3, %n row(s).</source>
        <translation>
            <numerusform>Teckenkodning %1, avgränsare %2, rubrik på rad %3, %n rad.</numerusform>
            <numerusform>Teckenkodning %1, avgränsare %2, rubrik på rad %3, %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row %1, %n row(s).</source>
        <translation>
            <numerusform>Rubrik på rad %1, %n rad.</numerusform>
            <numerusform>Rubrik på rad %1, %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(används inte)</translation>
    </message>
    <message>
        <source>Choose the column that holds a name: first name, last name or full name.</source>
        <translation>Välj kolumnen som innehåller ett namn: förnamn, efternamn eller fullständigt namn.</translation>
    </message>
    <message>
        <source>Reading again was cancelled; the preview still shows the list as read before.</source>
        <translation>Den nya läsningen avbröts; förhandsvisningen visar listan som den lästes förut.</translation>
    </message>
    <message>
        <source>No column is the code to scan: everyone gets a code of their own, printed on their badge.</source>
        <translation>Ingen kolumn är koden som skannas: alla får en egen kod, som skrivs ut på namnbrickan.</translation>
    </message>
    <message>
        <source>Scanning a ticket finds people by “%1”.</source>
        <translation>När en biljett skannas hittas deltagaren med ”%1”.</translation>
    </message>
    <message>
        <source>Typing or scanning %1 finds them too.</source>
        <translation>Att skriva eller skanna %1 hittar dem också.</translation>
    </message>
    <message>
        <source>Each column is matched to a field; correct any that is wrong. Columns without a field are kept as extra information when ticked.</source>
        <translation>Varje kolumn kopplas till ett fält; rätta de som är fel. Kolumner utan fält sparas som extra information om de är markerade.</translation>
    </message>
    <message>
        <source>Keep column</source>
        <translation>Spara kolumn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Columns &amp;without a field:</source>
        <translation>Kolumner &amp;utan fält:</translation>
    </message>
    <message>
        <source>Looks like personal identity numbers (personnummer): not stored unless ticked.</source>
        <translation>Ser ut att innehålla personnummer: sparas inte om du inte markerar den.</translation>
    </message>
    <message>
        <source>The column “%1” holds personal identity numbers and is mapped to “%2”. Map it to “(not used)” unless you need it.</source>
        <translation>Kolumnen ”%1” innehåller personnummer och är kopplad till ”%2”. Välj ”(används inte)” om du inte behöver den.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>&amp;Save Rows Not Imported…</source>
        <translation>&amp;Spara raderna som inte importerades…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>Rader som inte importerades:</translation>
    </message>
    <message>
        <source>In the event but not in this list (kept):</source>
        <translation>Finns i evenemanget men inte i denna lista (behålls):</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>%1. The event is unchanged.</source>
        <translation>%1. Evenemanget är oförändrat.</translation>
    </message>
    <message>
        <source>The import failed and the event is unchanged: %1</source>
        <translation>Importen misslyckades och evenemanget är oförändrat: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 not imported.</source>
        <translation>%1 tillagda, %2 uppdaterade, %3 oförändrade, %4 inte importerade.</translation>
    </message>
    <message>
        <source>-not-imported</source>
        <translation>-inte-importerade</translation>
    </message>
    <message>
        <source>Save Rows Not Imported</source>
        <translation>Spara raderna som inte importerades</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Imported, with an e-mail address someone else also has:</source>
        <translation>Importerade, med en e-postadress som även någon annan har:</translation>
    </message>
    <message>
        <source>Imported, with characters that could not be read (shown as �):</source>
        <translation>Importerade, med tecken som inte gick att läsa (visas som �):</translation>
    </message>
    <message>
        <source>Row %1: shared e-mail %2 with %3</source>
        <translation>Rad %1: delar e-postadressen %2 med %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Updating the search index and saving %1 rows…</source>
        <translation>Uppdaterar sökindexet och sparar %1 rader…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Registrations</source>
        <translation>Importera anmälningar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>Disken är låst.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommit</translation>
    </message>
    <message>
        <source>Wrong PIN. The desk stays locked.</source>
        <translation>Fel PIN-kod. Disken förblir låst.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>För många felaktiga PIN-koder. Försök igen om %1 s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Entré events (*.entre);;All files (*)</source>
        <translation>Entré-evenemang (*.entre);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Event &amp;Details…</source>
        <translation>Evenemangets &amp;uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Namnbrickor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Entré</source>
        <translation>&amp;Om Entré</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <source>&amp;Open Event…</source>
        <translation>&amp;Öppna evenemang…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;tidigare</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation>Öppna &amp;demo-evenemanget</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation>&amp;Stäng evenemanget</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Inga tidigare evenemang</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>Entré</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>Cannot Open Event</source>
        <translation>Kan inte öppna evenemanget</translation>
    </message>
    <message>
        <source>Cannot Open the Demo Event</source>
        <translation>Kan inte öppna demo-evenemanget</translation>
    </message>
    <message>
        <source>Save the New Event As</source>
        <translation>Spara det nya evenemanget som</translation>
    </message>
    <message>
        <source>Cannot Create Event</source>
        <translation>Kan inte skapa evenemanget</translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation>Öppna evenemang</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (kopia)</translation>
    </message>
    <message>
        <source>Save a Copy of the Event</source>
        <translation>Spara en kopia av evenemanget</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Kan inte spara en kopia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Sparade en kopia som %1</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Evenemangets uppgifter</translation>
    </message>
    <message>
        <source>Cannot Save Event Details</source>
        <translation>Kan inte spara evenemangets uppgifter</translation>
    </message>
    <message>
        <source>About Entré</source>
        <translation>Om Entré</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisationer…</translation>
    </message>
    <message>
        <source>&amp;Import Registrations…</source>
        <translation>&amp;Importera anmälningar…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Evene&amp;mang</translation>
    </message>
    <message>
        <source>Event Left Locked</source>
        <translation>Evenemanget lämnades låst</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entré %1&lt;/h3&gt;&lt;p&gt;A check-in desk for events: find each arriving person in a keystroke or two, tick them in and print their badge.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. Source code and bug reports: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entré %1&lt;/h3&gt;&lt;p&gt;En incheckningsdisk för evenemang: hitta varje ankommande person med en eller två tangenttryckningar, checka in dem och skriv ut deras namnbricka.&lt;/p&gt;&lt;p&gt;Licens: GNU General Public License, version 3 eller senare. Källkod och felrapporter: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2 (%3)? Everything done since then is taken out of the event. The event as it is now is kept as a backup first, so this can be undone the same way.</source>
        <translation>Ersätta %1 med säkerhetskopian från %2 (%3)? Allt som gjorts sedan dess tas bort ur evenemanget. Evenemanget som det är nu sparas först som en säkerhetskopia, så detta kan ångras på samma sätt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Cannot Restore from Backup</source>
        <translation>Kan inte återställa från säkerhetskopia</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New Event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>e.g. Digitala Västerbotten kick-off</source>
        <translation>t.ex. Digitala Västerbotten kick-off</translation>
    </message>
    <message>
        <source>e.g. Hotell Lappland, Lycksele</source>
        <translation>t.ex. Hotell Lappland, Lycksele</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Plats:</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Type a name or scan a ticket, then press Enter.</source>
        <translation>Skriv ett namn eller skanna en biljett och tryck sedan på Enter.</translation>
    </message>
</context>
<context>
    <name>OrganisationCountsPanel</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>County councils</source>
        <translation>Landsting</translation>
    </message>
    <message>
        <source>State agencies</source>
        <translation>Statliga myndigheter</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommit</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrera organisationer</translation>
    </message>
    <message>
        <source>Selected organisation</source>
        <translation>Vald organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Slå ihop &amp;med:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <source>Cancel &amp;Reading</source>
        <translation>Avbryt &amp;läsningen</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Läser listan …</translation>
    </message>
    <message>
        <source>Reading the list… %1 rows</source>
        <translation>Läser listan … %1 rader</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Namnlista för underskrift</translation>
    </message>
    <message>
        <source>%1 - sign-in sheet.pdf</source>
        <translation>%1 - namnlista för underskrift.pdf</translation>
    </message>
    <message>
        <source>No-show list</source>
        <translation>Uteblivna deltagare</translation>
    </message>
    <message>
        <source>%1 - no-shows.pdf</source>
        <translation>%1 - uteblivna.pdf</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>%1 - attendance list.pdf</source>
        <translation>%1 - deltagarlista.pdf</translation>
    </message>
    <message>
        <source>&amp;Attendance List…</source>
        <translation>&amp;Deltagarlista…</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Namnlista för underskrift…</translation>
    </message>
    <message>
        <source>&amp;No-Show List…</source>
        <translation>Lista över &amp;uteblivna…</translation>
    </message>
    <message>
        <source>Arrivals &amp;Over Time…</source>
        <translation>&amp;Ankomster över tid…</translation>
    </message>
    <message>
        <source>Cannot Show the Report</source>
        <translation>Kan inte visa rapporten</translation>
    </message>
    <message>
        <source>Arrivals Over Time – %1</source>
        <translation>Ankomster över tid – %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kan inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommit</translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation>Säkerhetskopiorna kan inte listas: %1</translation>
    </message>
    <message>
        <source>There are no backups of this event yet. One is taken every five minutes while something changes, and when the event is closed.</source>
        <translation>Det finns inga säkerhetskopior av evenemanget än. En tas var femte minut när något ändras, och när evenemanget stängs.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The event as it is now is kept as a backup first. Backups are kept in %1.</source>
        <translation>Välj säkerhetskopian att gå tillbaka till. Evenemanget som det är nu sparas först som en säkerhetskopia. Säkerhetskopiorna finns i %1.</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>(före en återställning)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Each check-in records the desk it was made at. Give each desk its own name, e.g. &quot;Desk 1&quot;; left empty, the computer&apos;s name is used.</source>
        <translation>Varje incheckning sparar vid vilken disk den gjordes. Ge varje disk ett eget namn, t.ex. ”Disk 1”; lämnas fältet tomt används datorns namn.</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>&amp;Diskens namn:</translation>
    </message>
    <message>
        <source>&amp;No PIN: one click unlocks the desk</source>
        <translation>I&amp;ngen PIN-kod: ett klick låser upp disken</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Ctrl+L locks the desk: only the event&apos;s name and the counts stay on the screen until it is unlocked.</source>
        <translation>Ctrl+L låser disken: bara evenemangets namn och antalen syns på skärmen tills den låses upp.</translation>
    </message>
    <message>
        <source>Lock the desk:</source>
        <translation>Lås disken:</translation>
    </message>
    <message>
        <source>Unlock &amp;PIN:</source>
        <translation>&amp;PIN-kod för upplåsning:</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Upprepa PIN-koden:</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation>Lås efter &amp;inaktivitet i:</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>PIN-koderna skiljer sig åt. Skriv samma PIN-kod två gånger.</translation>
    </message>
    <message>
        <source>Type a PIN, or tick &quot;No PIN&quot;.</source>
        <translation>Skriv en PIN-kod eller kryssa i ”Ingen PIN-kod”.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Entré User Guide</source>
        <translation>Användarhandbok för Entré</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Entré</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>Check-in desk for events. Open an event file or create a new one.</source>
        <translation>Incheckning för evenemang. Öppna en evenemangsfil eller skapa en ny.</translation>
    </message>
    <message>
        <source>New Event…</source>
        <translation>Nytt evenemang…</translation>
    </message>
    <message>
        <source>Open Event…</source>
        <translation>Öppna evenemang…</translation>
    </message>
    <message>
        <source>Open the Demo Event</source>
        <translation>Öppna demo-evenemanget</translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation>Tidigare evenemang:</translation>
    </message>
</context>
<context>
    <name>entre::ArrivalsChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Check-ins per %1 h</source>
        <translation>Incheckningar per %1 h</translation>
    </message>
    <message>
        <source>Check-ins per %1 min</source>
        <translation>Incheckningar per %1 min</translation>
    </message>
    <message>
        <source>Arrived so far, % of registered</source>
        <translation>Anlänt hittills, % av anmälda</translation>
    </message>
    <message>
        <source>No one has checked in yet.</source>
        <translation>Ingen har checkat in än.</translation>
    </message>
</context>
<context>
    <name>entre::AttendanceReport</name>
    <message>
        <source>%1 registered, %2 arrived</source>
        <translation>%1 anmälda, %2 har kommit</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>Total, %1</source>
        <translation>Summa, %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Arrivals over time</source>
        <translation>Ankomster över tid</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>entre::AttendeeEditor</name>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>En person behöver ett förnamn eller ett efternamn.</translation>
    </message>
</context>
<context>
    <name>entre::AttendeeExport</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Incheckningstid</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Uteblivna</translation>
    </message>
</context>
<context>
    <name>entre::AttendeeListModel</name>
    <message>
        <source>Arrived %1</source>
        <translation>Kom %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(raderad)</translation>
    </message>
</context>
<context>
    <name>entre::AttendeeRepository</name>
    <message>
        <source>Nobody has the code or id &quot;%1&quot;.</source>
        <translation>Ingen har koden eller id:t ”%1”.</translation>
    </message>
    <message>
        <source>Could not find a free attendee code.</source>
        <translation>Hittade ingen ledig deltagarkod.</translation>
    </message>
    <message>
        <source>There is no attendee with id %1.</source>
        <translation>Det finns ingen deltagare med id %1.</translation>
    </message>
</context>
<context>
    <name>entre::AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>entre::AuditLog</name>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångrad incheckning</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spontanbesökare</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Namnbricka utskriven</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personuppgifter raderade</translation>
    </message>
    <message>
        <source>Lock taken over</source>
        <translation>Låset övertaget</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1: %2 tillagda, %3 uppdaterade, %4 oförändrade, %5 avvisade</translation>
    </message>
    <message>
        <source>The lock&apos;s holder was unknown</source>
        <translation>Låsets innehavare var okänd</translation>
    </message>
    <message>
        <source>From %1 on %2</source>
        <translation>Från %1 på %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <source>People merged</source>
        <translation>Personer sammanslagna</translation>
    </message>
    <message>
        <source>The same person as %1</source>
        <translation>Samma person som %1</translation>
    </message>
</context>
<context>
    <name>entre::BadgeJob</name>
    <message>
        <source>There are no badges to print.</source>
        <translation>Det finns inga namnbrickor att skriva ut.</translation>
    </message>
    <message>
        <source>The badge font could not be loaded.</source>
        <translation>Typsnittet för namnbrickorna kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Printing could not start: the printer or file is not available.</source>
        <translation>Utskriften kunde inte starta: skrivaren eller filen är inte tillgänglig.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Skrivaren vägrade en ny sida.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>The badges could not be sent to the printer.</source>
        <translation>Namnbrickorna kunde inte skickas till skrivaren.</translation>
    </message>
    <message>
        <source>%1
Offset %2 mm, %3 mm</source>
        <translation>%1
Förskjutning %2 mm, %3 mm</translation>
    </message>
    <message>
        <source>The test page could not be sent to the printer.</source>
        <translation>Testsidan kunde inte skickas till skrivaren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namnbrickor</translation>
    </message>
    <message>
        <source>The PDF page could not be set to %1.</source>
        <translation>PDF-sidan kunde inte ställas in på %1.</translation>
    </message>
</context>
<context>
    <name>entre::BadgePrintRun</name>
    <message>
        <source>No printer is set up on this computer: add one, or choose a printer queue.</source>
        <translation>Ingen skrivare är installerad på den här datorn: lägg till en, eller välj en skrivarkö.</translation>
    </message>
    <message>
        <source>There is no printer queue &quot;%1&quot;.</source>
        <translation>Det finns ingen skrivarkö ”%1”.</translation>
    </message>
    <message>
        <source>Nobody matches: there are no badges to make.</source>
        <translation>Ingen matchar: det finns inga namnbrickor att göra.</translation>
    </message>
</context>
<context>
    <name>entre::BadgeSelection</name>
    <message>
        <source>No attendee has the code %1.</source>
        <translation>Ingen deltagare har koden %1.</translation>
    </message>
    <message>
        <source>Nobody in this event belongs to the organisation &quot;%1&quot;.</source>
        <translation>Ingen i detta evenemang tillhör organisationen ”%1”.</translation>
    </message>
</context>
<context>
    <name>entre::BadgeStock</name>
    <message>
        <source>The stock has no name.</source>
        <translation>Etikettarket har inget namn.</translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; needs a positive page and label size.</source>
        <translation>Etikettarket ”%1” behöver en positiv sid- och etikettstorlek.</translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; are smaller than 20 mm; a badge needs more room.</source>
        <translation>Etiketterna i ”%1” är mindre än 20 mm; en namnbricka behöver mer plats.</translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; needs between 1 and 20 columns and 1 and 40 rows.</source>
        <translation>Etikettarket ”%1” behöver mellan 1 och 20 kolumner och 1 och 40 rader.</translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; overlap: the pitch is smaller than a label.</source>
        <translation>Etiketterna i ”%1” överlappar: avståndet är mindre än en etikett.</translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; do not fit on its page.</source>
        <translation>Etiketterna i ”%1” får inte plats på sidan.</translation>
    </message>
</context>
<context>
    <name>entre::BadgeTemplate</name>
    <message>
        <source>The badge template is not valid JSON: %1</source>
        <translation>Namnbricksmallen är inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>The badge template has no name.</source>
        <translation>Namnbricksmallen har inget namn.</translation>
    </message>
    <message>
        <source>The badge template &quot;%1&quot; has an unknown name style, alignment or band position.</source>
        <translation>Namnbricksmallen ”%1” har en okänd namnstil, justering eller bandplacering.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; of badge template &quot;%2&quot; must be between 1 and 60 mm.</source>
        <translation>Storleken ”%1” i namnbricksmallen ”%2” måste vara mellan 1 och 60 mm.</translation>
    </message>
    <message>
        <source>The text colour of badge template &quot;%1&quot; is not a colour.</source>
        <translation>Textfärgen i namnbricksmallen ”%1” är ingen färg.</translation>
    </message>
    <message>
        <source>The band colour &quot;%1&quot; of badge template &quot;%2&quot; is not valid.</source>
        <translation>Bandfärgen ”%1” i namnbricksmallen ”%2” är ogiltig.</translation>
    </message>
</context>
<context>
    <name>entre::BadgeTemplateStore</name>
    <message>
        <source>A badge template needs a name.</source>
        <translation>En namnbricksmall behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>entre::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>entre::DemoEvent</name>
    <message>
        <source>Digitala Västerbotten – kick-off</source>
        <translation>Digitala Västerbotten – kick-off</translation>
    </message>
    <message>
        <source>The demo registration list is missing from this build.</source>
        <translation>Demo-evenemangets anmälningslista saknas i detta bygge.</translation>
    </message>
    <message>
        <source>Cannot move the demo event into place at %1.</source>
        <translation>Kan inte flytta demo-evenemanget till %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the demo event.</source>
        <translation>Kan inte skapa mappen för demo-evenemanget.</translation>
    </message>
</context>
<context>
    <name>entre::DeskAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://entre@192.168.1.10:5432/entre.</source>
        <translation>&quot;%1&quot; är ingen serveradress. Skriv den som postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS, t.ex. postgresql://entre@192.168.1.10:5432/entre.</translation>
    </message>
</context>
<context>
    <name>entre::DeskLog</name>
    <message>
        <source>The event file has no desk id; it was not upgraded.</source>
        <translation>Evenemangsfilen saknar disk-id; den har inte uppgraderats.</translation>
    </message>
    <message>
        <source>The check-in log cannot be read.</source>
        <translation>Incheckningsloggen kan inte läsas.</translation>
    </message>
    <message>
        <source>Another desk sent a check-in entry that cannot be read (desk %1, number %2).</source>
        <translation>En annan disk skickade en incheckningspost som inte kan läsas (disk %1, nummer %2).</translation>
    </message>
    <message>
        <source>Another desk sent a walk-in without a name (code %1).</source>
        <translation>En annan disk skickade en spontanbesökare utan namn (kod %1).</translation>
    </message>
    <message>
        <source>Another desk sent a change to %1 that cannot be read (desk %2, number %3).</source>
        <translation>En annan disk skickade en ändring för %1 som inte går att läsa (disk %2, nummer %3).</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>En person kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>Another desk sent a merge of %1 that cannot be read (desk %2, number %3).</source>
        <translation>En annan disk skickade en sammanslagning av %1 som inte går att läsa (disk %2, nummer %3).</translation>
    </message>
</context>
<context>
    <name>entre::DeskServer</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql), so this desk cannot reach the desks&apos; server.</source>
        <translation>Qt:s PostgreSQL-drivrutin är inte installerad (på Debian: libqt6sql6-psql), så den här disken kan inte nå diskarnas server.</translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 was set up by a newer version of Entré. Update this desk first.</source>
        <translation>Diskarnas server på %1 sattes upp av en nyare version av Entré. Uppdatera den här disken först.</translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 has no event %2.</source>
        <translation>Diskarnas server på %1 har inget evenemang %2.</translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 refused: %2</source>
        <translation>Diskarnas server på %1 nekade: %2</translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 did not accept the user &quot;%2&quot; with this password. Check the user and the password.
(%3)</source>
        <translation>Diskarnas server på %1 godtog inte användaren &quot;%2&quot; med det här lösenordet. Kontrollera användaren och lösenordet.
(%3)</translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 has no such database or user. Check the database and the user.
(%2)</source>
        <translation>Diskarnas server på %1 har ingen sådan databas eller användare. Kontrollera databasen och användaren.
(%2)</translation>
    </message>
    <message>
        <source>Cannot reach the desks&apos; server at %1: %2</source>
        <translation>Når inte diskarnas server på %1: %2</translation>
    </message>
</context>
<context>
    <name>entre::Event</name>
    <message>
        <source>Cannot create a temporary folder to try the import in: %1</source>
        <translation>Kan inte skapa en tillfällig mapp att prova importen i: %1</translation>
    </message>
    <message>
        <source>The event is open read-only; its personal data cannot be erased.</source>
        <translation>Evenemanget är öppnat skrivskyddat; dess personuppgifter kan inte raderas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>No event is shared on %1 yet. Publish one from the first desk.</source>
        <translation>Inget evenemang delas på %1 än. Publicera ett från den första disken.</translation>
    </message>
    <message>
        <source>Several events are shared on %1; say which one to join: %2</source>
        <translation>Flera evenemang delas på %1; ange vilket du vill ansluta till: %2</translation>
    </message>
    <message>
        <source>The event is open read-only; it cannot be shared with other desks.</source>
        <translation>Evenemanget är öppnat skrivskyddat; det kan inte delas med andra diskar.</translation>
    </message>
    <message>
        <source>This event is shared already, on %1 as event %2.</source>
        <translation>Evenemanget delas redan, på %1 som evenemang %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already; joining makes a new event file.</source>
        <translation>%1 finns redan; en anslutning skapar en ny evenemangsfil.</translation>
    </message>
    <message>
        <source>This event is not shared with other desks. Publish it, or join a shared one, first.</source>
        <translation>Evenemanget delas inte med andra diskar. Publicera det, eller anslut till ett delat evenemang, först.</translation>
    </message>
    <message>
        <source>The event is open read-only; it cannot exchange check-ins.</source>
        <translation>Evenemanget är öppnat skrivskyddat; det kan inte utbyta incheckningar.</translation>
    </message>
    <message>
        <source>The event is open read-only; nobody can be merged.</source>
        <translation>Evenemanget är öppnat skrivskyddat; ingen kan slås ihop.</translation>
    </message>
</context>
<context>
    <name>entre::EventBackups</name>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Minst en säkerhetskopia måste sparas.</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>Kan inte ta bort den gamla säkerhetskopian %1.</translation>
    </message>
    <message>
        <source>There is no backup %1 of %2.</source>
        <translation>Det finns ingen säkerhetskopia %1 av %2.</translation>
    </message>
    <message>
        <source>%1 cannot be restored now: %2</source>
        <translation>%1 kan inte återställas nu: %2</translation>
    </message>
    <message>
        <source>The current %1 cannot be opened, so it cannot be kept before the restore: %2 Move it to another folder, then restore again.</source>
        <translation>Den nuvarande %1 kan inte öppnas och kan därför inte sparas före återställningen: %2 Flytta den till en annan mapp och återställ sedan igen.</translation>
    </message>
    <message>
        <source>Another program is reading %1. Close it, then restore again.</source>
        <translation>Ett annat program läser %1. Stäng det och återställ sedan igen.</translation>
    </message>
    <message>
        <source>No answer from the file.</source>
        <translation>Inget svar från filen.</translation>
    </message>
    <message>
        <source>It is not an Entré event file.</source>
        <translation>Det är ingen evenemangsfil från Entré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan inte skapa säkerhetskopiemappen %1.</translation>
    </message>
    <message>
        <source>%1 is in the way of the backup folder.</source>
        <translation>%1 står i vägen för säkerhetskopiemappen.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1 private.</source>
        <translation>Kan inte göra säkerhetskopiemappen %1 privat.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1, which belongs to the file being replaced.</source>
        <translation>Kan inte ta bort %1, som hör till filen som ersätts.</translation>
    </message>
</context>
<context>
    <name>entre::EventErasure</name>
    <message>
        <source>The personal data of %1 of %2 backups was erased; these still hold it:
%3</source>
        <translation>Personuppgifterna i %1 av %2 säkerhetskopior raderades; de här innehåller dem fortfarande:
%3</translation>
    </message>
</context>
<context>
    <name>entre::EventLock</name>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation>Kan inte låsa %1: mappen är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is already open in %2. Close it there first.</source>
        <translation>%1 är redan öppen i %2. Stäng den där först.</translation>
    </message>
    <message>
        <source>%1 is locked by %2, and the lock could not be taken over.</source>
        <translation>%1 är låst av %2, och låset gick inte att ta över.</translation>
    </message>
    <message>
        <source>%1 has a lock file that cannot be read (%2), perhaps left by a desk that crashed. Open it anyway only if no other desk is using this file.</source>
        <translation>%1 har en låsfil som inte går att läsa (%2), kanske kvar efter en disk som kraschade. Öppna den ändå bara om ingen annan disk använder filen.</translation>
    </message>
    <message>
        <source>%1 is marked as open in %2. If that computer crashed, or the file was copied from it, the lock was left behind. Open it anyway only if no other desk is using this file: two desks writing to one file can lose check-ins.</source>
        <translation>%1 är markerad som öppen i %2. Om den datorn kraschade, eller filen kopierades från den, blev låset kvar. Öppna den ändå bara om ingen annan disk använder filen: två diskar som skriver i samma fil kan tappa incheckningar.</translation>
    </message>
    <message>
        <source>an unreadable lock</source>
        <translation>ett oläsbart lås</translation>
    </message>
    <message>
        <source>an unreadable lock since %1</source>
        <translation>ett oläsbart lås sedan %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (process %2 på %3)</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) since %4</source>
        <translation>%1 (process %2 på %3) sedan %4</translation>
    </message>
</context>
<context>
    <name>entre::EventStore</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Mappen %1 är skrivskyddad.</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Ett evenemang behöver ett namn.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är ingen fil.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>%1 är skrivskyddad. Kopiera den till en mapp du kan skriva i, eller öppna den skrivskyddad.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Entré needs to write its journal beside the event file.</source>
        <translation>Mappen för %1 är skrivskyddad; Entré behöver skriva sin journal bredvid evenemangsfilen.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Entré; open it for writing once to upgrade it.</source>
        <translation>%1 skapades av en äldre version av Entré; öppna den för skrivning en gång för att uppgradera den.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Entré event file.</source>
        <translation>%1 är ingen evenemangsfil från Entré.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an Entré event file.</source>
        <translation>%1 är en SQLite-databas men ingen evenemangsfil från Entré.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Entré (file format %2; this version reads up to %3). Update Entré to open it.</source>
        <translation>%1 skapades av en nyare version av Entré (filformat %2; den här versionen läser upp till %3). Uppdatera Entré för att öppna den.</translation>
    </message>
    <message>
        <source>The event file&apos;s folder does not allow a write-ahead log.</source>
        <translation>Evenemangsfilens mapp tillåter ingen skrivlogg (WAL).</translation>
    </message>
    <message>
        <source>A copy cannot replace the open event file.</source>
        <translation>En kopia kan inte ersätta den öppna evenemangsfilen.</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Ingen migrering till schemaversion %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>The event file is busy: another program is writing to it. Wait a moment and try again; if it stays busy, close the other program.</source>
        <translation>Evenemangsfilen är upptagen: ett annat program skriver till den. Vänta en stund och försök igen; om den förblir upptagen, stäng det andra programmet.</translation>
    </message>
    <message>
        <source>The event file has become read-only. Make it writable again, or use File → Save a Copy and open the copy.</source>
        <translation>Evenemangsfilen har blivit skrivskyddad. Gör den skrivbar igen, eller använd Arkiv → Spara en kopia och öppna kopian.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it, then try again.</source>
        <translation>Disken är full. Frigör lite utrymme på den och försök sedan igen.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check that the disk or USB stick is still connected, then try again.</source>
        <translation>Det gick inte att läsa från eller skriva till disken. Kontrollera att disken eller USB-minnet fortfarande är anslutet och försök sedan igen.</translation>
    </message>
    <message>
        <source>A file could not be opened or created. Check that the folder exists and that you may write to it.</source>
        <translation>En fil kunde inte öppnas eller skapas. Kontrollera att mappen finns och att du har behörighet att skriva i den.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
</context>
<context>
    <name>entre::ImportFields</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Specialkost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Scan code</source>
        <translation>Kod som skannas</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streckkod</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Biljettnummer</translation>
    </message>
    <message>
        <source>Attendee number</source>
        <translation>Deltagarnummer</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Bokningsnummer</translation>
    </message>
</context>
<context>
    <name>entre::ImportLimits</name>
    <message>
        <source>The file is larger than the limit of %L1 MB for a text file.</source>
        <translation>Filen är större än gränsen på %L1 MB för en textfil.</translation>
    </message>
    <message>
        <source>The file has more rows than the limit of %L1.</source>
        <translation>Filen har fler rader än gränsen på %L1.</translation>
    </message>
    <message>
        <source>A row has more columns than the limit of %L1.</source>
        <translation>En rad har fler kolumner än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The file has more cells than the limit of %L1.</source>
        <translation>Filen har fler celler än gränsen på %L1.</translation>
    </message>
    <message>
        <source>A cell holds more characters than the limit of %L1.</source>
        <translation>En cell innehåller fler tecken än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The workbook holds more parts than the limit of %L1.</source>
        <translation>Arbetsboken innehåller fler delar än gränsen på %L1.</translation>
    </message>
    <message>
        <source>A part of the workbook unpacks to more than the limit of %L1 MB.</source>
        <translation>En del av arbetsboken packas upp till mer än gränsen på %L1 MB.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than the limit of %L1 MB.</source>
        <translation>Arbetsboken packas upp till mer än gränsen på %L1 MB.</translation>
    </message>
    <message>
        <source>The workbook holds a cell or tag larger than the limit of %L1 MB.</source>
        <translation>Arbetsboken innehåller en cell eller tagg som är större än gränsen på %L1 MB.</translation>
    </message>
    <message>
        <source>The workbook holds an element with more attributes than the limit of %L1.</source>
        <translation>Arbetsboken innehåller ett element med fler attribut än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The workbook has more shared strings than the limit of %L1.</source>
        <translation>Arbetsboken har fler delade strängar än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more characters than the limit of %L1.</source>
        <translation>Arbetsbokens delade strängar innehåller fler tecken än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The workbook has more sheets than the limit of %L1.</source>
        <translation>Arbetsboken har fler blad än gränsen på %L1.</translation>
    </message>
    <message>
        <source>The workbook has more cell styles than the limit of %L1.</source>
        <translation>Arbetsboken har fler cellformat än gränsen på %L1.</translation>
    </message>
</context>
<context>
    <name>entre::NoShowReport</name>
    <message>
        <source>%1 of %2 did not arrive</source>
        <translation>%1 av %2 kom inte</translation>
    </message>
    <message>
        <source>No-show list</source>
        <translation>Uteblivna deltagare</translation>
    </message>
</context>
<context>
    <name>entre::OrganisationRepository</name>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>Det finns ingen organisation med id %1.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation behöver ett namn.</translation>
    </message>
    <message>
        <source>There is already an organisation called %1; merge them instead.</source>
        <translation>Det finns redan en organisation som heter %1; slå ihop dem i stället.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>En organisation kan inte slås ihop med sig själv.</translation>
    </message>
</context>
<context>
    <name>entre::OrganisationType</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>County council</source>
        <translation>Landsting</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>entre::PersonalDataEraser</name>
    <message>
        <source>The personal data is erased, but another program is reading the event file, so erased text may remain in its journal. Close the other program and erase again.</source>
        <translation>Personuppgifterna är raderade, men ett annat program läser evenemangsfilen, så raderad text kan finnas kvar i dess journal. Stäng det andra programmet och radera igen.</translation>
    </message>
</context>
<context>
    <name>entre::PgPassFile</name>
    <message>
        <source>There is no password to remember.</source>
        <translation>Det finns inget lösenord att komma ihåg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>entre::PrinterSetup</name>
    <message>
        <source>The printer %1 does not accept the page size of &quot;%2&quot;.</source>
        <translation>Skrivaren %1 godtar inte sidstorleken för ”%2”.</translation>
    </message>
    <message>
        <source>The printer %1 uses a %2 × %3 mm page instead of %4 × %5 mm.</source>
        <translation>Skrivaren %1 använder en sida på %2 × %3 mm i stället för %4 × %5 mm.</translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>Skrivaren %1 är inte tillgänglig.</translation>
    </message>
</context>
<context>
    <name>entre::QrCode</name>
    <message>
        <source>A QR code needs some text.</source>
        <translation>En QR-kod behöver någon text.</translation>
    </message>
    <message>
        <source>The QR code for &quot;%1&quot; could not be made.</source>
        <translation>QR-koden för ”%1” kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>entre::RegistrationImporter</name>
    <message>
        <source>No column holds a name. Columns: %1. Map one of them to first name, last name or full name.</source>
        <translation>Ingen kolumn innehåller ett namn. Kolumner: %1. Koppla en av dem till förnamn, efternamn eller fullständigt namn.</translation>
    </message>
    <message>
        <source>The event is open read-only.</source>
        <translation>Evenemanget är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>inget namn</translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation>dubblett av rad %1</translation>
    </message>
</context>
<context>
    <name>entre::RegistrationTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Filen %1 är tom.</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) file; save it as .xlsx or CSV first.</source>
        <translation>Detta är en gammal Excel-fil (.xls); spara den som .xlsx eller CSV först.</translation>
    </message>
    <message>
        <source>The file %1 holds no rows.</source>
        <translation>Filen %1 innehåller inga rader.</translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot;; the fields are: %2.</source>
        <translation>Det finns inget fält som heter ”%1”; fälten är: %2.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; the columns are: %2.</source>
        <translation>Det finns ingen kolumn ”%1”; kolumnerna är: %2.</translation>
    </message>
    <message>
        <source>Reading the list was cancelled.</source>
        <translation>Läsningen av listan avbröts.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>invalid characters in %1</source>
        <translation>ogiltiga tecken i %1</translation>
    </message>
    <message>
        <source>NUL characters removed from %1</source>
        <translation>NUL-tecken borttagna ur %1</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be both kept and dropped.</source>
        <translation>Kolumnen ”%1” kan inte både sparas och utelämnas.</translation>
    </message>
    <message>
        <source>looks like personal identity numbers (personnummer)</source>
        <translation>ser ut att innehålla personnummer</translation>
    </message>
    <message>
        <source>left out as chosen</source>
        <translation>utelämnad enligt val</translation>
    </message>
</context>
<context>
    <name>entre::RejectedRowsCsv</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>entre::ReportPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Rapportens sidor</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Skriv ut: %1</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Kan inte skriva ut</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>Skrivaren %1 rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Skickat till %1.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Spara %1 som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Save the Report</source>
        <translation>Kan inte spara rapporten</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>entre::SheetLayout</name>
    <message>
        <source>The start position must be between 1 and %1 for &quot;%2&quot;.</source>
        <translation>Startpositionen måste vara mellan 1 och %1 för ”%2”.</translation>
    </message>
    <message>
        <source>A calibration offset larger than 20 mm is surely a mistake.</source>
        <translation>En kalibrering på mer än 20 mm är säkert ett misstag.</translation>
    </message>
</context>
<context>
    <name>entre::SignInSheet</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 anmälda</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>Ingen är anmäld än.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Namnlista för underskrift</translation>
    </message>
</context>
<context>
    <name>entre::SpreadsheetReader</name>
    <message>
        <source>The workbook is damaged or incomplete and cannot be opened.</source>
        <translation>Arbetsboken är skadad eller ofullständig och kan inte öppnas.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an .xlsx or .ods workbook.</source>
        <translation>Filen är ett zip-arkiv men ingen .xlsx- eller .ods-arbetsbok.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (%1 cannot be read).</source>
        <translation>Arbetsboken är skadad eller ofullständig (%1 kan inte läsas).</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Arbetsboken har inga blad.</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1; it has %2.</source>
        <translation>Arbetsboken har inget blad nummer %1; den har %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1, line %2: %3</source>
        <translation>Arbetsboken är skadad: %1, rad %2: %3</translation>
    </message>
</context>
<context>
    <name>entre::SqliteStatement</name>
    <message>
        <source>The event&apos;s database is not open.</source>
        <translation>Evenemangets databas är inte öppen.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>Ett värde av typen %1 kan inte sparas.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>Satsen tar %1 värden, inte %2.</translation>
    </message>
</context>
<context>
    <name>entre::StockCatalog</name>
    <message>
        <source>There is no badge stock &quot;%1&quot;. Known stocks: %2.</source>
        <translation>Det finns inget etikettark ”%1”. Kända etikettark: %2.</translation>
    </message>
</context>
<context>
    <name>entre::TemplateCatalog</name>
    <message>
        <source>There is no badge template &quot;%1&quot;.</source>
        <translation>Det finns ingen namnbricksmall ”%1”.</translation>
    </message>
</context>
<context>
    <name>entre::TextDecoder</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; use one of: %2.</source>
        <translation>Okänd teckenkodning ”%1”; använd en av: %2.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>Filen är inte giltig %1-text.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text or a spreadsheet.</source>
        <translation>Filen innehåller binärdata, inte text eller ett kalkylark.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>entre::WalkInService</name>
    <message>
        <source>A walk-in needs a first or a last name.</source>
        <translation>En spontanbesökare behöver ett förnamn eller ett efternamn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered with the e-mail %3.</source>
        <translation>%1 (%2) är redan anmäld med e-postadressen %3.</translation>
    </message>
</context>
<context>
    <name>entre::XlsxWriter</name>
    <message>
        <source>Cannot make the workbook for %1.</source>
        <translation>Kan inte skapa arbetsboken för %1.</translation>
    </message>
</context>
<context>
    <name>entre::cli</name>
    <message>
        <source>Check in an attendee. The confirmation is printed only after it was saved.</source>
        <translation>Checka in en deltagare. Bekräftelsen skrivs först när incheckningen är sparad.</translation>
    </message>
    <message>
        <source>Undo an attendee&apos;s check-in; the log keeps both.</source>
        <translation>Ångra en deltagares incheckning; loggen behåller båda.</translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation>Evenemangsfilen.</translation>
    </message>
    <message>
        <source>The attendee&apos;s code or id.</source>
        <translation>Deltagarens kod eller id.</translation>
    </message>
    <message>
        <source>The desk&apos;s name (default: this computer&apos;s name).</source>
        <translation>Incheckningsplatsens namn (standard: datorns namn).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>%1 is already checked in at %2 (%3).</source>
        <translation>%1 är redan incheckad kl. %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not checked in; nothing to undo.</source>
        <translation>%1 är inte incheckad; det finns inget att ångra.</translation>
    </message>
    <message>
        <source>Checked in %1 (%2) at %3.</source>
        <translation>Checkade in %1 (%2) kl. %3.</translation>
    </message>
    <message>
        <source>Undid the check-in of %1.</source>
        <translation>Ångrade incheckningen av %1.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa denna hjälp.</translation>
    </message>
    <message>
        <source>Missing %1. See --help.</source>
        <translation>%1 saknas. Se --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>List the attendees in Swedish alphabetical order.</source>
        <translation>Lista deltagarna i svensk alfabetisk ordning.</translation>
    </message>
    <message>
        <source>Only those who have arrived.</source>
        <translation>Bara de som har kommit.</translation>
    </message>
    <message>
        <source>Only those not yet arrived.</source>
        <translation>Bara de som inte har kommit än.</translation>
    </message>
    <message>
        <source>Choose --arrived or --missing, not both.</source>
        <translation>Välj --arrived eller --missing, inte båda.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Vad som ska sökas.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Högst N träffar (standard 20).</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit tar ett positivt tal.</translation>
    </message>
    <message>
        <source>Create a new event file.</source>
        <translation>Skapa en ny evenemangsfil.</translation>
    </message>
    <message>
        <source>Import or merge a registration list (CSV, XLSX).</source>
        <translation>Importera eller slå ihop en anmälningslista (CSV, XLSX).</translation>
    </message>
    <message>
        <source>List the attendees.</source>
        <translation>Lista deltagarna.</translation>
    </message>
    <message>
        <source>Find attendees as the desk&apos;s search field does.</source>
        <translation>Hitta deltagare som sökfältet i incheckningen gör.</translation>
    </message>
    <message>
        <source>Check in an attendee by code or id.</source>
        <translation>Checka in en deltagare efter kod eller id.</translation>
    </message>
    <message>
        <source>Undo an attendee&apos;s check-in.</source>
        <translation>Ångra en deltagares incheckning.</translation>
    </message>
    <message>
        <source>Arrived and registered, per organisation.</source>
        <translation>Ankomna och anmälda per organisation.</translation>
    </message>
    <message>
        <source>Usage: entre-cli COMMAND [options]</source>
        <translation>Användning: entre-cli KOMMANDO [flaggor]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run entre-cli COMMAND --help for the options of a command.</source>
        <translation>Kör entre-cli KOMMANDO --help för ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad input or usage, 3 refused (e.g. already checked in).</source>
        <translation>Slutkoder: 0 lyckades, 1 fel, 2 felaktig indata eller användning, 3 nekat (t.ex. redan incheckad).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run entre-cli --help.</source>
        <translation>Okänt kommando ”%1”. Kör entre-cli --help.</translation>
    </message>
    <message>
        <source>The event file to create (.entre).</source>
        <translation>Evenemangsfilen som ska skapas (.entre).</translation>
    </message>
    <message>
        <source>The event&apos;s name.</source>
        <translation>Evenemangets namn.</translation>
    </message>
    <message>
        <source>The event&apos;s date.</source>
        <translation>Evenemangets datum.</translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation>Var det äger rum.</translation>
    </message>
    <message>
        <source>An event needs a name: --name NAME.</source>
        <translation>Ett evenemang behöver ett namn: --name NAMN.</translation>
    </message>
    <message>
        <source>Not a date: %1 (use YYYY-MM-DD).</source>
        <translation>Inget datum: %1 (använd ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation>%1 av %2 har kommit</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>--offset takes two numbers in millimetres, such as 1.5,-0.5.</source>
        <translation>--offset tar två tal i millimeter, till exempel 1.5,-0.5.</translation>
    </message>
    <message>
        <source>Make name badges as a PDF or send them to a printer queue. Badges sent to a printer are recorded as printed; a PDF only with --mark-printed.</source>
        <translation>Gör namnbrickor som PDF eller skicka dem till en skrivarkö. Namnbrickor som skickas till en skrivare registreras som utskrivna; en PDF bara med --mark-printed.</translation>
    </message>
    <message>
        <source>List the badge stocks and exit.</source>
        <translation>Lista etikettarken och avsluta.</translation>
    </message>
    <message>
        <source>Badge stock by id or name (see --list-stocks).</source>
        <translation>Etikettark efter id eller namn (se --list-stocks).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Badge template: built-in or the event&apos;s own.</source>
        <translation>Namnbricksmall: inbyggd eller evenemangets egen.</translation>
    </message>
    <message>
        <source>Everyone (the default).</source>
        <translation>Alla (standard).</translation>
    </message>
    <message>
        <source>Only those whose badge was never printed.</source>
        <translation>Bara de vars namnbricka aldrig har skrivits ut.</translation>
    </message>
    <message>
        <source>Only these codes, separated by commas.</source>
        <translation>Bara dessa koder, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>C1,C2</source>
        <translation>K1,K2</translation>
    </message>
    <message>
        <source>Only the people of this organisation.</source>
        <translation>Bara personerna från denna organisation.</translation>
    </message>
    <message>
        <source>Sort by &quot;name&quot; (last name, the default) or &quot;organisation&quot;.</source>
        <translation>Sortera efter &quot;name&quot; (efternamn, standard) eller &quot;organisation&quot;.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDNING</translation>
    </message>
    <message>
        <source>First label to use on a partly used sheet (1 = top left, counted across).</source>
        <translation>Första etiketten att använda på ett delvis använt ark (1 = överst till vänster, räknat radvis).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>X,Y</source>
        <translation>X,Y</translation>
    </message>
    <message>
        <source>Write the badges to this PDF file.</source>
        <translation>Skriv namnbrickorna till denna PDF-fil.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>UT.pdf</translation>
    </message>
    <message>
        <source>Send the badges to this printer queue.</source>
        <translation>Skicka namnbrickorna till denna skrivarkö.</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>KÖ</translation>
    </message>
    <message>
        <source>Record the badges in the PDF as printed.</source>
        <translation>Registrera namnbrickorna i PDF:en som utskrivna.</translation>
    </message>
    <message>
        <source>Draw each label&apos;s outline (for proofs).</source>
        <translation>Rita varje etiketts kontur (för provutskrifter).</translation>
    </message>
    <message>
        <source>Choose one of --all, --not-printed, --codes and --organisation.</source>
        <translation>Välj en av --all, --not-printed, --codes och --organisation.</translation>
    </message>
    <message>
        <source>Say where the badges go: -o OUT.pdf or --printer QUEUE.</source>
        <translation>Ange vart namnbrickorna ska: -o UT.pdf eller --printer KÖ.</translation>
    </message>
    <message>
        <source>--order is &quot;name&quot; or &quot;organisation&quot;.</source>
        <translation>--order är &quot;name&quot; eller &quot;organisation&quot;.</translation>
    </message>
    <message>
        <source>--start takes a label number, 1 for the first.</source>
        <translation>--start tar ett etikettnummer, 1 för den första.</translation>
    </message>
    <message>
        <source>--codes needs at least one code.</source>
        <translation>--codes behöver minst en kod.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) to %1</source>
        <translation>
            <numerusform>%n namnbricka till %1</numerusform>
            <numerusform>%n namnbrickor till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make name badges as PDF or print them.</source>
        <translation>Gör namnbrickor som PDF eller skriv ut dem.</translation>
    </message>
    <message>
        <source>Shift everything by X,Y millimetres (calibration). With --printer the default is the offset saved when that printer was calibrated.</source>
        <translation>Flytta allt X,Y millimeter (kalibrering). Med --printer är standard den förskjutning som sparades när skrivaren kalibrerades.</translation>
    </message>
    <message>
        <source>Run the command again with --take-over to open it anyway.</source>
        <translation>Kör kommandot igen med --take-over för att öppna det ändå.</translation>
    </message>
    <message>
        <source>Open the event even though another computer&apos;s desk, or a desk that crashed, left it locked. Only when no other desk is using the file.</source>
        <translation>Öppna evenemanget fast en annan dators disk, eller en disk som kraschade, lämnade det låst. Bara när ingen annan disk använder filen.</translation>
    </message>
    <message>
        <source>Find attendees: every word a prefix of a name, organisation, e-mail, code or other identifier (order, ticket, barcode number...).</source>
        <translation>Hitta deltagare: varje ord början på ett namn, en organisation, e-post, kod eller annat id-nummer (order-, biljett-, streckkodsnummer …).</translation>
    </message>
    <message>
        <source>--delimiter takes one character or &quot;tab&quot;.</source>
        <translation>--delimiter tar ett tecken eller &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation>--map tar FIELD=COLUMN, inte ”%1”.</translation>
    </message>
    <message>
        <source>Dry run, nothing saved: %1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>Provkörning, inget sparat: %1 att lägga till, %2 att uppdatera, %3 oförändrade, %4 avvisade.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Importerat: %1 tillagda, %2 uppdaterade, %3 oförändrade, %4 avvisade.</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Läst som %1, avgränsare %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  rad %1: %2</translation>
    </message>
    <message>
        <source>Imported, with an e-mail address someone else also has:</source>
        <translation>Importerade, med en e-postadress som även någon annan har:</translation>
    </message>
    <message>
        <source>  row %1: shared e-mail %2 with %3</source>
        <translation>  rad %1: delar e-postadressen %2 med %3</translation>
    </message>
    <message>
        <source>Imported, with characters that could not be read (shown as �):</source>
        <translation>Importerade, med tecken som inte gick att läsa (visas som �):</translation>
    </message>
    <message>
        <source>In the event but not in this list (kept): %1</source>
        <translation>Finns i evenemanget men inte i denna lista (behålls): %1</translation>
    </message>
    <message>
        <source>Import a registration list (CSV in any common encoding and delimiter, or XLSX) into an event, or merge an updated list: people are matched by code or another identifier, by e-mail address and name, or by name and organisation, and no check-in is ever lost.</source>
        <translation>Importera en anmälningslista (CSV i valfri vanlig teckenkodning och avgränsare, eller XLSX) till ett evenemang, eller slå ihop en uppdaterad lista: deltagare matchas på kod eller annat id-nummer, på e-postadress och namn, eller på namn och organisation, och ingen incheckning går någonsin förlorad.</translation>
    </message>
    <message>
        <source>The registration list.</source>
        <translation>Anmälningslistan.</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN (a header); repeatable. Fields: first_name last_name full_name email organisation title diet code phone notes barcode ticket_number attendee_number order_number booking_number; code is the one scanned. An empty COLUMN leaves the field out.</source>
        <translation>Hämta FIELD från COLUMN (en kolumnrubrik); kan upprepas. Fält: first_name last_name full_name email organisation title diet code phone notes barcode ticket_number attendee_number order_number booking_number; code är den som skannas. En tom COLUMN utelämnar fältet.</translation>
    </message>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detect).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE eller Windows-1252 (standard: känn av).</translation>
    </message>
    <message>
        <source>The column delimiter: ; , tab or | (default: detect).</source>
        <translation>Kolumnavgränsaren: ; , tab eller | (standard: känn av).</translation>
    </message>
    <message>
        <source>Show what would happen; save nothing.</source>
        <translation>Visa vad som skulle hända; spara ingenting.</translation>
    </message>
    <message>
        <source>By type of organisation:</source>
        <translation>Per typ av organisation:</translation>
    </message>
    <message>
        <source>Arrived and registered: in total, per organisation and per type of organisation.</source>
        <translation>Ankomna och anmälda: totalt, per organisation och per typ av organisation.</translation>
    </message>
    <message>
        <source>--delimiter is &quot;;&quot; or &quot;,&quot;.</source>
        <translation>--delimiter är &quot;;&quot; eller &quot;,&quot;.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The CSV delimiter: &quot;;&quot; (the default) or &quot;,&quot;.</source>
        <translation>Avgränsaren i CSV: &quot;;&quot; (standard) eller &quot;,&quot;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TECKEN</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>UT</translation>
    </message>
    <message>
        <source>Say where the list goes: -o OUT.</source>
        <translation>Ange vart listan ska: -o UT.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Columns not stored:</source>
        <translation>Kolumner som inte sparades:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>To store a column all the same, name it with --keep COLUMN.</source>
        <translation>Ange kolumnen med --keep KOLUMN för att spara den ändå.</translation>
    </message>
    <message>
        <source>Store COLUMN, a column without a field, as extra information although it looks like personal identity numbers (personnummer); repeatable.</source>
        <translation>Spara KOLUMN, en kolumn utan fält, som extra information trots att den ser ut att innehålla personnummer; kan upprepas.</translation>
    </message>
    <message>
        <source>Do not store COLUMN, a column without a field; repeatable. Columns without a field are stored as extra information, except personal identity numbers.</source>
        <translation>Spara inte KOLUMN, en kolumn utan fält; kan upprepas. Kolumner utan fält sparas som extra information, utom personnummer.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>(före en återställning)</translation>
    </message>
    <message>
        <source>List the automatic backups of an event, newest first: when each was taken, how many were registered and had arrived, and where it is. The desk takes one every five minutes while something changes and when the event is closed, and keeps the last %1.</source>
        <translation>Lista ett evenemangs automatiska säkerhetskopior, nyaste först: när var och en togs, hur många som var anmälda och hade kommit, och var den finns. Disken tar en var femte minut när något ändras och när evenemanget stängs, och sparar de senaste %1.</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>Inga säkerhetskopior av %1 än.</translation>
    </message>
    <message>
        <source>Replace an event file with one of its backups. The event as it is now is kept as a backup first, so a restore can be undone the same way. Refused while a desk has the event open.</source>
        <translation>Ersätt en evenemangsfil med en av dess säkerhetskopior. Evenemanget som det är nu sparas först som en säkerhetskopia, så en återställning kan ångras på samma sätt. Nekas medan en disk har evenemanget öppet.</translation>
    </message>
    <message>
        <source>The backup: its name as entre-cli backups shows it, or the path of a backup file.</source>
        <translation>Säkerhetskopian: dess namn som entre-cli backups visar det, eller sökvägen till en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The event as it was is kept as a backup.</source>
        <translation>%1 återställd från %2. Evenemanget som det var sparas som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Erase the personal data of an event that is over, in the event file and in its backups: names, e-mail addresses, phone numbers, titles, dietary needs, notes, codes, identifiers and extra columns. The counts per organisation, check-in times and stations are kept, so the attendance report still adds up. The erasure is recorded in the event&apos;s history. It cannot be undone.</source>
        <translation>Radera personuppgifterna i ett avslutat evenemang, i evenemangsfilen och i dess säkerhetskopior: namn, e-postadresser, telefonnummer, titlar, specialkost, anteckningar, koder, identifierare och extra kolumner. Antalet per organisation, incheckningstider och diskar behålls, så deltagarlistan stämmer fortfarande. Raderingen förs in i evenemangets historik. Den kan inte ångras.</translation>
    </message>
    <message>
        <source>Erase without asking; without it, only says what would be erased.</source>
        <translation>Radera utan att fråga; utan det talas bara om vad som skulle raderas.</translation>
    </message>
    <message numerus="yes">
        <source>This would erase the personal data of %n people in &quot;%1&quot; and in its backups, for good. Run again with --yes to erase it.</source>
        <translation>
            <numerusform>Det här skulle för gott radera personuppgifterna för %n person i &quot;%1&quot; och i dess säkerhetskopior. Kör igen med --yes för att radera dem.</numerusform>
            <numerusform>Det här skulle för gott radera personuppgifterna för %n personer i &quot;%1&quot; och i dess säkerhetskopior. Kör igen med --yes för att radera dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n people in &quot;%1&quot;.</source>
        <translation>
            <numerusform>Raderade personuppgifterna för %n person i &quot;%1&quot;.</numerusform>
            <numerusform>Raderade personuppgifterna för %n personer i &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups erased the same way: %1.</source>
        <translation>Säkerhetskopior raderade på samma sätt: %1.</translation>
    </message>
    <message>
        <source>Choose one of --attendance, --no-shows, --sign-in-sheet and --audit.</source>
        <translation>Välj en av --attendance, --no-shows, --sign-in-sheet och --audit.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, pdf or xlsx.</source>
        <translation>Okänt format &quot;%1&quot;: använd csv, pdf eller xlsx.</translation>
    </message>
    <message>
        <source>--%1 is written as %2 only, not as %3.</source>
        <translation>--%1 skrivs bara som %2, inte som %3.</translation>
    </message>
    <message>
        <source>Write a list of the event&apos;s people to a file that only you can read. CSV is UTF-8 with semicolons, as Swedish Excel opens it; in CSV and xlsx, values that a spreadsheet would run as a formula start with a quote. The PDFs are for A4: the attendance list for the funder, the no-show list, and the sign-in sheet to print before the day. The history (--audit) is the event&apos;s audit log. Reads the event only, so it works while a desk has it open.</source>
        <translation>Skriv en lista över evenemangets personer till en fil som bara du kan läsa. CSV är UTF-8 med semikolon, som svenska Excel öppnar den; i CSV och xlsx börjar värden som ett kalkylprogram skulle köra som en formel med en apostrof. PDF-filerna är för A4: deltagarlistan för finansiären, listan över uteblivna och namnlistan för underskrift att skriva ut före dagen. Historiken (--audit) är evenemangets logg. Läser bara evenemanget, så det fungerar medan en disk har det öppet.</translation>
    </message>
    <message>
        <source>Everyone registered: name, organisation, type, arrived, check-in time and station; as PDF grouped by type of organisation and organisation, with counts and the arrivals over time.</source>
        <translation>Alla anmälda: namn, organisation, typ, kommit, incheckningstid och disk; som PDF grupperade efter typ av organisation och organisation, med antal och ankomster över tid.</translation>
    </message>
    <message>
        <source>Those who did not arrive: name, organisation and type; as PDF grouped like the attendance list, with counts.</source>
        <translation>De som inte kom: namn, organisation och typ; som PDF grupperade som deltagarlistan, med antal.</translation>
    </message>
    <message>
        <source>A sheet per organisation with a signature column, to print before the day (PDF only).</source>
        <translation>Ett blad per organisation med en kolumn för underskrift, att skriva ut före dagen (bara PDF).</translation>
    </message>
    <message>
        <source>The history, oldest first: every check-in, undo, walk-in, edit, import, badge print, erasure, lock take-over and restore, with its time, station and what changed (CSV or xlsx).</source>
        <translation>Historiken, äldst först: varje incheckning, ångring, spontanbesökare, ändring, import, utskrift av namnbricka, radering, övertagande av lås och återställning, med tid, disk och vad som ändrades (CSV eller xlsx).</translation>
    </message>
    <message>
        <source>The file format: csv (the default), pdf or xlsx; the sign-in sheet is pdf.</source>
        <translation>Filformatet: csv (standard), pdf eller xlsx; namnlistan för underskrift är pdf.</translation>
    </message>
    <message>
        <source>Write the attendance or no-show list, a sign-in sheet or the history.</source>
        <translation>Skriv deltagarlistan, listan över uteblivna, en namnlista för underskrift eller historiken.</translation>
    </message>
    <message>
        <source>List the automatic backups of an event, newest first.</source>
        <translation>Lista ett evenemangs automatiska säkerhetskopior, nyaste först.</translation>
    </message>
    <message>
        <source>Replace an event file with one of its backups.</source>
        <translation>Ersätt en evenemangsfil med en av dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>Erase the personal data of an event that is over, and of its backups.</source>
        <translation>Radera personuppgifterna i ett avslutat evenemang och i dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>The desks&apos; PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Diskarnas PostgreSQL-server: postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS. Lösenordet hämtas från PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>Say which server: --server postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Ange vilken server: --server postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.</translation>
    </message>
    <message>
        <source>Share an event with other desks through a PostgreSQL server: its people, organisations, badge templates and settings, and this desk&apos;s check-ins so far. Prints the id other desks join it by.</source>
        <translation>Dela ett evenemang med andra diskar via en PostgreSQL-server: dess personer, organisationer, namnbricksmallar och inställningar, och den här diskens incheckningar hittills. Skriver ut id:t som andra diskar ansluter med.</translation>
    </message>
    <message>
        <source>Make a new event file from an event another desk shared, and take part as a desk of its own. Without --event, the server must hold exactly one event.</source>
        <translation>Skapa en ny evenemangsfil från ett evenemang som en annan disk delat, och delta som en egen disk. Utan --event måste servern ha exakt ett evenemang.</translation>
    </message>
    <message>
        <source>The event&apos;s id, as the publishing desk printed it.</source>
        <translation>Evenemangets id, som den publicerande disken skrev ut det.</translation>
    </message>
    <message>
        <source>Joined &quot;%1&quot; as desk %2 in %3: %4 of %5 arrived.</source>
        <translation>Ansluten till &quot;%1&quot; som disk %2 i %3: %4 av %5 har kommit.</translation>
    </message>
    <message>
        <source>Send this desk&apos;s check-ins and undos to the desks&apos; server and fetch the other desks&apos;. An unreachable server changes nothing here; what is not sent waits for the next round.</source>
        <translation>Skicka den här diskens incheckningar och ångringar till diskarnas server och hämta de andra diskarnas. En server som inte nås ändrar ingenting här; det som inte skickats väntar till nästa omgång.</translation>
    </message>
    <message>
        <source>Sent %1, received %2; %3 waiting to be sent.</source>
        <translation>Skickade %1, tog emot %2; %3 väntar på att skickas.</translation>
    </message>
    <message>
        <source>Show whether the event is shared with other desks, on which server, this desk&apos;s id, how many of its entries wait to be sent and when it last exchanged them.</source>
        <translation>Visa om evenemanget delas med andra diskar, på vilken server, den här diskens id, hur många av dess poster som väntar på att skickas och när den senast utbytte dem.</translation>
    </message>
    <message>
        <source>Not shared with other desks (this desk: %1).</source>
        <translation>Delas inte med andra diskar (den här disken: %1).</translation>
    </message>
    <message>
        <source>Shared on %1 as event %2; this desk is %3.</source>
        <translation>Delas på %1 som evenemang %2; den här disken är %3.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Last exchange: %2.</source>
        <translation>Väntar på att skickas: %1. Senaste utbyte: %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Entries from other desks for people not in this file yet: %1.</source>
        <translation>Poster från andra diskar för personer som inte finns i filen än: %1.</translation>
    </message>
    <message>
        <source>Share an event with other desks through a PostgreSQL server.</source>
        <translation>Dela ett evenemang med andra diskar via en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Make a new event file from an event another desk shared.</source>
        <translation>Skapa en ny evenemangsfil från ett evenemang som en annan disk delat.</translation>
    </message>
    <message>
        <source>Exchange check-ins with the other desks once.</source>
        <translation>Utbyt incheckningar med de andra diskarna en gång.</translation>
    </message>
    <message>
        <source>Show how this desk shares its event with others.</source>
        <translation>Visa hur den här disken delar sitt evenemang med andra.</translation>
    </message>
    <message>
        <source>Say what to do with the desks: entre-cli desks publish, join, sync or status. Run entre-cli --help.</source>
        <translation>Ange vad som ska göras med diskarna: entre-cli desks publish, join, sync eller status. Kör entre-cli --help.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Entré: check-in desk for events.</source>
        <translation>Entré: incheckning för evenemang.</translation>
    </message>
    <message>
        <source>Open the bundled demo event.</source>
        <translation>Öppna det medföljande demo-evenemanget.</translation>
    </message>
    <message>
        <source>The event file (.entre) to open.</source>
        <translation>Evenemangsfilen (.entre) som ska öppnas.</translation>
    </message>
</context>
</TS>
