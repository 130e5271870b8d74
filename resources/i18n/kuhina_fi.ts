<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>About</name>
    <message>
        <source>The regional catalogue of what North Karelia&apos;s associations offer job seekers: work trials, coaching, volunteering and more.</source>
        <translation>Pohjois-Karjalan yhdistysten työnhakijoille tarjoamien mahdollisuuksien alueellinen luettelo: työkokeiluja, valmennusta, vapaaehtoistyötä ja paljon muuta.</translation>
    </message>
    <message>
        <source>Licence: European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Lisenssi: Euroopan unionin yleinen lisenssi (EUPL), versio 1.2.</translation>
    </message>
    <message>
        <source>The program works offline: it never connects to the internet.</source>
        <translation>Ohjelma toimii ilman verkkoyhteyttä: se ei koskaan ota yhteyttä internetiin.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Työtila: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Lokitiedosto: %1</translation>
    </message>
    <message>
        <source>About Kuhina</source>
        <translation>Tietoja Kuhinasta</translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation>Del (luettelossa)</translation>
    </message>
    <message>
        <source>Move the selected rows to the bin</source>
        <translation>Siirrä valitut rivit roskakoriin</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a field)</source>
        <translation>Ctrl+Z (kentässä)</translation>
    </message>
    <message>
        <source>Undo typing in the field</source>
        <translation>Peru kenttään kirjoitettu</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Sarkain / Vaihto+Sarkain</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Seuraava / edellinen kenttä</translation>
    </message>
    <message>
        <source>Ctrl+Tab (in a text)</source>
        <translation>Ctrl+Sarkain (tekstissä)</translation>
    </message>
    <message>
        <source>Next language tab</source>
        <translation>Seuraava kielivälilehti</translation>
    </message>
    <message>
        <source>Space (in a list of choices)</source>
        <translation>Välilyönti (vaihtoehtoluettelossa)</translation>
    </message>
    <message>
        <source>Tick or untick the choice</source>
        <translation>Valitse tai poista valinta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Postal code %1 belongs to %2, but the municipality chosen is %3. Check both.</source>
        <translation>Postinumero %1 kuuluu kuntaan %2, mutta kunnaksi on valittu %3. Tarkista molemmat.</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— ei annettu —</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{added} new, {changed} changed, {removed} removed; {rejected} changes rejected</source>
        <translation>{added} uutta, {changed} muutettua, {removed} poistettua; {rejected} muutosta hylätty</translation>
    </message>
    <message>
        <source>{record}. Reason: {reason}</source>
        <translation>{record}. Syy: {reason}</translation>
    </message>
    <message>
        <source>Opportunities: {opportunities}, organisations: {organisations}, to {where}</source>
        <translation>Mahdollisuuksia: {opportunities}, järjestöjä: {organisations}, kohteeseen {where}</translation>
    </message>
    <message>
        <source>{rejected} rejected, {hidden} hidden, to {where}</source>
        <translation>{rejected} hylätty, {hidden} piilotettu, tiedostoon {where}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Hae tapahtumalokista</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Järjestö:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Aikaväli:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Vie CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>With personal &amp;data</source>
        <translation>Henkilö&amp;tiedot mukaan</translation>
    </message>
    <message>
        <source>Include the contact people&apos;s names, e-mail addresses and phone numbers in the exported change lists. Without it they are left out.</source>
        <translation>Vie yhteyshenkilöiden nimet, sähköpostiosoitteet ja puhelinnumerot muutoslistoihin. Muuten ne jätetään pois.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>The chosen audit entry in full</source>
        <translation>Valittu tapahtuma kokonaisuudessaan</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n tapahtuma näkyvissä</numerusform>
            <numerusform>%n tapahtumaa näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, tekijä {who}</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paketti nro</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>Paketin SHA-256</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>hylätty: {reason}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Vie tapahtumaloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Pysäytetään…</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mahdollisuus</translation>
    </message>
</context>
<context>
    <name>BinPage</name>
    <message>
        <source>Bin</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Deleted coaching environments and opportunities wait here. They are not sent to the coordinator. Choose rows and press Restore (or Enter) to bring them back.</source>
        <translation>Poistetut valmennusympäristöt ja mahdollisuudet odottavat täällä. Niitä ei lähetetä koordinaattorille. Valitse rivit ja palauta ne painamalla Palauta (tai Enter).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Poistetut tiedot</translation>
    </message>
    <message>
        <source>“%1” was restored.</source>
        <translation>”%1” palautettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were restored.</source>
        <translation>
            <numerusform>%n rivi palautettiin.</numerusform>
            <numerusform>%n riviä palautettiin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>K&amp;ohderyhmä:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>&amp;Julkaisu:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>F&amp;reshness:</source>
        <translation>&amp;Ajantasaisuus:</translation>
    </message>
    <message>
        <source>Words from the title, description, organisation or place</source>
        <translation>Sanoja otsikosta, kuvauksesta, järjestön tai paikan nimestä</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Kaikki kohderyhmät</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Shown and hidden</source>
        <translation>Näkyvät ja piilotetut</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Vain näkyvät</translation>
    </message>
    <message>
        <source>Hidden only</source>
        <translation>Vain piilotetut</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message>
        <source>Stale: no package for 6 months</source>
        <translation>Vanhentuneet: ei pakettia 6 kuukauteen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Ajan tasalla</translation>
    </message>
