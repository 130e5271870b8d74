<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>About</name>
    <message>
        <source>The regional catalogue of what North Karelia&apos;s associations offer job seekers: work trials, coaching, volunteering and more.</source>
        <translation>The regional catalogue of what North Karelia&apos;s associations offer job seekers: work trials, coaching, volunteering and more.</translation>
    </message>
    <message>
        <source>Licence: European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Licence: European Union Public Licence (EUPL) version 1.2.</translation>
    </message>
    <message>
        <source>The program works offline: it never connects to the internet.</source>
        <translation>The program works offline: it never connects to the internet.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>About Kuhina</source>
        <translation>About Kuhina</translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation>Delete (in a list)</translation>
    </message>
    <message>
        <source>Move the selected rows to the bin</source>
        <translation>Move the selected rows to the bin</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a field)</source>
        <translation>Ctrl+Z (in a field)</translation>
    </message>
    <message>
        <source>Undo typing in the field</source>
        <translation>Undo typing in the field</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Ctrl+Tab (in a text)</source>
        <translation>Ctrl+Tab (in a text)</translation>
    </message>
    <message>
        <source>Next language tab</source>
        <translation>Next language tab</translation>
    </message>
    <message>
        <source>Space (in a list of choices)</source>
        <translation>Space (in a list of choices)</translation>
    </message>
    <message>
        <source>Tick or untick the choice</source>
        <translation>Tick or untick the choice</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Postal code %1 belongs to %2, but the municipality chosen is %3. Check both.</source>
        <translation>Postal code %1 belongs to %2, but the municipality chosen is %3. Check both.</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{added} new, {changed} changed, {removed} removed; {rejected} changes rejected</source>
        <translation>{added} new, {changed} changed, {removed} removed; {rejected} changes rejected</translation>
    </message>
    <message>
        <source>{record}. Reason: {reason}</source>
        <translation>{record}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Opportunities: {opportunities}, organisations: {organisations}, to {where}</source>
        <translation>Opportunities: {opportunities}, organisations: {organisations}, to {where}</translation>
    </message>
    <message>
        <source>{rejected} rejected, {hidden} hidden, to {where}</source>
        <translation>{rejected} rejected, {hidden} hidden, to {where}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
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
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>With personal &amp;data</source>
        <translation>With personal &amp;data</translation>
    </message>
    <message>
        <source>Include the contact people&apos;s names, e-mail addresses and phone numbers in the exported change lists. Without it they are left out.</source>
        <translation>Include the contact people&apos;s names, e-mail addresses and phone numbers in the exported change lists. Without it they are left out.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>The chosen audit entry in full</source>
        <translation>The chosen audit entry in full</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>Package SHA-256</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>rejected: {reason}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>BinPage</name>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Deleted coaching environments and opportunities wait here. They are not sent to the coordinator. Choose rows and press Restore (or Enter) to bring them back.</source>
        <translation>Deleted coaching environments and opportunities wait here. They are not sent to the coordinator. Choose rows and press Restore (or Enter) to bring them back.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>“%1” was restored.</source>
        <translation>“%1” was restored.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were restored.</source>
        <translation>
            <numerusform>%n row was restored.</numerusform>
            <numerusform>%n rows were restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>&amp;Publication:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>F&amp;reshness:</source>
        <translation>F&amp;reshness:</translation>
    </message>
    <message>
        <source>Words from the title, description, organisation or place</source>
        <translation>Words from the title, description, organisation or place</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Shown and hidden</source>
        <translation>Shown and hidden</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Shown only</translation>
    </message>
    <message>
        <source>Hidden only</source>
        <translation>Hidden only</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Stale: no package for 6 months</source>
        <translation>Stale: no package for 6 months</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>CatalogueFolders</name>
    <message>
        <source>The regional catalogue</source>
        <translation>The regional catalogue</translation>
    </message>
    <message>
        <source>Where should the regional catalogue be kept? The usual place is {folder}. An existing catalogue workspace, e.g. a copy from another computer, can be opened too.</source>
        <translation>Where should the regional catalogue be kept? The usual place is {folder}. An existing catalogue workspace, e.g. a copy from another computer, can be opened too.</translation>
    </message>
    <message>
        <source>Use the usual place</source>
        <translation>Use the usual place</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Choose the folder for the regional catalogue</source>
        <translation>Choose the folder for the regional catalogue</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Opportunities in the catalogue</source>
        <translation>Opportunities in the catalogue</translation>
    </message>
    <message>
        <source>Details of the chosen opportunity</source>
        <translation>Details of the chosen opportunity</translation>
    </message>
    <message>
        <source>Hi&amp;de from publication…</source>
        <translation>Hi&amp;de from publication…</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>Sho&amp;w again</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) match</source>
        <translation>
            <numerusform>%n opportunity matches</numerusform>
            <numerusform>%n opportunities match</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its details.</source>
        <translation>Choose an opportunity to see its details.</translation>
    </message>
    <message>
        <source>Hidden from publication: the whole organisation is hidden.</source>
        <translation>Hidden from publication: the whole organisation is hidden.</translation>
    </message>
    <message>
        <source>Hidden from publication. Reason: {reason}</source>
        <translation>Hidden from publication. Reason: {reason}</translation>
    </message>
    <message>
        <source>Hide from publication</source>
        <translation>Hide from publication</translation>
    </message>
    <message>
        <source>Why do you hide &quot;{title}&quot;? It stays out of every output (web catalogue, Excel, open data) until you show it again, also after new packages. The reason goes to the audit log.</source>
        <translation>Why do you hide &quot;{title}&quot;? It stays out of every output (web catalogue, Excel, open data) until you show it again, also after new packages. The reason goes to the audit log.</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Ready to send?</source>
        <translation>Ready to send?</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Send to coordinator…</translation>
    </message>
    <message>
        <source>Things to fix before sending</source>
        <translation>Things to fix before sending</translation>
    </message>
    <message>
        <source>Not checked for six months. Check that it is still true and press “Checked today”.</source>
        <translation>Not checked for six months. Check that it is still true and press “Checked today”.</translation>
    </message>
    <message numerus="yes">
        <source>A draft: not sent. To publish it, fill in what is missing (%n problem(s)), then set its status to Published.</source>
        <translation>
            <numerusform>A draft: not sent. To publish it, fill in what is missing (%n problem), then set its status to Published.</numerusform>
            <numerusform>A draft: not sent. To publish it, fill in what is missing (%n problems), then set its status to Published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will not be published, because the permission to publish has not been confirmed. Tick the box under the photo once the people in it have agreed, or if no person can be recognised in it.</source>
        <translation>
            <numerusform>%n photo will not be published, because the permission to publish has not been confirmed. Tick the box under the photo once the people in it have agreed, or if no person can be recognised in it.</numerusform>
            <numerusform>%n photos will not be published, because the permission to publish has not been confirmed. Tick the box under each photo once the people in it have agreed, or if no person can be recognised in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s) will be sent.</source>
        <translation>
            <numerusform>%n published opportunity will be sent.</numerusform>
            <numerusform>%n published opportunities will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n draft(s) stay on this computer and are not sent.</source>
        <translation>
            <numerusform>⚠ %n draft stays on this computer and is not sent.</numerusform>
            <numerusform>⚠ %n drafts stay on this computer and are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts are complete: publish them with “Publish complete drafts”.</source>
        <translation>
            <numerusform>%n of the drafts is complete: publish it with “Publish complete drafts”.</numerusform>
            <numerusform>%n of the drafts are complete: publish them with “Publish complete drafts”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish complete drafts (%n)</source>
        <translation>
            <numerusform>&amp;Publish complete drafts (%n)</numerusform>
            <numerusform>&amp;Publish complete drafts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) will not be published until their permission to publish is confirmed.</source>
        <translation>
            <numerusform>⚠ %n photo will not be published until its permission to publish is confirmed.</numerusform>
            <numerusform>⚠ %n photos will not be published until their permission to publish is confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) published.</source>
        <translation>
            <numerusform>%n draft published.</numerusform>
            <numerusform>%n drafts published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) must be fixed before the package can be made. Double-click a row to go to the field.</source>
        <translation>
            <numerusform>⚠ %n problem must be fixed before the package can be made. Double-click a row to go to the field.</numerusform>
            <numerusform>⚠ %n problems must be fixed before the package can be made. Double-click a row to go to the field.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems: everything is ready to send.</source>
        <translation>✓ No problems: everything is ready to send.</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) are due for review.</source>
        <translation>
            <numerusform>%n opportunity is due for review.</numerusform>
            <numerusform>%n opportunities are due for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (no longer in use)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>May be published</source>
        <translation>May be published</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Coaching environments</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Kinds of work</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Free places</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Permission to publish</source>
        <translation>Permission to publish</translation>
    </message>
    <message>
        <source>The name, role, e-mail and phone of {person} are shown in the public web catalogue and in the Excel workbooks only if the person has agreed. Without permission the catalogue shows the organisation&apos;s own e-mail and phone.</source>
        <translation>The name, role, e-mail and phone of {person} are shown in the public web catalogue and in the Excel workbooks only if the person has agreed. Without permission the catalogue shows the organisation&apos;s own e-mail and phone.</translation>
    </message>
    <message>
        <source>I asked the person for permission to publish their contact details</source>
        <translation>I asked the person for permission to publish their contact details</translation>
    </message>
    <message>
        <source>Your name (who recorded the permission):</source>
        <translation>Your name (who recorded the permission):</translation>
    </message>
    <message>
        <source>Record the permission</source>
        <translation>Record the permission</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, {date} ({recorded_by})</source>
        <translation>Yes, {date} ({recorded_by})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Add a contact person</source>
        <translation>Add a contact person</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>A contact person is shown in the public web catalogue only if they have agreed (May be published). Otherwise the organisation&apos;s own e-mail and phone are shown.</source>
        <translation>A contact person is shown in the public web catalogue only if they have agreed (May be published). Otherwise the organisation&apos;s own e-mail and phone are shown.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
