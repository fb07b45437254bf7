/** Age bands as their lower bounds, with labels: `<18`, `18-26`, …, `75+`. */
export interface AgeBands {
  lower: readonly number[];
  labels: readonly string[];
}

/** The default bands of metrics.md (18-26 after the Wlz-ggz-w dashboard of seed 001). */
export const defaultAgeBounds: readonly number[] = [18, 27, 40, 55, 65, 75];
export const defaultAgeBands: AgeBands = makeAgeBands(defaultAgeBounds);

/**
 * Band boundaries a user typed ("18, 27, 40"): whole ages from 1 to 120,
 * rising, at most 12 of them; null when the text is not such a list.
 */
export function parseAgeBounds(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 12) return null;
  const bounds = parts.map(Number);
  const valid = bounds.every(
    (b, k) =>
      Number.isInteger(b) && b >= 1 && b <= 120 && (k === 0 || b > (bounds[k - 1] as number)),
  );
  return valid ? bounds : null;
}

/** Bands from their boundaries: [18, 27] → `<18`, `18-26`, `27+`. */
export function makeAgeBands(boundaries: readonly number[]): AgeBands {
  const b = [...boundaries].sort((x, y) => x - y);
  const labels = [`<${b[0]}`];
  for (let i = 0; i < b.length - 1; i++) labels.push(`${b[i]}-${(b[i + 1] as number) - 1}`);
  labels.push(`${b[b.length - 1]}+`);
  return { lower: [0, ...b], labels };
}

/** Index of the band an age falls in. */
export function bandIndex(bands: AgeBands, age: number): number {
  let k = 0;
  while (k + 1 < bands.lower.length && age >= (bands.lower[k + 1] as number)) k++;
  return k;
}

/** Ages a band table covers; older ages fall in the last band, negative ones in the first. */
const MAX_AGE = 130;

/** `table[age]` is the band index of a whole age 0..130: a lookup instead of a search in hot loops. */
export function bandTable(bands: AgeBands): Int8Array {
  const table = new Int8Array(MAX_AGE + 1);
  for (let age = 0; age <= MAX_AGE; age++) table[age] = bandIndex(bands, age);
  return table;
}

/** The band of an age through a `bandTable`. */
export const bandAt = (table: Int8Array, age: number): number =>
  table[Math.max(0, Math.min(age, MAX_AGE))] as number;

export const bandOf = (bands: AgeBands, age: number): string =>
  bands.labels[bandIndex(bands, age)] as string;
