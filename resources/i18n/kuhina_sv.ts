<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>About</name>
    <message>
        <source>The regional catalogue of what North Karelia&apos;s associations offer job seekers: work trials, coaching, volunteering and more.</source>
        <translation>Den regionala katalogen över vad föreningarna i Norra Karelen erbjuder arbetssökande: arbetsprövning, coachning, frivilligarbete och mycket mer.</translation>
    </message>
    <message>
        <source>Licence: European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Licens: Europeiska unionens licens för allmän användning (EUPL), version 1.2.</translation>
    </message>
    <message>
        <source>The program works offline: it never connects to the internet.</source>
        <translation>Programmet fungerar utan nätförbindelse: det ansluter aldrig till internet.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbetsyta: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Loggfil: %1</translation>
    </message>
    <message>
        <source>About Kuhina</source>
        <translation>Om Kuhina</translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation>Del (i en lista)</translation>
    </message>
    <message>
        <source>Move the selected rows to the bin</source>
        <translation>Flytta de valda raderna till papperskorgen</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a field)</source>
        <translation>Ctrl+Z (i ett fält)</translation>
    </message>
    <message>
        <source>Undo typing in the field</source>
        <translation>Ångra det du skrivit i fältet</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tabb / Skift+Tabb</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nästa / föregående fält</translation>
    </message>
    <message>
        <source>Ctrl+Tab (in a text)</source>
        <translation>Ctrl+Tabb (i en text)</translation>
    </message>
    <message>
        <source>Next language tab</source>
        <translation>Nästa språkflik</translation>
    </message>
    <message>
        <source>Space (in a list of choices)</source>
        <translation>Mellanslag (i en lista med val)</translation>
    </message>
    <message>
        <source>Tick or untick the choice</source>
        <translation>Markera eller avmarkera valet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Postal code %1 belongs to %2, but the municipality chosen is %3. Check both.</source>
        <translation>Postnumret %1 hör till %2, men den valda kommunen är %3. Kontrollera båda.</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— inte angiven —</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{added} new, {changed} changed, {removed} removed; {rejected} changes rejected</source>
        <translation>{added} nya, {changed} ändrade, {removed} borttagna; {rejected} ändringar avvisade</translation>
    </message>
    <message>
        <source>{record}. Reason: {reason}</source>
        <translation>{record}. Orsak: {reason}</translation>
    </message>
    <message>
        <source>Opportunities: {opportunities}, organisations: {organisations}, to {where}</source>
        <translation>Möjligheter: {opportunities}, föreningar: {organisations}, till {where}</translation>
    </message>
    <message>
        <source>{rejected} rejected, {hidden} hidden, to {where}</source>
        <translation>{rejected} avvisade, {hidden} dolda, till {where}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Sök i händelseloggen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportera som CSV…</translation>
    </message>
    <message>
        <source>With personal &amp;data</source>
        <translation>Med person&amp;uppgifter</translation>
    </message>
    <message>
        <source>Include the contact people&apos;s names, e-mail addresses and phone numbers in the exported change lists. Without it they are left out.</source>
        <translation>Ta med kontaktpersonernas namn, e-postadresser och telefonnummer i de exporterade ändringslistorna. Annars utelämnas de.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>The chosen audit entry in full</source>
        <translation>Den valda händelsen i sin helhet</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n händelse visas</numerusform>
            <numerusform>%n händelser visas</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, av {who}</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paket nr</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>Paketets SHA-256</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>avvisad: {reason}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera händelseloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Coaching environment</source>
        <translation>Coachningsmiljö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
</context>
<context>
    <name>BinPage</name>
    <message>
        <source>Bin</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Deleted coaching environments and opportunities wait here. They are not sent to the coordinator. Choose rows and press Restore (or Enter) to bring them back.</source>
        <translation>Borttagna coachningsmiljöer och möjligheter väntar här. De skickas inte till koordinatorn. Välj rader och tryck på Återställ (eller Enter) för att få tillbaka dem.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Borttagna uppgifter</translation>
    </message>
    <message>
        <source>“%1” was restored.</source>
        <translation>”%1” återställdes.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were restored.</source>
        <translation>
            <numerusform>%n rad återställdes.</numerusform>
            <numerusform>%n rader återställdes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>P&amp;ublicering:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>F&amp;reshness:</source>
        <translation>A&amp;ktualitet:</translation>
    </message>
    <message>
        <source>Words from the title, description, organisation or place</source>
        <translation>Ord ur rubriken, beskrivningen, organisationens eller platsens namn</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Shown and hidden</source>
        <translation>Synliga och dolda</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Endast synliga</translation>
    </message>
    <message>
        <source>Hidden only</source>
        <translation>Endast dolda</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>Stale: no package for 6 months</source>
        <translation>Inaktuella: inget paket på 6 månader</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuella</translation>
    </message>
</context>
<context>
    <name>CatalogueFolders</name>
    <message>
        <source>The regional catalogue</source>
        <translation>Den regionala katalogen</translation>
    </message>
    <message>
        <source>Where should the regional catalogue be kept? The usual place is {folder}. An existing catalogue workspace, e.g. a copy from another computer, can be opened too.</source>
        <translation>Var ska den regionala katalogen sparas? Den vanliga platsen är {folder}. Du kan också öppna en befintlig katalogarbetsyta, till exempel en kopia från en annan dator.</translation>
    </message>
    <message>
        <source>Use the usual place</source>
        <translation>Använd den vanliga platsen</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Välj en mapp…</translation>
    </message>
    <message>
        <source>Choose the folder for the regional catalogue</source>
        <translation>Välj mappen för den regionala katalogen</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Opportunities in the catalogue</source>
        <translation>Möjligheterna i katalogen</translation>
    </message>
    <message>
        <source>Details of the chosen opportunity</source>
        <translation>Uppgifterna om den valda möjligheten</translation>
    </message>
    <message>
        <source>Hi&amp;de from publication…</source>
        <translation>&amp;Dölj från publicering…</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>&amp;Visa igen</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) match</source>
        <translation>
            <numerusform>%n möjlighet hittades</numerusform>
            <numerusform>%n möjligheter hittades</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its details.</source>
        <translation>Välj en möjlighet för att se uppgifterna om den.</translation>
    </message>
    <message>
        <source>Hidden from publication: the whole organisation is hidden.</source>
        <translation>Dold från publicering: hela organisationen är dold.</translation>
    </message>
    <message>
        <source>Hidden from publication. Reason: {reason}</source>
        <translation>Dold från publicering. Orsak: {reason}</translation>
    </message>
    <message>
        <source>Hide from publication</source>
        <translation>Dölj från publicering</translation>
    </message>
    <message>
        <source>Why do you hide &quot;{title}&quot;? It stays out of every output (web catalogue, Excel, open data) until you show it again, also after new packages. The reason goes to the audit log.</source>
        <translation>Varför döljer du ”{title}”? Den hålls utanför alla publiceringar (webbkatalog, Excel, öppna data) tills du visar den igen, också efter nya paket. Orsaken förs in i händelseloggen.</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Synlig</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn ännu)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>I ordning</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Bör granskas</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Hela regionen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Organisation</source>
        <translation>Föreningen</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coachningsmiljö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Ready to send?</source>
        <translation>Redo att skickas?</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Öppna uppgiften</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Skicka till koordinatorn…</translation>
    </message>
    <message>
        <source>Things to fix before sending</source>
        <translation>Saker att rätta innan du skickar</translation>
    </message>
    <message>
        <source>Not checked for six months. Check that it is still true and press “Checked today”.</source>
        <translation>Inte granskad på sex månader. Kontrollera att uppgifterna fortfarande stämmer och tryck på ”Granskad i dag”.</translation>
    </message>
    <message numerus="yes">
        <source>A draft: not sent. To publish it, fill in what is missing (%n problem(s)), then set its status to Published.</source>
        <translation>
            <numerusform>Utkast: skickas inte. Fyll i det som saknas (%n problem) och sätt sedan statusen till Publicerad.</numerusform>
            <numerusform>Utkast: skickas inte. Fyll i det som saknas (%n problem) och sätt sedan statusen till Publicerad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will not be published, because the permission to publish has not been confirmed. Tick the box under the photo once the people in it have agreed, or if no person can be recognised in it.</source>
        <translation>
            <numerusform>%n bild publiceras inte, eftersom tillståndet att publicera den inte har bekräftats. Kryssa i rutan under bilden när personerna på den har gett sitt tillstånd, eller om ingen person går att känna igen på den.</numerusform>
            <numerusform>%n bilder publiceras inte, eftersom tillståndet att publicera dem inte har bekräftats. Kryssa i rutan under varje bild när personerna på den har gett sitt tillstånd, eller om ingen person går att känna igen på den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s) will be sent.</source>
        <translation>
            <numerusform>%n publicerad möjlighet skickas.</numerusform>
            <numerusform>%n publicerade möjligheter skickas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n draft(s) stay on this computer and are not sent.</source>
        <translation>
            <numerusform>⚠ %n utkast stannar på den här datorn och skickas inte.</numerusform>
            <numerusform>⚠ %n utkast stannar på den här datorn och skickas inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts are complete: publish them with “Publish complete drafts”.</source>
        <translation>
            <numerusform>%n av utkasten är färdigt: publicera det med ”Publicera färdiga utkast”.</numerusform>
            <numerusform>%n av utkasten är färdiga: publicera dem med ”Publicera färdiga utkast”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish complete drafts (%n)</source>
        <translation>
            <numerusform>&amp;Publicera färdiga utkast (%n)</numerusform>
            <numerusform>&amp;Publicera färdiga utkast (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) will not be published until their permission to publish is confirmed.</source>
        <translation>
            <numerusform>⚠ %n bild publiceras inte förrän tillståndet att publicera den har bekräftats.</numerusform>
            <numerusform>⚠ %n bilder publiceras inte förrän tillståndet att publicera dem har bekräftats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) published.</source>
        <translation>
            <numerusform>%n utkast publicerades.</numerusform>
            <numerusform>%n utkast publicerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) must be fixed before the package can be made. Double-click a row to go to the field.</source>
        <translation>
            <numerusform>⚠ %n problem måste rättas innan paketet kan göras. Dubbelklicka på en rad för att gå till fältet.</numerusform>
            <numerusform>⚠ %n problem måste rättas innan paketet kan göras. Dubbelklicka på en rad för att gå till fältet.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems: everything is ready to send.</source>
        <translation>✓ Inga problem: allt är redo att skickas.</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) are due for review.</source>
        <translation>
            <numerusform>%n möjlighet bör granskas.</numerusform>
            <numerusform>%n möjligheter bör granskas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (används inte längre)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>May be published</source>
        <translation>Får publiceras</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paket nr</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Senaste paket</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Möjligheter</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inaktuell</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad ska göras</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Coachningsmiljöer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Permission to publish</source>
        <translation>Tillstånd att publicera kontaktuppgifter</translation>
    </message>
    <message>
        <source>The name, role, e-mail and phone of {person} are shown in the public web catalogue and in the Excel workbooks only if the person has agreed. Without permission the catalogue shows the organisation&apos;s own e-mail and phone.</source>
        <translation>Namn, roll, e-post och telefonnummer för {person} visas i den offentliga webbkatalogen och i Excel-arbetsböckerna bara om personen har gett sitt tillstånd. Utan tillstånd visar katalogen föreningens egen e-post och telefon.</translation>
    </message>
    <message>
        <source>I asked the person for permission to publish their contact details</source>
        <translation>Jag frågade personen om tillstånd att publicera hens kontaktuppgifter</translation>
    </message>
    <message>
        <source>Your name (who recorded the permission):</source>
        <translation>Ditt namn (den som antecknar tillståndet):</translation>
    </message>
    <message>
        <source>Record the permission</source>
        <translation>Anteckna tillståndet</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes, {date} ({recorded_by})</source>
        <translation>Ja, {date} ({recorded_by})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>I ordning</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Add a contact person</source>
        <translation>Lägg till en kontaktperson</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Ta bort den valda personen</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>A contact person is shown in the public web catalogue only if they have agreed (May be published). Otherwise the organisation&apos;s own e-mail and phone are shown.</source>
        <translation>En kontaktperson visas i den offentliga webbkatalogen bara om hen har gett sitt tillstånd (Får publiceras). Annars visas föreningens egen e-post och telefon.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