</context>
<context>
    <name>CoordinatorTexts</name>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>Replaced by a newer key</translation>
    </message>
    <message>
        <source>New key vouched for by the trusted one</source>
        <translation>New key vouched for by the trusted one</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>seen in a package</source>
        <translation>seen in a package</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>trusted on first use</translation>
    </message>
    <message>
        <source>confirmed by the coordinator</source>
        <translation>confirmed by the coordinator</translation>
    </message>
    <message>
        <source>key rotation signed by the previous key</source>
        <translation>key rotation signed by the previous key</translation>
    </message>
    <message>
        <source>Possible key compromise: two different packages with one number</source>
        <translation>Possible key compromise: two different packages with one number</translation>
    </message>
    <message>
        <source>A new key that the trusted key did not vouch for</source>
        <translation>A new key that the trusted key did not vouch for</translation>
    </message>
    <message>
        <source>Another organisation uses the same business ID</source>
        <translation>Another organisation uses the same business ID</translation>
    </message>
    <message>
        <source>The name looks like another organisation&apos;s name</source>
        <translation>The name looks like another organisation&apos;s name</translation>
    </message>
    <message>
        <source>Signed with the key of another organisation</source>
        <translation>Signed with the key of another organisation</translation>
    </message>
    <message>
        <source>Due for removal: key revoked or nothing sent within the retention time</source>
        <translation>Due for removal: key revoked or nothing sent within the retention time</translation>
    </message>
    <message>
        <source>Same business ID ({detail}) as {other}, already in the catalogue.</source>
        <translation>Same business ID ({detail}) as {other}, already in the catalogue.</translation>
    </message>
    <message>
        <source>Same name as {other}, already in the catalogue.</source>
        <translation>Same name as {other}, already in the catalogue.</translation>
    </message>
    <message>
        <source>The name looks exactly like {other}, already in the catalogue, but is written with other characters (for example a Cyrillic letter in place of a Latin one).</source>
        <translation>The name looks exactly like {other}, already in the catalogue, but is written with other characters (for example a Cyrillic letter in place of a Latin one).</translation>
    </message>
    <message>
        <source>The name is almost the same as {other}, already in the catalogue.</source>
        <translation>The name is almost the same as {other}, already in the catalogue.</translation>
    </message>
    <message>
        <source>Signed with the key of {other}: that key belongs to another organisation.</source>
        <translation>Signed with the key of {other}: that key belongs to another organisation.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>Package waiting for trust</source>
        <translation>Package waiting for trust</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>Key trusted</translation>
    </message>
    <message>
        <source>Trust revoked</source>
        <translation>Trust revoked</translation>
    </message>
    <message>
        <source>Record hidden</source>
        <translation>Record hidden</translation>
    </message>
    <message>
        <source>Record shown again</source>
        <translation>Record shown again</translation>
    </message>
    <message>
        <source>Web catalogue published</source>
        <translation>Web catalogue published</translation>
    </message>
    <message>
        <source>Excel workbooks made</source>
        <translation>Excel workbooks made</translation>
    </message>
    <message>
        <source>Open data made</source>
        <translation>Open data made</translation>
    </message>
    <message>
        <source>Receipt made</source>
        <translation>Receipt made</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CoordinatorValues</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Permission to publish: given {date}, recorded by {person}</source>
        <translation>Permission to publish: given {date}, recorded by {person}</translation>
    </message>
    <message>
        <source>Permission to publish: not given</source>
        <translation>Permission to publish: not given</translation>
    </message>
    <message>
        <source>Photo {number}: may be published, confirmed {date}</source>
        <translation>Photo {number}: may be published, confirmed {date}</translation>
    </message>
    <message>
        <source>Photo {number}: not confirmed, not published</source>
        <translation>Photo {number}: not confirmed, not published</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Kuhina – regional catalogue ({folder})</source>
        <translation>Kuhina – regional catalogue ({folder})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Add packages to the inbox…</source>
        <translation>&amp;Add packages to the inbox…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Open another workspace…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Search the catalogue</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>&amp;Privacy notice</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;About Kuhina</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>The catalogue was updated: {added} records added, {changed} changed, {removed} removed.</source>
        <translation>The catalogue was updated: {added} records added, {changed} changed, {removed} removed.</translation>
    </message>
    <message>
        <source>Done: {what}.</source>
        <translation>Done: {what}.</translation>
    </message>
    <message>
        <source>The audit log was saved to {path}.</source>
        <translation>The audit log was saved to {path}.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Kuhina ran into an unexpected error. Your saved work is safe: every change is saved when you leave a field.

The details were written to the log file:
{path}

If this happens again, please send that file to the Kuhina coordinator.</source>
        <translation>Kuhina ran into an unexpected error. Your saved work is safe: every change is saved when you leave a field.

The details were written to the log file:
{path}

If this happens again, please send that file to the Kuhina coordinator.</translation>
    </message>
    <message>
        <source>Kuhina: unexpected error</source>
        <translation>Kuhina: unexpected error</translation>
    </message>
    <message>
        <source>Copy the log file&apos;s path</source>
        <translation>Copy the log file&apos;s path</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>You can change and add everything later.</source>
        <translation>You can change and add everything later.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <source>Name of the ass&amp;ociation:</source>
        <translation>Name of the ass&amp;ociation:</translation>
    </message>
    <message>
        <source>Business &amp;ID (optional):</source>
        <translation>Business &amp;ID (optional):</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>&amp;Saved in the folder:</source>
        <translation>&amp;Saved in the folder:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>A passphrase protects the key that signs your packages, in case someone else uses this computer. It is optional; if you set one, you type it every time you send a package. Do not forget it.</source>
        <translation>A passphrase protects the key that signs your packages, in case someone else uses this computer. It is optional; if you set one, you type it every time you send a package. Do not forget it.</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Where to keep the workspace</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>EnvironmentForm</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Give the map position as coordinates (optional; the address is enough)</source>
        <translation>Give the map position as coordinates (optional; the address is enough)</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>New coaching environment</translation>
    </message>