</context>
<context>
    <name>CatalogueFolders</name>
    <message>
        <source>The regional catalogue</source>
        <translation>Alueellinen luettelo</translation>
    </message>
    <message>
        <source>Where should the regional catalogue be kept? The usual place is {folder}. An existing catalogue workspace, e.g. a copy from another computer, can be opened too.</source>
        <translation>Mihin alueellinen luettelo tallennetaan? Tavallinen paikka on {folder}. Voit myös avata olemassa olevan luettelon työtilan, esimerkiksi toiselta tietokoneelta kopioidun.</translation>
    </message>
    <message>
        <source>Use the usual place</source>
        <translation>Käytä tavallista paikkaa</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <source>Choose the folder for the regional catalogue</source>
        <translation>Valitse alueellisen luettelon kansio</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Opportunities in the catalogue</source>
        <translation>Luettelon mahdollisuudet</translation>
    </message>
    <message>
        <source>Details of the chosen opportunity</source>
        <translation>Valitun mahdollisuuden tiedot</translation>
    </message>
    <message>
        <source>Hi&amp;de from publication…</source>
        <translation>&amp;Piilota julkaisusta…</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>&amp;Näytä taas</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) match</source>
        <translation>
            <numerusform>%n mahdollisuus löytyi</numerusform>
            <numerusform>%n mahdollisuutta löytyi</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>Choose an opportunity to see its details.</source>
        <translation>Valitse mahdollisuus nähdäksesi sen tiedot.</translation>
    </message>
    <message>
        <source>Hidden from publication: the whole organisation is hidden.</source>
        <translation>Piilotettu julkaisusta: koko järjestö on piilotettu.</translation>
    </message>
    <message>
        <source>Hidden from publication. Reason: {reason}</source>
        <translation>Piilotettu julkaisusta. Syy: {reason}</translation>
    </message>
    <message>
        <source>Hide from publication</source>
        <translation>Piilota julkaisusta</translation>
    </message>
    <message>
        <source>Why do you hide &quot;{title}&quot;? It stays out of every output (web catalogue, Excel, open data) until you show it again, also after new packages. The reason goes to the audit log.</source>
        <translation>Miksi piilotat mahdollisuuden ”{title}”? Se jää pois kaikista julkaisuista (verkkoluettelo, Excel, avoin data), kunnes näytät sen taas, myös uusien pakettien jälkeen. Syy kirjataan tapahtumalokiin.</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Opportunity</source>
        <translation>Mahdollisuus</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Piilotettu</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Näkyvissä</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>(no name yet)</source>
        <translation>(ei vielä nimeä)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ongelma</numerusform>
            <numerusform>%n ongelmaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Tarkistettava</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Koko alue</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Organisation</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mahdollisuus</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Ready to send?</source>
        <translation>Valmis lähetettäväksi?</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Avaa tieto</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Lähetä koordinaattorille…</translation>
    </message>
    <message>
        <source>Things to fix before sending</source>
        <translation>Korjattavat asiat ennen lähettämistä</translation>
    </message>
    <message>
        <source>Not checked for six months. Check that it is still true and press “Checked today”.</source>
        <translation>Ei tarkistettu kuuteen kuukauteen. Tarkista, että tiedot pitävät yhä paikkansa, ja paina ”Tarkistettu tänään”.</translation>
    </message>
    <message numerus="yes">
        <source>A draft: not sent. To publish it, fill in what is missing (%n problem(s)), then set its status to Published.</source>
        <translation>
            <numerusform>Luonnos: ei lähetetä. Julkaise se, kun olet täydentänyt puuttuvan (%n ongelma) ja asettanut tilaksi Julkaistu.</numerusform>
            <numerusform>Luonnos: ei lähetetä. Julkaise se, kun olet täydentänyt puuttuvat (%n ongelmaa) ja asettanut tilaksi Julkaistu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will not be published, because the permission to publish has not been confirmed. Tick the box under the photo once the people in it have agreed, or if no person can be recognised in it.</source>
        <translation>
            <numerusform>%n kuva jää julkaisematta, koska sen julkaisulupaa ei ole vahvistettu. Valitse kuvan alla oleva kohta, kun kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen, tai jos kuvasta ei voi tunnistaa ketään.</numerusform>
            <numerusform>%n kuvaa ei julkaista, koska niiden julkaisulupaa ei ole vahvistettu. Valitse kunkin kuvan alla oleva kohta, kun kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen, tai jos kuvasta ei voi tunnistaa ketään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s) will be sent.</source>
        <translation>
            <numerusform>%n julkaistu mahdollisuus lähetetään.</numerusform>
            <numerusform>%n julkaistua mahdollisuutta lähetetään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n draft(s) stay on this computer and are not sent.</source>
        <translation>
            <numerusform>⚠ %n luonnos jää tälle tietokoneelle eikä sitä lähetetä.</numerusform>
            <numerusform>⚠ %n luonnosta jää tälle tietokoneelle eikä niitä lähetetä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts are complete: publish them with “Publish complete drafts”.</source>
        <translation>
            <numerusform>%n luonnoksista on valmis: julkaise se painikkeella ”Julkaise valmiit luonnokset”.</numerusform>
            <numerusform>%n luonnoksista on valmiita: julkaise ne painikkeella ”Julkaise valmiit luonnokset”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publish complete drafts (%n)</source>
        <translation>
            <numerusform>&amp;Julkaise valmiit luonnokset (%n)</numerusform>
            <numerusform>&amp;Julkaise valmiit luonnokset (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) will not be published until their permission to publish is confirmed.</source>
        <translation>
            <numerusform>⚠ %n kuva jää julkaisematta, kunnes sen julkaisulupa on vahvistettu.</numerusform>
            <numerusform>⚠ %n kuvaa jää julkaisematta, kunnes niiden julkaisulupa on vahvistettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) published.</source>
        <translation>
            <numerusform>%n luonnos julkaistiin.</numerusform>
            <numerusform>%n luonnosta julkaistiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) must be fixed before the package can be made. Double-click a row to go to the field.</source>
        <translation>
            <numerusform>⚠ %n ongelma pitää korjata ennen kuin paketin voi tehdä. Siirry kenttään kaksoisnapsauttamalla riviä.</numerusform>
            <numerusform>⚠ %n ongelmaa pitää korjata ennen kuin paketin voi tehdä. Siirry kenttään kaksoisnapsauttamalla riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems: everything is ready to send.</source>
        <translation>✓ Ei ongelmia: kaikki on valmis lähetettäväksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) are due for review.</source>
        <translation>
            <numerusform>%n mahdollisuus on tarkistettava.</numerusform>
            <numerusform>%n mahdollisuutta on tarkistettava.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (ei enää käytössä)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>May be published</source>
        <translation>Saa julkaista</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paketti nro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Luottamus</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Avaimen sormenjälki</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Viimeisin paketti</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Mahdollisuudet</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Piilotettu</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Mitä tehdä</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Valmennusympäristöt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Työtehtävät</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Vapaita paikkoja</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Permission to publish</source>
        <translation>Lupa julkaista yhteystiedot</translation>
    </message>
    <message>
        <source>The name, role, e-mail and phone of {person} are shown in the public web catalogue and in the Excel workbooks only if the person has agreed. Without permission the catalogue shows the organisation&apos;s own e-mail and phone.</source>
        <translation>Henkilön {person} nimi, rooli, sähköposti ja puhelinnumero näkyvät julkisessa verkkoluettelossa ja Excel-taulukoissa vain, jos hän on antanut siihen luvan. Ilman lupaa luettelo näyttää järjestön oman sähköpostin ja puhelinnumeron.</translation>
    </message>
    <message>
        <source>I asked the person for permission to publish their contact details</source>
        <translation>Kysyin henkilöltä luvan julkaista hänen yhteystietonsa</translation>
    </message>
    <message>
        <source>Your name (who recorded the permission):</source>
        <translation>Nimesi (luvan kirjaaja):</translation>
    </message>
    <message>
        <source>Record the permission</source>
        <translation>Kirjaa lupa</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Yes, {date} ({recorded_by})</source>
        <translation>Kyllä, {date} ({recorded_by})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Add a contact person</source>
        <translation>Lisää yhteyshenkilö</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Poista valittu henkilö</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>A contact person is shown in the public web catalogue only if they have agreed (May be published). Otherwise the organisation&apos;s own e-mail and phone are shown.</source>
        <translation>Yhteyshenkilö näkyy julkisessa verkkoluettelossa vain, jos hän on antanut luvan (Saa julkaista). Muuten näytetään järjestön oma sähköposti ja puhelinnumero.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Uusi yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>CoordinatorTexts</name>
    <message>
        <source>Trusted</source>
        <translation>Luotettu</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Odottaa vahvistusta</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>Korvattu uudemmalla avaimella</translation>
    </message>
    <message>
        <source>New key vouched for by the trusted one</source>
        <translation>Uusi avain, jonka luotettu avain on vahvistanut</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ei vielä tiedossa</translation>
    </message>
    <message>
        <source>seen in a package</source>
        <translation>nähty paketissa</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>luotettu ensikäytöllä</translation>
    </message>
    <message>
        <source>confirmed by the coordinator</source>
        <translation>koordinaattorin vahvistama</translation>
    </message>
    <message>
        <source>key rotation signed by the previous key</source>
        <translation>avaimen vaihto, jonka edellinen avain on allekirjoittanut</translation>
    </message>
    <message>
        <source>Possible key compromise: two different packages with one number</source>
        <translation>Avain voi olla vaarantunut: kaksi eri pakettia samalla numerolla</translation>
    </message>
    <message>
        <source>A new key that the trusted key did not vouch for</source>
        <translation>Uusi avain, jota luotettu avain ei ole vahvistanut</translation>
    </message>
    <message>
        <source>Another organisation uses the same business ID</source>
        <translation>Toinen järjestö käyttää samaa Y-tunnusta</translation>
    </message>
    <message>
        <source>The name looks like another organisation&apos;s name</source>
        <translation>Nimi muistuttaa toisen järjestön nimeä</translation>
    </message>
    <message>
        <source>Signed with the key of another organisation</source>
        <translation>Allekirjoitettu toisen järjestön avaimella</translation>
    </message>
    <message>
        <source>Due for removal: key revoked or nothing sent within the retention time</source>
        <translation>Poistettava: avain mitätöity tai ei mitään lähetetty säilytysajan kuluessa</translation>
    </message>
    <message>
        <source>Same business ID ({detail}) as {other}, already in the catalogue.</source>
        <translation>Sama Y-tunnus ({detail}) kuin luettelossa jo olevalla järjestöllä {other}.</translation>
    </message>
    <message>
        <source>Same name as {other}, already in the catalogue.</source>
        <translation>Sama nimi kuin luettelossa jo olevalla järjestöllä {other}.</translation>
    </message>
    <message>
        <source>The name looks exactly like {other}, already in the catalogue, but is written with other characters (for example a Cyrillic letter in place of a Latin one).</source>
        <translation>Nimi näyttää täsmälleen samalta kuin luettelossa jo oleva {other}, mutta se on kirjoitettu eri merkein (esimerkiksi kyrillinen kirjain latinalaisen tilalla).</translation>
    </message>
    <message>
        <source>The name is almost the same as {other}, already in the catalogue.</source>
        <translation>Nimi on lähes sama kuin luettelossa jo olevalla järjestöllä {other}.</translation>
    </message>
    <message>
        <source>Signed with the key of {other}: that key belongs to another organisation.</source>
        <translation>Allekirjoitettu järjestön {other} avaimella: avain kuuluu toiselle järjestölle.</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paketti tuotu</translation>
    </message>
    <message>
        <source>Package waiting for trust</source>
        <translation>Paketti odottaa luottamusta</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paketti hylätty</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>Avaimeen luotettu</translation>
    </message>
    <message>
        <source>Trust revoked</source>
        <translation>Luottamus peruttu</translation>
    </message>
    <message>
        <source>Record hidden</source>
        <translation>Tieto piilotettu</translation>
    </message>
    <message>
        <source>Record shown again</source>
        <translation>Tieto näytetään taas</translation>
    </message>
    <message>
        <source>Web catalogue published</source>
        <translation>Verkkoluettelo julkaistu</translation>
    </message>
    <message>
        <source>Excel workbooks made</source>
        <translation>Excel-työkirjat tehty</translation>
    </message>
    <message>
        <source>Open data made</source>
        <translation>Avoin data tehty</translation>
    </message>
    <message>
        <source>Receipt made</source>
        <translation>Kuittaus tehty</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mahdollisuus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muuttunut</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistunut</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>CoordinatorValues</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>Permission to publish: given {date}, recorded by {person}</source>
        <translation>Lupa julkaista: annettu {date}, kirjasi {person}</translation>
    </message>
    <message>
        <source>Permission to publish: not given</source>
        <translation>Lupa julkaista: ei annettu</translation>
    </message>
    <message>
        <source>Photo {number}: may be published, confirmed {date}</source>
        <translation>Kuva {number}: saa julkaista, vahvistettu {date}</translation>
    </message>
    <message>
        <source>Photo {number}: not confirmed, not published</source>
        <translation>Kuva {number}: ei vahvistettu, ei julkaista</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Kuhina – regional catalogue ({folder})</source>
        <translation>Kuhina – alueellinen luettelo ({folder})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Add packages to the inbox…</source>
        <translation>&amp;Lisää paketteja saapuneisiin…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Avaa toinen työtila…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Hae luettelosta</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>Tieto&amp;suojaseloste</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;Tietoja Kuhinasta</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>The catalogue was updated: {added} records added, {changed} changed, {removed} removed.</source>
        <translation>Luettelo päivitettiin: {added} tietoa lisätty, {changed} muutettu, {removed} poistettu.</translation>
    </message>
    <message>
        <source>Done: {what}.</source>
        <translation>Valmis: {what}.</translation>
    </message>
    <message>
        <source>The audit log was saved to {path}.</source>
        <translation>Tapahtumaloki tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Valitse työtilan kansio</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>(no log file)</source>
        <translation>(ei lokitiedostoa)</translation>
    </message>
    <message>
        <source>Kuhina ran into an unexpected error. Your saved work is safe: every change is saved when you leave a field.

The details were written to the log file:
{path}

If this happens again, please send that file to the Kuhina coordinator.</source>
        <translation>Kuhinassa tapahtui odottamaton virhe. Tallennettu työsi on tallessa: jokainen muutos tallentuu, kun poistut kentästä.

Lisätiedot kirjoitettiin lokitiedostoon:
{path}