</context>
<context>
    <name>CoordinatorTexts</name>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Väntar på bekräftelse</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>Ersatt av en nyare nyckel</translation>
    </message>
    <message>
        <source>New key vouched for by the trusted one</source>
        <translation>Ny nyckel som den betrodda nyckeln har gått i god för</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Inte känd ännu</translation>
    </message>
    <message>
        <source>seen in a package</source>
        <translation>sedd i ett paket</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>betrodd vid första användning</translation>
    </message>
    <message>
        <source>confirmed by the coordinator</source>
        <translation>bekräftad av koordinatorn</translation>
    </message>
    <message>
        <source>key rotation signed by the previous key</source>
        <translation>nyckelbyte signerat av den tidigare nyckeln</translation>
    </message>
    <message>
        <source>Possible key compromise: two different packages with one number</source>
        <translation>Nyckeln kan vara röjd: två olika paket med samma nummer</translation>
    </message>
    <message>
        <source>A new key that the trusted key did not vouch for</source>
        <translation>En ny nyckel som den betrodda nyckeln inte har gått i god för</translation>
    </message>
    <message>
        <source>Another organisation uses the same business ID</source>
        <translation>En annan organisation använder samma FO-nummer</translation>
    </message>
    <message>
        <source>The name looks like another organisation&apos;s name</source>
        <translation>Namnet liknar en annan förenings namn</translation>
    </message>
    <message>
        <source>Signed with the key of another organisation</source>
        <translation>Signerat med en annan förenings nyckel</translation>
    </message>
    <message>
        <source>Due for removal: key revoked or nothing sent within the retention time</source>
        <translation>Ska tas bort: nyckeln återkallad eller inget skickat inom lagringstiden</translation>
    </message>
    <message>
        <source>Same business ID ({detail}) as {other}, already in the catalogue.</source>
        <translation>Samma FO-nummer ({detail}) som {other}, som redan finns i katalogen.</translation>
    </message>
    <message>
        <source>Same name as {other}, already in the catalogue.</source>
        <translation>Samma namn som {other}, som redan finns i katalogen.</translation>
    </message>
    <message>
        <source>The name looks exactly like {other}, already in the catalogue, but is written with other characters (for example a Cyrillic letter in place of a Latin one).</source>
        <translation>Namnet ser precis ut som {other}, som redan finns i katalogen, men är skrivet med andra tecken (till exempel en kyrillisk bokstav i stället för en latinsk).</translation>
    </message>
    <message>
        <source>The name is almost the same as {other}, already in the catalogue.</source>
        <translation>Namnet är nästan detsamma som {other}, som redan finns i katalogen.</translation>
    </message>
    <message>
        <source>Signed with the key of {other}: that key belongs to another organisation.</source>
        <translation>Signerat med nyckeln för {other}: nyckeln hör till en annan förening.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paket importerat</translation>
    </message>
    <message>
        <source>Package waiting for trust</source>
        <translation>Paket väntar på förtroende</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paket avvisat</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>Nyckel betrodd</translation>
    </message>
    <message>
        <source>Trust revoked</source>
        <translation>Förtroende återkallat</translation>
    </message>
    <message>
        <source>Record hidden</source>
        <translation>Uppgift dold</translation>
    </message>
    <message>
        <source>Record shown again</source>
        <translation>Uppgift visas igen</translation>
    </message>
    <message>
        <source>Web catalogue published</source>
        <translation>Webbkatalogen publicerad</translation>
    </message>
    <message>
        <source>Excel workbooks made</source>
        <translation>Excel-arbetsböcker skapade</translation>
    </message>
    <message>
        <source>Open data made</source>
        <translation>Öppna data skapade</translation>
    </message>
    <message>
        <source>Receipt made</source>
        <translation>Kvitto gjort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coachningsmiljö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>CoordinatorValues</name>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Permission to publish: given {date}, recorded by {person}</source>
        <translation>Tillstånd att publicera: givet {date}, antecknat av {person}</translation>
    </message>
    <message>
        <source>Permission to publish: not given</source>
        <translation>Tillstånd att publicera: inte givet</translation>
    </message>
    <message>
        <source>Photo {number}: may be published, confirmed {date}</source>
        <translation>Bild {number}: får publiceras, bekräftat {date}</translation>
    </message>
    <message>
        <source>Photo {number}: not confirmed, not published</source>
        <translation>Bild {number}: inte bekräftad, publiceras inte</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Kuhina – regional catalogue ({folder})</source>
        <translation>Kuhina – regional katalog ({folder})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Add packages to the inbox…</source>
        <translation>&amp;Lägg till paket i inkorgen…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Öppna en annan arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Sök i katalogen</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>&amp;Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;Om Kuhina</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>The catalogue was updated: {added} records added, {changed} changed, {removed} removed.</source>
        <translation>Katalogen uppdaterades: {added} uppgifter tillagda, {changed} ändrade, {removed} borttagna.</translation>
    </message>
    <message>
        <source>Done: {what}.</source>
        <translation>Klart: {what}.</translation>
    </message>
    <message>
        <source>The audit log was saved to {path}.</source>
        <translation>Händelseloggen sparades i {path}.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Välj arbetsytans mapp</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>(no log file)</source>
        <translation>(ingen loggfil)</translation>
    </message>
    <message>
        <source>Kuhina ran into an unexpected error. Your saved work is safe: every change is saved when you leave a field.

The details were written to the log file:
{path}

If this happens again, please send that file to the Kuhina coordinator.</source>
        <translation>Kuhina råkade ut för ett oväntat fel. Ditt sparade arbete är i säkerhet: varje ändring sparas när du lämnar ett fält.

Detaljerna skrevs i loggfilen:
{path}

Om det här händer igen, skicka filen till Kuhinas koordinator.</translation>
    </message>
    <message>
        <source>Kuhina: unexpected error</source>
        <translation>Kuhina: oväntat fel</translation>
    </message>
    <message>
        <source>Copy the log file&apos;s path</source>
        <translation>Kopiera loggfilens sökväg</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Din förening</translation>
    </message>
    <message>
        <source>You can change and add everything later.</source>
        <translation>Du kan ändra och lägga till allt senare.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Föreningens namn</translation>
    </message>
    <message>
        <source>Name of the ass&amp;ociation:</source>
        <translation>Föreningens n&amp;amn:</translation>
    </message>
    <message>
        <source>Business &amp;ID (optional):</source>
        <translation>&amp;FO-nummer (frivilligt):</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>&amp;Saved in the folder:</source>
        <translation>&amp;Sparas i mappen:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbetsytans mapp</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Välj arbetsytans mapp</translation>
    </message>
    <message>
        <source>A passphrase protects the key that signs your packages, in case someone else uses this computer. It is optional; if you set one, you type it every time you send a package. Do not forget it.</source>
        <translation>En lösenfras skyddar nyckeln som signerar dina paket, om någon annan använder den här datorn. Den är frivillig. Om du anger en skriver du den varje gång du skickar ett paket. Glöm den inte.</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Var arbetsytan sparas</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>EnvironmentForm</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Give the map position as coordinates (optional; the address is enough)</source>
        <translation>Ange kartpositionen som koordinater (frivilligt; adressen räcker)</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>Ny coachningsmiljö</translation>
    </message>