</context>
<context>
    <name>EnvironmentsPage</name>
    <message>
        <source>Coaching environments</source>
        <translation>Coaching environments</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>New coaching environment</translation>
    </message>
    <message>
        <source>Add a place where job seekers practise work.</source>
        <translation>Add a place where job seekers practise work.</translation>
    </message>
    <message>
        <source>No coaching environments yet. A coaching environment is a place where a job seeker practises work: a thrift shop, a café, a workshop or an office. Press “New coaching environment” to add one.</source>
        <translation>No coaching environments yet. A coaching environment is a place where a job seeker practises work: a thrift shop, a café, a workshop or an office. Press “New coaching environment” to add one.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Erase a person&apos;s details</translation>
    </message>
    <message>
        <source>A contact person can ask to have their details erased. Find them by e-mail address, phone number or name. Nothing changes until you confirm.</source>
        <translation>A contact person can ask to have their details erased. Find them by e-mail address, phone number or name. Nothing changes until you confirm.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Find by:</source>
        <translation>&amp;Find by:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <source>Matching contact people</source>
        <translation>Matching contact people</translation>
    </message>
    <message>
        <source>Erase {names} from the catalogue? Their name, e-mail address and phone number are removed and replaced by a token in the audit log. This cannot be undone.</source>
        <translation>Erase {names} from the catalogue? Their name, e-mail address and phone number are removed and replaced by a token in the audit log. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>This organisation is not due for removal: its key is trusted and it has sent a package within the retention time.</source>
        <translation>This organisation is not due for removal: its key is trusted and it has sent a package within the retention time.</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records</source>
        <translation>Remove the organisation&apos;s records</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>An unexpected error happened.</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Street and number, e.g. Koulukatu 5 B.</source>
        <translation>Street and number, e.g. Koulukatu 5 B.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Five digits, e.g. 80100.</source>
        <translation>Five digits, e.g. 80100.</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <source>The town of the postal address.</source>
        <translation>The town of the postal address.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>The municipality the address is in.</source>
        <translation>The municipality the address is in.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <source>The official name, as job seekers should see it.</source>
        <translation>The official name, as job seekers should see it.</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>The Y-tunnus, e.g. 1234567-8. Leave empty if the association has none.</source>
        <translation>The Y-tunnus, e.g. 1234567-8. Leave empty if the association has none.</translation>
    </message>
    <message>
        <source>About the association</source>
        <translation>About the association</translation>
    </message>
    <message>
        <source>A few plain sentences: what the association does and for whom.</source>
        <translation>A few plain sentences: what the association does and for whom.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>The address beginning with https://</source>
        <translation>The address beginning with https://</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A general address that someone reads, e.g. info@association.fi.</source>
        <translation>A general address that someone reads, e.g. info@association.fi.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>A number job seekers can call, e.g. 040 123 4567.</source>
        <translation>A number job seekers can call, e.g. 040 123 4567.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture. It is resized and its hidden camera and location data removed.</source>
        <translation>A PNG or JPEG picture. It is resized and its hidden camera and location data removed.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>People job seekers or coaches can contact. Each needs a name and an e-mail address or phone number.</source>
        <translation>People job seekers or coaches can contact. Each needs a name and an e-mail address or phone number.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The contact person&apos;s name.</source>
        <translation>The contact person&apos;s name.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E.g. work coach or volunteer coordinator.</source>
        <translation>E.g. work coach or volunteer coordinator.</translation>
    </message>
    <message>
        <source>The contact person&apos;s e-mail address.</source>
        <translation>The contact person&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>The contact person&apos;s phone number.</source>
        <translation>The contact person&apos;s phone number.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>E.g. Recycling centre Kierrätyskeskus or Café Kulma.</source>
        <translation>E.g. Recycling centre Kierrätyskeskus or Café Kulma.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the place is like and what work is done there.</source>
        <translation>What the place is like and what work is done there.</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Kinds of work</translation>
    </message>
    <message>
        <source>Tick every kind of work a job seeker can practise here.</source>
        <translation>Tick every kind of work a job seeker can practise here.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 62.6010 (north).</source>
        <translation>Optional. For a map, e.g. 62.6010 (north).</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 29.7636 (east).</source>
        <translation>Optional. For a map, e.g. 29.7636 (east).</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Tick what is true of the place. This helps people with partial work ability choose.</source>
        <translation>Tick what is true of the place. This helps people with partial work ability choose.</translation>
    </message>
    <message>
        <source>Languages used at work</source>
        <translation>Languages used at work</translation>
    </message>
    <message>
        <source>The languages spoken at the workplace.</source>
        <translation>The languages spoken at the workplace.</translation>
    </message>
    <message>
        <source>Coaching and supervision</source>
        <translation>Coaching and supervision</translation>
    </message>
    <message>
        <source>Who guides the job seeker and how, e.g. a work coach is present every day.</source>
        <translation>Who guides the job seeker and how, e.g. a work coach is present every day.</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Places at once</translation>
    </message>
    <message>
        <source>How many job seekers can practise here at the same time.</source>
        <translation>How many job seekers can practise here at the same time.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>When the place is open. Tick the days and set the times.</source>
        <translation>When the place is open. Tick the days and set the times.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Pictures of the place. Do not show people who have not agreed to it.</source>
        <translation>Pictures of the place. Do not show people who have not agreed to it.</translation>
    </message>
    <message>
        <source>What the photos show</source>
        <translation>What the photos show</translation>
    </message>
    <message>
        <source>For each photo a sentence, e.g. “The sorting table in the back room of the thrift shop”. A blind visitor of the web catalogue hears it instead of seeing the photo. Under it, tick the box once the people in the photo have agreed to its publication, or if no person can be recognised in it: only such photos are published.</source>
        <translation>For each photo a sentence, e.g. “The sorting table in the back room of the thrift shop”. A blind visitor of the web catalogue hears it instead of seeing the photo. Under it, tick the box once the people in the photo have agreed to its publication, or if no person can be recognised in it: only such photos are published.</translation>
    </message>
    <message>
        <source>Permission to publish the photos</source>
        <translation>Permission to publish the photos</translation>
    </message>
    <message>
        <source>For each photo, the day the association confirmed that the people in it have agreed to its publication, or that no person can be recognised in it. A photo without it is not published.</source>
        <translation>For each photo, the day the association confirmed that the people in it have agreed to its publication, or that no person can be recognised in it. A photo without it is not published.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>A short, plain name, e.g. Work trial in a recycling centre.</source>
        <translation>A short, plain name, e.g. Work trial in a recycling centre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What kind of opportunity this is.</source>
        <translation>What kind of opportunity this is.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only published opportunities are sent to the coordinator. Drafts stay here.</source>
        <translation>Only published opportunities are sent to the coordinator. Drafts stay here.</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Where the work is done. Career coaching may have no place.</source>
        <translation>Where the work is done. Career coaching may have no place.</translation>
    </message>
    <message>
        <source>What the job seeker does, in plain language.</source>
        <translation>What the job seeker does, in plain language.</translation>
    </message>
    <message>
        <source>What one learns</source>
        <translation>What one learns</translation>
    </message>
    <message>
        <source>Skills and experience the job seeker gains.</source>
        <translation>Skills and experience the job seeker gains.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>What is needed, e.g. able to lift 10 kg. Leave empty if nothing.</source>
        <translation>What is needed, e.g. able to lift 10 kg. Leave empty if nothing.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Tick the groups of job seekers this is meant for.</source>
        <translation>Tick the groups of job seekers this is meant for.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Where job seekers can take part. Tick at least one.</source>
        <translation>Where job seekers can take part. Tick at least one.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>The languages this can be done in.</source>
        <translation>The languages this can be done in.</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Free places</translation>
    </message>
    <message>
        <source>How many can start now. Leave as not given if you do not know.</source>
        <translation>How many can start now. Leave as not given if you do not know.</translation>
    </message>
    <message>
        <source>Free places checked on</source>
        <translation>Free places checked on</translation>
    </message>
    <message>
        <source>The day the number of free places was last checked.</source>
        <translation>The day the number of free places was last checked.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Leave without a date if one can start at any time.</source>
        <translation>Leave without a date if one can start at any time.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Leave without a date if it continues.</source>
        <translation>Leave without a date if it continues.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>The usual weekly hours, e.g. from 12 to 25.</source>
        <translation>The usual weekly hours, e.g. from 12 to 25.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>E.g. 3–6 months.</source>
        <translation>E.g. 3–6 months.</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Referral needed</translation>
    </message>
    <message>
        <source>Tick if the job seeker needs a referral from employment services.</source>
        <translation>Tick if the job seeker needs a referral from employment services.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>What the job seeker should do first, e.g. call the work coach.</source>
        <translation>What the job seeker should do first, e.g. call the work coach.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Who answers questions. Add people on the organisation page.</source>
        <translation>Who answers questions. Add people on the organisation page.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Leave empty when it is free for the job seeker.</source>
        <translation>Leave empty when it is free for the job seeker.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Check each opportunity at least every six months.</source>
        <translation>Check each opportunity at least every six months.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Kuhina: first start</source>
        <translation>Kuhina: first start</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>Making the demo…</source>
        <translation>Making the demo…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Kuhina user guide</source>
        <translation>Kuhina user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sent packages</source>
        <translation>Sent packages</translation>
    </message>
    <message>
        <source>Every package made on this computer. Each one holds everything published at the time, so an old or lost package does no harm: the coordinator always keeps the newest.</source>
        <translation>Every package made on this computer. Each one holds everything published at the time, so an old or lost package does no harm: the coordinator always keeps the newest.</translation>
    </message>
    <message>
        <source>Open the file&apos;s folder</source>
        <translation>Open the file&apos;s folder</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Send to coordinator…</translation>
    </message>
    <message>
        <source>Packages made</source>
        <translation>Packages made</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Hours per week, at least</source>
        <translation>Hours per week, at least</translation>
    </message>
    <message>
        <source>Hours per week, at most</source>
        <translation>Hours per week, at most</translation>
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
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Add picture…</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>You can also drag pictures here from your files.</source>
        <translation>You can also drag pictures here from your files.</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Picture %1 of %2</translation>
    </message>
    <message>
        <source>(missing picture)</source>
        <translation>(missing picture)</translation>
    </message>
    <message>
        <source>Choose pictures</source>
        <translation>Choose pictures</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Cannot read the file: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) applied</source>
        <translation>
            <numerusform>Imported: %n change applied</numerusform>
            <numerusform>Imported: %n changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation>Already imported: nothing changed</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the organisation&apos;s key</source>
        <translation>Waiting for you to confirm the organisation&apos;s key</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Already imported: nothing to do</source>
        <translation>Already imported: nothing to do</translation>
    </message>
    <message>
        <source>Valid signature, but it resembles {other}, already in the catalogue: check before you trust the key</source>
        <translation>Valid signature, but it resembles {other}, already in the catalogue: check before you trust the key</translation>
    </message>
    <message>
        <source>Valid signature, but with a new key: confirm the key by phone first</source>
        <translation>Valid signature, but with a new key: confirm the key by phone first</translation>
    </message>
    <message>
        <source>Valid, from a new organisation: confirm its key by phone first</source>
        <translation>Valid, from a new organisation: confirm its key by phone first</translation>
    </message>
    <message>
        <source>Valid, signed with a new key that the previous key vouched for</source>
        <translation>Valid, signed with a new key that the previous key vouched for</translation>
    </message>
    <message>
        <source>Valid: ready to review</source>
        <translation>Valid: ready to review</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Packages from the associations arrive here. Drag .kuhina files onto this list or choose &quot;Add packages&quot;. Each one is checked: its signature, its contents and what it would change in the catalogue. Nothing changes until you import it.</source>
        <translation>Packages from the associations arrive here. Drag .kuhina files onto this list or choose &quot;Add packages&quot;. Each one is checked: its signature, its contents and what it would change in the catalogue. Nothing changes until you import it.</translation>
    </message>
    <message>
        <source>Packages in the inbox</source>
        <translation>Packages in the inbox</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Add packages…</translation>
    </message>
    <message>
        <source>Open .kuhina files (Ctrl+O)</source>
        <translation>Open .kuhina files (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Confirm key…</translation>
    </message>
    <message>
        <source>&amp;Review and import…</source>
        <translation>&amp;Review and import…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Add packages</translation>
    </message>
    <message>
        <source>Kuhina packages (*.kuhina);;All files (*)</source>
        <translation>Kuhina packages (*.kuhina);;All files (*)</translation>
    </message>
    <message>
        <source>Checking packages</source>
        <translation>Checking packages</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>{count} packages: {ready} ready to review, {waiting} waiting for a key to be confirmed.</source>
        <translation>{count} packages: {ready} ready to review, {waiting} waiting for a key to be confirmed.</translation>
    </message>
    <message>
        <source>Trusting the key</source>
        <translation>Trusting the key</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup)</source>
        <translation>Kuhina backups (*.kuhinabackup)</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup);;All files (*)</source>
        <translation>Kuhina backups (*.kuhinabackup);;All files (*)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The passphrase protects the signing key on this computer. You need it every time you make a package. Leave the new one empty to use no passphrase.</source>
        <translation>The passphrase protects the signing key on this computer. You need it every time you make a package. Leave the new one empty to use no passphrase.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Make a new signing key</source>
        <translation>Make a new signing key</translation>
    </message>
    <message>
        <source>Make a new key if you think someone else may have got a copy of this computer&apos;s files. The old key signs the new one, so the coordinator accepts your next package without phoning. Continue?</source>
        <translation>Make a new key if you think someone else may have got a copy of this computer&apos;s files. The old key signs the new one, so the coordinator accepts your next package without phoning. Continue?</translation>
    </message>
    <message>
        <source>Give the current passphrase (if there is one) and a passphrase for the new key (or leave it empty).</source>
        <translation>Give the current passphrase (if there is one) and a passphrase for the new key (or leave it empty).</translation>
    </message>
    <message>
        <source>Making a new key…</source>
        <translation>Making a new key…</translation>
    </message>
    <message>
        <source>A new signing key was made. Its fingerprint is %1.</source>
        <translation>A new signing key was made. Its fingerprint is %1.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>The backup holds everything, including the signing key, so it is locked with a passphrase. Choose one and write it down somewhere safe: without it the backup cannot be opened.</source>
        <translation>The backup holds everything, including the signing key, so it is locked with a passphrase. Choose one and write it down somewhere safe: without it the backup cannot be opened.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>The backup was saved to %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>The passphrase the backup was made with:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>KeyInfo</name>
    <message>
        <source>Your packages are signed with this program&apos;s key, so the coordinator can be sure they really come from your association and nobody changed them on the way. When your first package arrives, the coordinator may phone you and ask you to read this code aloud. Nobody needs it for anything else, and it is not a password: it is safe to read out.</source>
        <translation>Your packages are signed with this program&apos;s key, so the coordinator can be sure they really come from your association and nobody changed them on the way. When your first package arrives, the coordinator may phone you and ask you to read this code aloud. Nobody needs it for anything else, and it is not a password: it is safe to read out.</translation>
    </message>
    <message>
        <source>Code to read aloud (only digits):</source>
        <translation>Code to read aloud (only digits):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Key code to read aloud</translation>
    </message>
    <message>
        <source>The same key as ssh-keygen shows it:</source>
        <translation>The same key as ssh-keygen shows it:</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Copy the key fingerprint</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key is ready</source>
        <translation>Your signing key is ready</translation>
    </message>
    <message>
        <source>You can see this code later on the Organisation page.</source>
        <translation>You can see this code later on the Organisation page.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Send to coordinator…</source>
        <translation>&amp;Send to coordinator…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Open another workspace…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>New &amp;opportunity</translation>
    </message>
    <message>
        <source>New coaching &amp;environment</source>
        <translation>New coaching &amp;environment</translation>
    </message>
    <message>
        <source>&amp;Duplicate the opportunity</source>
        <translation>&amp;Duplicate the opportunity</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Search the list</translation>
    </message>
    <message>
        <source>&amp;Preview the opportunity</source>
        <translation>&amp;Preview the opportunity</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>&amp;Privacy notice</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;About Kuhina</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Coaching environments</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Sent packages</source>
        <translation>Sent packages</translation>
    </message>
    <message>
        <source>Package no. %1 was saved to %2.</source>
        <translation>Package no. %1 was saved to %2.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Some changes could not be saved (the reason was shown). If you close now, they are lost. Close anyway?</source>
        <translation>Some changes could not be saved (the reason was shown). If you close now, they are lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>MunicipalityEditor</name>
    <message>
        <source>Whole region (all municipalities)</source>
        <translation>Whole region (all municipalities)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase (leave empty if there is none):</source>
        <translation>&amp;Current passphrase (leave empty if there is none):</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Second period (optional)</source>
        <translation>Second period (optional)</translation>
    </message>
    <message>
        <source>Same for every weekday: copy Monday to Tuesday–Friday</source>
        <translation>Same for every weekday: copy Monday to Tuesday–Friday</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Open on %1</translation>
    </message>
    <message>
        <source>Second period on %1</source>
        <translation>Second period on %1</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, opens at</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, closes at</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Add a work trial, coaching or other opportunity.</source>
        <translation>Add a work trial, coaching or other opportunity.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Make a copy of the chosen opportunity to start a similar one (Ctrl+D).</source>
        <translation>Make a copy of the chosen opportunity to start a similar one (Ctrl+D).</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Set the status of every selected row at once.</source>
        <translation>Set the status of every selected row at once.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>How the chosen opportunity will look in the published catalogue (Ctrl+P).</source>
        <translation>How the chosen opportunity will look in the published catalogue (Ctrl+P).</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>No opportunities yet. An opportunity is something a job seeker can do with you: a work trial, rehabilitative work, coaching, volunteering... Press “New opportunity” to add one.</source>
        <translation>No opportunities yet. An opportunity is something a job seeker can do with you: a work trial, rehabilitative work, coaching, volunteering... Press “New opportunity” to add one.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(copy)</translation>
    </message>
    <message>
        <source>A copy was made as a draft. Change what differs and publish it.</source>
        <translation>A copy was made as a draft. Change what differs and publish it.</translation>
    </message>
    <message numerus="yes">
        <source>Status set to “%1” for %n row(s).</source>
        <translation>
            <numerusform>Status set to “%1” for %n row.</numerusform>
            <numerusform>Status set to “%1” for %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still have problems and cannot be sent until they are fixed.</source>
        <translation>
            <numerusform>%n of them still has problems and cannot be sent until they are fixed.</numerusform>
            <numerusform>%n of them still have problems and cannot be sent until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>No start date (one can start any time)</source>
        <translation>No start date (one can start any time)</translation>
    </message>
    <message>
        <source>No end date (continues)</source>
        <translation>No end date (continues)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (no longer in use)</translation>
    </message>
    <message>
        <source>— no place (e.g. career coaching) —</source>
        <translation>— no place (e.g. career coaching) —</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation>— nobody chosen —</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>none imported</source>
        <translation>none imported</translation>
    </message>
    <message>
        <source>no. {sequence}, {date}</source>
        <translation>no. {sequence}, {date}</translation>
    </message>
    <message>
        <source>{published} published of {total}</source>
        <translation>{published} published of {total}</translation>
    </message>
    <message>
        <source>Yes: no package for 6 months</source>
        <translation>Yes: no package for 6 months</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Key history of the chosen organisation</source>
        <translation>Key history of the chosen organisation</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Confirm key…</translation>
    </message>
    <message>
        <source>Re&amp;voke trust…</source>
        <translation>Re&amp;voke trust…</translation>
    </message>
    <message>
        <source>Hi&amp;de organisation…</source>
        <translation>Hi&amp;de organisation…</translation>
    </message>
    <message>
        <source>&amp;Show organisation again</source>
        <translation>&amp;Show organisation again</translation>
    </message>
    <message>
        <source>Save allowed_signers file…</source>
        <translation>Save allowed_signers file…</translation>
    </message>
    <message>
        <source>&amp;Erase a person…</source>
        <translation>&amp;Erase a person…</translation>
    </message>
    <message>
        <source>Erase a contact person&apos;s details at their request, from every organisation</source>
        <translation>Erase a contact person&apos;s details at their request, from every organisation</translation>
    </message>
    <message>
        <source>Re&amp;move records…</source>
        <translation>Re&amp;move records…</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records and erase its contact people: for an organisation whose key is revoked or that has sent nothing for a long time</source>
        <translation>Remove the organisation&apos;s records and erase its contact people: for an organisation whose key is revoked or that has sent nothing for a long time</translation>
    </message>
    <message>
        <source>The trusted keys in OpenSSH&apos;s format, for checking packages with ssh-keygen -Y verify</source>
        <translation>The trusted keys in OpenSSH&apos;s format, for checking packages with ssh-keygen -Y verify</translation>
    </message>
    <message>
        <source>{count} organisations: {waiting} waiting for key confirmation, {stale} stale.</source>
        <translation>{count} organisations: {waiting} waiting for key confirmation, {stale} stale.</translation>
    </message>
    <message>
        <source>Choose an organisation to see its keys.</source>
        <translation>Choose an organisation to see its keys.</translation>
    </message>
    <message>
        <source>Key history of {name}</source>
        <translation>Key history of {name}</translation>
    </message>
    <message>
        <source>key {fingerprint} seen, waiting for confirmation</source>
        <translation>key {fingerprint} seen, waiting for confirmation</translation>
    </message>
    <message>
        <source>key {fingerprint} confirmed</source>
        <translation>key {fingerprint} confirmed</translation>
    </message>
    <message>
        <source>trust revoked</source>
        <translation>trust revoked</translation>
    </message>
    <message>
        <source>key rotated to {fingerprint}, signed by the previous key</source>
        <translation>key rotated to {fingerprint}, signed by the previous key</translation>
    </message>
    <message>
        <source>key {fingerprint} trusted on first use</source>
        <translation>key {fingerprint} trusted on first use</translation>
    </message>
    <message>
        <source>package refused: {reason}</source>
        <translation>package refused: {reason}</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Revoke trust</translation>
    </message>
    <message>
        <source>Revoke trust in {name}? Its packages will be refused from now on, whichever key signed them. Its records stay in the catalogue until you hide them.</source>
        <translation>Revoke trust in {name}? Its packages will be refused from now on, whichever key signed them. Its records stay in the catalogue until you hide them.</translation>
    </message>
    <message>
        <source>Hide organisation</source>
        <translation>Hide organisation</translation>
    </message>
    <message>
        <source>Why do you hide {name}? All its opportunities stay out of every output until you show it again.</source>
        <translation>Why do you hide {name}? All its opportunities stay out of every output until you show it again.</translation>
    </message>
    <message>
        <source>Save allowed_signers file</source>
        <translation>Save allowed_signers file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>OutputSection</name>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Excel workbooks for the municipalities</source>
        <translation>Excel workbooks for the municipalities</translation>
    </message>
    <message>
        <source>One workbook per municipality with the opportunities on offer there. With all municipalities, also a regional workbook with a sheet per municipality and a summary. Hidden records and opportunities that are not published are left out.</source>
        <translation>One workbook per municipality with the opportunities on offer there. With all municipalities, also a regional workbook with a sheet per municipality and a summary. Hidden records and opportunities that are not published are left out.</translation>
    </message>
    <message>
        <source>&amp;All municipalities and the regional workbook</source>
        <translation>&amp;All municipalities and the regional workbook</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Only &amp;these municipalities:</source>
        <translation>Only &amp;these municipalities:</translation>
    </message>
    <message>
        <source>Language of the &amp;workbooks:</source>
        <translation>Language of the &amp;workbooks:</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>Language of the workbooks</translation>
    </message>
    <message>
        <source>Make &amp;Excel workbooks</source>
        <translation>Make &amp;Excel workbooks</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <source>The catalogue as open data: HSDS 3.0 JSON, the catalogue&apos;s own JSON in all languages, and CSV tables.</source>
        <translation>The catalogue as open data: HSDS 3.0 JSON, the catalogue&apos;s own JSON in all languages, and CSV tables.</translation>
    </message>
    <message>
        <source>Make &amp;open data</source>
        <translation>Make &amp;open data</translation>
    </message>
    <message>
        <source>Web catalogue</source>
        <translation>Web catalogue</translation>
    </message>
    <message>
        <source>A static web catalogue in Finnish, Swedish and English, with a page per municipality. Copy the folder to any web server, or open index.html from disk. An earlier catalogue in the folder is replaced.</source>
        <translation>A static web catalogue in Finnish, Swedish and English, with a page per municipality. Copy the folder to any web server, or open index.html from disk. An earlier catalogue in the folder is replaced.</translation>
    </message>
    <message>
        <source>&amp;Publish the web catalogue</source>
        <translation>&amp;Publish the web catalogue</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>Web &amp;address:</translation>
    </message>
    <message>
        <source>The address the web catalogue is published at</source>
        <translation>The address the web catalogue is published at</translation>
    </message>
    <message>
        <source>With an address the catalogue gets canonical links, a sitemap for search engines and link previews. Leave empty if it is not yet known.</source>
        <translation>With an address the catalogue gets canonical links, a sitemap for search engines and link previews. Leave empty if it is not yet known.</translation>
    </message>
    <message>
        <source>Accessibility &amp;feedback e-mail:</source>
        <translation>Accessibility &amp;feedback e-mail:</translation>
    </message>
    <message>
        <source>E-mail address for feedback on the catalogue&apos;s accessibility</source>
        <translation>E-mail address for feedback on the catalogue&apos;s accessibility</translation>
    </message>
    <message>
        <source>Privacy &amp;controller:</source>
        <translation>Privacy &amp;controller:</translation>
    </message>
    <message>
        <source>Who is responsible for the catalogue&apos;s personal data (the controller)</source>
        <translation>Who is responsible for the catalogue&apos;s personal data (the controller)</translation>
    </message>
    <message>
        <source>e.g. the project&apos;s association</source>
        <translation>e.g. the project&apos;s association</translation>
    </message>
    <message>
        <source>Named in the web catalogue&apos;s privacy notice, with the e-mail address below. Without them the notice says the controller has not been set.</source>
        <translation>Named in the web catalogue&apos;s privacy notice, with the e-mail address below. Without them the notice says the controller has not been set.</translation>
    </message>
    <message>
        <source>Controller&apos;s e-&amp;mail:</source>
        <translation>Controller&apos;s e-&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail address of the controller, for questions about personal data</source>
        <translation>E-mail address of the controller, for questions about personal data</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Choose at least one municipality.</translation>
    </message>
    <message>
        <source>Making Excel workbooks</source>
        <translation>Making Excel workbooks</translation>
    </message>
    <message>
        <source>Making open data</source>
        <translation>Making open data</translation>
    </message>
    <message>
        <source>Publishing the web catalogue</source>
        <translation>Publishing the web catalogue</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Done: written to {folder}.</source>
        <translation>Done: written to {folder}.</translation>
    </message>
    <message>
        <source>The privacy notice names no controller yet: it says the controller has not been set. Fill in the privacy controller and their e-mail, and publish again.</source>
        <translation>The privacy notice names no controller yet: it says the controller has not been set. Fill in the privacy controller and their e-mail, and publish again.</translation>
    </message>
    <message>
        <source>{count} published opportunities do not say how to apply; the web catalogue shows the association&apos;s contact instead. Ask the association to fill them in:</source>
        <translation>{count} published opportunities do not say how to apply; the web catalogue shows the association&apos;s contact instead. Ask the association to fill them in:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Not done: {reason}</translation>
    </message>
    <message>
        <source>Not done: an unexpected error.</source>
        <translation>Not done: an unexpected error.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PhotoConfirmation</name>
    <message>
        <source>The people in this photo have agreed to its publication, or no person can be recognised in it</source>
        <translation>The people in this photo have agreed to its publication, or no person can be recognised in it</translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation>Confirmed on %1.</translation>
    </message>
    <message>
        <source>Not published: the photo is sent to the coordinator, but the web catalogue does not show it until this is ticked.</source>
        <translation>Not published: the photo is sent to the coordinator, but the web catalogue does not show it until this is ticked.</translation>
    </message>