Jos tämä toistuu, lähetä tiedosto Kuhinan koordinaattorille.</translation>
    </message>
    <message>
        <source>Kuhina: unexpected error</source>
        <translation>Kuhina: odottamaton virhe</translation>
    </message>
    <message>
        <source>Copy the log file&apos;s path</source>
        <translation>Kopioi lokitiedoston polku</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your organisation</source>
        <translation>Yhdistyksesi</translation>
    </message>
    <message>
        <source>You can change and add everything later.</source>
        <translation>Voit muuttaa ja täydentää kaikkea myöhemmin.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Yhdistyksen nimi</translation>
    </message>
    <message>
        <source>Name of the ass&amp;ociation:</source>
        <translation>Yhdistyksen &amp;nimi:</translation>
    </message>
    <message>
        <source>Business &amp;ID (optional):</source>
        <translation>&amp;Y-tunnus (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Saved in the folder:</source>
        <translation>&amp;Tallennetaan kansioon:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Työtilan kansio</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Valitse työtilan kansio</translation>
    </message>
    <message>
        <source>A passphrase protects the key that signs your packages, in case someone else uses this computer. It is optional; if you set one, you type it every time you send a package. Do not forget it.</source>
        <translation>Salalause suojaa avainta, jolla pakettisi allekirjoitetaan, jos joku muu käyttää tätä tietokonetta. Se on vapaaehtoinen. Jos asetat sen, kirjoitat sen aina pakettia lähettäessäsi. Älä unohda sitä.</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Mihin työtila tallennetaan</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>No date</source>
        <translation>Ei päivämäärää</translation>
    </message>
</context>
<context>
    <name>EnvironmentForm</name>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Give the map position as coordinates (optional; the address is enough)</source>
        <translation>Anna karttasijainti koordinaatteina (vapaaehtoinen; osoite riittää)</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>Uusi valmennusympäristö</translation>
    </message>
</context>
<context>
    <name>EnvironmentsPage</name>
    <message>
        <source>Coaching environments</source>
        <translation>Valmennusympäristöt</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>Uusi valmennusympäristö</translation>
    </message>
    <message>
        <source>Add a place where job seekers practise work.</source>
        <translation>Lisää paikka, jossa työnhakijat harjoittelevat työtä.</translation>
    </message>
    <message>
        <source>No coaching environments yet. A coaching environment is a place where a job seeker practises work: a thrift shop, a café, a workshop or an office. Press “New coaching environment” to add one.</source>
        <translation>Valmennusympäristöjä ei ole vielä. Valmennusympäristö on paikka, jossa työnhakija harjoittelee työtä: kirpputori, kahvila, verstas tai toimisto. Lisää sellainen painamalla ”Uusi valmennusympäristö”.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ei vielä nimeä)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Henkilön tietojen poistaminen</translation>
    </message>
    <message>
        <source>A contact person can ask to have their details erased. Find them by e-mail address, phone number or name. Nothing changes until you confirm.</source>
        <translation>Yhteyshenkilö voi pyytää tietojensa poistamista. Hae hänet sähköpostiosoitteella, puhelinnumerolla tai nimellä. Mitään ei muuteta, ennen kuin vahvistat.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>&amp;Find by:</source>
        <translation>Hae &amp;tiedolla:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Arvo:</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Matching contact people</source>
        <translation>Löytyneet yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Erase {names} from the catalogue? Their name, e-mail address and phone number are removed and replaced by a token in the audit log. This cannot be undone.</source>
        <translation>Poistetaanko {names} luettelosta? Nimi, sähköpostiosoite ja puhelinnumero poistetaan, ja tapahtumalokissa ne korvataan tunnisteella. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>This organisation is not due for removal: its key is trusted and it has sent a package within the retention time.</source>
        <translation>Tätä järjestöä ei ole merkitty poistettavaksi: sen avain on luotettu ja se on lähettänyt paketin säilytysajan kuluessa.</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records</source>
        <translation>Järjestön tietojen poistaminen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Tapahtui odottamaton virhe.</translation>
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
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Street and number, e.g. Koulukatu 5 B.</source>
        <translation>Katu ja numero, esimerkiksi Koulukatu 5 B.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Five digits, e.g. 80100.</source>
        <translation>Viisi numeroa, esimerkiksi 80100.</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>The town of the postal address.</source>
        <translation>Postiosoitteen paikkakunta.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>The municipality the address is in.</source>
        <translation>Kunta, jossa osoite on.</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Yhdistyksen nimi</translation>
    </message>
    <message>
        <source>The official name, as job seekers should see it.</source>
        <translation>Virallinen nimi sellaisena kuin työnhakijoiden kuuluu nähdä se.</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>The Y-tunnus, e.g. 1234567-8. Leave empty if the association has none.</source>
        <translation>Esimerkiksi 1234567-8. Jätä tyhjäksi, jos yhdistyksellä ei ole Y-tunnusta.</translation>
    </message>
    <message>
        <source>About the association</source>
        <translation>Tietoa yhdistyksestä</translation>
    </message>
    <message>
        <source>A few plain sentences: what the association does and for whom.</source>
        <translation>Muutama selkeä lause: mitä yhdistys tekee ja kenelle.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>The address beginning with https://</source>
        <translation>Osoite, joka alkaa https://</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>A general address that someone reads, e.g. info@association.fi.</source>
        <translation>Yleinen osoite, jota joku lukee, esimerkiksi info@yhdistys.fi.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>A number job seekers can call, e.g. 040 123 4567.</source>
        <translation>Numero, johon työnhakijat voivat soittaa, esimerkiksi 040 123 4567.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture. It is resized and its hidden camera and location data removed.</source>
        <translation>PNG- tai JPEG-kuva. Sen koko sovitetaan, ja siihen piilotetut kamera- ja sijaintitiedot poistetaan.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>People job seekers or coaches can contact. Each needs a name and an e-mail address or phone number.</source>
        <translation>Henkilöt, joihin työnhakijat tai valmentajat voivat ottaa yhteyttä. Jokaisella pitää olla nimi ja sähköpostiosoite tai puhelinnumero.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>The contact person&apos;s name.</source>
        <translation>Yhteyshenkilön nimi.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>E.g. work coach or volunteer coordinator.</source>
        <translation>Esimerkiksi työvalmentaja tai vapaaehtoiskoordinaattori.</translation>
    </message>
    <message>
        <source>The contact person&apos;s e-mail address.</source>
        <translation>Yhteyshenkilön sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The contact person&apos;s phone number.</source>
        <translation>Yhteyshenkilön puhelinnumero.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Paikan nimi</translation>
    </message>
    <message>
        <source>E.g. Recycling centre Kierrätyskeskus or Café Kulma.</source>
        <translation>Esimerkiksi Kierrätyskeskus tai Kahvila Kulma.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>What the place is like and what work is done there.</source>
        <translation>Millainen paikka on ja mitä työtä siellä tehdään.</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Työtehtävät</translation>
    </message>
    <message>
        <source>Tick every kind of work a job seeker can practise here.</source>
        <translation>Valitse kaikki työt, joita työnhakija voi täällä harjoitella.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Leveysaste</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 62.6010 (north).</source>
        <translation>Vapaaehtoinen. Karttaa varten, esimerkiksi 62.6010 (pohjoista).</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Pituusaste</translation>
    </message>
    <message>
        <source>Optional. For a map, e.g. 29.7636 (east).</source>
        <translation>Vapaaehtoinen. Karttaa varten, esimerkiksi 29.7636 (itäistä).</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <source>Tick what is true of the place. This helps people with partial work ability choose.</source>
        <translation>Valitse se, mikä paikasta pitää paikkansa. Tämä auttaa osatyökykyisiä valitsemaan.</translation>
    </message>
    <message>
        <source>Languages used at work</source>
        <translation>Työpaikan kielet</translation>
    </message>
    <message>
        <source>The languages spoken at the workplace.</source>
        <translation>Kielet, joita työpaikalla puhutaan.</translation>
    </message>
    <message>
        <source>Coaching and supervision</source>
        <translation>Valmennus ja ohjaus</translation>
    </message>
    <message>
        <source>Who guides the job seeker and how, e.g. a work coach is present every day.</source>
        <translation>Kuka ohjaa työnhakijaa ja miten, esimerkiksi työvalmentaja on paikalla joka päivä.</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Paikkoja kerralla</translation>
    </message>
    <message>
        <source>How many job seekers can practise here at the same time.</source>
        <translation>Kuinka monta työnhakijaa voi harjoitella täällä samaan aikaan.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>When the place is open. Tick the days and set the times.</source>
        <translation>Milloin paikka on auki. Valitse päivät ja aseta kellonajat.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Valokuvat</translation>
    </message>
    <message>
        <source>Pictures of the place. Do not show people who have not agreed to it.</source>
        <translation>Kuvia paikasta. Älä näytä ihmisiä, jotka eivät ole antaneet siihen lupaa.</translation>
    </message>
    <message>
        <source>What the photos show</source>
        <translation>Mitä kuvissa näkyy</translation>
    </message>
    <message>
        <source>For each photo a sentence, e.g. “The sorting table in the back room of the thrift shop”. A blind visitor of the web catalogue hears it instead of seeing the photo. Under it, tick the box once the people in the photo have agreed to its publication, or if no person can be recognised in it: only such photos are published.</source>
        <translation>Jokaisesta kuvasta yksi lause, esim. ”Kirpputorin takahuoneen lajittelupöytä”. Näkövammainen verkkokatalogin käyttäjä kuulee sen kuvan sijaan. Valitse sen alla oleva kohta, kun kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen tai kun kuvasta ei voi tunnistaa ketään: vain tällaiset kuvat julkaistaan.</translation>
    </message>
    <message>
        <source>Permission to publish the photos</source>
        <translation>Lupa julkaista kuvat</translation>
    </message>
    <message>
        <source>For each photo, the day the association confirmed that the people in it have agreed to its publication, or that no person can be recognised in it. A photo without it is not published.</source>
        <translation>Jokaisesta kuvasta päivä, jona järjestö vahvisti, että kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen tai ettei kuvasta voi tunnistaa ketään. Kuvaa ilman vahvistusta ei julkaista.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>A short, plain name, e.g. Work trial in a recycling centre.</source>
        <translation>Lyhyt ja selkeä nimi, esimerkiksi Työkokeilu kierrätyskeskuksessa.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>What kind of opportunity this is.</source>
        <translation>Millainen mahdollisuus tämä on.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Only published opportunities are sent to the coordinator. Drafts stay here.</source>
        <translation>Koordinaattorille lähetetään vain julkaistut mahdollisuudet. Luonnokset jäävät tänne.</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Where the work is done. Career coaching may have no place.</source>
        <translation>Missä työ tehdään. Uravalmennuksella ei välttämättä ole paikkaa.</translation>
    </message>
    <message>
        <source>What the job seeker does, in plain language.</source>
        <translation>Mitä työnhakija tekee, selkeällä kielellä.</translation>
    </message>
    <message>
        <source>What one learns</source>
        <translation>Mitä oppii</translation>
    </message>
    <message>
        <source>Skills and experience the job seeker gains.</source>
        <translation>Taidot ja kokemus, joita työnhakija saa.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Vaatimukset</translation>
    </message>
    <message>
        <source>What is needed, e.g. able to lift 10 kg. Leave empty if nothing.</source>
        <translation>Mitä tarvitaan, esimerkiksi pystyy nostamaan 10 kg. Jätä tyhjäksi, jos ei mitään.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Tick the groups of job seekers this is meant for.</source>
        <translation>Valitse työnhakijaryhmät, joille tämä on tarkoitettu.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Where job seekers can take part. Tick at least one.</source>
        <translation>Mistä kunnista työnhakijat voivat osallistua. Valitse vähintään yksi.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>The languages this can be done in.</source>
        <translation>Kielet, joilla tähän voi osallistua.</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Vapaita paikkoja</translation>
    </message>
    <message>
        <source>How many can start now. Leave as not given if you do not know.</source>
        <translation>Kuinka moni voi aloittaa nyt. Jätä kohtaan ”ei annettu”, jos et tiedä.</translation>
    </message>
    <message>
        <source>Free places checked on</source>
        <translation>Vapaat paikat tarkistettu</translation>
    </message>
    <message>
        <source>The day the number of free places was last checked.</source>
        <translation>Päivä, jolloin vapaiden paikkojen määrä viimeksi tarkistettiin.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Leave without a date if one can start at any time.</source>
        <translation>Jätä ilman päivämäärää, jos voi aloittaa milloin tahansa.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Leave without a date if it continues.</source>
        <translation>Jätä ilman päivämäärää, jos toiminta jatkuu.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Tunteja viikossa</translation>
    </message>
    <message>
        <source>The usual weekly hours, e.g. from 12 to 25.</source>
        <translation>Tavallinen viikkotuntimäärä, esimerkiksi 12–25.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>E.g. 3–6 months.</source>
        <translation>Esimerkiksi 3–6 kuukautta.</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Tarvitaan lähete</translation>
    </message>
    <message>
        <source>Tick if the job seeker needs a referral from employment services.</source>
        <translation>Valitse, jos työnhakija tarvitsee lähetteen työllisyyspalveluista.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Miten hakea</translation>
    </message>
    <message>
        <source>What the job seeker should do first, e.g. call the work coach.</source>
        <translation>Mitä työnhakijan kannattaa tehdä ensin, esimerkiksi soittaa työvalmentajalle.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Who answers questions. Add people on the organisation page.</source>
        <translation>Kuka vastaa kysymyksiin. Lisää henkilöitä Yhdistys-sivulla.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Leave empty when it is free for the job seeker.</source>
        <translation>Jätä tyhjäksi, kun tämä on työnhakijalle maksuton.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <source>Check each opportunity at least every six months.</source>
        <translation>Tarkista jokainen mahdollisuus vähintään puolen vuoden välein.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimeksi muutettu</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Ongelmalliset</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistut</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tauolla olevat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättyneet</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Tarkistettavat</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Kuhina: first start</source>
        <translation>Kuhina: ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Valitse työtilan kansio</translation>
    </message>
    <message>
        <source>Making the demo…</source>
        <translation>Tehdään esittelyaineistoa…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Kuhina user guide</source>
        <translation>Kuhinan käyttöohje</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöohje</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sent packages</source>
        <translation>Lähetetyt paketit</translation>
    </message>
    <message>
        <source>Every package made on this computer. Each one holds everything published at the time, so an old or lost package does no harm: the coordinator always keeps the newest.</source>
        <translation>Kaikki tällä tietokoneella tehdyt paketit. Jokaisessa on kaikki sillä hetkellä julkaistu, joten vanha tai kadonnut paketti ei haittaa: koordinaattori säilyttää aina uusimman.</translation>
    </message>
    <message>
        <source>Open the file&apos;s folder</source>
        <translation>Avaa tiedoston kansio</translation>
    </message>
    <message>
        <source>Send to coordinator…</source>
        <translation>Lähetä koordinaattorille…</translation>
    </message>
    <message>
        <source>Packages made</source>
        <translation>Tehdyt paketit</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Hours per week, at least</source>
        <translation>Tunteja viikossa, vähintään</translation>
    </message>
    <message>
        <source>Hours per week, at most</source>
        <translation>Tunteja viikossa, enintään</translation>
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
        <translation>Kuvat (%1)</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Lisää kuva…</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Valitse kuva…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>You can also drag pictures here from your files.</source>
        <translation>Voit myös vetää kuvia tähän tiedostoistasi.</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Kuva %1/%2</translation>
    </message>
    <message>
        <source>(missing picture)</source>
        <translation>(kuva puuttuu)</translation>
    </message>
    <message>
        <source>Choose pictures</source>
        <translation>Valitse kuvat</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Valitse kuva</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>Tiedostoa ei voi lukea: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) applied</source>
        <translation>
            <numerusform>Tuotu: %n muutos tehty</numerusform>
            <numerusform>Tuotu: %n muutosta tehty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n hylätty</numerusform>
            <numerusform>%n hylätty</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation>Jo tuotu: mikään ei muuttunut</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the organisation&apos;s key</source>
        <translation>Odottaa, että vahvistat järjestön avaimen</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Hylätty: {reason}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Already imported: nothing to do</source>
        <translation>Jo tuotu: ei tehtävää</translation>
    </message>
    <message>
        <source>Valid signature, but it resembles {other}, already in the catalogue: check before you trust the key</source>
        <translation>Allekirjoitus kelpaa, mutta paketti muistuttaa luettelossa jo olevaa järjestöä {other}: tarkista ennen kuin luotat avaimeen</translation>
    </message>
    <message>
        <source>Valid signature, but with a new key: confirm the key by phone first</source>
        <translation>Allekirjoitus kunnossa, mutta avain on uusi: vahvista avain ensin puhelimessa</translation>
    </message>
    <message>
        <source>Valid, from a new organisation: confirm its key by phone first</source>
        <translation>Kunnossa, uudelta järjestöltä: vahvista sen avain ensin puhelimessa</translation>
    </message>
    <message>
        <source>Valid, signed with a new key that the previous key vouched for</source>
        <translation>Kunnossa, allekirjoitettu uudella avaimella, jonka edellinen avain on vahvistanut</translation>
    </message>
    <message>
        <source>Valid: ready to review</source>
        <translation>Kunnossa: valmis tarkastettavaksi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Paketti nro</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusia</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muuttuneita</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistuneita</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Packages from the associations arrive here. Drag .kuhina files onto this list or choose &quot;Add packages&quot;. Each one is checked: its signature, its contents and what it would change in the catalogue. Nothing changes until you import it.</source>
        <translation>Yhdistysten paketit saapuvat tänne. Vedä .kuhina-tiedostot tähän luetteloon tai valitse ”Lisää paketteja”. Jokainen paketti tarkistetaan: sen allekirjoitus, sisältö ja se, mitä se muuttaisi luettelossa. Mikään ei muutu, ennen kuin tuot paketin.</translation>
    </message>
    <message>
        <source>Packages in the inbox</source>
        <translation>Saapuneet paketit</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Lisää paketteja…</translation>
    </message>
    <message>
        <source>Open .kuhina files (Ctrl+O)</source>
        <translation>Avaa .kuhina-tiedostoja (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Vahvista avain…</translation>
    </message>
    <message>
        <source>&amp;Review and import…</source>
        <translation>&amp;Tarkasta ja tuo…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Poista luettelosta</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Lisää paketteja</translation>
    </message>
    <message>
        <source>Kuhina packages (*.kuhina);;All files (*)</source>
        <translation>Kuhina-paketit (*.kuhina);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Checking packages</source>
        <translation>Tarkistetaan paketteja</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>{count} packages: {ready} ready to review, {waiting} waiting for a key to be confirmed.</source>
        <translation>Paketteja {count}: {ready} valmiina tarkastettavaksi, {waiting} odottaa avaimen vahvistusta.</translation>
    </message>
    <message>
        <source>Trusting the key</source>
        <translation>Avaimeen luotetaan</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Tallenna varmuuskopio</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup)</source>
        <translation>Kuhinan varmuuskopiot (*.kuhinabackup)</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Kuhina backups (*.kuhinabackup);;All files (*)</source>
        <translation>Kuhinan varmuuskopiot (*.kuhinabackup);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Vaihda salalause</translation>
    </message>
    <message>
        <source>The passphrase protects the signing key on this computer. You need it every time you make a package. Leave the new one empty to use no passphrase.</source>
        <translation>Salalause suojaa allekirjoitusavainta tällä tietokoneella. Tarvitset sitä aina, kun teet paketin. Jätä uusi salalause tyhjäksi, jos et halua käyttää salalausetta.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Vaihdetaan salalausetta…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Salalause vaihdettiin.</translation>
    </message>
    <message>
        <source>Make a new signing key</source>
        <translation>Tee uusi allekirjoitusavain</translation>
    </message>
    <message>
        <source>Make a new key if you think someone else may have got a copy of this computer&apos;s files. The old key signs the new one, so the coordinator accepts your next package without phoning. Continue?</source>
        <translation>Tee uusi avain, jos epäilet, että joku muu on voinut saada kopion tämän tietokoneen tiedostoista. Vanha avain allekirjoittaa uuden, joten koordinaattori hyväksyy seuraavan pakettisi soittamatta. Jatketaanko?</translation>
    </message>
    <message>
        <source>Give the current passphrase (if there is one) and a passphrase for the new key (or leave it empty).</source>
        <translation>Anna nykyinen salalause (jos sellainen on) ja uuden avaimen salalause (tai jätä se tyhjäksi).</translation>
    </message>
    <message>
        <source>Making a new key…</source>
        <translation>Tehdään uutta avainta…</translation>
    </message>
    <message>
        <source>A new signing key was made. Its fingerprint is %1.</source>
        <translation>Uusi allekirjoitusavain tehtiin. Sen sormenjälki on %1.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Tee varmuuskopio</translation>
    </message>
    <message>
        <source>The backup holds everything, including the signing key, so it is locked with a passphrase. Choose one and write it down somewhere safe: without it the backup cannot be opened.</source>
        <translation>Varmuuskopiossa on kaikki, myös allekirjoitusavain, joten se lukitaan salalauseella. Valitse salalause ja kirjoita se muistiin turvalliseen paikkaan: ilman sitä varmuuskopiota ei voi avata.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Tehdään varmuuskopiota…</translation>
    </message>
    <message>
        <source>The backup was saved to %1.</source>
        <translation>Varmuuskopio tallennettiin: %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>Salalause, jolla varmuuskopio tehtiin:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
