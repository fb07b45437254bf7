import type { Target, TargetFigure } from '../../model/records';

const strip = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s._\-()]+/g, '');

const figures: Record<string, TargetFigure> = {
  instroom: 'inflow',
  inflow: 'inflow',
  uitstroom: 'outflow',
  outflow: 'outflow',
  clienten: 'clients',
  aantalclienten: 'clients',
  clients: 'clients',
  uitstroompercentage: 'outflowRatePct',
  outflowratepct: 'outflowRatePct',
  kosten: 'costTotal',
  costtotal: 'costTotal',
  kostenpercli: 'costPerClientMonth',
  kostenperclientpermaand: 'costPerClientMonth',
  costperclientmonth: 'costPerClientMonth',
  medianeduur: 'medianDaysKM',
  medianetrajectduur: 'medianDaysKM',
  mediandayskm: 'medianDaysKM',
};

/** A target's figure as written (`instroom`, `kosten per cliënt per maand`, `medianDaysKM`), or null. */
export const parseTargetFigure = (text: string): TargetFigure | null =>
  figures[strip(text)] ?? null;

const periodKinds: Record<string, Target['periodKind']> = {
  maand: 'month',
  month: 'month',
  kwartaal: 'quarter',
  quarter: 'quarter',
  jaar: 'year',
  year: 'year',
  '4weken': 'fourWeek',
  vierweken: 'fourWeek',
  '4wekenperiode': 'fourWeek',
  vierwekenperiode: 'fourWeek',
  fourweek: 'fourWeek',
};

/** `maand`, `kwartaal`, `jaar`, `4 weken` (and their English keys), or null. */
export const parsePeriodKind = (text: string): Target['periodKind'] | null =>
  periodKinds[strip(text)] ?? null;

const directions: Record<string, Target['direction']> = {
  max: 'max',
  maximaal: 'max',
  hoogstens: 'max',
  tenhoogste: 'max',
  min: 'min',
  minimaal: 'min',
  minstens: 'min',
  tenminste: 'min',
};

/** `max`/`hoogstens` or `min`/`minstens`, or null. */
export const parseDirection = (text: string): Target['direction'] | null =>
  directions[strip(text)] ?? null;
