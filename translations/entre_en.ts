<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ArrivalsChartWidget</name>
    <message>
        <source>Arrivals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Most arrived in the %n minute(s) from %1: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendeeDetailPanel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>check-in time (station)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeForm</name>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Print Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Failed Badges Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibrate Printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge for %1 not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge not printed: %1 (Badges ▸ Print Failed Badges Again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeBatchDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected people (%n)</source>
        <translation>
            <numerusform>The selected person (%n)</numerusform>
            <numerusform>The selected people (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, then last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free label on a partly used sheet, counted across from the top left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sorted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock and template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was recorded as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <source>Badge preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePrintService</name>
    <message>
        <source>The badge was printed but could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeSampleView</name>
    <message>
        <source>Digital strategist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Print a badge at every check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Own stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this event)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeTemplateEditor</name>
    <message>
        <source>First name (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour band height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a QR code with the attendee&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name large, last name below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive moves the print to the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive moves the print down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizontal offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertical offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the test page, hold it against a sheet of labels and move the outlines onto the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>Check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Type a name, organisation, e-mail or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter checks in the highlighted person; arrow keys move; Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the highlighted person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;: nobody has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is checked in. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is checked in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is added and checked in. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered yet. Import the registration list, or add walk-ins with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every check-in from this desk (Edit → Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or scan a code first; nobody was checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is NOT checked in. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was checked in. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still checked in. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Two People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are %1 (code %2) and %3 (code %4) the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk will then list one of them, with the check-ins and badge prints of both. The history keeps what each desk did. A merge cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2) is now one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDesksDialog</name>
    <message>
        <source>&amp;Share this event: this is the first desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join an event another desk shared (makes a new event file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (in %1, not in the event file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared-event.entre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the server holds several events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is shared with other desks. Connect again, e.g. with a password this desk did not have when the event was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an event the first desk shared on the venue&apos;s PostgreSQL server. This desk gets its own copy in a new event file, checks in from it even when the network is gone, and exchanges check-ins with the other desks whenever it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this event on the venue&apos;s PostgreSQL server, so that other desks can join it. Each desk keeps checking in on its own copy, and every check-in reaches the others within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entré events (*.entre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which server and database the desks share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the event from %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomStockDialog</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the badge a quarter (a portrait roll label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own label stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (width × height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (width × height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (across × down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First label from the page&apos;s left and top edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From one label to the next (across × down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who did not register, and check them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix a typo in the selected person&apos;s name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Yet Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskConnection</name>
    <message>
        <source>Connect &amp;Desks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on %1. Other desks join it with Event → Connect Desks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>Loc&amp;k the Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatusIndicator</name>
    <message>
        <source>Desks: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Desks: catching up, %n to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Desks: offline, %n waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Desks: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk goes on alone and sends what it has when the server is back.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubleWalkInNotice</name>
    <message>
        <source>%1 (code %2)</source>
        <comment>a walk-in added at another desk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe the same person as %1: two desks each added a walk-in with this name and organisation while they could not reach each other. Ask before printing another badge. If it is the same person, merge the two: every desk then lists one person with the check-ins and badges of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseAction</name>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open read-only; its personal data cannot be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n people in “%1” is erased, and %2 backups were erased the same way. The counts per organisation, check-in times and stations are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Personal Data Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Erase the personal data of “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The names, e-mail addresses, phone numbers, titles, dietary needs, notes, codes, identifiers and extra columns of all %n people are removed from the event file and from its backups. What was changed at the desk is removed from the history.&lt;/p&gt;&lt;p&gt;Kept: the counts per organisation, check-in times and stations, so the attendance report still adds up. The erasure is recorded in the history.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the event&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Attendance List (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-Shows (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - attendance list.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - no-shows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Attendance List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the No-Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Attendance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - attendance report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filters, or export to have them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or text export in any encoding, or an Excel (.xlsx) or OpenDocument (.ods) workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, delimiter %2, header on row %3, %n row(s).</source>
        <translation>
            <numerusform>Encoding %1, delimiter %2, header on row %3, %n row.</numerusform>
            <numerusform>Encoding %1, delimiter %2, header on row %3, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row %1, %n row(s).</source>
        <translation>
            <numerusform>Header on row %1, %n row.</numerusform>
            <numerusform>Header on row %1, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds a name: first name, last name or full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading again was cancelled; the preview still shows the list as read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the code to scan: everyone gets a code of their own, printed on their badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning a ticket finds people by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing or scanning %1 finds them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is matched to a field; correct any that is wrong. Columns without a field are kept as extra information when ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &amp;without a field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like personal identity numbers (personnummer): not stored unless ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” holds personal identity numbers and is mapped to “%2”. Map it to “(not used)” unless you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rows Not Imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the event but not in this list (kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The event is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and the event is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-not-imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rows Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with an e-mail address someone else also has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with characters that could not be read (shown as �):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: shared e-mail %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index and saving %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. The desk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Entré events (*.entre);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Entré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Demo Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the New Event As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Event Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Entré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Left Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entré %1&lt;/h3&gt;&lt;p&gt;A check-in desk for events: find each arriving person in a keystroke or two, tick them in and print their badge.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. Source code and bug reports: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2 (%3)? Everything done since then is taken out of the event. The event as it is now is kept as a backup first, so this can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Digitala Västerbotten kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hotell Lappland, Lycksele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Type a name or scan a ticket, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCountsPanel</name>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <source>Cancel &amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - sign-in sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - no-shows.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - attendance list.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-Show List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals &amp;Over Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Show the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals Over Time – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this event yet. One is taken every five minutes while something changes, and when the event is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The event as it is now is kept as a backup first. Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check-in records the desk it was made at. Give each desk its own name, e.g. &quot;Desk 1&quot;; left empty, the computer&apos;s name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No PIN: one click unlocks the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks the desk: only the event&apos;s name and the counts stay on the screen until it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a PIN, or tick &quot;No PIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Entré User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Entré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in desk for events. Open an event file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::ArrivalsChart</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins per %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins per %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived so far, % of registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AttendanceReport</name>
    <message>
        <source>%1 registered, %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AttendeeEditor</name>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AttendeeExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AttendeeListModel</name>
    <message>
        <source>Arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AttendeeRepository</name>
    <message>
        <source>Nobody has the code or id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free attendee code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attendee with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AuditExport</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::AuditLog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock&apos;s holder was unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgeJob</name>
    <message>
        <source>There are no badges to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge font could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing could not start: the printer or file is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges could not be sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Offset %2 mm, %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page could not be sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF page could not be set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgePrintRun</name>
    <message>
        <source>No printer is set up on this computer: add one, or choose a printer queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer queue &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches: there are no badges to make.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgeSelection</name>
    <message>
        <source>No attendee has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this event belongs to the organisation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgeStock</name>
    <message>
        <source>The stock has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; needs a positive page and label size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; are smaller than 20 mm; a badge needs more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock &quot;%1&quot; needs between 1 and 20 columns and 1 and 40 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; overlap: the pitch is smaller than a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of &quot;%1&quot; do not fit on its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgeTemplate</name>
    <message>
        <source>The badge template is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge template has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge template &quot;%1&quot; has an unknown name style, alignment or band position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; of badge template &quot;%2&quot; must be between 1 and 60 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text colour of badge template &quot;%1&quot; is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band colour &quot;%1&quot; of badge template &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::BadgeTemplateStore</name>
    <message>
        <source>A badge template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::DemoEvent</name>
    <message>
        <source>Digitala Västerbotten – kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo registration list is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the demo event into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the demo event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::DeskAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://entre@192.168.1.10:5432/entre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::DeskLog</name>
    <message>
        <source>The event file has no desk id; it was not upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk sent a check-in entry that cannot be read (desk %1, number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk sent a walk-in without a name (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk sent a change to %1 that cannot be read (desk %2, number %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk sent a merge of %1 that cannot be read (desk %2, number %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::DeskServer</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql), so this desk cannot reach the desks&apos; server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 was set up by a newer version of Entré. Update this desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 has no event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 did not accept the user &quot;%2&quot; with this password. Check the user and the password.
(%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; server at %1 has no such database or user. Check the database and the user.
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the desks&apos; server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::Event</name>
    <message>
        <source>Cannot create a temporary folder to try the import in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is open read-only; its personal data cannot be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is shared on %1 yet. Publish one from the first desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several events are shared on %1; say which one to join: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is open read-only; it cannot be shared with other desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is shared already, on %1 as event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; joining makes a new event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not shared with other desks. Publish it, or join a shared one, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is open read-only; it cannot exchange check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is open read-only; nobody can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::EventBackups</name>
    <message>
        <source>At least one backup must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current %1 cannot be opened, so it cannot be kept before the restore: %2 Move it to another folder, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is reading %1. Close it, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an Entré event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way of the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1, which belongs to the file being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::EventErasure</name>
    <message>
        <source>The personal data of %1 of %2 backups was erased; these still hold it:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::EventLock</name>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by %2, and the lock could not be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a lock file that cannot be read (%2), perhaps left by a desk that crashed. Open it anyway only if no other desk is using this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as open in %2. If that computer crashed, or the file was copied from it, the lock was left behind. Open it anyway only if no other desk is using this file: two desks writing to one file can lose check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable lock since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::EventStore</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Entré needs to write its journal beside the event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Entré; open it for writing once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Entré event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an Entré event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Entré (file format %2; this version reads up to %3). Update Entré to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file&apos;s folder does not allow a write-ahead log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the open event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file is busy: another program is writing to it. Wait a moment and try again; if it stays busy, close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file has become read-only. Make it writable again, or use File → Save a Copy and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check that the disk or USB stick is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be opened or created. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::ImportFields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::ImportLimits</name>
    <message>
        <source>The file is larger than the limit of %L1 MB for a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more rows than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more columns than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more cells than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holds more characters than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more parts than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook unpacks to more than the limit of %L1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to more than the limit of %L1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds a cell or tag larger than the limit of %L1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds an element with more attributes than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more shared strings than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more characters than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more sheets than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more cell styles than the limit of %L1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::NoShowReport</name>
    <message>
        <source>%1 of %2 did not arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::OrganisationRepository</name>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an organisation called %1; merge them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::OrganisationType</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::PersonalDataEraser</name>
    <message>
        <source>The personal data is erased, but another program is reading the event file, so erased text may remain in its journal. Close the other program and erase again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::PgPassFile</name>
    <message>
        <source>There is no password to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::PrinterSetup</name>
    <message>
        <source>The printer %1 does not accept the page size of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 uses a %2 × %3 mm page instead of %4 × %5 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::QrCode</name>
    <message>
        <source>A QR code needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code for &quot;%1&quot; could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::RegistrationImporter</name>
    <message>
        <source>No column holds a name. Columns: %1. Map one of them to first name, last name or full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::RegistrationTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) file; save it as .xlsx or CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot;; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid characters in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL characters removed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be both kept and dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like personal identity numbers (personnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out as chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::RejectedRowsCsv</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::ReportPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::SheetLayout</name>
    <message>
        <source>The start position must be between 1 and %1 for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration offset larger than 20 mm is surely a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::SignInSheet</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::SpreadsheetReader</name>
    <message>
        <source>The workbook is damaged or incomplete and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive but not an .xlsx or .ods workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (%1 cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::SqliteStatement</name>
    <message>
        <source>The event&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::StockCatalog</name>
    <message>
        <source>There is no badge stock &quot;%1&quot;. Known stocks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::TemplateCatalog</name>
    <message>
        <source>There is no badge template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::TextDecoder</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::WalkInService</name>
    <message>
        <source>A walk-in needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already registered with the e-mail %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::XlsxWriter</name>
    <message>
        <source>Cannot make the workbook for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entre::cli</name>
    <message>
        <source>Check in an attendee. The confirmation is printed only after it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an attendee&apos;s check-in; the log keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendee&apos;s code or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s name (default: this computer&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not checked in; nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 (%2) at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the check-in of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the attendees in Swedish alphabetical order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those who have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not yet arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --arrived or --missing, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or merge a registration list (CSV, XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find attendees as the desk&apos;s search field does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in an attendee by code or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an attendee&apos;s check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived and registered, per organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: entre-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run entre-cli COMMAND --help for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad input or usage, 3 refused (e.g. already checked in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run entre-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file to create (.entre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a name: --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1 (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset takes two numbers in millimetres, such as 1.5,-0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make name badges as a PDF or send them to a printer queue. Badges sent to a printer are recorded as printed; a PDF only with --mark-printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the badge stocks and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge stock by id or name (see --list-stocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template: built-in or the event&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose badge was never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these codes, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1,C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &quot;name&quot; (last name, the default) or &quot;organisation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First label to use on a partly used sheet (1 = top left, counted across).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X,Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the badges to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the badges to this printer queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the badges in the PDF as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each label&apos;s outline (for proofs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --all, --not-printed, --codes and --organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the badges go: -o OUT.pdf or --printer QUEUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order is &quot;name&quot; or &quot;organisation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes a label number, 1 for the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--codes needs at least one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) to %1</source>
        <translation>
            <numerusform>%n badge to %1</numerusform>
            <numerusform>%n badges to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make name badges as PDF or print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift everything by X,Y millimetres (calibration). With --printer the default is the offset saved when that printer was calibrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again with --take-over to open it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the event even though another computer&apos;s desk, or a desk that crashed, left it locked. Only when no other desk is using the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find attendees: every word a prefix of a name, organisation, e-mail, code or other identifier (order, ticket, barcode number...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes one character or &quot;tab&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing saved: %1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with an e-mail address someone else also has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1: shared e-mail %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with characters that could not be read (shown as �):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the event but not in this list (kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a registration list (CSV in any common encoding and delimiter, or XLSX) into an event, or merge an updated list: people are matched by code or another identifier, by e-mail address and name, or by name and organisation, and no check-in is ever lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN (a header); repeatable. Fields: first_name last_name full_name email organisation title diet code phone notes barcode ticket_number attendee_number order_number booking_number; code is the one scanned. An empty COLUMN leaves the field out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column delimiter: ; , tab or | (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would happen; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type of organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived and registered: in total, per organisation and per type of organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is &quot;;&quot; or &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter: &quot;;&quot; (the default) or &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the list goes: -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store a column all the same, name it with --keep COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store COLUMN, a column without a field, as extra information although it looks like personal identity numbers (personnummer); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store COLUMN, a column without a field; repeatable. Columns without a field are stored as extra information, except personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the automatic backups of an event, newest first: when each was taken, how many were registered and had arrived, and where it is. The desk takes one every five minutes while something changes and when the event is closed, and keeps the last %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an event file with one of its backups. The event as it is now is kept as a backup first, so a restore can be undone the same way. Refused while a desk has the event open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup: its name as entre-cli backups shows it, or the path of a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. The event as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of an event that is over, in the event file and in its backups: names, e-mail addresses, phone numbers, titles, dietary needs, notes, codes, identifiers and extra columns. The counts per organisation, check-in times and stations are kept, so the attendance report still adds up. The erasure is recorded in the event&apos;s history. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase without asking; without it, only says what would be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This would erase the personal data of %n people in &quot;%1&quot; and in its backups, for good. Run again with --yes to erase it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n people in &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backups erased the same way: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --attendance, --no-shows, --sign-in-sheet and --audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, pdf or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is written as %2 only, not as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a list of the event&apos;s people to a file that only you can read. CSV is UTF-8 with semicolons, as Swedish Excel opens it; in CSV and xlsx, values that a spreadsheet would run as a formula start with a quote. The PDFs are for A4: the attendance list for the funder, the no-show list, and the sign-in sheet to print before the day. The history (--audit) is the event&apos;s audit log. Reads the event only, so it works while a desk has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone registered: name, organisation, type, arrived, check-in time and station; as PDF grouped by type of organisation and organisation, with counts and the arrivals over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who did not arrive: name, organisation and type; as PDF grouped like the attendance list, with counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet per organisation with a signature column, to print before the day (PDF only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history, oldest first: every check-in, undo, walk-in, edit, import, badge print, erasure, lock take-over and restore, with its time, station and what changed (CSV or xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format: csv (the default), pdf or xlsx; the sign-in sheet is pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the attendance or no-show list, a sign-in sheet or the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the automatic backups of an event, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an event file with one of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of an event that is over, and of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desks&apos; PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which server: --server postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share an event with other desks through a PostgreSQL server: its people, organisations, badge templates and settings, and this desk&apos;s check-ins so far. Prints the id other desks join it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new event file from an event another desk shared, and take part as a desk of its own. Without --event, the server must hold exactly one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s id, as the publishing desk printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined &quot;%1&quot; as desk %2 in %3: %4 of %5 arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this desk&apos;s check-ins and undos to the desks&apos; server and fetch the other desks&apos;. An unreachable server changes nothing here; what is not sent waits for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2; %3 waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whether the event is shared with other desks, on which server, this desk&apos;s id, how many of its entries wait to be sent and when it last exchanged them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with other desks (this desk: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on %1 as event %2; this desk is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Last exchange: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from other desks for people not in this file yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share an event with other desks through a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new event file from an event another desk shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange check-ins with the other desks once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how this desk shares its event with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the desks: entre-cli desks publish, join, sync or status. Run entre-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Entré: check-in desk for events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file (.entre) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