</context>
<context>
    <name>KeyInfo</name>
    <message>
        <source>Your packages are signed with this program&apos;s key, so the coordinator can be sure they really come from your association and nobody changed them on the way. When your first package arrives, the coordinator may phone you and ask you to read this code aloud. Nobody needs it for anything else, and it is not a password: it is safe to read out.</source>
        <translation>Pakettisi allekirjoitetaan tämän ohjelman avaimella, joten koordinaattori voi olla varma, että ne tulevat todella yhdistykseltäsi eikä kukaan ole muuttanut niitä matkalla. Kun ensimmäinen pakettisi saapuu, koordinaattori saattaa soittaa sinulle ja pyytää lukemaan tämän koodin ääneen. Kukaan ei tarvitse sitä mihinkään muuhun, eikä se ole salasana: sen voi turvallisesti lukea ääneen.</translation>
    </message>
    <message>
        <source>Code to read aloud (only digits):</source>
        <translation>Ääneen luettava koodi (vain numeroita):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Avaimen ääneen luettava koodi</translation>
    </message>
    <message>
        <source>The same key as ssh-keygen shows it:</source>
        <translation>Sama avain niin kuin ssh-keygen sen näyttää:</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Avaimen sormenjälki</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Kopioi avaimen sormenjälki</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your signing key is ready</source>
        <translation>Allekirjoitusavaimesi on valmis</translation>
    </message>
    <message>
        <source>You can see this code later on the Organisation page.</source>
        <translation>Näet tämän koodin myöhemmin Yhdistys-sivulla.</translation>
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
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Avataan työtilaa…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Send to coordinator…</source>
        <translation>&amp;Lähetä koordinaattorille…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Avaa toinen työtila…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Tee &amp;varmuuskopio…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>Uusi &amp;mahdollisuus</translation>
    </message>
    <message>
        <source>New coaching &amp;environment</source>
        <translation>Uusi &amp;valmennusympäristö</translation>
    </message>
    <message>
        <source>&amp;Duplicate the opportunity</source>
        <translation>&amp;Monista mahdollisuus</translation>
    </message>
    <message>
        <source>&amp;Search the list</source>
        <translation>&amp;Hae luettelosta</translation>
    </message>
    <message>
        <source>&amp;Preview the opportunity</source>
        <translation>&amp;Esikatsele mahdollisuutta</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöohje</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>Tieto&amp;suojaseloste</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Kuhina</source>
        <translation>&amp;Tietoja Kuhinasta</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Valmennusympäristöt</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Mahdollisuudet</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Lähetysvalmius</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Sent packages</source>
        <translation>Lähetetyt paketit</translation>
    </message>
    <message>
        <source>Package no. %1 was saved to %2.</source>
        <translation>Paketti nro %1 tallennettiin: %2.</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Valitse työtilan kansio</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Muutoksia ei tallennettu</translation>
    </message>
    <message>
        <source>Some changes could not be saved (the reason was shown). If you close now, they are lost. Close anyway?</source>
        <translation>Joitakin muutoksia ei voitu tallentaa (syy näytettiin). Jos suljet nyt, ne menetetään. Suljetaanko silti?</translation>
    </message>