</context>
<context>
    <name>EnvironmentsPage</name>
    <message>
        <source>Coaching environments</source>
        <translation>Coachningsmiljöer</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>Ny coachningsmiljö</translation>
    </message>
    <message>
        <source>Add a place where job seekers practise work.</source>
        <translation>Lägg till en plats där arbetssökande övar på arbete.</translation>
    </message>
    <message>
        <source>No coaching environments yet. A coaching environment is a place where a job seeker practises work: a thrift shop, a café, a workshop or an office. Press “New coaching environment” to add one.</source>
        <translation>Inga coachningsmiljöer ännu. En coachningsmiljö är en plats där en arbetssökande övar på arbete: en loppis, ett kafé, en verkstad eller ett kontor. Tryck på ”Ny coachningsmiljö” för att lägga till en.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn ännu)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Radera en persons uppgifter</translation>
    </message>
    <message>
        <source>A contact person can ask to have their details erased. Find them by e-mail address, phone number or name. Nothing changes until you confirm.</source>
        <translation>En kontaktperson kan begära att hens uppgifter raderas. Sök hen med e-postadress, telefonnummer eller namn. Ingenting ändras förrän du bekräftar.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Find by:</source>
        <translation>Sök &amp;på:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>Matching contact people</source>
        <translation>Hittade kontaktpersoner</translation>
    </message>
    <message>
        <source>Erase {names} from the catalogue? Their name, e-mail address and phone number are removed and replaced by a token in the audit log. This cannot be undone.</source>
        <translation>Radera {names} ur katalogen? Namn, e-postadress och telefonnummer tas bort och ersätts med en kod i händelseloggen. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>This organisation is not due for removal: its key is trusted and it has sent a package within the retention time.</source>
        <translation>Den här föreningen är inte märkt för borttagning: dess nyckel är betrodd och den har skickat ett paket inom lagringstiden.</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records</source>
        <translation>Ta bort föreningens uppgifter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Ett oväntat fel inträffade.</translation>
    </message>
    <message>
        <source>Kuhina</source>
        <translation>Kuhina</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Street and number, e.g. Koulukatu 5 B.</source>
        <translation>Gata och nummer, till exempel Skolgatan 5 B.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Five digits, e.g. 80100.</source>
        <translation>Fem siffror, till exempel 80100.</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>The town of the postal address.</source>
        <translation>Orten i postadressen.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>The municipality the address is in.</source>
        <translation>Kommunen där adressen finns.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Föreningens namn</translation>
    </message>
    <message>
        <source>The official name, as job seekers should see it.</source>
        <translation>Det officiella namnet, så som arbetssökande ska se det.</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>The Y-tunnus, e.g. 1234567-8. Leave empty if the association has none.</source>
        <translation>FO-numret, till exempel 1234567-8. Lämna tomt om föreningen inte har något.</translation>
    </message>
    <message>
        <source>About the association</source>
        <translation>Om föreningen</translation>
    </message>
    <message>
        <source>A few plain sentences: what the association does and for whom.</source>
        <translation>Några enkla meningar: vad föreningen gör och för vem.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>The address beginning with https://</source>
        <translation>Adressen som börjar med https://</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>A general address that someone reads, e.g. info@association.fi.</source>
        <translation>En allmän adress som någon läser, till exempel info@forening.fi.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>A number job seekers can call, e.g. 040 123 4567.</source>
        <translation>Ett nummer som arbetssökande kan ringa, till exempel 040 123 4567.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture. It is resized and its hidden camera and location data removed.</source>
        <translation>En PNG- eller JPEG-bild. Storleken anpassas och dolda kamera- och platsuppgifter tas bort.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>People job seekers or coaches can contact. Each needs a name and an e-mail address or phone number.</source>
        <translation>Personer som arbetssökande eller coacher kan kontakta. Var och en behöver ett namn och en e-postadress eller ett telefonnummer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>The contact person&apos;s name.</source>
        <translation>Kontaktpersonens namn.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E.g. work coach or volunteer coordinator.</source>
        <translation>Till exempel jobbcoach eller frivilligkoordinator.</translation>
    </message>
    <message>
        <source>The contact person&apos;s e-mail address.</source>
        <translation>Kontaktpersonens e-postadress.</translation>
    </message>
    <message>
        <source>The contact person&apos;s phone number.</source>
        <translation>Kontaktpersonens telefonnummer.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Platsens namn</translation>
    </message>
    <message>
        <source>E.g. Recycling centre Kierrätyskeskus or Café Kulma.</source>
        <translation>Till exempel Återvinningscentralen eller Café Kulma.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>What the place is like and what work is done there.</source>
        <translation>Hurdan platsen är och vilket arbete som görs där.</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Tick every kind of work a job seeker can practise here.</source>
        <translation>Markera alla slags arbeten som en arbetssökande kan öva på här.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 62.6010 (north).</source>
        <translation>Frivilligt. För en karta, till exempel 62.6010 (nord).</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 29.7636 (east).</source>
        <translation>Frivilligt. För en karta, till exempel 29.7636 (ost).</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Tick what is true of the place. This helps people with partial work ability choose.</source>
        <translation>Markera det som stämmer om platsen. Det hjälper personer med partiell arbetsförmåga att välja.</translation>
    </message>
    <message>
        <source>Languages used at work</source>
        <translation>Språk på arbetsplatsen</translation>
    </message>
    <message>
        <source>The languages spoken at the workplace.</source>
        <translation>Språken som talas på arbetsplatsen.</translation>
    </message>
    <message>
        <source>Coaching and supervision</source>
        <translation>Coachning och handledning</translation>
    </message>
    <message>
        <source>Who guides the job seeker and how, e.g. a work coach is present every day.</source>
        <translation>Vem som handleder den arbetssökande och hur, till exempel att en jobbcoach finns på plats varje dag.</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Platser åt gången</translation>
    </message>
    <message>
        <source>How many job seekers can practise here at the same time.</source>
        <translation>Hur många arbetssökande som kan öva här samtidigt.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>When the place is open. Tick the days and set the times.</source>
        <translation>När platsen är öppen. Markera dagarna och ställ in tiderna.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Pictures of the place. Do not show people who have not agreed to it.</source>
        <translation>Bilder av platsen. Visa inte personer som inte har gått med på det.</translation>
    </message>
    <message>
        <source>What the photos show</source>
        <translation>Vad bilderna visar</translation>
    </message>
    <message>
        <source>For each photo a sentence, e.g. “The sorting table in the back room of the thrift shop”. A blind visitor of the web catalogue hears it instead of seeing the photo. Under it, tick the box once the people in the photo have agreed to its publication, or if no person can be recognised in it: only such photos are published.</source>
        <translation>En mening för varje bild, t.ex. ”Sorteringsbordet i loppisens bakre rum”. En synskadad besökare i webbkatalogen hör den i stället för att se bilden. Kryssa i rutan under den när personerna på bilden har gett sitt tillstånd till att den publiceras, eller om ingen person går att känna igen på den: bara sådana bilder publiceras.</translation>
    </message>
    <message>
        <source>Permission to publish the photos</source>
        <translation>Tillstånd att publicera bilderna</translation>
    </message>
    <message>
        <source>For each photo, the day the association confirmed that the people in it have agreed to its publication, or that no person can be recognised in it. A photo without it is not published.</source>
        <translation>För varje bild den dag föreningen bekräftade att personerna på bilden har gett sitt tillstånd till att den publiceras, eller att ingen person går att känna igen på den. En bild utan bekräftelse publiceras inte.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>A short, plain name, e.g. Work trial in a recycling centre.</source>
        <translation>Ett kort och tydligt namn, till exempel Arbetsprövning på en återvinningscentral.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What kind of opportunity this is.</source>
        <translation>Vilken typ av möjlighet det här är.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only published opportunities are sent to the coordinator. Drafts stay here.</source>
        <translation>Endast publicerade möjligheter skickas till koordinatorn. Utkast stannar här.</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coachningsmiljö</translation>
    </message>
    <message>
        <source>Where the work is done. Career coaching may have no place.</source>
        <translation>Var arbetet utförs. Karriärcoachning kan sakna plats.</translation>
    </message>
    <message>
        <source>What the job seeker does, in plain language.</source>
        <translation>Vad den arbetssökande gör, på ett enkelt språk.</translation>
    </message>
    <message>
        <source>What one learns</source>
        <translation>Vad man lär sig</translation>
    </message>
    <message>
        <source>Skills and experience the job seeker gains.</source>
        <translation>Färdigheter och erfarenheter som den arbetssökande får.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>What is needed, e.g. able to lift 10 kg. Leave empty if nothing.</source>
        <translation>Vad som behövs, till exempel att kunna lyfta 10 kg. Lämna tomt om inget behövs.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>För vem</translation>
    </message>
    <message>
        <source>Tick the groups of job seekers this is meant for.</source>
        <translation>Markera de grupper av arbetssökande som det här är avsett för.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Where job seekers can take part. Tick at least one.</source>
        <translation>Var arbetssökande kan delta. Markera minst en.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The languages this can be done in.</source>
        <translation>Språken som det här kan göras på.</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>How many can start now. Leave as not given if you do not know.</source>
        <translation>Hur många som kan börja nu. Lämna som ”inte angivet” om du inte vet.</translation>
    </message>
    <message>
        <source>Free places checked on</source>
        <translation>Lediga platser kontrollerade</translation>
    </message>
    <message>
        <source>The day the number of free places was last checked.</source>
        <translation>Dagen då antalet lediga platser senast kontrollerades.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Leave without a date if one can start at any time.</source>
        <translation>Lämna utan datum om man kan börja när som helst.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Leave without a date if it continues.</source>
        <translation>Lämna utan datum om det fortsätter.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>The usual weekly hours, e.g. from 12 to 25.</source>
        <translation>Det vanliga antalet timmar i veckan, till exempel 12–25.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>E.g. 3–6 months.</source>
        <translation>Till exempel 3–6 månader.</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Remiss behövs</translation>
    </message>
    <message>
        <source>Tick if the job seeker needs a referral from employment services.</source>
        <translation>Markera om den arbetssökande behöver en remiss från sysselsättningstjänsterna.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Hur man söker</translation>
    </message>
    <message>
        <source>What the job seeker should do first, e.g. call the work coach.</source>
        <translation>Vad den arbetssökande ska göra först, till exempel ringa jobbcoachen.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Who answers questions. Add people on the organisation page.</source>
        <translation>Vem som svarar på frågor. Lägg till personer på sidan Föreningen.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Leave empty when it is free for the job seeker.</source>
        <translation>Lämna tomt när det är gratis för den arbetssökande.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senast granskad</translation>
    </message>
    <message>
        <source>Check each opportunity at least every six months.</source>
        <translation>Granska varje möjlighet minst var sjätte månad.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Med problem</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerade</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Bör granskas</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Kuhina: first start</source>
        <translation>Kuhina: första start</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Välj arbetsytans mapp</translation>
    </message>
    <message>
        <source>Making the demo…</source>
        <translation>Demodata skapas…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Kuhina user guide</source>
        <translation>Bruksanvisning för Kuhina</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Bruksanvisning</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sent packages</source>
        <translation>Skickade paket</translation>
    </message>
    <message>
        <source>Every package made on this computer. Each one holds everything published at the time, so an old or lost package does no harm: the coordinator always keeps the newest.</source>
        <translation>Alla paket som gjorts på den här datorn. Varje paket innehåller allt som var publicerat då, så ett gammalt eller förlorat paket gör ingen skada: koordinatorn behåller alltid det nyaste.</translation>
    </message>
    <message>
        <source>Open the file&apos;s folder</source>
        <translation>Öppna filens mapp</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Skicka till koordinatorn…</translation>
    </message>
    <message>
        <source>Packages made</source>
        <translation>Gjorda paket</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Hours per week, at least</source>
        <translation>Timmar per vecka, minst</translation>
    </message>
    <message>
        <source>Hours per week, at most</source>
        <translation>Timmar per vecka, högst</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Lägg till bild…</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>You can also drag pictures here from your files.</source>
        <translation>Du kan också dra bilder hit från dina filer.</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 av %2</translation>
    </message>
    <message>
        <source>(missing picture)</source>
        <translation>(bilden saknas)</translation>
    </message>
    <message>
        <source>Choose pictures</source>
        <translation>Välj bilder</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Filen kan inte läsas: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) applied</source>
        <translation>
            <numerusform>Importerat: %n ändring gjord</numerusform>
            <numerusform>Importerat: %n ändringar gjorda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation>Redan importerat: inget ändrades</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the organisation&apos;s key</source>
        <translation>Väntar på att du bekräftar organisationens nyckel</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Avvisat: {reason}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrolleras…</translation>
    </message>
    <message>
        <source>Already imported: nothing to do</source>
        <translation>Redan importerat: inget att göra</translation>
    </message>
    <message>
        <source>Valid signature, but it resembles {other}, already in the catalogue: check before you trust the key</source>
        <translation>Giltig signatur, men paketet liknar {other}, som redan finns i katalogen: kontrollera innan du litar på nyckeln</translation>
    </message>
    <message>
        <source>Valid signature, but with a new key: confirm the key by phone first</source>
        <translation>Giltig signatur men med en ny nyckel: bekräfta nyckeln per telefon först</translation>
    </message>
    <message>
        <source>Valid, from a new organisation: confirm its key by phone first</source>
        <translation>Giltigt, från en ny organisation: bekräfta dess nyckel per telefon först</translation>
    </message>
    <message>
        <source>Valid, signed with a new key that the previous key vouched for</source>
        <translation>Giltigt, signerat med en ny nyckel som den tidigare nyckeln har gått i god för</translation>
    </message>
    <message>
        <source>Valid: ready to review</source>
        <translation>Giltigt: klart att granskas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paket nr</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Anlände</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Packages from the associations arrive here. Drag .kuhina files onto this list or choose &quot;Add packages&quot;. Each one is checked: its signature, its contents and what it would change in the catalogue. Nothing changes until you import it.</source>
        <translation>Paketen från föreningarna kommer hit. Dra .kuhina-filer till listan eller välj ”Lägg till paket”. Varje paket kontrolleras: signaturen, innehållet och vad det skulle ändra i katalogen. Ingenting ändras förrän du importerar det.</translation>
    </message>
    <message>
        <source>Packages in the inbox</source>
        <translation>Paket i inkorgen</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Lägg till paket…</translation>
    </message>
    <message>
        <source>Open .kuhina files (Ctrl+O)</source>
        <translation>Öppna .kuhina-filer (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Bekräfta nyckel…</translation>
    </message>
    <message>
        <source>&amp;Review and import…</source>
        <translation>&amp;Granska och importera…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Lägg till paket</translation>
    </message>
    <message>
        <source>Kuhina packages (*.kuhina);;All files (*)</source>
        <translation>Kuhina-paket (*.kuhina);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking packages</source>
        <translation>Paketen kontrolleras</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerat</translation>
    </message>
    <message>
        <source>{count} packages: {ready} ready to review, {waiting} waiting for a key to be confirmed.</source>
        <translation>{count} paket: {ready} klara att granskas, {waiting} väntar på att en nyckel bekräftas.</translation>
    </message>
    <message>
        <source>Trusting the key</source>
        <translation>Nyckeln betros</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Spara säkerhetskopian</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup)</source>
        <translation>Kuhinas säkerhetskopior (*.kuhinabackup)</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Välj säkerhetskopian</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup);;All files (*)</source>
        <translation>Kuhinas säkerhetskopior (*.kuhinabackup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The passphrase protects the signing key on this computer. You need it every time you make a package. Leave the new one empty to use no passphrase.</source>
        <translation>Lösenfrasen skyddar signeringsnyckeln på den här datorn. Du behöver den varje gång du gör ett paket. Lämna den nya tom om du inte vill använda någon lösenfras.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Lösenfrasen byts…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen byttes.</translation>
    </message>
    <message>
        <source>Make a new signing key</source>
        <translation>Gör en ny signeringsnyckel</translation>
    </message>
    <message>
        <source>Make a new key if you think someone else may have got a copy of this computer&apos;s files. The old key signs the new one, so the coordinator accepts your next package without phoning. Continue?</source>
        <translation>Gör en ny nyckel om du misstänker att någon annan kan ha fått en kopia av den här datorns filer. Den gamla nyckeln signerar den nya, så koordinatorn godkänner ditt nästa paket utan att ringa. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>Give the current passphrase (if there is one) and a passphrase for the new key (or leave it empty).</source>
        <translation>Ange den nuvarande lösenfrasen (om det finns en) och en lösenfras för den nya nyckeln (eller lämna den tom).</translation>
    </message>
    <message>
        <source>Making a new key…</source>
        <translation>En ny nyckel skapas…</translation>
    </message>
    <message>
        <source>A new signing key was made. Its fingerprint is %1.</source>
        <translation>En ny signeringsnyckel skapades. Dess fingeravtryck är %1.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Gör en säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup holds everything, including the signing key, so it is locked with a passphrase. Choose one and write it down somewhere safe: without it the backup cannot be opened.</source>
        <translation>Säkerhetskopian innehåller allt, också signeringsnyckeln, så den låses med en lösenfras. Välj en och skriv ner den på ett säkert ställe: utan den kan säkerhetskopian inte öppnas.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Säkerhetskopian görs…</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>Säkerhetskopian sparades: %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>Lösenfrasen som säkerhetskopian gjordes med:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
</context>
<context>
    <name>KeyInfo</name>
    <message>
        <source>Your packages are signed with this program&apos;s key, so the coordinator can be sure they really come from your association and nobody changed them on the way. When your first package arrives, the coordinator may phone you and ask you to read this code aloud. Nobody needs it for anything else, and it is not a password: it is safe to read out.</source>
        <translation>Dina paket signeras med det här programmets nyckel, så att koordinatorn kan vara säker på att de verkligen kommer från din förening och att ingen har ändrat dem på vägen. När ditt första paket kommer fram kan koordinatorn ringa dig och be dig läsa upp den här koden. Ingen behöver den till något annat, och den är inget lösenord: det är tryggt att läsa upp den.</translation>
    </message>
    <message>
        <source>Code to read aloud (only digits):</source>
        <translation>Kod att läsa upp (bara siffror):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Nyckelns kod att läsa upp</translation>
    </message>
    <message>
        <source>The same key as ssh-keygen shows it:</source>
        <translation>Samma nyckel så som ssh-keygen visar den:</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Kopiera nyckelns fingeravtryck</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key is ready</source>
        <translation>Din signeringsnyckel är klar</translation>
    </message>
    <message>
        <source>You can see this code later on the Organisation page.</source>
        <translation>Du ser den här koden senare på sidan Föreningen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kuhina – %1</source>
        <translation>Kuhina – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbetsytan öppnas…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Send to coordinator…</source>
        <translation>&amp;Skicka till koordinatorn…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Öppna en annan arbetsyta…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Gör en sä&amp;kerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Å&amp;terställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>Ny &amp;möjlighet</translation>
    </message>
    <message>
        <source>New coaching &amp;environment</source>
        <translation>Ny &amp;coachningsmiljö</translation>
    </message>
    <message>
        <source>&amp;Duplicate the opportunity</source>
        <translation>&amp;Duplicera möjligheten</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Sök i listan</translation>
    </message>
    <message>
        <source>&amp;Preview the opportunity</source>
        <translation>&amp;Förhandsgranska möjligheten</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>&amp;Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;Om Kuhina</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Föreningen</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Coachningsmiljöer</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Möjligheter</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Redo att skicka</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Sent packages</source>
        <translation>Skickade paket</translation>
    </message>
    <message>
        <source>Package no. %1 was saved to %2.</source>
        <translation>Paket nr %1 sparades: %2.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Välj arbetsytans mapp</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringar inte sparade</translation>
    </message>
    <message>
        <source>Some changes could not be saved (the reason was shown). If you close now, they are lost. Close anyway?</source>
        <translation>Vissa ändringar kunde inte sparas (orsaken visades). Om du stänger nu går de förlorade. Stäng ändå?</translation>
    </message>
</context>
<context>
    <name>MunicipalityEditor</name>
    <message>
        <source>Whole region (all municipalities)</source>
        <translation>Hela regionen (alla kommuner)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>&amp;Current passphrase (leave empty if there is none):</source>
        <translation>&amp;Nuvarande lösenfras (lämna tom om det inte finns någon):</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Använd minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Second period (optional)</source>
        <translation>Andra perioden (frivillig)</translation>
    </message>
    <message>
        <source>Same for every weekday: copy Monday to Tuesday–Friday</source>
        <translation>Samma varje vardag: kopiera måndag till tisdag–fredag</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Öppet: %1</translation>
    </message>
    <message>
        <source>Second period on %1</source>
        <translation>Andra perioden: %1</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, öppnar kl.</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, stänger kl.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>New opportunity</source>
        <translation>Ny möjlighet</translation>
    </message>
    <message>
        <source>Add a work trial, coaching or other opportunity.</source>
        <translation>Lägg till en arbetsprövning, coachning eller någon annan möjlighet.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Make a copy of the chosen opportunity to start a similar one (Ctrl+D).</source>
        <translation>Gör en kopia av den valda möjligheten som grund för en liknande (Ctrl+D).</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Byt status</translation>
    </message>
    <message>
        <source>Set the status of every selected row at once.</source>
        <translation>Ange status för alla valda rader på en gång.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>How the chosen opportunity will look in the published catalogue (Ctrl+P).</source>
        <translation>Hur den valda möjligheten ser ut i den publicerade katalogen (Ctrl+P).</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Möjligheter</translation>
    </message>
    <message>
        <source>No opportunities yet. An opportunity is something a job seeker can do with you: a work trial, rehabilitative work, coaching, volunteering... Press “New opportunity” to add one.</source>
        <translation>Inga möjligheter ännu. En möjlighet är något som en arbetssökande kan göra hos er: arbetsprövning, arbetsverksamhet i rehabiliteringssyfte, coachning, frivilligarbete… Tryck på ”Ny möjlighet” för att lägga till en.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn ännu)</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopia)</translation>
    </message>
    <message>
        <source>A copy was made as a draft. Change what differs and publish it.</source>
        <translation>En kopia gjordes som utkast. Ändra det som skiljer sig och publicera den.</translation>
    </message>
    <message numerus="yes">
        <source>Status set to “%1” for %n row(s).</source>
        <translation>
            <numerusform>Status ”%1” angavs för %n rad.</numerusform>
            <numerusform>Status ”%1” angavs för %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still have problems and cannot be sent until they are fixed.</source>
        <translation>
            <numerusform>%n av dem har fortfarande problem och kan inte skickas förrän de är rättade.</numerusform>
            <numerusform>%n av dem har fortfarande problem och kan inte skickas förrän de är rättade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>No start date (one can start any time)</source>
        <translation>Inget startdatum (man kan börja när som helst)</translation>
    </message>
    <message>
        <source>No end date (continues)</source>
        <translation>Inget slutdatum (fortsätter)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (används inte längre)</translation>
    </message>
    <message>
        <source>— no place (e.g. career coaching) —</source>
        <translation>— ingen plats (t.ex. karriärcoachning) —</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation>— ingen vald —</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Ny möjlighet</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Your organisation</source>
        <translation>Din förening</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>none imported</source>
        <translation>inget importerat</translation>
    </message>
    <message>
        <source>no. {sequence}, {date}</source>
        <translation>nr {sequence}, {date}</translation>
    </message>
    <message>
        <source>{published} published of {total}</source>
        <translation>{published} av {total} publicerade</translation>
    </message>
    <message>
        <source>Yes: no package for 6 months</source>
        <translation>Ja: inget paket på 6 månader</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Key history of the chosen organisation</source>
        <translation>Nyckelhistoriken för den valda organisationen</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Bekräfta nyckel…</translation>
    </message>
    <message>
        <source>Re&amp;voke trust…</source>
        <translation>Åter&amp;kalla förtroende…</translation>
    </message>
    <message>
        <source>Hi&amp;de organisation…</source>
        <translation>&amp;Dölj organisation…</translation>
    </message>
    <message>
        <source>&amp;Show organisation again</source>
        <translation>&amp;Visa organisationen igen</translation>
    </message>
    <message>
        <source>Save allowed_signers file…</source>
        <translation>Spara allowed_signers-filen…</translation>
    </message>
    <message>
        <source>&amp;Erase a person…</source>
        <translation>&amp;Radera person…</translation>
    </message>
    <message>
        <source>Erase a contact person&apos;s details at their request, from every organisation</source>
        <translation>Radera en kontaktpersons uppgifter på hens begäran, ur alla föreningar</translation>
    </message>
    <message>
        <source>Re&amp;move records…</source>
        <translation>Ta bort &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records and erase its contact people: for an organisation whose key is revoked or that has sent nothing for a long time</source>
        <translation>Ta bort föreningens uppgifter och radera dess kontaktpersoner: för en förening vars nyckel är återkallad eller som inte skickat något på länge</translation>
    </message>
    <message>
        <source>The trusted keys in OpenSSH&apos;s format, for checking packages with ssh-keygen -Y verify</source>
        <translation>De betrodda nycklarna i OpenSSH-format, för att kontrollera paket med ssh-keygen -Y verify</translation>
    </message>
    <message>
        <source>{count} organisations: {waiting} waiting for key confirmation, {stale} stale.</source>
        <translation>{count} organisationer: {waiting} väntar på bekräftelse av nyckeln, {stale} inaktuella.</translation>
    </message>
    <message>
        <source>Choose an organisation to see its keys.</source>
        <translation>Välj en organisation för att se dess nycklar.</translation>
    </message>
    <message>
        <source>Key history of {name}</source>
        <translation>Nyckelhistorik för {name}</translation>
    </message>
    <message>
        <source>key {fingerprint} seen, waiting for confirmation</source>
        <translation>nyckeln {fingerprint} sedd, väntar på bekräftelse</translation>
    </message>
    <message>
        <source>key {fingerprint} confirmed</source>
        <translation>nyckeln {fingerprint} bekräftad</translation>
    </message>
    <message>
        <source>trust revoked</source>
        <translation>förtroendet återkallat</translation>
    </message>
    <message>
        <source>key rotated to {fingerprint}, signed by the previous key</source>
        <translation>nyckeln bytt till {fingerprint}, signerat av den tidigare nyckeln</translation>
    </message>
    <message>
        <source>key {fingerprint} trusted on first use</source>
        <translation>nyckeln {fingerprint} betrodd vid första användning</translation>
    </message>
    <message>
        <source>package refused: {reason}</source>
        <translation>paketet avvisat: {reason}</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Återkalla förtroende</translation>
    </message>
    <message>
        <source>Revoke trust in {name}? Its packages will be refused from now on, whichever key signed them. Its records stay in the catalogue until you hide them.</source>
        <translation>Återkalla förtroendet för {name}? Dess paket avvisas från och med nu, vilken nyckel som än har signerat dem. Dess uppgifter stannar i katalogen tills du döljer dem.</translation>
    </message>
    <message>
        <source>Hide organisation</source>
        <translation>Dölj organisation</translation>
    </message>
    <message>
        <source>Why do you hide {name}? All its opportunities stay out of every output until you show it again.</source>
        <translation>Varför döljer du {name}? Alla dess möjligheter hålls utanför alla publiceringar tills du visar den igen.</translation>
    </message>
    <message>
        <source>Save allowed_signers file</source>
        <translation>Spara allowed_signers-filen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>OutputSection</name>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Målmapp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Välj målmappen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Excel workbooks for the municipalities</source>
        <translation>Excel-arbetsböcker för kommunerna</translation>
    </message>
    <message>
        <source>One workbook per municipality with the opportunities on offer there. With all municipalities, also a regional workbook with a sheet per municipality and a summary. Hidden records and opportunities that are not published are left out.</source>
        <translation>En arbetsbok per kommun med möjligheterna som erbjuds där. Med alla kommuner också en regional arbetsbok med ett blad per kommun och en sammanfattning. Dolda uppgifter och opublicerade möjligheter lämnas bort.</translation>
    </message>
    <message>
        <source>&amp;All municipalities and the regional workbook</source>
        <translation>&amp;Alla kommuner och den regionala arbetsboken</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Only &amp;these municipalities:</source>
        <translation>&amp;Endast dessa kommuner:</translation>
    </message>
    <message>
        <source>Language of the &amp;workbooks:</source>
        <translation>Arbets&amp;böckernas språk:</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>Arbetsböckernas språk</translation>
    </message>
    <message>
        <source>Make &amp;Excel workbooks</source>
        <translation>Skapa &amp;Excel-arbetsböcker</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Öppna data</translation>
    </message>
    <message>
        <source>The catalogue as open data: HSDS 3.0 JSON, the catalogue&apos;s own JSON in all languages, and CSV tables.</source>
        <translation>Katalogen som öppna data: HSDS 3.0-JSON, katalogens egen JSON på alla språk och CSV-tabeller.</translation>
    </message>
    <message>
        <source>Make &amp;open data</source>
        <translation>Skapa ö&amp;ppna data</translation>
    </message>
    <message>
        <source>Web catalogue</source>
        <translation>Webbkatalog</translation>
    </message>
    <message>
        <source>A static web catalogue in Finnish, Swedish and English, with a page per municipality. Copy the folder to any web server, or open index.html from disk. An earlier catalogue in the folder is replaced.</source>
        <translation>En statisk webbkatalog på finska, svenska och engelska, med en sida per kommun. Kopiera mappen till vilken webbserver som helst eller öppna index.html direkt från disken. En tidigare katalog i mappen ersätts.</translation>
    </message>
    <message>
        <source>&amp;Publish the web catalogue</source>
        <translation>P&amp;ublicera webbkatalogen</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>Webb&amp;adress:</translation>
    </message>
    <message>
        <source>The address the web catalogue is published at</source>
        <translation>Adressen där webbkatalogen publiceras</translation>
    </message>
    <message>
        <source>With an address the catalogue gets canonical links, a sitemap for search engines and link previews. Leave empty if it is not yet known.</source>
        <translation>Med en adress får katalogen kanoniska länkar, en webbplatskarta för sökmotorer och förhandsvisningar av länkar. Lämna tomt om adressen inte är känd ännu.</translation>
    </message>
    <message>
        <source>Accessibility &amp;feedback e-mail:</source>
        <translation>E-post för &amp;respons om tillgänglighet:</translation>
    </message>
    <message>
        <source>E-mail address for feedback on the catalogue&apos;s accessibility</source>
        <translation>E-postadress för respons om katalogens tillgänglighet</translation>
    </message>
    <message>
        <source>Privacy &amp;controller:</source>
        <translation>Personuppgiftsansvari&amp;g:</translation>
    </message>
    <message>
        <source>Who is responsible for the catalogue&apos;s personal data (the controller)</source>
        <translation>Vem som ansvarar för katalogens personuppgifter (personuppgiftsansvarig)</translation>
    </message>
    <message>
        <source>e.g. the project&apos;s association</source>
        <translation>t.ex. projektets förening</translation>
    </message>
    <message>
        <source>Named in the web catalogue&apos;s privacy notice, with the e-mail address below. Without them the notice says the controller has not been set.</source>
        <translation>Anges i webbkatalogens dataskyddsbeskrivning tillsammans med e-postadressen nedan. Utan dem står det i beskrivningen att den personuppgiftsansvarige inte har angetts.</translation>
    </message>
    <message>
        <source>Controller&apos;s e-&amp;mail:</source>
        <translation>&amp;Kontakt till den ansvarige (e-post):</translation>
    </message>
    <message>
        <source>E-mail address of the controller, for questions about personal data</source>
        <translation>Den personuppgiftsansvariges e-postadress för frågor om personuppgifter</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Välj minst en kommun.</translation>
    </message>
    <message>
        <source>Making Excel workbooks</source>
        <translation>Excel-arbetsböcker skapas</translation>
    </message>
    <message>
        <source>Making open data</source>
        <translation>Öppna data skapas</translation>
    </message>
    <message>
        <source>Publishing the web catalogue</source>
        <translation>Webbkatalogen publiceras</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Done: written to {folder}.</source>
        <translation>Klart: sparat i {folder}.</translation>
    </message>
    <message>
        <source>The privacy notice names no controller yet: it says the controller has not been set. Fill in the privacy controller and their e-mail, and publish again.</source>
        <translation>Dataskyddsbeskrivningen anger ännu ingen personuppgiftsansvarig: där står att den inte har angetts. Fyll i den personuppgiftsansvarige och e-postadressen och publicera igen.</translation>
    </message>
    <message>
        <source>{count} published opportunities do not say how to apply; the web catalogue shows the association&apos;s contact instead. Ask the association to fill them in:</source>
        <translation>{count} publicerade möjligheter berättar inte hur man söker. Webbkatalogen visar föreningens kontaktuppgifter för dem. Be föreningen komplettera dem:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutet: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Inte gjort: {reason}</translation>
    </message>
    <message>
        <source>Not done: an unexpected error.</source>
        <translation>Inte gjort: ett oväntat fel.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
