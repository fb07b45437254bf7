/**
 * The definitions of metrics.md in plain Dutch: the app's "Hoe berekend?" (translated there)
 * and the brief's Verantwoording. `id` is the anchor a caption links to.
 */
export const definitions: readonly { id: string; term: string; text: string }[] = [
  {
    id: 'traject',
    term: 'Traject',
    text: 'Een aaneengesloten reeks IB-toewijzingen van één cliënt waarin tussen het einde van de ene en de start van de volgende hooguit 31 dagen zitten (instelbaar). Overlappende en aansluitende toewijzingen, ook bij andere aanbieders of producten, horen bij één traject.',
  },
  {
    id: 'instroom',
    term: 'Instroom',
    text: 'Trajecten die in de periode beginnen. Uitgesplitst naar product en type aanbieder van de eerste toewijzing van het traject (zoals de filters ook kiezen).',
  },
  {
    id: 'uitstroom',
    term: 'Uitstroom',
    text: 'Beëindigde trajecten die in de periode eindigen. Een traject dat na de peildatum doorloopt, is lopend.',
  },
  {
    id: 'clienten',
    term: 'Cliënten',
    text: 'Verschillende cliënten met minstens één dag IB-toewijzing in de periode (tot en met de peildatum). Leeftijd op 1 juli van het jaar.',
  },
  {
    id: 'uitstroompercentage',
    term: 'Uitstroompercentage',
    text: 'Uitstroom in het jaar gedeeld door de cliënten in het jaar.',
  },
  {
    id: 'lopend',
    term: 'Lopend op 31-12',
    text: 'Cliënten met een IB-toewijzing op 31 december (of op de peildatum in het laatste jaar).',
  },
  {
    id: 'duur',
    term: 'Mediane trajectduur',
    text: 'Kaplan–Meier-mediaan: de kortste duur waarbij naar schatting de helft van de trajecten beëindigd is; lopende trajecten tellen mee tot de peildatum. “–” betekent: nog niet de helft beëindigd. Duurklassen: beëindigde trajecten naar hun duur, lopende naar hun duur tot nu.',
  },
  {
    id: 'kosten-per-client',
    term: 'Kosten per cliënt per maand',
    text: 'Kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul (creditregels worden per cliënt en maand verrekend).',
  },
  {
    id: 'kosten',
    term: 'Kosten',
    text: 'Uit kostenregels als die er zijn; anders tarief × (dagen toewijzing in de maand / dagen in de maand). Nooit gemengd. Eigen tarieven uit de instellingen gaan voor geïmporteerde.',
  },
  {
    id: 'aanbieders',
    term: 'Aanbieders',
    text: 'Cliënten per type aanbieder: een cliënt met aanbieders in twee groepen telt in beide. Groeiconcentratie: aanbieders die tussen het eerste en laatste jaar met minstens 100 cliënten groeiden, en hun aandeel in de totale groei.',
  },
  {
    id: 'overgangen',
    term: 'Overgangen',
    text: 'Opeenvolgende toewijzingen binnen één traject met een ander product; afschaling is een overgang naar een lichter product.',
  },
  {
    id: 'peildatum',
    term: 'Peildatum',
    text: 'De dag die de gegevens beschrijven: standaard de laatste startdatum of het einde van de laatste kostenperiode. Wat erna begint, telt niet mee.',
  },
  {
    id: 'kleine-aantallen',
    term: 'Kleine aantallen',
    text: 'In de publicatieversie zijn aantallen afgerond op vijftallen en zijn aantallen van 0 tot en met 7 geheim (.); percentages komen uit de afgeronde aantallen; bedragen van een geheime groep zijn geheim; waar een totaal en alle delen op één na een geheim deel zouden verraden, is nog een deel geheim.',
  },
];