</context>
<context>
    <name>MunicipalityEditor</name>
    <message>
        <source>Whole region (all municipalities)</source>
        <translation>Koko alue (kaikki kunnat)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Nykyinen salalause</translation>
    </message>
    <message>
        <source>&amp;Current passphrase (leave empty if there is none):</source>
        <translation>&amp;Nykyinen salalause (jätä tyhjäksi, jos sitä ei ole):</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Uusi salalause:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Uudel&amp;leen:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi salalause</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Uusi salalause uudelleen</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Kirjoita salalause.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Salalauseet eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Second period (optional)</source>
        <translation>Toinen jakso (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Same for every weekday: copy Monday to Tuesday–Friday</source>
        <translation>Sama joka arkipäivä: kopioi maanantai tiistaista perjantaihin</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Auki: %1</translation>
    </message>
    <message>
        <source>Second period on %1</source>
        <translation>Toinen jakso: %1</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, avautuu klo</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, sulkeutuu klo</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>New opportunity</source>
        <translation>Uusi mahdollisuus</translation>
    </message>
    <message>
        <source>Add a work trial, coaching or other opportunity.</source>
        <translation>Lisää työkokeilu, valmennus tai muu mahdollisuus.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Make a copy of the chosen opportunity to start a similar one (Ctrl+D).</source>
        <translation>Tee valitusta mahdollisuudesta kopio samankaltaisen pohjaksi (Ctrl+D).</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Vaihda tila</translation>
    </message>
    <message>
        <source>Set the status of every selected row at once.</source>
        <translation>Aseta kaikkien valittujen rivien tila kerralla.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>How the chosen opportunity will look in the published catalogue (Ctrl+P).</source>
        <translation>Miltä valittu mahdollisuus näyttää julkaistussa luettelossa (Ctrl+P).</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Mahdollisuudet</translation>
    </message>
    <message>
        <source>No opportunities yet. An opportunity is something a job seeker can do with you: a work trial, rehabilitative work, coaching, volunteering... Press “New opportunity” to add one.</source>
        <translation>Mahdollisuuksia ei ole vielä. Mahdollisuus on jotain, mitä työnhakija voi tehdä kanssanne: työkokeilu, kuntouttava työtoiminta, valmennus, vapaaehtoistyö… Lisää sellainen painamalla ”Uusi mahdollisuus”.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ei vielä nimeä)</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopio)</translation>
    </message>
    <message>
        <source>A copy was made as a draft. Change what differs and publish it.</source>
        <translation>Kopio tehtiin luonnokseksi. Muuta se, mikä on erilaista, ja julkaise se.</translation>
    </message>
    <message numerus="yes">
        <source>Status set to “%1” for %n row(s).</source>
        <translation>
            <numerusform>Tilaksi asetettiin ”%1” %n rivillä.</numerusform>
            <numerusform>Tilaksi asetettiin ”%1” %n rivillä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still have problems and cannot be sent until they are fixed.</source>
        <translation>
            <numerusform>Niistä %n:ssä on vielä ongelmia, eikä sitä voi lähettää ennen korjaamista.</numerusform>
            <numerusform>Niistä %n:ssä on vielä ongelmia, eikä niitä voi lähettää ennen korjaamista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>No start date (one can start any time)</source>
        <translation>Ei alkamispäivää (voi aloittaa milloin vain)</translation>
    </message>
    <message>
        <source>No end date (continues)</source>
        <translation>Ei päättymispäivää (jatkuu)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ei päivämäärää</translation>
    </message>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (ei enää käytössä)</translation>
    </message>
    <message>
        <source>— no place (e.g. career coaching) —</source>
        <translation>— ei paikkaa (esim. uravalmennus) —</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation>— ei valittu —</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Uusi mahdollisuus</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Your organisation</source>
        <translation>Yhdistyksesi</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>none imported</source>
        <translation>ei vielä tuotu</translation>
    </message>
    <message>
        <source>no. {sequence}, {date}</source>
        <translation>nro {sequence}, {date}</translation>
    </message>
    <message>
        <source>{published} published of {total}</source>
        <translation>{published}/{total} julkaistu</translation>
    </message>
    <message>
        <source>Yes: no package for 6 months</source>
        <translation>Kyllä: ei pakettia 6 kuukauteen</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Key history of the chosen organisation</source>
        <translation>Valitun järjestön avainhistoria</translation>
    </message>
    <message>
        <source>&amp;Confirm key…</source>
        <translation>&amp;Vahvista avain…</translation>
    </message>
    <message>
        <source>Re&amp;voke trust…</source>
        <translation>&amp;Peru luottamus…</translation>
    </message>
    <message>
        <source>Hi&amp;de organisation…</source>
        <translation>P&amp;iilota järjestö…</translation>
    </message>
    <message>
        <source>&amp;Show organisation again</source>
        <translation>&amp;Näytä järjestö taas</translation>
    </message>
    <message>
        <source>Save allowed_signers file…</source>
        <translation>Tallenna allowed_signers-tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Erase a person…</source>
        <translation>Poista &amp;henkilön tiedot…</translation>
    </message>
    <message>
        <source>Erase a contact person&apos;s details at their request, from every organisation</source>
        <translation>Poista yhteyshenkilön tiedot hänen pyynnöstään kaikista järjestöistä</translation>
    </message>
    <message>
        <source>Re&amp;move records…</source>
        <translation>Poista &amp;järjestön tiedot…</translation>
    </message>
    <message>
        <source>Remove the organisation&apos;s records and erase its contact people: for an organisation whose key is revoked or that has sent nothing for a long time</source>
        <translation>Poista järjestön tiedot ja sen yhteyshenkilöt: järjestölle, jonka avain on mitätöity tai joka ei ole lähettänyt mitään pitkään aikaan</translation>
    </message>
    <message>
        <source>The trusted keys in OpenSSH&apos;s format, for checking packages with ssh-keygen -Y verify</source>
        <translation>Luotetut avaimet OpenSSH:n muodossa pakettien tarkistamiseen komennolla ssh-keygen -Y verify</translation>
    </message>
    <message>
        <source>{count} organisations: {waiting} waiting for key confirmation, {stale} stale.</source>
        <translation>Järjestöjä {count}: {waiting} odottaa avaimen vahvistusta, {stale} vanhentunut.</translation>
    </message>
    <message>
        <source>Choose an organisation to see its keys.</source>
        <translation>Valitse järjestö nähdäksesi sen avaimet.</translation>
    </message>
    <message>
        <source>Key history of {name}</source>
        <translation>Järjestön {name} avainhistoria</translation>
    </message>
    <message>
        <source>key {fingerprint} seen, waiting for confirmation</source>
        <translation>avain {fingerprint} nähty, odottaa vahvistusta</translation>
    </message>
    <message>
        <source>key {fingerprint} confirmed</source>
        <translation>avain {fingerprint} vahvistettu</translation>
    </message>
    <message>
        <source>trust revoked</source>
        <translation>luottamus peruttu</translation>
    </message>
    <message>
        <source>key rotated to {fingerprint}, signed by the previous key</source>
        <translation>avain vaihdettu avaimeen {fingerprint}, edellisen avaimen allekirjoittamana</translation>
    </message>
    <message>
        <source>key {fingerprint} trusted on first use</source>
        <translation>avaimeen {fingerprint} luotettu ensikäytöllä</translation>
    </message>
    <message>
        <source>package refused: {reason}</source>
        <translation>paketti hylätty: {reason}</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Peru luottamus</translation>
    </message>
    <message>
        <source>Revoke trust in {name}? Its packages will be refused from now on, whichever key signed them. Its records stay in the catalogue until you hide them.</source>
        <translation>Perutaanko luottamus järjestöön {name}? Sen paketit hylätään tästä lähtien, millä avaimella tahansa ne on allekirjoitettu. Sen tiedot jäävät luetteloon, kunnes piilotat ne.</translation>
    </message>
    <message>
        <source>Hide organisation</source>
        <translation>Piilota järjestö</translation>
    </message>
    <message>
        <source>Why do you hide {name}? All its opportunities stay out of every output until you show it again.</source>
        <translation>Miksi piilotat järjestön {name}? Kaikki sen mahdollisuudet jäävät pois kaikista julkaisuista, kunnes näytät sen taas.</translation>
    </message>
    <message>
        <source>Save allowed_signers file</source>
        <translation>Tallenna allowed_signers-tiedosto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>OutputSection</name>
    <message>
        <source>Folder:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Kohdekansio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Valitse kohdekansio</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <source>Excel workbooks for the municipalities</source>
        <translation>Excel-työkirjat kunnille</translation>
    </message>
    <message>
        <source>One workbook per municipality with the opportunities on offer there. With all municipalities, also a regional workbook with a sheet per municipality and a summary. Hidden records and opportunities that are not published are left out.</source>
        <translation>Jokaiselle kunnalle oma työkirja, jossa ovat kunnassa tarjolla olevat mahdollisuudet. Kun kaikki kunnat on valittu, tehdään myös alueen työkirja, jossa on välilehti kullekin kunnalle ja yhteenveto. Piilotetut tiedot ja julkaisemattomat mahdollisuudet jätetään pois.</translation>
    </message>
    <message>
        <source>&amp;All municipalities and the regional workbook</source>
        <translation>&amp;Kaikki kunnat ja alueen työkirja</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Only &amp;these municipalities:</source>
        <translation>&amp;Vain nämä kunnat:</translation>
    </message>
    <message>
        <source>Language of the &amp;workbooks:</source>
        <translation>&amp;Työkirjojen kieli:</translation>
    </message>
    <message>
        <source>Language of the workbooks</source>
        <translation>Työkirjojen kieli</translation>
    </message>
    <message>
        <source>Make &amp;Excel workbooks</source>
        <translation>Tee &amp;Excel-työkirjat</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Avoin data</translation>
    </message>
    <message>
        <source>The catalogue as open data: HSDS 3.0 JSON, the catalogue&apos;s own JSON in all languages, and CSV tables.</source>
        <translation>Luettelo avoimena datana: HSDS 3.0 -JSON, luettelon oma JSON kaikilla kielillä ja CSV-taulukot.</translation>
    </message>
    <message>
        <source>Make &amp;open data</source>
        <translation>Tee &amp;avoin data</translation>
    </message>
    <message>
        <source>Web catalogue</source>
        <translation>Verkkoluettelo</translation>
    </message>
    <message>
        <source>A static web catalogue in Finnish, Swedish and English, with a page per municipality. Copy the folder to any web server, or open index.html from disk. An earlier catalogue in the folder is replaced.</source>
        <translation>Staattinen verkkoluettelo suomeksi, ruotsiksi ja englanniksi, jokaiselle kunnalle oma sivu. Kopioi kansio mille tahansa verkkopalvelimelle tai avaa index.html suoraan levyltä. Kansiossa aiemmin ollut luettelo korvataan.</translation>
    </message>
    <message>
        <source>&amp;Publish the web catalogue</source>
        <translation>&amp;Julkaise verkkoluettelo</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>Verkko&amp;osoite:</translation>
    </message>
    <message>
        <source>The address the web catalogue is published at</source>
        <translation>Osoite, jossa verkkoluettelo julkaistaan</translation>
    </message>
    <message>
        <source>With an address the catalogue gets canonical links, a sitemap for search engines and link previews. Leave empty if it is not yet known.</source>
        <translation>Kun osoite on annettu, luettelo saa pysyvät osoitteet, sivukartan hakukoneille ja linkkien esikatselut. Jätä tyhjäksi, jos osoitetta ei vielä tiedetä.</translation>
    </message>
    <message>
        <source>Accessibility &amp;feedback e-mail:</source>
        <translation>Saavutettavuus&amp;palautteen sähköposti:</translation>
    </message>
    <message>
        <source>E-mail address for feedback on the catalogue&apos;s accessibility</source>
        <translation>Sähköpostiosoite, johon voi antaa palautetta luettelon saavutettavuudesta</translation>
    </message>
    <message>
        <source>Privacy &amp;controller:</source>
        <translation>&amp;Rekisterinpitäjä:</translation>
    </message>
    <message>
        <source>Who is responsible for the catalogue&apos;s personal data (the controller)</source>
        <translation>Kuka vastaa luettelon henkilötiedoista (rekisterinpitäjä)</translation>
    </message>
    <message>
        <source>e.g. the project&apos;s association</source>
        <translation>esim. hankkeen taustayhdistys</translation>
    </message>
    <message>
        <source>Named in the web catalogue&apos;s privacy notice, with the e-mail address below. Without them the notice says the controller has not been set.</source>
        <translation>Nimetään verkkoluettelon tietosuojaselosteessa alla olevan sähköpostiosoitteen kanssa. Ilman niitä selosteessa lukee, että rekisterinpitäjää ei ole merkitty.</translation>
    </message>
    <message>
        <source>Controller&apos;s e-&amp;mail:</source>
        <translation>Rekisterinpitäjän &amp;sähköposti:</translation>
    </message>
    <message>
        <source>E-mail address of the controller, for questions about personal data</source>
        <translation>Rekisterinpitäjän sähköpostiosoite henkilötietoja koskeviin kysymyksiin</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Valitse vähintään yksi kunta.</translation>
    </message>
    <message>
        <source>Making Excel workbooks</source>
        <translation>Tehdään Excel-työkirjoja</translation>
    </message>
    <message>
        <source>Making open data</source>
        <translation>Tehdään avointa dataa</translation>
    </message>
    <message>
        <source>Publishing the web catalogue</source>
        <translation>Julkaistaan verkkoluetteloa</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työ käynnissä…</translation>
    </message>
    <message>
        <source>Done: written to {folder}.</source>
        <translation>Valmis: tallennettu kansioon {folder}.</translation>
    </message>
    <message>
        <source>The privacy notice names no controller yet: it says the controller has not been set. Fill in the privacy controller and their e-mail, and publish again.</source>
        <translation>Tietosuojaseloste ei vielä nimeä rekisterinpitäjää: siinä lukee, että rekisterinpitäjää ei ole merkitty. Täytä rekisterinpitäjä ja sen sähköposti ja julkaise uudelleen.</translation>
    </message>
    <message>
        <source>{count} published opportunities do not say how to apply; the web catalogue shows the association&apos;s contact instead. Ask the association to fill them in:</source>
        <translation>{count} julkaistua mahdollisuutta ei kerro, miten haetaan. Verkkoluettelo näyttää niissä järjestön yhteystiedot. Pyydä järjestöä täydentämään ne:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Peruttu: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Ei tehty: {reason}</translation>
    </message>
    <message>
        <source>Not done: an unexpected error.</source>
        <translation>Ei tehty: odottamaton virhe.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
