/** The definitions of metrics.md in plain Dutch, for the brief's Verantwoording. */
export const definitions: readonly { term: string; text: string }[] = [
  {
    term: 'Traject',
    text: 'Een aaneengesloten reeks IB-toewijzingen van één cliënt waarin tussen het einde van de ene en de start van de volgende hooguit het ingestelde aantal dagen zit (standaard 31). Overlappende en aansluitende toewijzingen, ook bij andere aanbieders of producten, horen bij één traject.',
  },
  { term: 'Instroom', text: 'Trajecten die in het jaar beginnen.' },
  {
    term: 'Uitstroom',
    text: 'Beëindigde trajecten die in het jaar eindigen; een traject dat na de peildatum doorloopt, is lopend.',
  },
  {
    term: 'Cliënten',
    text: 'Verschillende cliënten met minstens één dag IB-toewijzing in het jaar (tot en met de peildatum).',
  },
  {
    term: 'Uitstroompercentage',
    text: 'Uitstroom in het jaar gedeeld door de cliënten in het jaar.',
  },
  {
    term: 'Lopend op 31-12',
    text: 'Cliënten met een IB-toewijzing op 31 december (of op de peildatum in het laatste jaar).',
  },
  {
    term: 'Mediane trajectduur',
    text: 'Kaplan–Meier-mediaan: de kortste duur waarbij naar schatting de helft van de trajecten beëindigd is; lopende trajecten tellen mee tot de peildatum.',
  },
  {
    term: 'Kosten',
    text: 'Uit kostenregels als die er zijn; anders tarief × (dagen toewijzing in de maand / dagen in de maand). Nooit gemengd.',
  },
  {
    term: 'Kosten per cliënt per maand',
    text: 'Kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul.',
  },
  {
    term: 'Kleine aantallen',
    text: 'In de publicatieversie zijn aantallen afgerond op vijftallen en zijn aantallen van 0 tot en met 7 geheim (.); percentages komen uit de afgeronde aantallen; bedragen van een geheime groep zijn geheim; waar een totaal en alle delen op één na een geheim deel zouden verraden, is nog een deel geheim.',
  },
];
