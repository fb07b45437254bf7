/** Age bands as their lower bounds, with labels: `<18`, `18-26`, …, `75+`. */
export interface AgeBands {
  lower: readonly number[];
  labels: readonly string[];
}

/** The default bands of metrics.md (18-26 after the Wlz-ggz-w dashboard of seed 001). */
export const defaultAgeBands: AgeBands = makeAgeBands([18, 27, 40, 55, 65, 75]);

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

export const bandOf = (bands: AgeBands, age: number): string =>
  bands.labels[bandIndex(bands, age)] as string;