</context>
<context>
    <name>PhotoDescriptionsEditor</name>
    <message>
        <source>Add a photo first: its description is written here.</source>
        <translation>Add a photo first: its description is written here.</translation>
    </message>
    <message>
        <source>%1, photo %2</source>
        <translation>%1, photo %2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Not translated into this language yet: the catalogue shows the Finnish text.</source>
        <translation>Not translated into this language yet: the catalogue shows the Finnish text.</translation>
    </message>
    <message>
        <source>What you learn</source>
        <translation>What you learn</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibility: %1</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Municipalities: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Continuous: you can start at any time.</source>
        <translation>Continuous: you can start at any time.</translation>
    </message>
    <message>
        <source>%1–%2 hours a week</source>
        <translation>%1–%2 hours a week</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 hours a week</translation>
    </message>
    <message>
        <source>Free places: %1</source>
        <translation>Free places: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(checked %1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>You need a referral from employment services.</source>
        <translation>You need a referral from employment services.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Free of charge.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: how the catalogue will show this</source>
        <translation>Preview: how the catalogue will show this</translation>
    </message>
    <message>
        <source>Preview of the opportunity</source>
        <translation>Preview of the opportunity</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Show in:</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeWindow</name>
    <message>
        <source>Kuhina privacy notice</source>
        <translation>Kuhina privacy notice</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message numerus="yes">
        <source>Draft: stays on this computer and is not sent. %n thing(s) still missing before it can be published.</source>
        <translation>
            <numerusform>Draft: stays on this computer and is not sent. %n thing still missing before it can be published.</numerusform>
            <numerusform>Draft: stays on this computer and is not sent. %n things still missing before it can be published.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: stays on this computer and is not sent. It is complete:</source>
        <translation>Draft: stays on this computer and is not sent. It is complete:</translation>
    </message>
    <message>
        <source>Published: goes into the next package.</source>
        <translation>Published: goes into the next package.</translation>
    </message>
    <message>
        <source>%1: sent, shown as not available now.</source>
        <translation>%1: sent, shown as not available now.</translation>
    </message>
    <message>
        <source>Shows what is still missing.</source>
        <translation>Shows what is still missing.</translation>
    </message>
    <message>
        <source>Publish it: it then goes into the next package.</source>
        <translation>Publish it: it then goes into the next package.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Fields marked * are required. Everything is saved as soon as you leave a field: there is no Save button.</source>
        <translation>Fields marked * are required. Everything is saved as soon as you leave a field: there is no Save button.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Move to bin</source>
        <translation>Move to bin</translation>
    </message>
    <message>
        <source>Moves the selected rows to the bin (Delete). You can restore them from there.</source>
        <translation>Moves the selected rows to the bin (Delete). You can restore them from there.</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>More buttons</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Type words to search for</source>
        <translation>Type words to search for</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Show only</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected. Choose one row to edit it.</source>
        <translation>
            <numerusform>%n row selected. Choose one row to edit it.</numerusform>
            <numerusform>%n rows selected. Choose one row to edit it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row from the list, or press New.</source>
        <translation>Choose a row from the list, or press New.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>“%1” was moved to the bin. You can restore it from the Bin page.</source>
        <translation>“%1” was moved to the bin. You can restore it from the Bin page.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were moved to the bin. You can restore them from the Bin page.</source>
        <translation>
            <numerusform>%n row was moved to the bin. You can restore it from the Bin page.</numerusform>
            <numerusform>%n rows were moved to the bin. You can restore them from the Bin page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Record or field</source>
        <translation>Record or field</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Now in the catalogue</source>
        <translation>Now in the catalogue</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{change}, hidden from publication</source>
        <translation>{change}, hidden from publication</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>Rejected too: it needs “{record}”, which is rejected</source>
        <translation>Rejected too: it needs “{record}”, which is rejected</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>All accepted</source>
        <translation>All accepted</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>You have hidden this record. It stays hidden whatever you decide here.</source>
        <translation>You have hidden this record. It stays hidden whatever you decide here.</translation>
    </message>
    <message>
        <source>A new record:</source>
        <translation>A new record:</translation>
    </message>
    <message>
        <source>The package no longer has this record; accepting removes it from the catalogue:</source>
        <translation>The package no longer has this record; accepting removes it from the catalogue:</translation>
    </message>
    <message>
        <source>Now in the catalogue:</source>
        <translation>Now in the catalogue:</translation>
    </message>
    <message>
        <source>In the package:</source>
        <translation>In the package:</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words are underlined.</source>
        <translation>Removed words are struck through, added words are underlined.</translation>
    </message>
    <message>
        <source>The removal of the place “{dependent}” is rejected too: an opportunity stays there, so the catalogue keeps the place as it is now.</source>
        <translation>The removal of the place “{dependent}” is rejected too: an opportunity stays there, so the catalogue keeps the place as it is now.</translation>
    </message>
    <message>
        <source>The new contact list of “{dependent}” is rejected too: an opportunity still names a contact person it would remove.</source>
        <translation>The new contact list of “{dependent}” is rejected too: an opportunity still names a contact person it would remove.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it names a contact person of the rejected contact list of “{cause}”.</source>
        <translation>“{dependent}” is rejected too: it names a contact person of the rejected contact list of “{cause}”.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it takes place at “{cause}”, which is rejected. It stays as the catalogue has it now (a new one is not added).</source>
        <translation>“{dependent}” is rejected too: it takes place at “{cause}”, which is rejected. It stays as the catalogue has it now (a new one is not added).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps its contact person as the catalogue has it now (the contact list of “{cause}” is not changed).</source>
        <translation>“{dependent}” keeps its contact person as the catalogue has it now (the contact list of “{cause}” is not changed).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps the place “{cause}” as the catalogue has it now (its address and opening hours included).</source>
        <translation>“{dependent}” keeps the place “{cause}” as the catalogue has it now (its address and opening hours included).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the package of {name}</source>
        <translation>Review the package of {name}</translation>
    </message>
    <message>
        <source>Package {number} of {count}: {name}</source>
        <translation>Package {number} of {count}: {name}</translation>
    </message>
    <message>
        <source>◀ &amp;Previous package</source>
        <translation>◀ &amp;Previous package</translation>
    </message>
    <message>
        <source>&amp;Next package ▶</source>
        <translation>&amp;Next package ▶</translation>
    </message>
    <message>
        <source>Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} removed records. Every change is accepted unless you reject it.</source>
        <translation>Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} removed records. Every change is accepted unless you reject it.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) concern records you have hidden; they stay hidden.</source>
        <translation>
            <numerusform>%n change concerns records you have hidden; they stay hidden.</numerusform>
            <numerusform>%n changes concern records you have hidden; they stay hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Warning: {finding}</translation>
    </message>
    <message>
        <source>Changes in the package</source>
        <translation>Changes in the package</translation>
    </message>
    <message>
        <source>The selected change in full</source>
        <translation>The selected change in full</translation>
    </message>
    <message>
        <source>What the rejections mean</source>
        <translation>What the rejections mean</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Accept the selected changes (Ctrl+Enter)</source>
        <translation>Accept the selected changes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject the selected changes, with a reason (Ctrl+Backspace)</source>
        <translation>Reject the selected changes, with a reason (Ctrl+Backspace)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>&amp;Import into the catalogue</source>
        <translation>&amp;Import into the catalogue</translation>
    </message>
    <message>
        <source>Accept all &amp;remaining…</source>
        <translation>Accept all &amp;remaining…</translation>
    </message>
    <message>
        <source>Import this package and every following one not imported yet, each with all its changes accepted</source>
        <translation>Import this package and every following one not imported yet, each with all its changes accepted</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Reject changes</translation>
    </message>
    <message numerus="yes">
        <source>Why do you reject %n change(s)? The reason goes to the audit log.</source>
        <translation>
            <numerusform>Why do you reject %n change? The reason goes to the audit log.</numerusform>
            <numerusform>Why do you reject %n changes? The reason goes to the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted, {rejected} rejected</source>
        <translation>{accepted} accepted, {rejected} rejected</translation>
    </message>
    <message>
        <source>Accept all remaining</source>
        <translation>Accept all remaining</translation>
    </message>
    <message numerus="yes">
        <source>Import %n package(s), this one and the ones after it, each with all its changes accepted?</source>
        <translation>
            <numerusform>Import %n package, with all its changes accepted?</numerusform>
            <numerusform>Import %n packages, this one and the ones after it, each with all its changes accepted?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{name}: {result} Next package: {next}.</source>
        <translation>{name}: {result} Next package: {next}.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Importing the package</translation>
    </message>
    <message>
        <source>Imported: {applied} changes applied, {rejected} rejected.</source>
        <translation>Imported: {applied} changes applied, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Checked today</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <source>Press when you have checked that everything here is still true.</source>
        <translation>Press when you have checked that everything here is still true.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Checked on %1.</translation>
    </message>
    <message>
        <source>Not marked as checked yet.</source>
        <translation>Not marked as checked yet.</translation>
    </message>
    <message>
        <source>⚠ Due for review: over six months since the last check.</source>
        <translation>⚠ Due for review: over six months since the last check.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>I describe an association&apos;s offers</source>
        <translation>I describe an association&apos;s offers</translation>
    </message>
    <message>
        <source>For associations: describe your coaching environments and opportunities and send them to the regional coordinator.</source>
        <translation>For associations: describe your coaching environments and opportunities and send them to the regional coordinator.</translation>
    </message>
    <message>
        <source>I am the regional coordinator</source>
        <translation>I am the regional coordinator</translation>
    </message>
    <message>
        <source>For the Kuhina project office: receive the associations&apos; packages, review them and publish the regional catalogue.</source>
        <translation>For the Kuhina project office: receive the associations&apos; packages, review them and publish the regional catalogue.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>USB stick or memory card: %1 (%2)</source>
        <translation>USB stick or memory card: %1 (%2)</translation>
    </message>
    <message>
        <source>The folder used last time: %1</source>
        <translation>The folder used last time: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Save &amp;to:</translation>
    </message>
    <message>
        <source>Where the package is saved</source>
        <translation>Where the package is saved</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Name of the package file</source>
        <translation>Name of the package file</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>&amp;Another folder…</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Give the file a name.</translation>
    </message>
    <message>
        <source>The package will be saved as: %1</source>
        <translation>The package will be saved as: %1</translation>
    </message>
    <message>
        <source>No USB stick found. To save the package on one, plug it in and open this window again, or choose it with “Another folder…”.</source>
        <translation>No USB stick found. To save the package on one, plug it in and open this window again, or choose it with “Another folder…”.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Working there</source>
        <translation>Working there</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>For whom and where</source>
        <translation>For whom and where</translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation>Places and times</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Applying</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Contact information</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to coordinator</source>
        <translation>Send to coordinator</translation>
    </message>
    <message>
        <source>&amp;Make the package</source>
        <translation>&amp;Make the package</translation>
    </message>
    <message>
        <source>What goes into the package</source>
        <translation>What goes into the package</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the package can be made.</source>
        <translation>
            <numerusform>%n problem must be fixed before the package can be made.</numerusform>
            <numerusform>%n problems must be fixed before the package can be made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation>Where to save it</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase of the signing key</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copy the e-mail address</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Write an e-mail…</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching environment(s) and your organisation&apos;s profile.</source>
        <translation>
            <numerusform>%n coaching environment and your organisation&apos;s profile.</numerusform>
            <numerusform>%n coaching environments and your organisation&apos;s profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your first package.</source>
        <translation>This is your first package.</translation>
    </message>
    <message>
        <source>Nothing has changed since package no. %1.</source>
        <translation>Nothing has changed since package no. %1.</translation>
    </message>
    <message>
        <source>Since package no. %1: %2 new, %3 changed, %4 removed.</source>
        <translation>Since package no. %1: %2 new, %3 changed, %4 removed.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>&amp;Show what to fix</source>
        <translation>&amp;Show what to fix</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the signing key:</source>
        <translation>Pass&amp;phrase of the signing key:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>The package file:</source>
        <translation>The package file:</translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s),</source>
        <translation>
            <numerusform>%n published opportunity,</numerusform>
            <numerusform>%n published opportunities,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused or closed opportunity(s) (shown as not available),</source>
        <translation>
            <numerusform>%n paused or closed opportunity (shown as not available),</numerusform>
            <numerusform>%n paused or closed opportunities (shown as not available),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay on this computer and are not sent:</source>
        <translation>
            <numerusform>%n draft stays on this computer and is not sent:</numerusform>
            <numerusform>%n drafts stay on this computer and are not sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still lack something: see “Ready to send”.</source>
        <translation>
            <numerusform>%n of them still lacks something: see “Ready to send”.</numerusform>
            <numerusform>%n of them still lack something: see “Ready to send”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;ublish the %n complete draft(s)</source>
        <translation>
            <numerusform>P&amp;ublish the %n complete draft</numerusform>
            <numerusform>P&amp;ublish the %n complete drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was saved: %1</source>
        <translation>The package was saved: %1</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>The package file</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator at %1: attach it to an e-mail, or copy it onto a USB stick and take it there.</source>
        <translation>Now send this file to the coordinator at %1: attach it to an e-mail, or copy it onto a USB stick and take it there.</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator: attach it to an e-mail, or copy it onto a USB stick and take it there. (You can save the coordinator&apos;s e-mail address in Settings.)</source>
        <translation>Now send this file to the coordinator: attach it to an e-mail, or copy it onto a USB stick and take it there. (You can save the coordinator&apos;s e-mail address in Settings.)</translation>
    </message>
    <message>
        <source>The file is signed: if anybody changes it on the way, the coordinator&apos;s program notices. It holds only what you have published, nothing else.</source>
        <translation>The file is signed: if anybody changes it on the way, the coordinator&apos;s program notices. It holds only what you have published, nothing else.</translation>
    </message>
    <message>
        <source>It is package no. %1.</source>
        <translation>It is package no. %1.</translation>
    </message>
    <message>
        <source>Kuhina package no. %1 from %2</source>
        <translation>Kuhina package no. %1 from %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;e-mail address:</source>
        <translation>Coordinator&apos;s &amp;e-mail address:</translation>
    </message>
    <message>
        <source>Where packages are sent. It is shown when a package is ready.</source>
        <translation>Where packages are sent. It is shown when a package is ready.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <source>Make a new key…</source>
        <translation>Make a new key…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>A backup is one file holding all your records and the signing key. Keep it on a USB stick or another computer, so a broken laptop loses nothing.</source>
        <translation>A backup is one file holding all your records and the signing key. Keep it on a USB stick or another computer, so a broken laptop loses nothing.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>The coordinator&apos;s e-mail address was saved.</source>
        <translation>The coordinator&apos;s e-mail address was saved.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Create a new organisation</source>
        <translation>Create a new organisation</translation>
    </message>
    <message>
        <source>The usual start: you describe your association from the beginning.</source>
        <translation>The usual start: you describe your association from the beginning.</translation>
    </message>
    <message>
        <source>Open an existing workspace</source>
        <translation>Open an existing workspace</translation>
    </message>
    <message>
        <source>A workspace folder made earlier with Kuhina, e.g. on a USB stick.</source>
        <translation>A workspace folder made earlier with Kuhina, e.g. on a USB stick.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>A backup file made with Kuhina, e.g. from a computer that broke.</source>
        <translation>A backup file made with Kuhina, e.g. from a computer that broke.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>An invented association with example offers, to look around safely. It is kept apart from real work.</source>
        <translation>An invented association with example offers, to look around safely. It is kept apart from real work.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>this field</source>
        <translation>this field</translation>
    </message>
    <message>
        <source>The field was left as it was.</source>
        <translation>The field was left as it was.</translation>
    </message>
