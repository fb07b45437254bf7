import { type CompareJson, REGION } from './compare';

/** A published municipality proposed as a reference, and why. */
export interface SimilarMunicipality {
  /** Its key in `CompareJson.municipalities` (`GM0344@86050NED.csv`). */
  key: string;
  name: string;
  inhabitants: number;
  urbanity: number | null;
  /** The own municipality it is most like. */
  like: string;
}

/** Where a municipality's own figures end and a source's begin: `GM0505@…`, `GM0505#…`. */
const homeOf = (key: string) => key.split(/[@#]/)[0] as string;

/**
 * The published municipalities most like the registrations' own (issue 20):
 * by size — the inhabitants' ratio to the nearest own municipality, on a log
 * scale, so 50.000 is as far from 100.000 as 100.000 from 200.000 — and by
 * urbanity (CBS 1–5) where the source has it for both, one class counting as
 * a doubling. Own municipalities, the country and the region are never
 * proposed; `count` at most, most alike first.
 */
export function similarMunicipalities(
  c: CompareJson,
  year: string,
  count = 5,
): SimilarMunicipality[] {
  const entries = Object.entries(c.municipalities);
  const own = entries.filter(([key, m]) => m.kind === 'registrations' && !key.includes('#'));
  const ownHomes = new Set(own.map(([key]) => homeOf(key)));
  // Own size from the registrations' population, else from a published source for that municipality.
  const sizeOf = (key: string) => {
    const m = c.municipalities[key];
    const years = m ? [year, ...Object.keys(m.byYear).sort().reverse()] : [];
    for (const y of years) {
      const n = m?.byYear[y]?.inhabitants;
      if (n) return n;
    }
    return null;
  };
  const ownSizes = own.flatMap(([key, m]) => {
    // What published sources say of this municipality: its size when the registrations have
    // none, its urbanity from whichever source has it.
    const published = entries.filter(([k, e]) => e.kind === 'published' && homeOf(k) === key);
    const inhabitants =
      sizeOf(key) ?? published.map(([k]) => sizeOf(k)).find((n) => n !== null) ?? null;
    const urbanity =
      m.urbanity ?? published.map(([, e]) => e.urbanity).find((u) => u !== undefined) ?? null;
    return inhabitants ? [{ name: m.name, inhabitants, urbanity }] : [];
  });
  if (ownSizes.length === 0) return [];
  const candidates = entries.flatMap(([key, m]) => {
    const home = homeOf(key);
    if (m.kind !== 'published' || ownHomes.has(home) || !home.startsWith('GM') || key === REGION)
      return [];
    const inhabitants = sizeOf(key);
    if (!inhabitants) return [];
    let best = { distance: Number.POSITIVE_INFINITY, like: '' };
    for (const o of ownSizes) {
      const size = Math.abs(Math.log2(inhabitants / o.inhabitants));
      const urban =
        m.urbanity !== undefined && o.urbanity !== null ? Math.abs(m.urbanity - o.urbanity) : 0;
      const distance = size + urban;
      if (distance < best.distance) best = { distance, like: o.name };
    }
    return [
      {
        key,
        name: m.name,
        inhabitants,
        urbanity: m.urbanity ?? null,
        like: best.like,
        distance: best.distance,
      },
    ];
  });
  return candidates
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'nl'))
    .slice(0, count)
    .map(({ distance: _, ...similar }) => similar);
}