</context>
<context>
    <name>PhotoConfirmation</name>
    <message>
        <source>The people in this photo have agreed to its publication, or no person can be recognised in it</source>
        <translation>Personerna på bilden har gett sitt tillstånd till att den publiceras, eller så går ingen person att känna igen på bilden</translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation>Bekräftat %1.</translation>
    </message>
    <message>
        <source>Not published: the photo is sent to the coordinator, but the web catalogue does not show it until this is ticked.</source>
        <translation>Publiceras inte: bilden skickas till koordinatorn, men webbkatalogen visar den inte förrän detta är ikryssat.</translation>
    </message>
</context>
<context>
    <name>PhotoDescriptionsEditor</name>
    <message>
        <source>Add a photo first: its description is written here.</source>
        <translation>Lägg först till en bild: dess beskrivning skrivs här.</translation>
    </message>
    <message>
        <source>%1, photo %2</source>
        <translation>%1, bild %2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>Not translated into this language yet: the catalogue shows the Finnish text.</source>
        <translation>Inte översatt till det här språket ännu: katalogen visar den finska texten.</translation>
    </message>
    <message>
        <source>What you learn</source>
        <translation>Vad du lär dig</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>För vem</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Tillgänglighet: %1</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kommuner: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Continuous: you can start at any time.</source>
        <translation>Fortlöpande: du kan börja när som helst.</translation>
    </message>
    <message>
        <source>%1–%2 hours a week</source>
        <translation>%1–%2 timmar i veckan</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timmar i veckan</translation>
    </message>
    <message>
        <source>Free places: %1</source>
        <translation>Lediga platser: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(kontrollerat %1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>You need a referral from employment services.</source>
        <translation>Du behöver en remiss från sysselsättningstjänsterna.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Avgiftsfritt.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Så här söker du</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: how the catalogue will show this</source>
        <translation>Förhandsgranskning: så här visas det i katalogen</translation>
    </message>
    <message>
        <source>Preview of the opportunity</source>
        <translation>Förhandsgranskning av möjligheten</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Visa på:</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeWindow</name>
    <message>
        <source>Kuhina privacy notice</source>
        <translation>Kuhinas dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message numerus="yes">
        <source>Draft: stays on this computer and is not sent. %n thing(s) still missing before it can be published.</source>
        <translation>
            <numerusform>Utkast: stannar på den här datorn och skickas inte. %n sak saknas ännu innan det kan publiceras.</numerusform>
            <numerusform>Utkast: stannar på den här datorn och skickas inte. %n saker saknas ännu innan det kan publiceras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: stays on this computer and is not sent. It is complete:</source>
        <translation>Utkast: stannar på den här datorn och skickas inte. Det är färdigt:</translation>
    </message>
    <message>
        <source>Published: goes into the next package.</source>
        <translation>Publicerad: följer med i nästa paket.</translation>
    </message>
    <message>
        <source>%1: sent, shown as not available now.</source>
        <translation>%1: skickas, visas som inte tillgänglig nu.</translation>
    </message>
    <message>
        <source>Shows what is still missing.</source>
        <translation>Visar vad som ännu saknas.</translation>
    </message>
    <message>
        <source>Publish it: it then goes into the next package.</source>
        <translation>Publicera: då följer det med i nästa paket.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Fields marked * are required. Everything is saved as soon as you leave a field: there is no Save button.</source>
        <translation>Fält märkta med * är obligatoriska. Allt sparas så fort du lämnar ett fält: det finns ingen Spara-knapp.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Move to bin</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Moves the selected rows to the bin (Delete). You can restore them from there.</source>
        <translation>Flyttar de valda raderna till papperskorgen (Delete). Du kan återställa dem därifrån.</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Fler knappar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Type words to search for</source>
        <translation>Skriv ord att söka efter</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Sök i listan</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Visa endast</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected. Choose one row to edit it.</source>
        <translation>
            <numerusform>%n rad vald. Välj en rad för att redigera den.</numerusform>
            <numerusform>%n rader valda. Välj en rad för att redigera den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row from the list, or press New.</source>
        <translation>Välj en rad i listan eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>“%1” was moved to the bin. You can restore it from the Bin page.</source>
        <translation>”%1” flyttades till papperskorgen. Du kan återställa den på sidan Papperskorgen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were moved to the bin. You can restore them from the Bin page.</source>
        <translation>
            <numerusform>%n rad flyttades till papperskorgen. Du kan återställa den på sidan Papperskorgen.</numerusform>
            <numerusform>%n rader flyttades till papperskorgen. Du kan återställa dem på sidan Papperskorgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Record or field</source>
        <translation>Uppgift eller fält</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Now in the catalogue</source>
        <translation>Nu i katalogen</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>I paketet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>{change}, hidden from publication</source>
        <translation>{change}, dold från publicering</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n fält ändrat</numerusform>
            <numerusform>%n fält ändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Hela uppgiften</translation>
    </message>
    <message>
        <source>Rejected too: it needs “{record}”, which is rejected</source>
        <translation>Avvisad också: behöver ”{record}”, som avvisats</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Avvisad: {reason}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>All accepted</source>
        <translation>Alla godkända</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>You have hidden this record. It stays hidden whatever you decide here.</source>
        <translation>Du har dolt den här uppgiften. Den förblir dold vad du än beslutar här.</translation>
    </message>
    <message>
        <source>A new record:</source>
        <translation>En ny uppgift:</translation>
    </message>
    <message>
        <source>The package no longer has this record; accepting removes it from the catalogue:</source>
        <translation>Paketet har inte längre den här uppgiften; om du godkänner tas den bort ur katalogen:</translation>
    </message>
    <message>
        <source>Now in the catalogue:</source>
        <translation>Nu i katalogen:</translation>
    </message>
    <message>
        <source>In the package:</source>
        <translation>I paketet:</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words are underlined.</source>
        <translation>Borttagna ord är överstrukna, nya ord understrukna.</translation>
    </message>
    <message>
        <source>The removal of the place “{dependent}” is rejected too: an opportunity stays there, so the catalogue keeps the place as it is now.</source>
        <translation>Borttagningen av platsen ”{dependent}” avvisas också: en möjlighet blir kvar där, så katalogen behåller platsen som den är nu.</translation>
    </message>
    <message>
        <source>The new contact list of “{dependent}” is rejected too: an opportunity still names a contact person it would remove.</source>
        <translation>Den nya kontaktlistan för ”{dependent}” avvisas också: en möjlighet nämner fortfarande en kontaktperson som listan skulle ta bort.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it names a contact person of the rejected contact list of “{cause}”.</source>
        <translation>”{dependent}” avvisas också: den nämner en kontaktperson i den avvisade kontaktlistan för ”{cause}”.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it takes place at “{cause}”, which is rejected. It stays as the catalogue has it now (a new one is not added).</source>
        <translation>”{dependent}” avvisas också: den äger rum på ”{cause}”, som avvisats. Den förblir som i katalogen nu (en ny läggs inte till).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps its contact person as the catalogue has it now (the contact list of “{cause}” is not changed).</source>
        <translation>”{dependent}” behåller sin kontaktperson som i katalogen nu (kontaktlistan för ”{cause}” ändras inte).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps the place “{cause}” as the catalogue has it now (its address and opening hours included).</source>
        <translation>”{dependent}” behåller platsen ”{cause}” som den finns i katalogen nu (adress och öppettider inräknade).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the package of {name}</source>
        <translation>Granska paketet från {name}</translation>
    </message>
    <message>
        <source>Package {number} of {count}: {name}</source>
        <translation>Paket {number} av {count}: {name}</translation>
    </message>
    <message>
        <source>◀ &amp;Previous package</source>
        <translation>◀ &amp;Föregående paket</translation>
    </message>
    <message>
        <source>&amp;Next package ▶</source>
        <translation>&amp;Nästa paket ▶</translation>
    </message>
    <message>
        <source>Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} removed records. Every change is accepted unless you reject it.</source>
        <translation>Paket nr {sequence} från {name}: {added} nya, {changed} ändrade och {removed} borttagna uppgifter. Varje ändring godkänns om du inte avvisar den.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) concern records you have hidden; they stay hidden.</source>
        <translation>
            <numerusform>%n ändring gäller uppgifter som du har dolt; de förblir dolda.</numerusform>
            <numerusform>%n ändringar gäller uppgifter som du har dolt; de förblir dolda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Varning: {finding}</translation>
    </message>
    <message>
        <source>Changes in the package</source>
        <translation>Ändringarna i paketet</translation>
    </message>
    <message>
        <source>The selected change in full</source>
        <translation>Den valda ändringen i sin helhet</translation>
    </message>
    <message>
        <source>What the rejections mean</source>
        <translation>Vad avvisningarna innebär</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Accept the selected changes (Ctrl+Enter)</source>
        <translation>Godkänn de valda ändringarna (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Avvisa…</translation>
    </message>
    <message>
        <source>Reject the selected changes, with a reason (Ctrl+Backspace)</source>
        <translation>Avvisa de valda ändringarna med en orsak (Ctrl+Backsteg)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Godkänn a&amp;lla</translation>
    </message>
    <message>
        <source>&amp;Import into the catalogue</source>
        <translation>&amp;Importera till katalogen</translation>
    </message>
    <message>
        <source>Accept all &amp;remaining…</source>
        <translation>Godkänn alla &amp;återstående…</translation>
    </message>
    <message>
        <source>Import this package and every following one not imported yet, each with all its changes accepted</source>
        <translation>Importera detta paket och alla följande som inte importerats ännu, vart och ett med alla ändringar godkända</translation>
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
        <source>Reject changes</source>
        <translation>Avvisa ändringar</translation>
    </message>
    <message numerus="yes">
        <source>Why do you reject %n change(s)? The reason goes to the audit log.</source>
        <translation>
            <numerusform>Varför avvisar du %n ändring? Orsaken förs in i händelseloggen.</numerusform>
            <numerusform>Varför avvisar du %n ändringar? Orsaken förs in i händelseloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted, {rejected} rejected</source>
        <translation>{accepted} godkända, {rejected} avvisade</translation>
    </message>
    <message>
        <source>Accept all remaining</source>
        <translation>Godkänn alla återstående</translation>
    </message>
    <message numerus="yes">
        <source>Import %n package(s), this one and the ones after it, each with all its changes accepted?</source>
        <translation>
            <numerusform>Importera %n paket med alla ändringar godkända?</numerusform>
            <numerusform>Importera %n paket, detta och de följande, vart och ett med alla ändringar godkända?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>{name}: {result} Next package: {next}.</source>
        <translation>{name}: {result} Nästa paket: {next}.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Paketet importeras</translation>
    </message>
    <message>
        <source>Imported: {applied} changes applied, {rejected} rejected.</source>
        <translation>Importerat: {applied} ändringar gjorda, {rejected} avvisade.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Inte importerat: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Checked today</source>
        <translation>Granskad i dag</translation>
    </message>
    <message>
        <source>Press when you have checked that everything here is still true.</source>
        <translation>Tryck när du har kontrollerat att allt här fortfarande stämmer.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Granskad %1.</translation>
    </message>
    <message>
        <source>Not marked as checked yet.</source>
        <translation>Inte markerad som granskad ännu.</translation>
    </message>
    <message>
        <source>⚠ Due for review: over six months since the last check.</source>
        <translation>⚠ Bör granskas: över sex månader sedan den senaste granskningen.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>I describe an association&apos;s offers</source>
        <translation>Jag beskriver en förenings utbud</translation>
    </message>
    <message>
        <source>For associations: describe your coaching environments and opportunities and send them to the regional coordinator.</source>
        <translation>För föreningar: beskriv era coachningsmiljöer och möjligheter och skicka dem till den regionala koordinatorn.</translation>
    </message>
    <message>
        <source>I am the regional coordinator</source>
        <translation>Jag är den regionala koordinatorn</translation>
    </message>
    <message>
        <source>For the Kuhina project office: receive the associations&apos; packages, review them and publish the regional catalogue.</source>
        <translation>För Kuhina-projektets kontor: ta emot föreningarnas paket, granska dem och publicera den regionala katalogen.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>USB stick or memory card: %1 (%2)</source>
        <translation>USB-minne eller minneskort: %1 (%2)</translation>
    </message>
    <message>
        <source>The folder used last time: %1</source>
        <translation>Mappen som användes senast: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Spara &amp;i:</translation>
    </message>
    <message>
        <source>Where the package is saved</source>
        <translation>Var paketet sparas</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Name of the package file</source>
        <translation>Paketfilens namn</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>&amp;Annan mapp…</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Välj mapp för paketet</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Ge filen ett namn.</translation>
    </message>
    <message>
        <source>The package will be saved as: %1</source>
        <translation>Paketet sparas som: %1</translation>
    </message>
    <message>
        <source>No USB stick found. To save the package on one, plug it in and open this window again, or choose it with “Another folder…”.</source>
        <translation>Inget USB-minne hittades. Sätt i det och öppna fönstret igen för att spara paketet på det, eller välj det med ”Annan mapp…”.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Basic information</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Working there</source>
        <translation>Att arbeta där</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>For whom and where</source>
        <translation>För vem och var</translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation>Platser och tider</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Att söka</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnyckel</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to coordinator</source>
        <translation>Skicka till koordinatorn</translation>
    </message>
    <message>
        <source>&amp;Make the package</source>
        <translation>&amp;Gör paketet</translation>
    </message>
    <message>
        <source>What goes into the package</source>
        <translation>Vad som ingår i paketet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the package can be made.</source>
        <translation>
            <numerusform>%n problem måste rättas innan paketet kan göras.</numerusform>
            <numerusform>%n problem måste rättas innan paketet kan göras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation>Var det sparas</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Signeringsnyckelns lösenfras</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Kopiera e-postadressen</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Skriv ett e-postmeddelande…</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching environment(s) and your organisation&apos;s profile.</source>
        <translation>
            <numerusform>%n coachningsmiljö och din förenings profil.</numerusform>
            <numerusform>%n coachningsmiljöer och din förenings profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your first package.</source>
        <translation>Det här är ditt första paket.</translation>
    </message>
    <message>
        <source>Nothing has changed since package no. %1.</source>
        <translation>Ingenting har ändrats sedan paket nr %1.</translation>
    </message>
    <message>
        <source>Since package no. %1: %2 new, %3 changed, %4 removed.</source>
        <translation>Sedan paket nr %1: %2 nya, %3 ändrade, %4 borttagna.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Paketet görs…</translation>
    </message>
    <message>
        <source>&amp;Show what to fix</source>
        <translation>&amp;Visa vad som ska rättas</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the signing key:</source>
        <translation>Signeringsnyckelns &amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <source>The package file:</source>
        <translation>Paketfilen:</translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s),</source>
        <translation>
            <numerusform>%n publicerad möjlighet,</numerusform>
            <numerusform>%n publicerade möjligheter,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused or closed opportunity(s) (shown as not available),</source>
        <translation>
            <numerusform>%n pausad eller avslutad möjlighet (visas som inte tillgänglig),</numerusform>
            <numerusform>%n pausade eller avslutade möjligheter (visas som inte tillgängliga),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay on this computer and are not sent:</source>
        <translation>
            <numerusform>%n utkast stannar på den här datorn och skickas inte:</numerusform>
            <numerusform>%n utkast stannar på den här datorn och skickas inte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still lack something: see “Ready to send”.</source>
        <translation>
            <numerusform>%n av dem saknar ännu något: se ”Redo att skicka”.</numerusform>
            <numerusform>%n av dem saknar ännu något: se ”Redo att skicka”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;ublish the %n complete draft(s)</source>
        <translation>
            <numerusform>&amp;Publicera %n färdigt utkast</numerusform>
            <numerusform>&amp;Publicera %n färdiga utkast</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was saved: %1</source>
        <translation>Paketet sparades: %1</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>Paketfilen</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator at %1: attach it to an e-mail, or copy it onto a USB stick and take it there.</source>
        <translation>Skicka nu den här filen till koordinatorn på %1: bifoga den i ett e-postmeddelande eller kopiera den till ett USB-minne och för dit den.</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator: attach it to an e-mail, or copy it onto a USB stick and take it there. (You can save the coordinator&apos;s e-mail address in Settings.)</source>
        <translation>Skicka nu den här filen till koordinatorn: bifoga den i ett e-postmeddelande eller kopiera den till ett USB-minne och för dit den. (Du kan spara koordinatorns e-postadress i Inställningar.)</translation>
    </message>
    <message>
        <source>The file is signed: if anybody changes it on the way, the coordinator&apos;s program notices. It holds only what you have published, nothing else.</source>
        <translation>Filen är signerad: om någon ändrar den på vägen märker koordinatorns program det. Den innehåller bara det du har publicerat, inget annat.</translation>
    </message>
    <message>
        <source>It is package no. %1.</source>
        <translation>Det är paket nr %1.</translation>
    </message>
    <message>
        <source>Kuhina package no. %1 from %2</source>
        <translation>Kuhina-paket nr %1 från %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>Programmets &amp;språk:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;e-mail address:</source>
        <translation>Koordinatorns &amp;e-postadress:</translation>
    </message>
    <message>
        <source>Where packages are sent. It is shown when a package is ready.</source>
        <translation>Dit paketen skickas. Den visas när ett paket är klart.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnyckel</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <source>Make a new key…</source>
        <translation>Gör en ny nyckel…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>A backup is one file holding all your records and the signing key. Keep it on a USB stick or another computer, so a broken laptop loses nothing.</source>
        <translation>En säkerhetskopia är en fil med alla dina uppgifter och signeringsnyckeln. Förvara den på ett USB-minne eller en annan dator, så går inget förlorat om den bärbara datorn går sönder.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Gör en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>The coordinator&apos;s e-mail address was saved.</source>
        <translation>Koordinatorns e-postadress sparades.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Hur vill du börja?</translation>
    </message>
    <message>
        <source>Create a new organisation</source>
        <translation>Skapa en ny förening</translation>
    </message>
    <message>
        <source>The usual start: you describe your association from the beginning.</source>
        <translation>Det vanliga sättet: du beskriver din förening från början.</translation>
    </message>
    <message>
        <source>Open an existing workspace</source>
        <translation>Öppna en befintlig arbetsyta</translation>
    </message>
    <message>
        <source>A workspace folder made earlier with Kuhina, e.g. on a USB stick.</source>
        <translation>En arbetsytans mapp som gjorts tidigare med Kuhina, till exempel på ett USB-minne.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>A backup file made with Kuhina, e.g. from a computer that broke.</source>
        <translation>En säkerhetskopia som gjorts med Kuhina, till exempel från en dator som gått sönder.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
    <message>
        <source>An invented association with example offers, to look around safely. It is kept apart from real work.</source>
        <translation>En påhittad förening med exempel på utbud, så att du tryggt kan se dig omkring. Den hålls åtskild från det riktiga arbetet.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>this field</source>
        <translation>det här fältet</translation>
    </message>
    <message>
        <source>The field was left as it was.</source>
        <translation>Fältet lämnades som det var.</translation>
    </message>