</context>
<context>
    <name>TranslatedTextEditor</name>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>The text in %1</source>
        <translation>The text in %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Confirm the key of {name}</source>
        <translation>Confirm the key of {name}</translation>
    </message>
    <message>
        <source>This package is signed with a key the catalogue does not trust yet. Before its contents are imported, make sure the key really belongs to this organisation.</source>
        <translation>This package is signed with a key the catalogue does not trust yet. Before its contents are imported, make sure the key really belongs to this organisation.</translation>
    </message>
    <message>
        <source>The organisation, as the package describes it</source>
        <translation>The organisation, as the package describes it</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisation ID</translation>
    </message>
    <message>
        <source>Code read aloud (digits, as the association sees it):</source>
        <translation>Code read aloud (digits, as the association sees it):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Key code to read aloud</translation>
    </message>
    <message>
        <source>Key fingerprint (as ssh-keygen -l prints it):</source>
        <translation>Key fingerprint (as ssh-keygen -l prints it):</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Copy the key fingerprint</translation>
    </message>
    <message>
        <source>Warning: this may be an impostor. Check these before you trust the key</source>
        <translation>Warning: this may be an impostor. Check these before you trust the key</translation>
    </message>
    <message>
        <source>Warning: this key would replace the trusted key {fingerprint}, and that key did not sign for it. Confirm especially carefully: this is how a stolen identity would look.</source>
        <translation>Warning: this key would replace the trusted key {fingerprint}, and that key did not sign for it. Confirm especially carefully: this is how a stolen identity would look.</translation>
    </message>
    <message>
        <source>Confirm by phone: call the association at a number you already know (not one from this package) and ask them to open Kuhina and read out the key fingerprint shown on their organisation page: six groups of five digits. Trust the key only if every digit matches.</source>
        <translation>Confirm by phone: call the association at a number you already know (not one from this package) and ask them to open Kuhina and read out the key fingerprint shown on their organisation page: six groups of five digits. Trust the key only if every digit matches.</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone (optional):</source>
        <translation>Fingerprint read out over the phone (optional):</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone</source>
        <translation>Fingerprint read out over the phone</translation>
    </message>
    <message>
        <source>I phoned the association and the fingerprint they read out matches</source>
        <translation>I phoned the association and the fingerprint they read out matches</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Trust this key</translation>
    </message>
    <message>
        <source>The same on the command line: {command}</source>
        <translation>The same on the command line: {command}</translation>
    </message>
    <message>
        <source>✓ Matches the fingerprint of the package.</source>
        <translation>✓ Matches the fingerprint of the package.</translation>
    </message>
    <message>
        <source>✗ Does not match. Do not trust this key.</source>
        <translation>✗ Does not match. Do not trust this key.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kuhina</source>
        <translation>Welcome to Kuhina</translation>
    </message>
    <message>
        <source>With Kuhina your association describes what it offers job seekers in North Karelia (work trials, coaching, volunteering and more) and sends it to the regional coordinator, who publishes the catalogue. Everything stays on this computer until you send it, and the program works without the internet.</source>
        <translation>With Kuhina your association describes what it offers job seekers in North Karelia (work trials, coaching, volunteering and more) and sends it to the regional coordinator, who publishes the catalogue. Everything stays on this computer until you send it, and the program works without the internet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Who will use this program?</source>
        <translation>Who will use this program?</translation>
    </message>
    <message>
        <source>(Not available in this version yet: use the command line, kuhina catalogue …, meanwhile.)</source>
        <translation>(Not available in this version yet: use the command line, kuhina catalogue …, meanwhile.)</translation>
    </message>
</context>
</TS>
