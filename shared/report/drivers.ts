import { type FigureUnit, formatFigure } from '../figures/units';
import type { Shown } from './text';

// What drives a change: of the parts of a total (products, provider groups, age bands,
// providers), the ones that moved with the total and carry most of its change.

/** A part of a total in two years, as the brief shows it (`null`: hidden by the small-number rule). */
export interface Part {
  name: string;
  from: Shown;
  to: Shown;
}

/** At most this many parts are named in one sentence. */
const MOST = 3;

/**
 * The parts that carry the change of the total from `from` to `to`: those that
 * moved in the same direction, largest first, until they cover half of the
 * total change (at most three). Hidden parts are never named. Empty when the
 * total did not move or no part moved with it.
 */
export function driversOf(
  parts: readonly Part[],
  total: number,
): { name: string; change: number }[] {
  if (total === 0) return [];
  const moved = parts
    .flatMap((p) =>
      typeof p.from === 'number' && typeof p.to === 'number'
        ? [{ name: p.name, change: p.to - p.from }]
        : [],
    )
    .filter((p) => Math.sign(p.change) === Math.sign(total))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name));
  const named: { name: string; change: number }[] = [];
  let covered = 0;
  for (const p of moved) {
    if (named.length === MOST || Math.abs(covered) >= Math.abs(total) / 2) break;
    named.push(p);
    covered += p.change;
  }
  return named;
}

/** `+210`, `−€ 1.369.918`: a change with its sign, in the figure's unit; the sign never parts from the number. */
export const signed = (change: number, unit: FigureUnit): string =>
  `${change >= 0 ? '+' : '−'}\u2060${formatFigure(Math.abs(change), unit, 'nl')}`;

/** `IB1 (+210), IB2 (+150) en IB3 (+40)`. */
export const namedList = (items: readonly { name: string; change: number }[], unit: FigureUnit) => {
  const texts = items.map((d) => `${d.name} (${signed(d.change, unit)})`);
  return texts.length > 1
    ? `${texts.slice(0, -1).join(', ')} en ${texts.at(-1)}`
    : (texts[0] ?? '');
};

/** One way of splitting a total into parts, and how the sentence names them ("bij", "bij aanbieders van het type"). */
export interface Split {
  parts: readonly Part[];
  where?: string;
}

/**
 * A sentence naming what drove a change, or null when nothing can be named:
 * "De toename van de instroom tussen 2017 en 2018 (+170) zat vooral bij IB1
 * (+95) en bij aanbieders van het type GGZ (+115)." — one clause per split of
 * the total. A part that moved against the total by at least half of it is
 * named too: it explains why the drivers add up to more than the change.
 */
export function driverSentence(
  splits: readonly Split[],
  total: { from: Shown; to: Shown },
  unit: FigureUnit,
  subject: string,
): string | null {
  if (typeof total.from !== 'number' || typeof total.to !== 'number') return null;
  const change = total.to - total.from;
  const clauses: string[] = [];
  const against: { name: string; change: number }[] = [];
  for (const { parts, where = 'bij' } of splits) {
    const named = driversOf(parts, change);
    if (named.length === 0) continue;
    clauses.push(`${where} ${namedList(named, unit)}`);
    const other = driversOf(parts, -change)[0];
    if (other && Math.abs(other.change) >= Math.abs(change) / 2) against.push(other);
  }
  if (clauses.length === 0) return null;
  const what = change > 0 ? 'De toename' : 'De afname';
  const rest =
    against.length > 0
      ? `; ${namedList(against, unit)} ${against.length > 1 ? 'gingen' : 'ging'} de andere kant op`
      : '';
  return `${what} van ${subject} (${signed(change, unit)}) zat vooral ${clauses.join(' en ')}${rest}.`;
}