</context>
<context>
    <name>PhotoConfirmation</name>
    <message>
        <source>The people in this photo have agreed to its publication, or no person can be recognised in it</source>
        <translation>Kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen, tai kuvasta ei voi tunnistaa ketään</translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation>Vahvistettu %1.</translation>
    </message>
    <message>
        <source>Not published: the photo is sent to the coordinator, but the web catalogue does not show it until this is ticked.</source>
        <translation>Ei julkaista: kuva lähetetään koordinaattorille, mutta verkkoluettelo ei näytä sitä ennen kuin tämä kohta on valittu.</translation>
    </message>
</context>
<context>
    <name>PhotoDescriptionsEditor</name>
    <message>
        <source>Add a photo first: its description is written here.</source>
        <translation>Lisää ensin kuva: sen kuvaus kirjoitetaan tähän.</translation>
    </message>
    <message>
        <source>%1, photo %2</source>
        <translation>%1, kuva %2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Kuva %1</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>Not translated into this language yet: the catalogue shows the Finnish text.</source>
        <translation>Tätä ei ole vielä käännetty tälle kielelle: luettelossa näytetään suomenkielinen teksti.</translation>
    </message>
    <message>
        <source>What you learn</source>
        <translation>Mitä opit</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Vaatimukset</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Saavutettavuus: %1</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kunnat: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Continuous: you can start at any time.</source>
        <translation>Jatkuva: voit aloittaa milloin tahansa.</translation>
    </message>
    <message>
        <source>%1–%2 hours a week</source>
        <translation>%1–%2 tuntia viikossa</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 tuntia viikossa</translation>
    </message>
    <message>
        <source>Free places: %1</source>
        <translation>Vapaita paikkoja: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(tarkistettu %1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>You need a referral from employment services.</source>
        <translation>Tarvitset lähetteen työllisyyspalveluista.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Maksuton.</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Miten haet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: how the catalogue will show this</source>
        <translation>Esikatselu: miltä tämä näyttää luettelossa</translation>
    </message>
    <message>
        <source>Preview of the opportunity</source>
        <translation>Mahdollisuuden esikatselu</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Näytä kielellä:</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeWindow</name>
    <message>
        <source>Kuhina privacy notice</source>
        <translation>Kuhinan tietosuojaseloste</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message numerus="yes">
        <source>Draft: stays on this computer and is not sent. %n thing(s) still missing before it can be published.</source>
        <translation>
            <numerusform>Luonnos: jää tälle tietokoneelle eikä sitä lähetetä. Ennen julkaisua puuttuu vielä %n asia.</numerusform>
            <numerusform>Luonnos: jää tälle tietokoneelle eikä sitä lähetetä. Ennen julkaisua puuttuu vielä %n asiaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: stays on this computer and is not sent. It is complete:</source>
        <translation>Luonnos: jää tälle tietokoneelle eikä sitä lähetetä. Se on valmis:</translation>
    </message>
    <message>
        <source>Published: goes into the next package.</source>
        <translation>Julkaistu: lähtee seuraavassa paketissa.</translation>
    </message>
    <message>
        <source>%1: sent, shown as not available now.</source>
        <translation>%1: lähetetään, näytetään nyt ei-saatavilla olevana.</translation>
    </message>
    <message>
        <source>Shows what is still missing.</source>
        <translation>Näyttää, mitä vielä puuttuu.</translation>
    </message>
    <message>
        <source>Publish it: it then goes into the next package.</source>
        <translation>Julkaise: se lähtee silloin seuraavassa paketissa.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedostot&amp;yyppi:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Fields marked * are required. Everything is saved as soon as you leave a field: there is no Save button.</source>
        <translation>Tähdellä (*) merkityt kentät ovat pakollisia. Kaikki tallentuu heti, kun poistut kentästä: Tallenna-painiketta ei ole.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Move to bin</source>
        <translation>Siirrä roskakoriin</translation>
    </message>
    <message>
        <source>Moves the selected rows to the bin (Delete). You can restore them from there.</source>
        <translation>Siirtää valitut rivit roskakoriin (Delete). Voit palauttaa ne sieltä.</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Lisää painikkeita</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Type words to search for</source>
        <translation>Kirjoita hakusanoja</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Hae luettelosta</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Näytä vain</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected. Choose one row to edit it.</source>
        <translation>
            <numerusform>%n rivi valittu. Valitse yksi rivi muokataksesi sitä.</numerusform>
            <numerusform>%n riviä valittu. Valitse yksi rivi muokataksesi sitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row from the list, or press New.</source>
        <translation>Valitse rivi luettelosta tai paina Uusi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>“%1” was moved to the bin. You can restore it from the Bin page.</source>
        <translation>”%1” siirrettiin roskakoriin. Voit palauttaa sen Roskakori-sivulta.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were moved to the bin. You can restore them from the Bin page.</source>
        <translation>
            <numerusform>%n rivi siirrettiin roskakoriin. Voit palauttaa sen Roskakori-sivulta.</numerusform>
            <numerusform>%n riviä siirrettiin roskakoriin. Voit palauttaa ne Roskakori-sivulta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Record or field</source>
        <translation>Tieto tai kenttä</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Now in the catalogue</source>
        <translation>Nyt luettelossa</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Paketissa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>{change}, hidden from publication</source>
        <translation>{change}, piilotettu julkaisusta</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n kenttä muuttunut</numerusform>
            <numerusform>%n kenttää muuttunut</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Koko tieto</translation>
    </message>
    <message>
        <source>Rejected too: it needs “{record}”, which is rejected</source>
        <translation>Hylätty myös: tarvitsee hylätyn kohteen ”{record}”</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Hylätty: {reason}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>All accepted</source>
        <translation>Kaikki hyväksytty</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n hylätty</numerusform>
            <numerusform>%n hylätty</numerusform>
        </translation>
    </message>
    <message>
        <source>You have hidden this record. It stays hidden whatever you decide here.</source>
        <translation>Olet piilottanut tämän tiedon. Se pysyy piilossa riippumatta siitä, mitä tässä päätät.</translation>
    </message>
    <message>
        <source>A new record:</source>
        <translation>Uusi tieto:</translation>
    </message>
    <message>
        <source>The package no longer has this record; accepting removes it from the catalogue:</source>
        <translation>Paketissa ei enää ole tätä tietoa; hyväksyminen poistaa sen luettelosta:</translation>
    </message>
    <message>
        <source>Now in the catalogue:</source>
        <translation>Nyt luettelossa:</translation>
    </message>
    <message>
        <source>In the package:</source>
        <translation>Paketissa:</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words are underlined.</source>
        <translation>Poistuneet sanat on yliviivattu, uudet alleviivattu.</translation>
    </message>
    <message>
        <source>The removal of the place “{dependent}” is rejected too: an opportunity stays there, so the catalogue keeps the place as it is now.</source>
        <translation>Paikan ”{dependent}” poisto hylätään myös: siellä jää mahdollisuus, joten luettelo säilyttää paikan nykyisellään.</translation>
    </message>
    <message>
        <source>The new contact list of “{dependent}” is rejected too: an opportunity still names a contact person it would remove.</source>
        <translation>Järjestön ”{dependent}” uusi yhteyshenkilölista hylätään myös: mahdollisuus nimeää yhä yhteyshenkilön, jonka lista poistaisi.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it names a contact person of the rejected contact list of “{cause}”.</source>
        <translation>”{dependent}” hylätään myös: sen yhteyshenkilö on järjestön ”{cause}” hylätyssä yhteyshenkilölistassa.</translation>
    </message>
    <message>
        <source>“{dependent}” is rejected too: it takes place at “{cause}”, which is rejected. It stays as the catalogue has it now (a new one is not added).</source>
        <translation>”{dependent}” hylätään myös: se on paikassa ”{cause}”, joka hylättiin. Se pysyy luettelossa nykyisellään (uutta ei lisätä).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps its contact person as the catalogue has it now (the contact list of “{cause}” is not changed).</source>
        <translation>”{dependent}” säilyttää yhteyshenkilönsä nykyisellään (järjestön ”{cause}” yhteyshenkilölista ei muutu).</translation>
    </message>
    <message>
        <source>“{dependent}” keeps the place “{cause}” as the catalogue has it now (its address and opening hours included).</source>
        <translation>”{dependent}” käyttää paikkaa ”{cause}” sellaisena kuin se on luettelossa nyt (osoite ja aukioloajat mukaan lukien).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the package of {name}</source>
        <translation>Tarkasta järjestön {name} paketti</translation>
    </message>
    <message>
        <source>Package {number} of {count}: {name}</source>
        <translation>Paketti {number}/{count}: {name}</translation>
    </message>
    <message>
        <source>◀ &amp;Previous package</source>
        <translation>◀ &amp;Edellinen paketti</translation>
    </message>
    <message>
        <source>&amp;Next package ▶</source>
        <translation>&amp;Seuraava paketti ▶</translation>
    </message>
    <message>
        <source>Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} removed records. Every change is accepted unless you reject it.</source>
        <translation>Järjestön {name} paketti nro {sequence}: {added} uutta, {changed} muuttunutta ja {removed} poistunutta tietoa. Jokainen muutos hyväksytään, ellet hylkää sitä.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) concern records you have hidden; they stay hidden.</source>
        <translation>
            <numerusform>%n muutos koskee piilottamaasi tietoa; se pysyy piilossa.</numerusform>
            <numerusform>%n muutosta koskee piilottamiasi tietoja; ne pysyvät piilossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Varoitus: {finding}</translation>
    </message>
    <message>
        <source>Changes in the package</source>
        <translation>Paketin muutokset</translation>
    </message>
    <message>
        <source>The selected change in full</source>
        <translation>Valittu muutos kokonaisuudessaan</translation>
    </message>
    <message>
        <source>What the rejections mean</source>
        <translation>Mitä hylkäykset tarkoittavat</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>Accept the selected changes (Ctrl+Enter)</source>
        <translation>Hyväksy valitut muutokset (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>H&amp;ylkää…</translation>
    </message>
    <message>
        <source>Reject the selected changes, with a reason (Ctrl+Backspace)</source>
        <translation>Hylkää valitut muutokset ja kerro syy (Ctrl+Askelpalautin)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Hyväksy &amp;kaikki</translation>
    </message>
    <message>
        <source>&amp;Import into the catalogue</source>
        <translation>&amp;Tuo luetteloon</translation>
    </message>
    <message>
        <source>Accept all &amp;remaining…</source>
        <translation>Hyväksy kaikki &amp;loput…</translation>
    </message>
    <message>
        <source>Import this package and every following one not imported yet, each with all its changes accepted</source>
        <translation>Tuo tämä paketti ja kaikki seuraavat vielä tuomattomat, kukin kaikki muutokset hyväksyttyinä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message numerus="yes">
        <source>Why do you reject %n change(s)? The reason goes to the audit log.</source>
        <translation>
            <numerusform>Miksi hylkäät %n muutoksen? Syy kirjataan tapahtumalokiin.</numerusform>
            <numerusform>Miksi hylkäät %n muutosta? Syy kirjataan tapahtumalokiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted, {rejected} rejected</source>
        <translation>{accepted} hyväksytty, {rejected} hylätty</translation>
    </message>
    <message>
        <source>Accept all remaining</source>
        <translation>Hyväksy kaikki loput</translation>
    </message>
    <message numerus="yes">
        <source>Import %n package(s), this one and the ones after it, each with all its changes accepted?</source>
        <translation>
            <numerusform>Tuodaanko %n paketti, kaikki muutokset hyväksyttyinä?</numerusform>
            <numerusform>Tuodaanko %n pakettia, tämä ja sitä seuraavat, kukin kaikki muutokset hyväksyttyinä?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>{name}: {result} Next package: {next}.</source>
        <translation>{name}: {result} Seuraava paketti: {next}.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Tuodaan pakettia</translation>
    </message>
    <message>
        <source>Imported: {applied} changes applied, {rejected} rejected.</source>
        <translation>Tuotu: {applied} muutosta tehty, {rejected} hylätty.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Ei tuotu: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Checked today</source>
        <translation>Tarkistettu tänään</translation>
    </message>
    <message>
        <source>Press when you have checked that everything here is still true.</source>
        <translation>Paina, kun olet tarkistanut, että kaikki tiedot pitävät yhä paikkansa.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Tarkistettu %1.</translation>
    </message>
    <message>
        <source>Not marked as checked yet.</source>
        <translation>Ei vielä merkitty tarkistetuksi.</translation>
    </message>
    <message>
        <source>⚠ Due for review: over six months since the last check.</source>
        <translation>⚠ Tarkistettava: edellisestä tarkistuksesta on yli puoli vuotta.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>I describe an association&apos;s offers</source>
        <translation>Kuvaan yhdistyksen tarjontaa</translation>
    </message>
    <message>
        <source>For associations: describe your coaching environments and opportunities and send them to the regional coordinator.</source>
        <translation>Yhdistyksille: kuvaa valmennusympäristönne ja mahdollisuutenne ja lähetä ne alueen koordinaattorille.</translation>
    </message>
    <message>
        <source>I am the regional coordinator</source>
        <translation>Olen alueen koordinaattori</translation>
    </message>
    <message>
        <source>For the Kuhina project office: receive the associations&apos; packages, review them and publish the regional catalogue.</source>
        <translation>Kuhina-hankkeen toimistolle: vastaanota yhdistysten paketit, tarkista ne ja julkaise alueellinen luettelo.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>USB stick or memory card: %1 (%2)</source>
        <translation>USB-muisti tai muistikortti: %1 (%2)</translation>
    </message>
    <message>
        <source>The folder used last time: %1</source>
        <translation>Viimeksi käytetty kansio: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Tiedostot: %1</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Tallennus&amp;paikka:</translation>
    </message>
    <message>
        <source>Where the package is saved</source>
        <translation>Mihin paketti tallennetaan</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tiedoston &amp;nimi:</translation>
    </message>
    <message>
        <source>Name of the package file</source>
        <translation>Pakettitiedoston nimi</translation>
    </message>
    <message>
        <source>&amp;Another folder…</source>
        <translation>&amp;Muu kansio…</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Valitse paketin kansio</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Anna tiedostolle nimi.</translation>
    </message>
    <message>
        <source>The package will be saved as: %1</source>
        <translation>Paketti tallennetaan: %1</translation>
    </message>
    <message>
        <source>No USB stick found. To save the package on one, plug it in and open this window again, or choose it with “Another folder…”.</source>
        <translation>USB-muistia ei löytynyt. Jos haluat tallentaa paketin sellaiselle, liitä se koneeseen ja avaa tämä ikkuna uudelleen, tai valitse se kohdasta ”Muu kansio…”.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Basic information</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Working there</source>
        <translation>Työskentely paikassa</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Valokuvat</translation>
    </message>
    <message>
        <source>For whom and where</source>
        <translation>Kenelle ja missä</translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation>Paikat ja ajat</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Hakeminen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to coordinator</source>
        <translation>Lähetä koordinaattorille</translation>
    </message>
    <message>
        <source>&amp;Make the package</source>
        <translation>&amp;Tee paketti</translation>
    </message>
    <message>
        <source>What goes into the package</source>
        <translation>Mitä pakettiin tulee</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the package can be made.</source>
        <translation>
            <numerusform>%n ongelma pitää korjata ennen kuin paketin voi tehdä.</numerusform>
            <numerusform>%n ongelmaa pitää korjata ennen kuin paketin voi tehdä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation>Mihin se tallennetaan</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Allekirjoitusavaimen salalause</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Kopioi sähköpostiosoite</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Kirjoita sähköposti…</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching environment(s) and your organisation&apos;s profile.</source>
        <translation>
            <numerusform>%n valmennusympäristö ja yhdistyksesi perustiedot.</numerusform>
            <numerusform>%n valmennusympäristöä ja yhdistyksesi perustiedot.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your first package.</source>
        <translation>Tämä on ensimmäinen pakettisi.</translation>
    </message>
    <message>
        <source>Nothing has changed since package no. %1.</source>
        <translation>Mikään ei ole muuttunut paketin nro %1 jälkeen.</translation>
    </message>
    <message>
        <source>Since package no. %1: %2 new, %3 changed, %4 removed.</source>
        <translation>Paketin nro %1 jälkeen: %2 uutta, %3 muutettua, %4 poistettua.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Tehdään pakettia…</translation>
    </message>
    <message>
        <source>&amp;Show what to fix</source>
        <translation>Näytä &amp;korjattavat</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the signing key:</source>
        <translation>Allekirjoitusavaimen &amp;salalause:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Avaa kansio</translation>
    </message>
    <message>
        <source>The package file:</source>
        <translation>Pakettitiedosto:</translation>
    </message>
    <message numerus="yes">
        <source>%n published opportunity(s),</source>
        <translation>
            <numerusform>%n julkaistu mahdollisuus,</numerusform>
            <numerusform>%n julkaistua mahdollisuutta,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused or closed opportunity(s) (shown as not available),</source>
        <translation>
            <numerusform>%n keskeytetty tai päättynyt mahdollisuus (näytetään ei-saatavilla olevana),</numerusform>
            <numerusform>%n keskeytettyä tai päättynyttä mahdollisuutta (näytetään ei-saatavilla olevina),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) stay on this computer and are not sent:</source>
        <translation>
            <numerusform>%n luonnos jää tälle tietokoneelle eikä sitä lähetetä:</numerusform>
            <numerusform>%n luonnosta jää tälle tietokoneelle eikä niitä lähetetä:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still lack something: see “Ready to send”.</source>
        <translation>
            <numerusform>Niistä %n on vielä keskeneräinen: katso ”Lähetysvalmius”.</numerusform>
            <numerusform>Niistä %n on vielä keskeneräisiä: katso ”Lähetysvalmius”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;ublish the %n complete draft(s)</source>
        <translation>
            <numerusform>&amp;Julkaise %n valmis luonnos</numerusform>
            <numerusform>&amp;Julkaise %n valmista luonnosta</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was saved: %1</source>
        <translation>Paketti tallennettiin: %1</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>Pakettitiedosto</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator at %1: attach it to an e-mail, or copy it onto a USB stick and take it there.</source>
        <translation>Lähetä nyt tämä tiedosto koordinaattorille osoitteeseen %1: liitä se sähköpostiin tai kopioi se muistitikulle ja vie perille.</translation>
    </message>
    <message>
        <source>Now send this file to the coordinator: attach it to an e-mail, or copy it onto a USB stick and take it there. (You can save the coordinator&apos;s e-mail address in Settings.)</source>
        <translation>Lähetä nyt tämä tiedosto koordinaattorille: liitä se sähköpostiin tai kopioi se muistitikulle ja vie perille. (Voit tallentaa koordinaattorin sähköpostiosoitteen Asetuksissa.)</translation>
    </message>
    <message>
        <source>The file is signed: if anybody changes it on the way, the coordinator&apos;s program notices. It holds only what you have published, nothing else.</source>
        <translation>Tiedosto on allekirjoitettu: jos joku muuttaa sitä matkalla, koordinaattorin ohjelma huomaa sen. Siinä on vain se, minkä olet julkaissut, ei mitään muuta.</translation>
    </message>
    <message>
        <source>It is package no. %1.</source>
        <translation>Se on paketti nro %1.</translation>
    </message>
    <message>
        <source>Kuhina package no. %1 from %2</source>
        <translation>Kuhina-paketti nro %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>Ohjelman &amp;kieli:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;e-mail address:</source>
        <translation>Koordinaattorin &amp;sähköpostiosoite:</translation>
    </message>
    <message>
        <source>Where packages are sent. It is shown when a package is ready.</source>
        <translation>Osoite, johon paketit lähetetään. Se näytetään, kun paketti on valmis.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Vaihda salalause…</translation>
    </message>
    <message>
        <source>Make a new key…</source>
        <translation>Tee uusi avain…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <source>A backup is one file holding all your records and the signing key. Keep it on a USB stick or another computer, so a broken laptop loses nothing.</source>
        <translation>Varmuuskopio on yksi tiedosto, jossa on kaikki tietosi ja allekirjoitusavain. Säilytä sitä muistitikulla tai toisella tietokoneella, niin mitään ei katoa, vaikka kannettava hajoaisi.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Tee varmuuskopio…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>The coordinator&apos;s e-mail address was saved.</source>
        <translation>Koordinaattorin sähköpostiosoite tallennettiin.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Miten haluat aloittaa?</translation>
    </message>
    <message>
        <source>Create a new organisation</source>
        <translation>Luo uusi yhdistys</translation>
    </message>
    <message>
        <source>The usual start: you describe your association from the beginning.</source>
        <translation>Tavallinen aloitus: kuvaat yhdistyksesi alusta alkaen.</translation>
    </message>
    <message>
        <source>Open an existing workspace</source>
        <translation>Avaa olemassa oleva työtila</translation>
    </message>
    <message>
        <source>A workspace folder made earlier with Kuhina, e.g. on a USB stick.</source>
        <translation>Aiemmin Kuhinalla tehty työtilan kansio, esimerkiksi muistitikulla.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>A backup file made with Kuhina, e.g. from a computer that broke.</source>
        <translation>Kuhinalla tehty varmuuskopiotiedosto, esimerkiksi hajonneelta tietokoneelta.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Kokeile esittelyaineistolla</translation>
    </message>
    <message>
        <source>An invented association with example offers, to look around safely. It is kept apart from real work.</source>
        <translation>Keksitty yhdistys esimerkkitarjontoineen, jotta voit tutustua ohjelmaan turvallisesti. Se pidetään erillään oikeasta työstä.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>this field</source>
        <translation>tämä kenttä</translation>
    </message>
    <message>
        <source>The field was left as it was.</source>
        <translation>Kenttä jätettiin ennalleen.</translation>
    </message>
