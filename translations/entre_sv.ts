<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>CheckInPage</name>
    <message>
        <source>Type a name, organisation, e-mail or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived</source>
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
        <source>E&amp;vent</source>
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
        <source>&lt;h3&gt;Entré %1&lt;/h3&gt;&lt;p&gt;A check-in desk for events: find each arriving person in a keystroke or two, tick them in and print their badge.&lt;/p&gt;</source>
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
    <name>entre</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Entré event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable.</source>
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
    <name>entre::CheckInService</name>
    <message>
        <source>There is no attendee with id %1.</source>
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
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file is busy in another program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file cannot be written to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
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
        <source>Find attendees: every word a prefix of a name, organisation, e-mail or code.</source>
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
        <source>Arrived and registered, in total and per organisation.</source>
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
