import { msg } from '../i18n/msg';
import type { YearFigures } from '../metrics/metricsJson';
import type { FigureUnit } from './units';

// The one catalogue of figures (Arquero's table of aggregates is the model): each yearly
// figure of `metrics --json` once, with its Dutch and English label, its unit and the
// definition that explains it. The CLI table, the Overzicht, the export, the brief's key
// figures, the drill-down titles and "Hoe berekend?" all read it; nothing else lists figures.

/** A text in both languages of the app. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** A definition of metrics.md in plain words: "Hoe berekend?" and the brief's Verantwoording. */
export interface Definition {
  /** The anchor a caption links to (`Hoe berekend?` opens at it). */
  id: string;
  term: Bilingual;
  text: Bilingual;
}

export const definitions = [
  {
    id: 'traject',
    term: { nl: 'Traject', en: 'Trajectory' },
    text: {
      nl: 'Een aaneengesloten reeks IB-toewijzingen van één cliënt waarin tussen het einde van de ene en de start van de volgende hooguit {gapDays} dagen zitten (instelbaar, standaard 31). Overlappende en aansluitende toewijzingen, ook bij andere aanbieders of producten, horen bij één traject.',
      en: "An unbroken series of one client's IB allocations with at most {gapDays} days (adjustable, 31 by default) between the end of one and the start of the next. Overlapping and adjoining allocations, also with other providers or products, belong to one trajectory.",
    },
  },
  {
    id: 'instroom',
    term: { nl: 'Instroom', en: 'Inflow' },
    text: {
      nl: 'Trajecten die in de periode beginnen. Uitgesplitst naar product en type aanbieder van de eerste toewijzing van het traject (zoals de filters ook kiezen).',
      en: "Trajectories that start in the period. Split by the product and provider type of the trajectory's first allocation (as the filters select too).",
    },
  },
  {
    id: 'uitstroom',
    term: { nl: 'Uitstroom', en: 'Outflow' },
    text: {
      nl: 'Beëindigde trajecten die in de periode eindigen. Een traject dat na de peildatum doorloopt, is lopend.',
      en: 'Ended trajectories that end in the period. A trajectory that continues past the reference date is ongoing.',
    },
  },
  {
    id: 'clienten',
    term: { nl: 'Cliënten', en: 'Clients' },
    text: {
      nl: 'Verschillende cliënten met minstens één dag IB-toewijzing in de periode (tot en met de peildatum). Leeftijd op 1 juli van het jaar.',
      en: 'Distinct clients with at least one day of IB allocation in the period (up to and including the reference date). Age on 1 July of the year.',
    },
  },
  {
    id: 'lopend-profiel',
    term: { nl: 'Wie nog een traject heeft', en: 'Who still has a trajectory' },
    text: {
      nl: 'De trajecten die op een gekozen dag (standaard de peildatum) nog liepen: begonnen op of vóór die dag en toen niet beëindigd, naar hun startjaar. Per startjaar het aantal, de gemiddelde leeftijd bij de start, hoeveel jonger dan 26 en ouder dan 75 waren, en het aandeel vrouwen en mannen (van wie het bekend is). Zo keek Trimbos (2020) naar de cliënten van de Drechtsteden; van vroege startjaren zijn alleen de lange trajecten over.',
      en: 'The trajectories still running on a chosen day (the reference date by default): started on or before it and not ended then, by start year. Per start year the number, the mean age at start, how many were younger than 26 and older than 75, and the share of women and men (of those whose gender is known). This is how Trimbos (2020) looked at the clients of the Drechtsteden; of early start years only the long trajectories remain.',
    },
  },
  {
    id: 'uitstroompercentage',
    term: { nl: 'Uitstroompercentage', en: 'Outflow rate' },
    text: {
      nl: 'Uitstroom in het jaar gedeeld door de cliënten in het jaar.',
      en: "The year's outflow divided by the year's clients.",
    },
  },
  {
    id: 'lopend',
    term: { nl: 'Lopend op 31-12', en: 'Active on 31 Dec' },
    text: {
      nl: 'Cliënten met een IB-toewijzing op 31 december (of op de peildatum in het laatste jaar).',
      en: 'Clients with an IB allocation on 31 December (or on the reference date in the last year).',
    },
  },
  {
    id: 'heraanmelding',
    term: { nl: 'Heraanmelding', en: 'Re-entry' },
    text: {
      nl: 'Een traject dat hooguit 365 dagen na het einde van een eerder traject van dezelfde cliënt begint. Heraanmeldingspercentage: heraanmeldingen in het jaar gedeeld door de instroom in het jaar.',
      en: 'A trajectory that starts at most 365 days after the end of an earlier trajectory of the same client. Re-entry rate: the year’s re-entries divided by the year’s inflow.',
    },
  },
  {
    id: 'duur',
    term: { nl: 'Mediane trajectduur', en: 'Median trajectory duration' },
    text: {
      nl: 'Kaplan–Meier-mediaan: de kortste duur waarbij naar schatting de helft van de trajecten beëindigd is; lopende trajecten tellen mee tot de peildatum. “–” betekent: nog niet de helft beëindigd. Duurklassen: beëindigde trajecten naar hun duur, lopende naar hun duur tot nu.',
      en: 'Kaplan–Meier median: the shortest duration by which an estimated half of the trajectories have ended; ongoing trajectories count up to the reference date. “–” means: not yet half ended. Duration classes: ended trajectories by their duration, ongoing ones by their duration so far.',
    },
  },
  {
    id: 'leeftijd',
    term: { nl: 'Leeftijd bij start', en: 'Age at start' },
    text: {
      nl: 'Hele jaren tussen geboortedatum en start van het traject (bij alleen een geboortejaar: 1 juli van dat jaar). Het gemiddelde per jaar is over de trajecten die in dat jaar begonnen, van cliënten met een geboortedatum.',
      en: 'Whole years between birth date and the start of the trajectory (with only a birth year: 1 July of that year). The mean per year is over the trajectories that started in that year, of clients with a birth date.',
    },
  },
  {
    id: 'kosten-per-client',
    term: { nl: 'Kosten per cliënt per maand', en: 'Cost per client per month' },
    text: {
      nl: 'Kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul (creditregels worden per cliënt en maand verrekend).',
      en: "The year's cost divided by the number of client-months with net cost above zero (credit lines are netted per client and month).",
    },
  },
  {
    id: 'kosten',
    term: { nl: 'Kosten', en: 'Cost' },
    text: {
      nl: 'Uit de declaraties van de aanbieders (kostenregels) als die er zijn; anders berekend als tarief × (dagen toewijzing in de maand / dagen in de maand). De kosten komen dus helemaal uit declaraties of helemaal uit tarieven, nooit uit een mengsel. Eigen tarieven uit de instellingen gaan voor geïmporteerde. Eerste jaar per traject: de kosten van de eerste 365 dagen van elk traject dat in een jaar begon, beëindigd of niet, alleen voor startjaren waarvan elk traject al een jaar loopt; trajecten die al liepen toen de gegevens begonnen, tellen niet mee.',
      en: "From the providers' invoices (cost lines) where there are any; otherwise calculated as tariff × (allocation days in the month / days in the month). So the cost comes wholly from invoices or wholly from tariffs, never from a mix. Your own tariffs from the settings take precedence over imported ones. First year per trajectory: the cost of the first 365 days of each trajectory that started in a year, ended or not, only for start years every trajectory of which has run a year; trajectories already running when the data begin are left out.",
    },
  },
  {
    id: 'aanbieders',
    term: { nl: 'Aanbieders', en: 'Providers' },
    text: {
      nl: 'Cliënten per type aanbieder: een cliënt met aanbieders in twee groepen telt in beide. Groeiconcentratie: aanbieders die tussen het eerste en laatste jaar met minstens 100 cliënten groeiden, en hun aandeel in de totale groei.',
      en: 'Clients per provider type: a client with providers in two groups counts in both. Growth concentration: providers that grew by at least 100 clients between the first and last year, and their share of the total growth.',
    },
  },
  {
    id: 'overgangen',
    term: { nl: 'Overgangen', en: 'Transitions' },
    text: {
      nl: 'Opeenvolgende toewijzingen binnen één traject met een ander product; afschaling is een overgang naar een lichter product.',
      en: 'Consecutive allocations within one trajectory with a different product; a step-down is a transition to a lighter product.',
    },
  },
  {
    id: 'dagen-tot-start-zorg',
    term: { nl: 'Dagen tot start zorg', en: 'Days to start of care' },
    text: {
      nl: 'Dagen van de ingangsdatum van een toewijzing (iWmo 301) tot de dag waarop de aanbieder meldt dat de zorg begon (Begindatum in het startbericht, iWmo 305), per startjaar van de toewijzing en per type aanbieder: de mediaan en het 90e percentiel. Alleen toewijzingen met een startbericht tot en met de peildatum; een ingetrokken startbericht telt niet.',
      en: 'Days from an allocation’s start date (iWmo 301) to the day the provider reports that care began (Begindatum in the start message, iWmo 305), per start year of the allocation and per provider type: the median and the 90th percentile. Only allocations with a start message up to the reference date; a withdrawn start message does not count.',
    },
  },
  {
    id: 'peildatum',
    term: { nl: 'Peildatum', en: 'Reference date' },
    text: {
      nl: 'De dag die de gegevens beschrijven: standaard de laatste startdatum of het einde van de laatste kostenperiode. Wat erna begint, telt niet mee.',
      en: 'The day the data describes: by default the latest start date or the end of the latest cost period. Whatever starts after it does not count.',
    },
  },
  {
    id: 'prognose',
    term: { nl: 'Prognose', en: 'Forecast' },
    text: {
      nl: 'De kosten van het jaar van de peildatum, in drie delen: wat tot de peildatum gerealiseerd is; wat de trajecten die op de peildatum lopen naar verwachting nog kosten tot 31 december (elke dag gewogen met de kans dat het traject dan nog loopt, uit de trajectduur van eerdere trajecten met hetzelfde eerste product, tegen het tarief van het product); en wat nieuwe trajecten naar verwachting kosten (instroom zoals in het afgelopen jaar, elk nieuw traject zoals nieuwe trajecten van de afgelopen twee jaar in hun eerste dagen). De verwachte delen worden bijgesteld met hoe dezelfde prognose in eerdere jaren uitkwam (de terugblik); de band is zo breed als de grootste afwijking daarin. Alleen wat op de peildatum bekend was, telt mee. Verplichting: de lopende toewijzingen tot hun geplande einde. Ter vergelijking: doortrekken (gerealiseerd × dagen in het jaar ÷ verstreken dagen) en groei vorig jaar (vorig jaar × gerealiseerd ÷ gerealiseerd vorig jaar op dezelfde dag).',
      en: 'The cost of the peildatum’s year, in three parts: what was realised up to the peildatum; what the trajectories running on the peildatum are expected to cost until 31 December (each day weighted by the chance that the trajectory still runs then, from the durations of earlier trajectories with the same first product, at the product’s tariff); and what new trajectories are expected to cost (inflow as in the past year, each new trajectory like the new trajectories of the past two years in their first days). The expected parts are adjusted by how the same forecast turned out in earlier years (the backtest); the band is as wide as the largest error there. Only what was known on the peildatum counts. Obligation: the running allocations up to their planned end. For comparison: run rate (realised × days in the year ÷ days elapsed) and last year’s growth (last year × realised ÷ realised last year on the same day).',
    },
  },
  {
    id: 'kleine-aantallen',
    term: { nl: 'Kleine aantallen', en: 'Small numbers' },
    text: {
      nl: 'In de publicatieversie zijn aantallen afgerond op vijftallen en zijn aantallen van 0 tot en met 7 geheim (.); percentages komen uit de afgeronde aantallen; bedragen van een geheime groep zijn geheim; waar een totaal en alle delen op één na een geheim deel zouden verraden, is nog een deel geheim.',
      en: 'In the publication version counts are rounded to multiples of five and counts of 0 to 7 are hidden (.); percentages come from the rounded counts; amounts of a hidden group are hidden; where a total and all parts but one would reveal a hidden part, one more part is hidden.',
    },
  },
] as const satisfies readonly Definition[];