</context>
<context>
    <name>TranslatedTextEditor</name>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (pakollinen)</translation>
    </message>
    <message>
        <source>The text in %1</source>
        <translation>Teksti kielellä %1</translation>
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
        <translation>Vahvista järjestön {name} avain</translation>
    </message>
    <message>
        <source>This package is signed with a key the catalogue does not trust yet. Before its contents are imported, make sure the key really belongs to this organisation.</source>
        <translation>Paketti on allekirjoitettu avaimella, johon luettelo ei vielä luota. Varmista ennen sisällön tuomista, että avain todella kuuluu tälle järjestölle.</translation>
    </message>
    <message>
        <source>The organisation, as the package describes it</source>
        <translation>Järjestö paketin kuvaamana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Järjestön tunniste</translation>
    </message>
    <message>
        <source>Code read aloud (digits, as the association sees it):</source>
        <translation>Ääneen luettava koodi (numerot, kuten yhdistys sen näkee):</translation>
    </message>
    <message>
        <source>Key code to read aloud</source>
        <translation>Avaimen ääneen luettava koodi</translation>
    </message>
    <message>
        <source>Key fingerprint (as ssh-keygen -l prints it):</source>
        <translation>Avaimen sormenjälki (kuten ssh-keygen -l sen näyttää):</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Avaimen sormenjälki</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Kopioi avaimen sormenjälki</translation>
    </message>
    <message>
        <source>Warning: this may be an impostor. Check these before you trust the key</source>
        <translation>Varoitus: tämä voi olla huijaus. Tarkista nämä ennen kuin luotat avaimeen</translation>
    </message>
    <message>
        <source>Warning: this key would replace the trusted key {fingerprint}, and that key did not sign for it. Confirm especially carefully: this is how a stolen identity would look.</source>
        <translation>Varoitus: tämä avain korvaisi luotetun avaimen {fingerprint}, eikä luotettu avain ole allekirjoittanut vaihtoa. Vahvista erityisen huolellisesti: juuri tältä näyttäisi varastettu henkilöllisyys.</translation>
    </message>
    <message>
        <source>Confirm by phone: call the association at a number you already know (not one from this package) and ask them to open Kuhina and read out the key fingerprint shown on their organisation page: six groups of five digits. Trust the key only if every digit matches.</source>
        <translation>Varmista puhelimella: soita yhdistykseen numeroon, jonka jo tiedät (ei tämän paketin numeroon), ja pyydä heitä avaamaan Kuhina ja lukemaan ääneen organisaatiosivulla näkyvä avaimen koodi: kuusi viiden numeron ryhmää. Luota avaimeen vain, jos jokainen numero täsmää.</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone (optional):</source>
        <translation>Puhelimessa luettu sormenjälki (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Fingerprint read out over the phone</source>
        <translation>Puhelimessa luettu sormenjälki</translation>
    </message>
    <message>
        <source>I phoned the association and the fingerprint they read out matches</source>
        <translation>Soitin yhdistykseen, ja heidän lukemansa sormenjälki täsmää</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Luota tähän avaimeen</translation>
    </message>
    <message>
        <source>The same on the command line: {command}</source>
        <translation>Sama komentorivillä: {command}</translation>
    </message>
    <message>
        <source>✓ Matches the fingerprint of the package.</source>
        <translation>✓ Täsmää paketin sormenjälkeen.</translation>
    </message>
    <message>
        <source>✗ Does not match. Do not trust this key.</source>
        <translation>✗ Ei täsmää. Älä luota tähän avaimeen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kuhina</source>
        <translation>Tervetuloa Kuhinaan</translation>
    </message>
    <message>
        <source>With Kuhina your association describes what it offers job seekers in North Karelia (work trials, coaching, volunteering and more) and sends it to the regional coordinator, who publishes the catalogue. Everything stays on this computer until you send it, and the program works without the internet.</source>
        <translation>Kuhinalla yhdistyksesi kuvaa, mitä se tarjoaa työnhakijoille Pohjois-Karjalassa (työkokeiluja, valmennusta, vapaaehtoistyötä ja muuta), ja lähettää tiedot alueen koordinaattorille, joka julkaisee luettelon. Kaikki pysyy tällä tietokoneella, kunnes lähetät sen, ja ohjelma toimii ilman internetiä.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Who will use this program?</source>
        <translation>Kuka käyttää tätä ohjelmaa?</translation>
    </message>
    <message>
        <source>(Not available in this version yet: use the command line, kuhina catalogue …, meanwhile.)</source>
        <translation>(Ei vielä käytettävissä tässä versiossa: käytä sillä välin komentoriviä, kuhina catalogue …)</translation>
    </message>
</context>
</TS>
