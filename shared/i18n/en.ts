// English, keyed by the Dutch text (see translate.ts). test/renderer/i18n.test.ts keeps it complete;
// the figure catalogue (shared/figures/catalogue.ts) brings its own English beside its Dutch.
export const en: Record<string, string> = {
  'Bestanden lezen…': 'Reading files…',
  'Gegevens laden…': 'Loading data…',
  'Bezig…': 'Working…',
  'BSN’s vervangen door pseudoniemen…': 'Replacing BSNs with pseudonyms…',
  'Cijfers berekenen…': 'Computing figures…',
  'Opslaan…': 'Saving…',
  'Geen gegevens': 'No data',
  'Exporteren…': 'Export…',
  Afdrukken: 'Print',
  'Hoe berekend?': 'How calculated?',
  'Bestanden importeren…': 'Import files…',
  Stoppen: 'Stop',
  'Hoe zijn de gegevens gelezen? ({files})': 'How was the data read? ({files})',
  'Grafiek als PNG': 'Chart as PNG',
  'Gegevens als .xlsx': 'Data as .xlsx',
  Jaar: 'Year',
  '{name} (gepubliceerd)': '{name} (published)',
  'Peildatum {date} · trajectgrens {days} dagen · kosten uit {source}':
    'Reference date {date} · trajectory gap {days} days · cost from {source}',
  Cijfer: 'Figure',
  Kerncijfers: 'Key figures',
  Toewijzingen: 'Allocations',
  Tarieven: 'Tariffs',
  Inwoners: 'Inhabitants',
  Referentiecijfers: 'Reference figures',
  'Niet herkend': 'Not recognised',
  kostenregels: 'cost lines',
  'tarieven × toewijzingsdagen': 'tariffs × allocation days',
  'geen kostengegevens': 'no cost data',
  Gehandicaptenzorg: 'Disability care',
  GGZ: 'Mental health care (GGZ)',
  'Psychische kwetsbaarheid': 'Psychological vulnerability',
  Autisme: 'Autism',
  'Thuiszorg en maatschappelijke dienstverlening': 'Home care and social services',
  Ouderenzorg: 'Elderly care',
  Overig: 'Other',
  '{what} mislukt: {message}': '{what} failed: {message}',
  'Voorbeeld: Drechtsteden 2015–2019': 'Sample: Drechtsteden 2015–2019',
  'Geannuleerd: er is niets veranderd.': 'Cancelled: nothing was changed.',
  Inzoomen: 'Drilling down',
  'Reservekopie maken': 'Making a backup',
  'Reservekopie terugzetten': 'Restoring a backup',
  'De reservekopie is teruggezet.': 'The backup has been restored.',
  'Terugzetten ongedaan maken': 'Undo restore',
  'De werkruimte is weer zoals vóór het terugzetten.':
    'The workspace is back as it was before the restore.',
  'Instellingen toepassen': 'Applying settings',
  Starten: 'Starting',
  Importeren: 'Importing',
  'Product koppelen': 'Mapping a product',
  'Kolom koppelen': 'Mapping a column',
  Opslaan: 'Saving',
  'Ongedaan maken': 'Undo',
  Reservekopie: 'Backup',
  'Alle gegevenssets, imports, koppelingen en instellingen in één bestand, versleuteld met een wachtwoord dat u zelf kiest (AES-256). Zonder dat wachtwoord is het bestand niet te openen, ook niet door ons: bewaar het apart van het bestand.':
    'All datasets, imports, mappings and settings in one file, encrypted with a password you choose (AES-256). Without that password the file cannot be opened, not even by us: keep it apart from the file.',
  'De werkruimte wissen': 'Wiping the workspace',
  'Werkruimte wissen': 'Wipe the workspace',
  'Werkruimte wissen…': 'Wipe the workspace…',
  'Verwijdert alle gegevenssets, imports, instellingen en de sleutel waarmee BSN’s gepseudonimiseerd zijn van deze computer. Reservekopieën elders blijven bestaan.':
    'Removes all datasets, imports, settings and the key that pseudonymises BSNs from this computer. Backups elsewhere remain.',
  'Alles in deze werkruimte wissen? Dit is niet ongedaan te maken. Wilt u de gegevens bewaren, maak dan eerst een reservekopie.':
    'Wipe everything in this workspace? This cannot be undone. To keep the data, make a backup first.',
  'Ja, alles wissen': 'Yes, wipe everything',
  'Geen geldige XML.': 'Not valid XML.',
  Vergelijken: 'Comparing',
  '{year} telt maar een deel van het jaar en staat daarom niet in de grafieken.':
    '{year} counts only part of the year and is therefore left out of the charts.',
  Brief: 'Letter',
  Onderwerp: 'Subject',
  Afzender: 'Sender',
  Datum: 'Date',
  'bijvoorbeeld: team Wmo, gemeente Dordrecht': 'for example: Wmo team, municipality of Dordrecht',
  'begin gegevens': 'start of data',
  'Van–tot': 'From–to',
  'De eerste periode (begin gegevens) telt toewijzingen die toen al liepen als instroom; kies met van–tot een latere start.':
    'The first period (start of data) counts allocations already running then as inflow; choose a later start with from–to.',
  'Gegevensset: {name}': 'Dataset: {name}',
  Samenvatting: 'Summary',
  'Instroom en uitstroom': 'Inflow and outflow',
  'Prognose en begroting': 'Forecast and budget',
  Verantwoording: 'Accountability',
  'Regio (alle gemeenten samen)': 'Region (all municipalities together)',
  'Peildatum {date} · trajectgrens {days} dagen':
    'Reference date {date} · trajectory gap {days} days',
  'Geen filter: alle gegevens.': 'No filter: all data.',
  'Bron: Begeleidingsmonitor, uit de eigen registratie (zelfde definities als het scherm).':
    'Source: Begeleidingsmonitor, from the own registration (the same definitions as the screen).',
  'Intern: exacte aantallen, niet afgerond voor publicatie.':
    'Internal: exact numbers, not rounded for publication.',
  'Bron: Begeleidingsmonitor': 'Source: Begeleidingsmonitor',
  'eenheid: {unit}': 'unit: {unit}',
  'dd-mm-jjjj': 'dd-mm-yyyy',
  'In gebruik: {date}.': 'In use: {date}.',
  'Geef een datum als 31-12-2019.': 'Give a date like 31-12-2019.',
  'Kies een peildatum van {from} tot en met {to}: van de eerste startdatum tot een jaar na de laatste datum in de gegevens.':
    'Choose a reference date from {from} to {to}: from the first start date to one year after the last date in the data.',
  'De peildatum {date} valt buiten deze gegevens; de cijfers gebruiken {used}.':
    'The reference date {date} lies outside these data; the figures use {used}.',
  'Wijzigingen gelden na een ogenblik vanzelf; met Toepassen meteen.':
    'Changes apply by themselves after a moment; Apply applies them at once.',
  'Zolang iets hierboven niet klopt, gelden de vorige instellingen.':
    'While something above is not valid, the previous settings hold.',
  'Gepubliceerde cijfers gelden voor alle Wmo-cliënten en delen dit filter niet: zet ze niet naast de gefilterde cijfers.':
    'Published figures cover all Wmo clients and do not share this filter: do not set them beside the filtered figures.',
  'Bekijk trajecten': 'View trajectories',
  'nog niet bereikt': 'not reached yet',
  'Minder dan de helft van de trajecten die in {year} begonnen, is al beëindigd: de mediaan ligt na de peildatum.':
    'Fewer than half of the trajectories that began in {year} have ended: the median lies after the reference date.',
  'Geen geboortedatum of geboortejaar bij de trajecten die in {year} begonnen.':
    'No birth date or birth year for the trajectories that began in {year}.',
  'geen kosten': 'no costs',
  'Er zijn geen kostenregels of tarieven voor {year}; tarieven kunt u invoeren bij Instellingen.':
    'There are no cost lines or tariffs for {year}; tariffs can be entered in Settings.',
  'Naar de cijfers': 'Skip to the figures',
  'Map…': 'Folder…',
  'Een map met iWmo-berichten (met submappen) importeren':
    'Import a folder of iWmo messages (with subfolders)',
  'Andere gegevenssets ernaast (zelfde definities)': 'Other datasets beside it (same definitions)',
  'Het ZIP-bestand heeft meer dan 65.535 bestanden of is groter dan 4 GB (ZIP64) en wordt niet gelezen: splits het in kleinere ZIP-bestanden, of lees de map in met de CLI.':
    'The ZIP file holds more than 65,535 files or is larger than 4 GB (ZIP64) and is not read: split it into smaller ZIP files, or read the folder with the CLI.',
  'XML, maar geen iWmo-bericht.': 'XML, but not an iWmo message.',
  'Een iWmo-bericht van een oudere release (2.x); alleen release 3.2 wordt gelezen. Vraag een export in iWmo 3.2 aan.':
    'An iWmo message of an older release (2.x); only release 3.2 is read. Ask for an export in iWmo 3.2.',
  'Een ander iWmo-bericht dan 301, 305, 307 of 323 (bijvoorbeeld een retourbericht); de cijfers gebruiken het niet.':
    'An iWmo message other than 301, 305, 307 or 323 (a return message, say); the figures do not use it.',
  'Een iWmo-bericht zonder volledige kop of inhoud.':
    'An iWmo message without a complete header or body.',
  'iWmo-berichten': 'iWmo messages',
  Bericht: 'Message',
  'Niet gelezen': 'Not read',
  '{changed} toewijzingen gewijzigd door een latere versie, {deleted} verwijderd (reden 13).':
    '{changed} allocations changed by a later version, {deleted} deleted (reason 13).',
  'Toewijzingen met startbericht': 'Allocations with a start message',
  'Mediaan (dagen)': 'Median (days)',
  '90e percentiel (dagen)': '90th percentile (days)',
  'Van ingangsdatum van de toewijzing tot de start van de zorg volgens de aanbieder (iWmo 305), per startjaar':
    'From the allocation’s start date to the start of care reported by the provider (iWmo 305), per start year',
  'Per type aanbieder, {year}': 'Per provider type, {year}',
  'niet herkend': 'not recognised',
  Gegevensset: 'Dataset',
  'Voorbeelddata (niet opgeslagen)': 'Sample data (not stored)',
  Gegevenssets: 'Datasets',
  'Gegevensset openen': 'Opening a dataset',
  'Naam wijzigen': 'Rename',
  'Gegevensset verwijderen': 'Deleting a dataset',
  'Gegevensset “{name}” is verwijderd.': 'Dataset “{name}” has been deleted.',
  'Nieuwe naam': 'New name',
  'Naam opslaan': 'Save name',
  'in beeld': 'on screen',
  Openen: 'Open',
  'Verwijderen…': 'Delete…',
  'Gegevensset “{name}” verwijderen, met al zijn imports? Dit is niet ongedaan te maken (een reservekopie wel terug te zetten).':
    'Delete dataset “{name}” with all its imports? This cannot be undone (a backup can be restored).',
  'Ja, verwijderen': 'Yes, delete',
  'Geef de gegevensset een naam.': 'Give the dataset a name.',
  'Ongedaan gemaakt: de import van {files} ({n} toewijzingen) uit “{dataset}”.':
    'Undone: the import of {files} ({n} allocations) from “{dataset}”.',
  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen, en daarmee de gegevensset “{dataset}”.':
    'Undo the import of {files}? This removes {n} allocations, and with them the dataset “{dataset}”.',
  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen uit “{dataset}”.':
    'Undo the import of {files}? This removes {n} allocations from “{dataset}”.',
  'Ja, ongedaan maken': 'Yes, undo',
  'Opslaan in': 'Save in',
  'een nieuwe gegevensset': 'a new dataset',
  Naam: 'Name',
  '“{dataset}” heeft gegevens van dezelfde gemeente.':
    '“{dataset}” holds data of the same municipality.',
  'De import komt bij de gegevens in “{dataset}”.': 'The import joins the data in “{dataset}”.',
  'Importeren bevestigen': 'Confirm import',
  'Niet gelezen: {sheets}. Koppel hieronder de kolommen, anders blijven deze bladen buiten de cijfers.':
    'Not read: {sheets}. Map the columns below, or these sheets stay out of the figures.',
  'Zonder aanbiedersblad (met het type aanbieder) tellen alle aanbieders als Overig: de cijfers per type aanbieder zeggen dan niets.':
    'Without a providers sheet (with the provider type) every provider counts as Other: the figures per provider type then say nothing.',
  'Zonder geboortedatum of geboortejaar is de leeftijd van alle cliënten onbekend: er is geen leeftijdsprofiel.':
    'Without a birth date or birth year every client’s age is unknown: there is no age profile.',
  'Zonder kostenregels of tarieven zijn er geen kosten en geen prognose tegen de begroting (tarieven kunt u ook invoeren bij Instellingen).':
    'Without cost lines or tariffs there are no costs and no forecast against the budget (tariffs can also be entered in Settings).',
  'Zonder einddatums lopen alle toewijzingen door: er is geen uitstroom en geen trajectduur.':
    'Without end dates every allocation runs on: there is no outflow and no trajectory duration.',
  'Zonder gemeente zijn er geen cijfers per gemeente en geen vergelijking per 1.000 inwoners.':
    'Without a municipality there are no figures per municipality and no comparison per 1,000 inhabitants.',
  'Let op, wat de cijfers missen:': 'Note what the figures lack:',
  'Ik heb gezien wat er ontbreekt en wil toch importeren':
    'I have seen what is missing and want to import anyway',
  'Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan “{dataset}”; de cijfers hieronder zijn van beide samen.':
    'These files hold no allocations: they are added to “{dataset}”; the figures below are of both together.',
  'Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan de voorbeelddata, die daarmee als gegevensset wordt opgeslagen.':
    'These files hold no allocations: they are added to the sample, which is then stored as a dataset.',
  'Toevoegen aan de voorbeelddata': 'Add to the sample',
  'Bronbestanden noemen in de verantwoording':
    'Name the source files in the accountability section',
  'De werkruimte is gewist: alle gegevenssets, instellingen en de pseudonimiseringssleutel zijn verwijderd.':
    'The workspace has been wiped: all datasets, settings and the pseudonymisation key have been removed.',
  'Kies een wachtwoord van minstens {n} tekens.': 'Choose a password of at least {n} characters.',
  'Kies een wachtwoord van minstens 12 tekens.': 'Choose a password of at least 12 characters.',
  'De twee wachtwoorden zijn niet gelijk.': 'The two passwords differ.',
  'Kies een wachtwoord voor deze reservekopie (minstens {n} tekens). Wie het bestand terugzet, heeft het nodig; kwijt is kwijt.':
    'Choose a password for this backup (at least {n} characters). Restoring the file needs it; a lost password cannot be recovered.',
  Wachtwoord: 'Password',
  'Herhaal het wachtwoord': 'Repeat the password',
  'Versleuteld opslaan': 'Save encrypted',
  'Wachtwoord van de reservekopie': "The backup's password",
  'Dit bestand is niet versleuteld: het is gemaakt met een eerdere versie. Het wordt gewoon teruggezet; maak daarna een nieuwe reservekopie met wachtwoord.':
    'This file is not encrypted: it was made by an earlier version. It is restored all the same; make a new backup with a password afterwards.',
  'De reservekopie is teruggezet. Let op: dit bestand was niet versleuteld (gemaakt met een eerdere versie). Maak een nieuwe reservekopie met wachtwoord en verwijder het oude bestand.':
    'The backup has been restored. Note: this file was not encrypted (made by an earlier version). Make a new backup with a password and delete the old file.',
  'Deze reservekopie is versleuteld: vul het wachtwoord in. Er is niets veranderd.':
    'This backup is encrypted: enter its password. Nothing was changed.',
  'Het wachtwoord klopt niet (of het bestand is beschadigd). Er is niets veranderd.':
    'The password is wrong (or the file is damaged). Nothing was changed.',
  'Reservekopie maken…': 'Make a backup…',
  'Reservekopie terugzetten…': 'Restore a backup…',
  '{name} terugzetten? Dit vervangt alle gegevens in deze werkruimte. U kunt het daarna ongedaan maken zolang de app open is.':
    'Restore {name}? This replaces all data in this workspace. You can undo it afterwards while the app stays open.',
  Terugzetten: 'Restore',
  Annuleren: 'Cancel',
  'Imports in “{dataset}”': 'Imports in “{dataset}”',
  Bestand: 'File',
  Geïmporteerd: 'Imported',
  Geweigerd: 'Refused',
  Acties: 'Actions',
  gemeente: 'municipality',
  'type aanbieder': 'provider type',
  aanbieder: 'provider',
  product: 'product',
  leeftijd: 'age',
  'Filter: {filters}.': 'Filter: {filters}.',
  'Prognose, begroting en doelen voor alle toewijzingen staan op Sturen; onder dit filter staan hier alleen doelen met hetzelfde filter.':
    'Forecast, budget and targets for all allocations are under Steering; under this filter only targets with the same filter are shown here.',
  'alleen zonder filter: de prognose gaat over alle toewijzingen':
    'only without a filter: the forecast covers all allocations',
  'Dit jaar tot de peildatum naast vorig jaar ziet u zonder filter.':
    'This year to the reference date beside last year is shown without a filter.',
  'Sturen gaat over alle toewijzingen: het filter ({filters}) geldt hier niet. Een doel geldt voor zijn eigen selectie.':
    'Steering covers all allocations: the filter ({filters}) does not apply here. A target applies to its own selection.',
  'Peildatum {date} · trajectgrens {days} dagen.':
    'Reference date {date} · trajectory gap {days} days.',
  onbekend: 'unknown',
  'Gestapeld staafdiagram: cliënten per leeftijdsklasse per jaar':
    'Stacked bar chart: clients per age band per year',
  'Leeftijd op 1 juli van het jaar; klassen in te stellen bij Instellingen.':
    'Age on 1 July of the year; bands can be set under Settings.',
  'Cliënten per leeftijdsklasse (leeftijd op 1 juli van het jaar)':
    'Clients per age band (age on 1 July of the year)',
  Leeftijd: 'Age',
  'Instroom: leeftijd bij de start van het traject': 'Inflow: age at the start of the trajectory',
  Startjaar: 'Start year',
  'Gemiddelde leeftijd': 'Mean age',
  'Geslacht van cliënten (aandeel van wie het bekend is)':
    'Gender of clients (share of those for whom it is known)',
  Man: 'Male',
  Vrouw: 'Female',
  'Anders/onbekend (x)': 'Other/unknown (x)',
  'Niet geregistreerd': 'Not registered',
  'per 1.000': 'per 1,000',
  'Vergelijking per 1.000 inwoners': 'Comparison per 1,000 inhabitants',
  Gemeenten: 'Municipalities',
  '(gepubliceerd: {source})': '(published: {source})',
  'Cliënten, instroom en uitstroom per 1.000 inwoners in {year}; index: cliënten per 1.000 t.o.v. {base} = 100':
    'Clients, inflow and outflow per 1,000 inhabitants in {year}; index: clients per 1,000 relative to {base} = 100',
  Gemeente: 'Municipality',
  'Cliënten per 1.000': 'Clients per 1,000',
  'Instroom per 1.000': 'Inflow per 1,000',
  'Uitstroom per 1.000': 'Outflow per 1,000',
  'Kosten per inwoner': 'Cost per inhabitant',
  Index: 'Index',
  Rang: 'Rank',
  'Soort cijfer': 'Kind of figure',
  'gepubliceerd cijfer ({source})': 'published figure ({source})',
  'zelfde definities': 'same definitions',
  'Peildatum {date} voor alle gemeenten; “zelfde definities” is berekend uit de registraties met de definities van deze app (gemeente van de toewijzing, anders van de cliënt). Gepubliceerde cijfers volgen de definities van hun bron en staan er alleen naast.':
    "Reference date {date} for all municipalities; “same definitions” is computed from the registrations with this app's definitions (the allocation's municipality, else the client's). Published figures follow their source's definitions and are shown alongside only.",
  'Cliënten per 1.000 inwoners': 'Clients per 1,000 inhabitants',
  'Lijngrafiek: cliënten per 1.000 inwoners per jaar per gemeente':
    'Line chart: clients per 1,000 inhabitants per year per municipality',
  'Index (basisjaar {base} = 100)': 'Index (base year {base} = 100)',
  'Lijngrafiek: index van cliënten per 1.000 inwoners':
    'Line chart: index of clients per 1,000 inhabitants',
  Maand: 'Month',
  Kwartaal: 'Quarter',
  'zonder aanbieder': 'without provider',
  'Deze gegevens hebben geen kostenregels en geen tarieven. Importeer een blad met declaraties of met tarieven (product, jaar, tarief), of vul tarieven in bij Instellingen.':
    'This data has no cost lines and no tariffs. Import a sheet of claims or of tariffs (product, year, tariff), or enter tariffs under Settings.',
  'Bron: {source} (nooit een mengsel van declaraties en tarieven).':
    'Source: {source} (never a mix of invoices and tariffs).',
  'Uitsplitsen naar': 'Split by',
  Product: 'Product',
  'Type aanbieder': 'Provider type',
  'Gestapeld staafdiagram: kosten per jaar naar {split}':
    'Stacked bar chart: cost per year by {split}',
  Periode: 'Period',
  'Staafdiagram: kosten per {period}': 'Bar chart: cost per {period}',
  'Kosten per cliënt per maand: kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul. Eerste jaar per traject: de kosten van de eerste 365 dagen van elk traject dat in dat jaar begon, beëindigd of niet — zo telt een recent startjaar niet alleen zijn korte trajecten. Trajecten die al liepen toen de gegevens begonnen, tellen niet mee.':
    "Cost per client per month: the year's cost divided by the number of client-months with net cost above zero. First year per trajectory: the cost of the first 365 days of each trajectory that started in that year, ended or not — so a recent start year does not count only its short trajectories. Trajectories already running when the data begin are left out.",
  'Nog niet te weten: niet elk traject van dat startjaar loopt al een jaar.':
    'Not known yet: not every trajectory of that start year has run for a year.',
  'Eerste jaar per traject (gem.)': 'First year per trajectory (mean)',
  'Nog niet te weten: van dat startjaar is nog niet de helft beëindigd (mediaan), of nog niemand zo lang gevolgd (lopend na 1 of 2 jaar).':
    'Not known yet: not half of that start year has ended (median), or nobody has been followed that long (ongoing after 1 or 2 years).',
  'nog niet te weten': 'not known yet',
  'Geen publicatieversie: dit zijn geen aantallen. De raadsbrief rekent ze uit afgeronde aantallen.':
    'No publication version: these are not counts. The council brief computes them from rounded counts.',
  'Publicatie: aantallen afgerond op vijftallen, 0 tot en met 7 geheim (. of geen staaf); wat uit aantallen is afgeleid, komt uit de afgeronde aantallen of staat alleen in de interne versie.':
    'Publication: counts rounded to fives, 0 to 7 secret (. or no bar); what is derived from counts comes from the rounded counts or is only in the internal version.',
  'Intern: exacte aantallen': 'Internal: exact counts',
  'Publicatie: afgerond op vijftallen, 0 tot en met 7 geheim':
    'Publication: rounded to fives, 0 to 7 secret',
  'Geen publicatieversie: deze tabel heeft geen aantallen. De raadsbrief rekent de cijfers uit afgeronde aantallen.':
    'No publication version: this table has no counts. The council brief computes its figures from rounded counts.',
  'De raadsbrief is in het Nederlands: hij is voor de gemeenteraad.':
    'The council brief is written in Dutch: it is meant for the municipal council.',
  'Instroom per 1.000 inwoners': 'Inflow per 1,000 inhabitants',
  'Uitstroom per 1.000 inwoners': 'Outflow per 1,000 inhabitants',
  'Aandeel leeftijd {band}': 'Share aged {band}',
  'Aandeel vrouwen': 'Share of women',
  'Aandeel {product}': 'Share of {product}',
  'Aandeel type aanbieder {group}': 'Share with provider type {group}',
  procentpunt: 'percentage points',
  hoger: 'higher',
  lager: 'lower',
  langer: 'longer',
  korter: 'shorter',
  ouder: 'older',
  jonger: 'younger',
  '{name} — {figure}: {value}, {difference} {direction} dan de regio ({region}).':
    '{name} — {figure}: {value}, {difference} {direction} than the region ({region}).',
  'De overige cijfers per gemeente worden berekend…':
    'The other figures per municipality are being computed…',
  'Per inwoner': 'Per inhabitant',
  Cijfers: 'Figures',
  'Aandelen van de cliënten': 'Shares of the clients',
  'Elk cijfer naast de regio': 'Every figure beside the region',
  'Publicatieversie (kleine aantallen geheim)': 'Publication version (small numbers secret)',
  'Geen gemeente wijkt 10% (bij een percentage 2 procentpunt) of meer af van de regio.':
    'No municipality differs from the region by 10% (2 percentage points for a percentage) or more.',
  '{figure} in {year}, naast de regio': '{figure} in {year}, beside the region',
  Regio: 'Region',
  'Verschil met de regio': 'Difference from the region',
  'Verschil met de regio: in procentpunten bij een percentage, in jaren bij een leeftijd, anders in %. Rang onder de registraties (1 = hoogste). De mediane duur per startjaar en de leeftijd bij start zijn van wie in dat jaar begon.':
    'Difference from the region: in percentage points for a percentage, in years for an age, otherwise in %. Rank among the registrations (1 = highest). The median duration per start year and the age at start are of those who started in that year.',
  'Publicatieversie: aantallen afgerond op vijftallen, cijfers van 0 tot en met 7 cliënten geheim (.), percentages uit de afgeronde aantallen.':
    'Publication version: counts rounded to fives, figures of 0 to 7 clients secret (.), percentages from the rounded counts.',
  'Mediane trajectduur, alle trajecten (dagen)':
    'Median trajectory duration, all trajectories (days)',
  'Na een jaar nog lopend (%)': 'Still ongoing after a year (%)',
  'Mediane trajectduur per startjaar (dagen)': 'Median trajectory duration per start year (days)',
  '{figure}: tot de peildatum, naast de regio':
    '{figure}: up to the reference date, beside the region',
  '{n} jaar': '{n} years',
  'Cijfers in de Vergelijking: {n} gekozen': 'Figures in the Comparison: {n} chosen',
  'Deze gemeenten uit de gepubliceerde cijfers lijken qua inwoners en stedelijkheid het meest op de uwe:':
    'These municipalities from the published figures are most like yours in inhabitants and urbanity:',
  '{name} ({inhabitants} inwoners, lijkt op {like})':
    '{name} ({inhabitants} inhabitants, like {like})',
  'Zet ze ernaast': 'Set them beside',
  'Gepubliceerde cijfers van andere gemeenten ({n}, {chosen} gekozen)':
    'Published figures of other municipalities ({n}, {chosen} chosen)',
  stedelijkheid: 'urbanity',
  'Dit bestand is beveiligd met een wachtwoord.': 'This file is protected with a password.',
  'Dit wachtwoord opent het bestand niet.': 'This password does not open the file.',
  'Dit bestand is beveiligd met een wachtwoord, op een manier die we niet kunnen openen (alleen .xlsx-werkmappen die in Excel met een wachtwoord zijn opgeslagen). Sla in Excel een kopie op zonder wachtwoord en importeer die.':
    'This file is protected with a password in a way we cannot open (only .xlsx workbooks saved with a password in Excel). Save a copy without a password in Excel and import that.',
  'Openen met wachtwoord': 'Opening with password',
  'Wachtwoord nodig': 'Password needed',
  '{file} is beveiligd met een wachtwoord. Met het wachtwoord wordt het hier geopend; het wordt niet bewaard.':
    '{file} is protected with a password. With the password it is opened here; the password is not kept.',
  'Probeer het opnieuw.': 'Try again.',
  Overslaan: 'Skip',
  'Verwijzer (instroom)': 'Referrer (inflow)',
  'Reden einde (uitstroom)': 'Reason for ending (outflow)',
  'Naar de Wlz of Zvw uitgestroomd: {n} in {year} ({previous}: {before}).':
    'Left for the Wlz or Zvw: {n} in {year} ({previous}: {before}).',
  'Naar de Wlz of Zvw uitgestroomd: {n} in {year}.': 'Left for the Wlz or Zvw: {n} in {year}.',
  'Deze gegevens hebben geen reden einde: alle uitstroom staat onder “onbekend”.':
    'These data have no reason for ending: all outflow is under “unknown”.',
  'Deze gegevens hebben geen verwijzer: alle instroom staat onder “onbekend”.':
    'These data have no referrer: all inflow is under “unknown”.',
  'Volgens plan %': 'According to plan %',
  'Voortijdig %': 'Early %',
  'beëindigde toewijzingen zonder reden einde: {n} (in de uitstroom naar reden: onbekend)':
    'ended allocations without a reason for ending: {n} (in the outflow by reason: unknown)',
  'Per jaar': 'Per year',
  'Per cliënt per maand': 'Per client per month',
  '(mediaan)': '(median)',
  Sluiten: 'Close',
  'Over Begeleidingsmonitor': 'About Begeleidingsmonitor',
  'Versie {version}. Sturen op Wmo individuele begeleiding (IB0–IB3).':
    'Version {version}. Steering Wmo individual support (IB0–IB3).',
  'Niets verlaat deze computer: de app doet geen netwerkaanvragen. Uw gegevens staan in {where}. Een BSN (in elke schrijfwijze, ook met een tikfout) wordt bij het inlezen vervangen door een pseudoniem en nooit bewaard.':
    'Nothing leaves this computer: the app makes no network requests. Your data are kept in {where}. A BSN (written in any way, a typo too) is replaced by a pseudonym on import and never stored.',
  '{n} trajecten van {c} cliënten.': '{n} trajectories of {c} clients.',
  'De eerste {shown} staan hieronder.': 'The first {shown} are listed below.',
  'Cliënten staan er met hun pseudoniem of cliëntnummer, nooit met een BSN.':
    'Clients are listed by pseudonym or client number, never by BSN.',
  Trajecten: 'Trajectories',
  Cliënt: 'Client',
  Start: 'Start',
  Einde: 'End',
  Dagen: 'Days',
  Producten: 'Products',
  'Eerste aanbieder': 'First provider',
  lopend: 'ongoing',
  'Nog lopend (%)': 'Still ongoing (%)',
  dagen: 'days',
  'Mediane duur (Kaplan–Meier)': 'Median duration (Kaplan–Meier)',
  Beëindigd: 'Ended',
  'Nog lopend': 'Still ongoing',
  Trajectduur: 'Trajectory duration',
  'Mediane duur (Kaplan–Meier):': 'Median duration (Kaplan–Meier):',
  'dagen; nog lopend na een jaar: {one}, na twee jaar: {two}.':
    'days; still ongoing after one year: {one}, after two years: {two}.',
  'Aandeel nog lopend': 'Share still ongoing',
  'Lijngrafiek: aandeel trajecten dat na zoveel dagen nog loopt (Kaplan–Meier)':
    'Line chart: share of trajectories still ongoing after so many days (Kaplan–Meier)',
  'Duur per startjaar': 'Duration per start year',
  'Staafdiagram: mediane en gemiddelde trajectduur per startjaar':
    'Bar chart: median and mean trajectory duration per start year',
  'Trajecten naar duur': 'Trajectories by duration',
  'Gestapeld staafdiagram: trajecten per duurklasse, beëindigd en nog lopend':
    'Stacked bar chart: trajectories per duration class, ended and still ongoing',
  'Duur in dagen, begin- en einddag meegeteld. Lopende trajecten tellen mee tot de peildatum; een recent startjaar heeft vaak nog geen mediaan. De gemiddelde duur van beëindigde trajecten telt alleen wie al klaar is: van een recent startjaar zijn dat de korte trajecten, dus vergelijk startjaren met de mediaan.':
    'Duration in days, first and last day included. Ongoing trajectories count up to the reference date; a recent start year often has no median yet. The mean duration of ended trajectories counts only those who have finished: of a recent start year those are the short trajectories, so compare start years by the median.',
  'Per startjaar (lopende trajecten tellen mee tot de peildatum)':
    'Per start year (ongoing trajectories count up to the reference date)',
  'Mediane duur (dagen)': 'Median duration (days)',
  'Gem. duur beëindigd': 'Mean duration ended',
  'Lopend na 1 jaar': 'Ongoing after 1 year',
  'Lopend na 2 jaar': 'Ongoing after 2 years',
  '(kolomkoppen sorteren)': '(column headers sort)',
  Tabel: 'Table',
  'Tabel als .xlsx': 'Table as .xlsx',
  alle: 'all',
  '{n} gekozen': '{n} chosen',
  'Zoeken…': 'Search…',
  '{label} zoeken': 'Search {label}',
  'Nog {n} meer: verfijn de zoekopdracht.': '{n} more: refine the search.',
  Filters: 'Filters',
  Aanbieder: 'Provider',
  'Filters wissen': 'Clear filters',
  '4-weekperiode': '4-week period',
  Geen: 'None',
  'instroom en uitstroom': 'inflow and outflow',
  '{measure} naar {split}': '{measure} by {split}',
  'Instroom & uitstroom': 'Inflow & outflow',
  Maat: 'Measure',
  'Staafdiagram: {what} per {period}': 'Bar chart: {what} per {period}',
  'Instroom: trajecten die in de periode beginnen. Uitstroom: beëindigde trajecten die in de periode eindigen. Cliënten: verschillende cliënten met een IB-dag in de periode. Uitsplitsing naar de eerste toewijzing van het traject. Klik op een staaf voor de trajecten erachter.':
    "Inflow: trajectories that start in the period. Outflow: ended trajectories that end in the period. Clients: distinct clients with an IB day in the period. Splits follow the trajectory's first allocation. Click a bar for the trajectories behind it.",
  'Trajecten achter instroom {period}': 'Trajectories behind inflow {period}',
  'Trajecten achter uitstroom {period}': 'Trajectories behind outflow {period}',
  'Voorbeeld van de import: {name}': 'Import preview: {name}',
  'Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig daarna.':
    'Nothing has been stored yet. Check how the files were read, then confirm.',
  'Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.':
    'No usable allocations were found; this import cannot be confirmed.',
  'Dit bestand is al eerder geïmporteerd in “{dataset}” ({when}). Bevestigen in die gegevensset vervangt die import.':
    'This file was imported into “{dataset}” before ({when}). Confirming into that dataset replaces that import.',
  'Vervangen in “{dataset}”': 'Replace in “{dataset}”',
  'Toevoegen aan “{dataset}”': 'Add to “{dataset}”',
  cliënt: 'client',
  'naam aanbieder': 'provider name',
  groep: 'group',
  startdatum: 'start date',
  einddatum: 'end date',
  geboortedatum: 'date of birth',
  geboortejaar: 'year of birth',
  geslacht: 'gender',
  'reden einde': 'reason for ending',
  verwijzer: 'referrer',
  aanmelddatum: 'registration date',
  periode: 'period',
  bedrag: 'amount',
  tarief: 'tariff',
  jaar: 'year',
  inwoners: 'inhabitants',
  'inwoners 18+': 'inhabitants 18+',
  cliënten: 'clients',
  instroom: 'inflow',
  uitstroom: 'outflow',
  volume: 'volume',
  'Kolommen koppelen: {file} · {sheet}': 'Map columns: {file} · {sheet}',
  '— niet gebruiken —': '— do not use —',
  'Een correctie wordt onthouden voor het volgende bestand met dezelfde kolomkoppen.':
    'A correction is remembered for the next file with the same column headers.',
  'Zo is elk blad gelezen': 'How each sheet was read',
  'Bestand · blad': 'File · sheet',
  'Herkend als': 'Recognised as',
  Kopregel: 'Header row',
  Kolommen: 'Columns',
  Gelezen: 'Read',
  Dubbel: 'Duplicate',
  'niet gebruikt: {columns}': 'not used: {columns}',
  'Geweigerde regels ({n})': 'Refused rows ({n})',
  Blad: 'Sheet',
  Kolom: 'Column',
  Waarde: 'Value',
  Reden: 'Reason',
  '(leeg)': '(empty)',
  'Overzicht {year}': 'Overview {year}',
  'Trajecten achter {figure} {year}': 'Trajectories behind {figure} {year}',
  'Kosten uit {source}. Een traject is een aaneengesloten reeks toewijzingen van één cliënt met hooguit {days} dagen ertussen.':
    "Cost from {source}. A trajectory is an unbroken series of one client's allocations with at most {days} days between them.",
  'Cliënten met individuele begeleiding per type aanbieder (een cliënt kan in twee groepen tellen)':
    'Clients with individual support per provider type (a client can count in two groups)',
  'Ontwikkeling {from}–{to}': 'Change {from}–{to}',
  'Cliënten totaal': 'Clients total',
  'Onbekende productcodes': 'Unknown product codes',
  'Deze waarden zijn geen IB0–IB3 volgens de regels. Kies wat ze zijn; een ander Wmo-product telt nooit als IB, maar wel voor zorgstapeling. De keuze wordt onthouden.':
    'By the rules these values are not IB0–IB3. Choose what they are; another Wmo product never counts as IB, but does count for care stacking. The choice is remembered.',
  '“{value}” ({n} regels)': '“{value}” ({n} rows)',
  '— kiezen —': '— choose —',
  'Ander Wmo-product (geen IB)': 'Other Wmo product (not IB)',
  'Gestapeld staafdiagram: cliënten per product per jaar':
    'Stacked bar chart: clients per product per year',
  'Een cliënt met twee producten in een jaar telt bij beide.':
    'A client with two products in a year counts for both.',
  'Overgangen binnen trajecten (van → naar), alle jaren; afschalingen: {pct} van alle wijzigingen':
    'Transitions within trajectories (from → to), all years; step-downs: {pct} of all changes',
  'Van → naar': 'From → to',
  'Actieve aanbieders: {a} in {first}, {b} in {last}.':
    'Active providers: {a} in {first}, {b} in {last}.',
  'Aanbieders die tussen {from} en {to} met minstens {n} cliënten groeiden: {count}':
    'Providers that grew by at least {n} clients between {from} and {to}: {count}',
  ' — samen {pct} van de totale groei': ' — together {pct} of the total growth',
  'Per aanbieder: cliënten, instroom en kosten in {year}; duur en afschaling over alle jaren. Volgens plan (reden 19) en voortijdig (21, 22, 23): van de trajecten die in {year} met een bekende reden eindigden, naar de aanbieder van hun eerste toewijzing.':
    'Per provider: clients, inflow and cost in {year}; duration and step-down over all years. According to plan (reason 19) and early (21, 22, 23): of the trajectories that ended in {year} with a known reason, by the provider of their first allocation.',
  'Per aanbieder in {year} (klik op een kolomkop om te sorteren)':
    'Per provider in {year} (click a column header to sort)',
  'Uitstroom %': 'Outflow %',
  'Mediane duur': 'Median duration',
  'Afschaling naar IB0 %': 'Step-down to IB0 %',
  Groep: 'Group',
  Overzicht: 'Overview',
  Vergelijking: 'Comparison',
  Instellingen: 'Settings',
  Schermen: 'Screens',
  'Importeer een blad met gemeente, jaar en inwoners om te vergelijken':
    'Import a sheet with municipality, year and inhabitants to compare',
  'Leeg: de laatste startdatum of het einde van de laatste kostenperiode in de gegevens.':
    'Empty: the latest start date or the end of the latest cost period in the data.',
  'Trajectgrens (dagen)': 'Trajectory gap (days)',
  'Toewijzingen met hooguit zoveel dagen ertussen vormen één traject. Standaard {n}; kies 3 om te vergelijken met CBS StatLine 86051NED.':
    'Allocations with at most this many days between them form one trajectory. Default {n}; choose 3 to compare with CBS StatLine 86051NED.',
  'Kies een heel getal van 0 tot en met 365.': 'Choose a whole number from 0 to 365.',
  Leeftijdsgrenzen: 'Age boundaries',
  'Klassen: {bands}.': 'Bands: {bands}.',
  'Standaard {bounds}.': 'Default {bounds}.',
  'Geef oplopende hele leeftijden van 1 tot 120, gescheiden door komma’s (hooguit 12).':
    'Give rising whole ages from 1 to 120, separated by commas (at most 12).',
  'Tarieven (€ per cliënt per maand)': 'Tariffs (€ per client per month)',
  'Deze gegevens hebben kostenregels; tarieven worden dan niet gebruikt.':
    'This data has cost lines; tariffs are then not used.',
  'Gebruikt als er geen kostenregels zijn. Leeg: geen tarief (het geïmporteerde, als dat er is).':
    'Used when there are no cost lines. Empty: no tariff (the imported one, if any).',
  'Tarief {product} {year}': 'Tariff {product} {year}',
  'Een tarief is een bedrag in euro, zoals 607,00.':
    'A tariff is an amount in euro, such as 607.00.',
  Toepassen: 'Apply',
  Taal: 'Language',
  'Deze gegevensset bestaat niet meer.': 'This dataset no longer exists.',
  'Er is geen import om te bevestigen.': 'There is no import to confirm.',
  'Er zijn geen gegevens om in te zoomen.': 'There is no data to drill into.',
  'De opslag is vol: er is niets opgeslagen. Maak ruimte vrij of verwijder een gegevensset, en probeer het opnieuw.':
    'Storage is full: nothing was saved. Free up space or delete a dataset, and try again.',
  'Dit bestand is geen reservekopie van de Begeleidingsmonitor. Er is niets veranderd.':
    'This file is not a Begeleidingsmonitor backup. Nothing was changed.',
  'Deze reservekopie is beschadigd (de controlesom klopt niet). Er is niets veranderd.':
    'This backup is damaged (the checksum does not match). Nothing was changed.',
  'Deze reservekopie is gemaakt met een nieuwere versie van de Begeleidingsmonitor. Werk de app bij en probeer het opnieuw. Er is niets veranderd.':
    'This backup was made with a newer version of the Begeleidingsmonitor. Update the app and try again. Nothing was changed.',
  'Per {period}': 'Per {period}',
  'Laat los om te importeren': 'Drop to import',
  Rapport: 'Report',
  Hoofdstukken: 'Sections',
  Jaren: 'Years',
  van: 'from',
  'tot en met': 'to',
  'Publicatie (afgerond op 5, 0–7 geheim)': 'Publication (rounded to 5, 0–7 hidden)',
  'Intern (exact)': 'Internal (exact)',
  'Word (.docx)': 'Word (.docx)',
  'PowerPoint (.pptx)': 'PowerPoint (.pptx)',
  'PDF / afdrukken': 'PDF / print',
  'Het bestand kon niet worden gemaakt: {message}': 'The file could not be made: {message}',
  'Tekenen op canvas is niet beschikbaar.': 'Drawing on a canvas is not available.',
  'De grafiek kon niet als PNG worden gemaakt.': 'The chart could not be made into a PNG.',
  'Gemeenten, aanbieders en producten kiest u met de filters bovenaan; de brief gaat over wat die laten zien.':
    'Municipalities, providers and products are chosen with the filters at the top; the brief covers what they show.',
  // Import problems (shared/import/messages.ts).
  'Cliëntnummer ontbreekt': 'Client number missing',
  'Startdatum ontbreekt': 'Start date missing',
  'Datum niet te lezen of vóór 1900': 'Date unreadable or before 1900',
  'Onbekend product': 'Unknown product',
  'Einddatum ligt vóór de startdatum': 'End date before start date',
  'Bedrag niet te lezen': 'Amount unreadable',
  'Periode niet te lezen': 'Period unreadable',
  'Periode ontbreekt': 'Period missing',
  'Bedrag ontbreekt': 'Amount missing',
  'Aanbieder ontbreekt': 'Provider missing',
  'Product ontbreekt': 'Product missing',
  'Jaar niet te lezen': 'Year unreadable',
  'Getal niet te lezen': 'Number unreadable',
  'Gemeente ontbreekt': 'Municipality missing',
  'Onbekende gemeente': 'Unknown municipality',
  'Het bestand is leeg.': 'The file is empty.',
  'Het bestand is beschadigd of geen geldig Excel- of OpenDocument-bestand.':
    'The file is damaged or not a valid Excel or OpenDocument file.',
  'Dit is geen spreadsheet of CSV-bestand.': 'This is not a spreadsheet or CSV file.',
  'Het bestand is groter dan 500 MB en wordt niet gelezen. Exporteer een kortere periode of splits het bestand.':
    'The file is larger than 500 MB and is not read. Export a shorter period or split the file.',
  'Het bestand zou uitgepakt onredelijk groot worden (mogelijk een zip-bom) en wordt niet gelezen.':
    'The file would unpack to an unreasonable size (possibly a zip bomb) and is not read.',
  'Het bestand heeft meer dan 200 bladen en wordt niet gelezen.':
    'The file has more than 200 sheets and is not read.',
  'Een blad heeft meer dan 20 miljoen rijen; exporteer een kortere periode.':
    'A sheet has more than 20 million rows; export a shorter period.',
  'Een blad heeft meer dan 1.000 kolommen; dit is geen registratie-export.':
    'A sheet has more than 1,000 columns; this is not a registration export.',
  'Dit is een webpagina (HTML) met een spreadsheet-naam; sla het in Excel op als .xlsx.':
    'This is a web page (HTML) named like a spreadsheet; save it as .xlsx in Excel.',
  'Opslaan is mislukt: er is niets opgeslagen. Probeer het opnieuw; lukt het dan niet, sluit de app en open hem opnieuw.':
    'Saving failed: nothing was saved. Try again; if that fails too, close the app and open it again.',
  'Onbekend kengetal (instroom, uitstroom, cliënten, uitstroompercentage, kosten, kosten per cliënt per maand, mediane duur)':
    'Unknown figure (inflow, outflow, clients, outflow rate, cost, cost per client per month, median duration)',
  'Richting niet te lezen (max of min, hoogstens of minstens)': 'Direction unreadable (max or min)',
  'Omschrijving ontbreekt': 'Description missing',
  // Steering sheets and their columns.
  Plafonds: 'Ceilings',
  Streefwaarden: 'Targets',
  Maatregelen: 'Measures',
  begroting: 'budget',
  plafond: 'ceiling',
  kengetal: 'figure',
  streefwaarde: 'target value',
  richting: 'direction',
  vanaf: 'from',
  uiterlijk: 'deadline',
  maatregel: 'measure',
  datum: 'date',
  // Sturen.
  'Prognose {year}:': 'Forecast {year}:',
  'tegen een begroting van': 'against a budget of',
  erboven: 'above it',
  eronder: 'below it',
  'gerealiseerd t/m {date}: {amount}': 'realised up to {date}: {amount}',
  gehaald: 'met',
  'niet gehaald': 'missed',
  'loopt nog': 'still running',
  Sturen: 'Steering',
  'Zonder kostenregels of tarieven is er geen prognose. Importeer ze, of vul tarieven in bij Instellingen.':
    'Without cost lines or tariffs there is no forecast. Import them, or enter tariffs in Settings.',
  'Band (laag)': 'Band (low)',
  'Band (hoog)': 'Band (high)',
  'Prognose {year}': 'Forecast {year}',
  'Gerealiseerd t/m {date}': 'Realised up to {date}',
  'band {low} – {high}': 'band {low} – {high}',
  'Begroting {year}': 'Budget {year}',
  'prognose {amount} erboven': 'forecast {amount} above',
  'prognose {amount} eronder': 'forecast {amount} below',
  'Lijndiagram: gerealiseerde kosten per maand opgeteld, de prognose tot 31 december met band, en de begroting':
    'Line chart: realised cost per month, cumulative, the forecast to 31 December with its band, and the budget',
  'Er is geen eerder jaar om de prognose aan te toetsen.':
    'There is no earlier year to test the forecast against.',
  'In {years} zat deze prognose op dit moment van het jaar gemiddeld {error} naast de werkelijkheid (doortrekken: {run}, groei vorig jaar: {growth}).':
    "In {years} this forecast, made at this point of the year, was off by {error} on average (run rate: {run}, last year's growth: {growth}).",
  'Per product': 'Per product',
  'Per type aanbieder': 'Per provider type',
  'Per aanbieder (AGB-code tussen haakjes)': 'Per provider (AGB code in brackets)',
  Plafond: 'Ceiling',
  'Plafond bereikt op': 'Ceiling reached on',
  'Terugblik: dezelfde prognose op dezelfde dag van eerdere jaren':
    'Backtest: the same forecast on the same day of earlier years',
  Werkelijk: 'Actual',
  Afwijking: 'Error',
  maand: 'month',
  kwartaal: 'quarter',
  '4 weken': '4 weeks',
  '{figure} per {period}: {direction} {value}': '{figure} per {period}: {direction} {value}',
  hoogstens: 'at most',
  minstens: 'at least',
  'Er zijn geen streefwaarden. Importeer een blad met kengetal, periode, streefwaarde en richting.':
    'There are no targets. Import a sheet with figure, period, target value and direction.',
  Streefwaarde: 'Target',
  '{period}: {actual} —': '{period}: {actual} —',
  'Op deze koers niet gehaald.': 'Not met on this course.',
  'Op deze koers gehaald in {period}.': 'Met on this course in {period}.',
  'Per periode': 'Per period',
  Status: 'Status',
  'Er zijn geen maatregelen. Importeer een blad met datum en maatregel.':
    'There are no measures. Import a sheet with date and measure.',
  'Deze datum ligt niet binnen de gegevens: er is geen voor en na.':
    'This date is outside the data: there is no before and after.',
  'Voor en na, twee even lange periodes': 'Before and after, two periods of equal length',
  Voor: 'Before',
  Na: 'After',
  'waarvan {product}': 'of which {product}',
  'De peildatum is {date}: het jaar is rond en de prognose is wat het kostte. Kies bij Instellingen een peildatum in het jaar om te zien waar het toen op afkoerste.':
    'The peildatum is {date}: the year is complete and the forecast is what it cost. Choose a peildatum within the year in Settings to see where it was heading then.',
  'Laatste wijziging ongedaan maken': 'Undo the last change',
  'per maand': 'per month',
  'per kwartaal': 'per quarter',
  'per jaar': 'per year',
  'per 4 weken': 'per 4 weeks',
  'Sturen instellen': 'Steering settings',
  'Wat hier staat, geldt naast wat met de gegevens is ingelezen; een begroting of plafond hier gaat voor een ingelezen van hetzelfde jaar.':
    'What is entered here applies beside what was imported with the data; a budget or ceiling here replaces an imported one of the same year.',
  'Begroting voor': 'Budget for',
  'Bedrag (euro)': 'Amount (euro)',
  'Begroting opslaan': 'Save budget',
  'Plafond voor aanbieder': 'Ceiling for provider',
  'Plafond (euro)': 'Ceiling (euro)',
  'Plafond opslaan': 'Save ceiling',
  'Streefwaarde voor': 'Target for',
  Richting: 'Direction',
  'Streefwaarde toevoegen': 'Add target',
  'Maatregel op': 'Measure on',
  Omschrijving: 'Description',
  'Maatregel toevoegen': 'Add measure',
  'Begroting {year}: {amount}': 'Budget {year}: {amount}',
  verwijderen: 'remove',
  'Plafond {provider} {year}: {amount}': 'Ceiling {provider} {year}: {amount}',
  'met filter': 'with a filter',
  '{year} t/m {date}': '{year} to {date}',
  'verborgen blad': 'hidden sheet',
  'Dit jaar tot de peildatum, naast dezelfde dagen vorig jaar':
    'This year up to the peildatum, beside the same days last year',
  Verandering: 'Change',
  'Wie draagt de groei?': 'Who drives the growth?',
  Van: 'From',
  Tot: 'To',
  'Groei van minstens (cliënten)': 'Growth of at least (clients)',
  'Kies een beginjaar vóór het eindjaar en een drempel van minstens 1.':
    'Choose a first year before the last and a threshold of at least 1.',
  'Geen aanbieder groeide tussen {from} en {to} met minstens {n} cliënten.':
    'No provider grew by at least {n} clients between {from} and {to}.',
  '{count} aanbieders groeiden tussen {from} en {to} met minstens {n} cliënten — samen {pct} van de groei: {names}.':
    '{count} providers grew by at least {n} clients between {from} and {to} — together {pct} of the growth: {names}.',
  'Alle cliënten samen: {change}.': 'All clients together: {change}.',
  'Verandering per aanbieder, {from}–{to}': 'Change per provider, {from}–{to}',
  'Aandeel in de groei': 'Share of the growth',
  'Verloop {from}–{to}': 'Course {from}–{to}',
  'Kosten {year}:': 'Cost {year}:',
  'Trajecten van {provider} in {year}': 'Trajectories of {provider} in {year}',
  '{count} cliëntnummers hebben de vorm van een BSN en zijn vervangen door een pseudoniem; het nummer zelf is niet bewaard.':
    '{count} client numbers have the form of a BSN and were replaced by a pseudonym; the number itself was not stored.',
  'Daarvan komen er {n} niet door de elfproef (waarschijnlijk een tikfout); ook die zijn vervangen.':
    'Of those, {n} fail the eleven test (probably a typo); they were replaced too.',
  'Gemiddelde leeftijd bij de start': 'Mean age at start',
  'Gem. leeftijd bij de start': 'Mean age at start',
  'Kies een datum op of vóór de peildatum ({date}).':
    'Choose a date on or before the reference date ({date}).',
  'Wie op {date} nog een traject had, naar startjaar':
    'Who still had a trajectory on {date}, by start year',
  'Lopend op': 'Running on',
  Toon: 'Show',
  'Leeg: de peildatum.': 'Empty: the reference date.',
  'Lijndiagram: gemiddelde leeftijd bij de start per startjaar, van wie nog een traject had':
    'Line chart: mean age at start by start year, of those who still had a trajectory',
  'Op deze datum liep geen traject.': 'No trajectory was running on this date.',
  'Alleen wie op {date} nog een traject had: van de vroege startjaren zijn dat de lange trajecten, dus vergelijk de startjaren met die kanttekening.':
    'Only those who still had a trajectory on {date}: of the early start years these are the long trajectories, so compare the start years with that in mind.',
  'Trajecten die op {date} nog liepen, naar startjaar':
    'Trajectories still running on {date}, by start year',
  Lopend: 'Running',
  '< 26 jaar': '< 26 years',
  '< 26 jaar (%)': '< 26 years (%)',
  '> 75 jaar': '> 75 years',
  '> 75 jaar (%)': '> 75 years (%)',
  'Vrouw (%)': 'Women (%)',
  'Man (%)': 'Men (%)',
  'Reden einde in groepen': 'Reason for ending, grouped',
  'Trajecten achter {measure} {year}: {what}': 'Trajectories behind {measure} {year}: {what}',
  'naar Wlz/Zvw': 'to the Wlz/Zvw',
  'Instroom per verwijzer, per startjaar': 'Inflow by referrer, per start year',
  'Uitstroom per reden einde, per jaar waarin het traject eindigde':
    'Outflow by reason for ending, per year the trajectory ended',
  Verwijzer: 'Referrer',
  'Reden einde': 'Reason for ending',
  'Aandeel {year} (%)': 'Share {year} (%)',
  'volgens plan': 'as planned',
  verhuizing: 'moved away',
  overlijden: 'death',
  eenzijdig: 'one-sided',
  'voortijdig in overleg': 'early by agreement',
  'door de gemeente': 'by the municipality',
  'andere aanbieder': 'another provider',
  tijdelijk: 'temporary',
  'naar basisondersteuning': 'to basic support',
  'vrije tekst': 'free text',
  'Hoe trajecten in {year} eindigden, per type aanbieder (met een bekende reden)':
    'How trajectories ended in {year}, by provider type (with a known reason)',
  'Met bekende reden': 'With a known reason',
  'Aandeel van elk product in de kosten van het jaar (%)':
    "Each product's share of the year's cost (%)",
};