export type DefinitionId = (typeof definitions)[number]['id'];

/** One figure of `byYear` (cli.md): how it is called, written and explained. */
export interface YearFigureEntry {
  key: keyof YearFigures;
  label: Bilingual;
  unit: FigureUnit;
  definition: DefinitionId;
  /** Shown as a key figure on Overzicht (and in its export). */
  overview: boolean;
}

/** Every figure of `byYear`, in the order the CLI table and the Overzicht show them. */
export const yearFigures: readonly YearFigureEntry[] = [
  {
    key: 'clients',
    label: { nl: 'Cliënten', en: 'Clients' },
    unit: 'count',
    definition: 'clienten',
    overview: true,
  },
  {
    key: 'inflow',
    label: { nl: 'Instroom', en: 'Inflow' },
    unit: 'count',
    definition: 'instroom',
    overview: true,
  },
  {
    key: 'outflow',
    label: { nl: 'Uitstroom', en: 'Outflow' },
    unit: 'count',
    definition: 'uitstroom',
    overview: true,
  },
  {
    key: 'outflowRatePct',
    label: { nl: 'Uitstroompercentage', en: 'Outflow rate' },
    unit: 'percent',
    definition: 'uitstroompercentage',
    overview: true,
  },
  {
    key: 'activeAtYearEnd',
    label: { nl: 'Lopend op 31-12', en: 'Active on 31 Dec' },
    unit: 'count',
    definition: 'lopend',
    overview: true,
  },
  {
    key: 'reentry',
    label: { nl: 'Heraanmeldingen', en: 'Re-entries' },
    unit: 'count',
    definition: 'heraanmelding',
    overview: false,
  },
  {
    key: 'reentryRatePct',
    label: { nl: 'Heraanmeldingspercentage', en: 'Re-entry rate' },
    unit: 'percent',
    definition: 'heraanmelding',
    overview: false,
  },
  {
    key: 'costTotal',
    label: { nl: 'Kosten', en: 'Cost' },
    unit: 'euro',
    definition: 'kosten',
    overview: true,
  },
  {
    key: 'costPerClientMonth',
    label: { nl: 'Kosten per cliënt per maand', en: 'Cost per client per month' },
    unit: 'euroCents',
    definition: 'kosten-per-client',
    overview: true,
  },
  {
    key: 'medianDaysKM',
    label: { nl: 'Mediane trajectduur (dagen)', en: 'Median trajectory duration (days)' },
    unit: 'days',
    definition: 'duur',
    overview: true,
  },
  {
    key: 'meanDaysEnded',
    label: {
      nl: 'Gemiddelde duur beëindigde trajecten (dagen)',
      en: 'Mean duration of ended trajectories (days)',
    },
    unit: 'meanDays',
    definition: 'duur',
    overview: false,
  },
  {
    key: 'meanAgeAtStart',
    label: { nl: 'Gemiddelde leeftijd bij start', en: 'Mean age at start' },
    unit: 'years',
    definition: 'leeftijd',
    overview: true,
  },
  {
    key: 'providersActive',
    label: { nl: 'Actieve aanbieders', en: 'Active providers' },
    unit: 'count',
    definition: 'aanbieders',
    overview: true,
  },
];