</context>
<context>
    <name>TranslatedTextEditor</name>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorisk)</translation>
    </message>
    <message>
        <source>The text in %1</source>
        <translation>Texten på %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Confirm the key of {name}</source>
        <translation>Bekräfta nyckeln för {name}</translation>
    </message>
    <message>
        <source>This package is signed with a key the catalogue does not trust yet. Before its contents are imported, make sure the key really belongs to this organisation.</source>
        <translation>Paketet är signerat med en nyckel som katalogen inte litar på ännu. Försäkra dig om att nyckeln verkligen tillhör den här organisationen innan innehållet importeras.</translation>
    </message>
    <message>
        <source>The organisation, as the package describes it</source>
        <translation>Organisationen så som paketet beskriver den</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisationens id</translation>
    </message>
    <message>
        <source>Code read aloud (digits, as the association sees it):</source>
        <translation>Koden som läses upp (siffror, så som föreningen ser den):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Nyckelns kod att läsa upp</translation>
    </message>
    <message>
        <source>Key fingerprint (as ssh-keygen -l prints it):</source>
        <translation>Nyckelns fingeravtryck (så som ssh-keygen -l visar det):</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Kopiera nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Warning: this may be an impostor. Check these before you trust the key</source>
        <translation>Varning: detta kan vara en bedragare. Kontrollera detta innan du litar på nyckeln</translation>
    </message>
    <message>
        <source>Warning: this key would replace the trusted key {fingerprint}, and that key did not sign for it. Confirm especially carefully: this is how a stolen identity would look.</source>
        <translation>Varning: den här nyckeln skulle ersätta den betrodda nyckeln {fingerprint}, och den nyckeln har inte signerat bytet. Bekräfta särskilt noga: så här skulle en stulen identitet se ut.</translation>
    </message>
    <message>
        <source>Confirm by phone: call the association at a number you already know (not one from this package) and ask them to open Kuhina and read out the key fingerprint shown on their organisation page: six groups of five digits. Trust the key only if every digit matches.</source>
        <translation>Bekräfta per telefon: ring föreningen på ett nummer du redan känner till (inte ett från det här paketet) och be dem öppna Kuhina och läsa upp nyckelns kod på sin organisationssida: sex grupper med fem siffror. Lita på nyckeln bara om varje siffra stämmer.</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone (optional):</source>
        <translation>Fingeravtrycket som lästes upp per telefon (frivilligt):</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone</source>
        <translation>Fingeravtrycket som lästes upp per telefon</translation>
    </message>
    <message>
        <source>I phoned the association and the fingerprint they read out matches</source>
        <translation>Jag ringde föreningen och fingeravtrycket de läste upp stämmer</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Lita på den här nyckeln</translation>
    </message>
    <message>
        <source>The same on the command line: {command}</source>
        <translation>Samma på kommandoraden: {command}</translation>
    </message>
    <message>
        <source>✓ Matches the fingerprint of the package.</source>
        <translation>✓ Stämmer med paketets fingeravtryck.</translation>
    </message>
    <message>
        <source>✗ Does not match. Do not trust this key.</source>
        <translation>✗ Stämmer inte. Lita inte på den här nyckeln.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kuhina</source>
        <translation>Välkommen till Kuhina</translation>
    </message>
    <message>
        <source>With Kuhina your association describes what it offers job seekers in North Karelia (work trials, coaching, volunteering and more) and sends it to the regional coordinator, who publishes the catalogue. Everything stays on this computer until you send it, and the program works without the internet.</source>
        <translation>Med Kuhina beskriver din förening vad den erbjuder arbetssökande i Norra Karelen (arbetsprövning, coachning, frivilligarbete och annat) och skickar det till den regionala koordinatorn, som publicerar katalogen. Allt stannar på den här datorn tills du skickar det, och programmet fungerar utan internet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Who will use this program?</source>
        <translation>Vem ska använda programmet?</translation>
    </message>
    <message>
        <source>(Not available in this version yet: use the command line, kuhina catalogue …, meanwhile.)</source>
        <translation>(Finns inte ännu i den här versionen: använd under tiden kommandoraden, kuhina catalogue …)</translation>
    </message>
</context>
</TS>