/** One part of the year-end forecast (`forecast --json`, `ForecastParts`). */
export interface ForecastPartEntry {
  key:
    | 'realised'
    | 'obligation'
    | 'expectedContinuing'
    | 'expectedNew'
    | 'forecast'
    | 'runRate'
    | 'lastYearGrowth'
    | 'budget';
  label: Bilingual;
}

/** The parts of the forecast, in the order tables show them (all in euro; definition `prognose`). */
export const forecastParts: readonly ForecastPartEntry[] = [
  { key: 'realised', label: { nl: 'Gerealiseerd', en: 'Realised' } },
  { key: 'obligation', label: { nl: 'Verplichting', en: 'Obligation' } },
  { key: 'expectedContinuing', label: { nl: 'Verwacht lopend', en: 'Expected continuing' } },
  { key: 'expectedNew', label: { nl: 'Verwacht nieuw', en: 'Expected new' } },
  { key: 'forecast', label: { nl: 'Prognose', en: 'Forecast' } },
  { key: 'runRate', label: { nl: 'Doortrekken', en: 'Run rate' } },
  { key: 'lastYearGrowth', label: { nl: 'Groei vorig jaar', en: 'Last year’s growth' } },
  { key: 'budget', label: { nl: 'Begroting', en: 'Budget' } },
];

/** Where the cost figures come from (`meta.costSource`), in words. */
export const costSourceLabels = {
  lines: msg('kostenregels'),
  tariffs: msg('tarieven × toewijzingsdagen'),
  none: msg('geen kostengegevens'),
} as const;

/** The catalogue's entry of a yearly figure. */
export function yearFigure(key: keyof YearFigures): YearFigureEntry {
  const entry = yearFigures.find((f) => f.key === key);
  if (!entry) throw new Error(`Geen cijfer '${key}' in de catalogus.`);
  return entry;
}

/** The catalogue's English by its Dutch, for the one translation path (`translate`). */
export function figureTranslations(): Record<string, string> {
  const pairs: Bilingual[] = [
    ...yearFigures.map((f) => f.label),
    ...forecastParts.map((f) => f.label),
    ...definitions.flatMap((d) => [d.term, d.text]),
  ];
  return Object.fromEntries(pairs.map((p) => [p.nl, p.en]));
}
