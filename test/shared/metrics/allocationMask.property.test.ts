import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { defaultAgeBands } from '../../../shared/metrics/ageBands';
import { buildDataset, NONE } from '../../../shared/metrics/dataset';
import {
  activeFilters,
  allocationMask,
  type Filters,
  sameFilters,
} from '../../../shared/metrics/filters';
import { ibProducts } from '../../../shared/model/products';
import { providerGroups } from '../../../shared/model/providerGroups';

/**
 * The allocation mask reads only the fields a filter narrows, each in a pass of its own
 * (docs/performance.md): held here to the filter's meaning, allocation by allocation, for
 * every combination of fields.
 */
describe('allocatiemasker', () => {
  const ds = buildDataset(syntheticRecords(3_000, { seed: 5 }));
  // Each field absent, empty (all) or some of its values (a municipality not in the data too).
  const filters: fc.Arbitrary<Filters> = fc.record(
    {
      municipalities: fc.subarray([...ds.municipalities, 'GM9999']),
      providers: fc.subarray(ds.providerIds.slice(0, 12)),
      providerGroups: fc.subarray([...providerGroups]),
      products: fc.subarray([...ibProducts]),
    },
    { requiredKeys: [] },
  );

  /** Whether a filter lets allocation i through, by its codes as text. */
  const selects = (f: Filters, i: number): boolean => {
    const has = <T>(list: readonly T[] | undefined, value: T) =>
      !list?.length || list.includes(value);
    const p = ds.provider[i] as number;
    const group =
      providerGroups[
        p === NONE ? providerGroups.indexOf('overig') : (ds.providerGroup[p] as number)
      ];
    const m = ds.municipality[i] as number;
    return (
      has(f.municipalities, m === NONE ? undefined : ds.municipalities[m]) &&
      has(f.providers, p === NONE ? undefined : ds.providerIds[p]) &&
      has(f.providerGroups, group) &&
      has(f.products, ibProducts[ds.product[i] as number])
    );
  };

  it('eigenschap: een toewijzing telt mee precies als elk gefilterd veld haar toelaat', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const mask = allocationMask(ds, f, defaultAgeBands);
        const expected = Array.from({ length: ds.n }, (_, i) => (selects(f, i) ? 1 : 0));
        if (mask === null) expect(expected.every((x) => x === 1)).toBe(true);
        else expect([...mask]).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('eigenschap: alleen de velden die beperken, in één volgorde; hetzelfde masker', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const active = activeFilters(f);
        expect(allocationMask(ds, active, defaultAgeBands)).toEqual(
          allocationMask(ds, f, defaultAgeBands),
        );
        expect(Object.values(active).every((list) => list.length > 0)).toBe(true);
        // The fields in reverse order, and empty ones added: written the same way.
        const shuffled = Object.fromEntries([...Object.entries(f).reverse(), ['ageBands', []]]);
        expect(JSON.stringify(activeFilters(shuffled))).toBe(JSON.stringify(active));
      }),
      { numRuns: 200 },
    );
    expect(activeFilters({ products: [], providers: ['P1'] })).toEqual({ providers: ['P1'] });
  });

  it('eigenschap: twee filters zijn hetzelfde precies als ze dezelfde toewijzingen kiezen', () => {
    fc.assert(
      fc.property(filters, filters, (f, g) => {
        // Reversed lists and fields, and empty ones: still the same filter.
        const respelled = Object.fromEntries([
          ...Object.entries(f).map(([k, v]) => [k, [...(v as string[])].reverse()]),
          ['ageBands', f.ageBands ?? []],
        ]) as Filters;
        expect(sameFilters(f, respelled)).toBe(true);
        const same = sameFilters(f, g);
        if (same)
          expect(allocationMask(ds, g, defaultAgeBands)).toEqual(
            allocationMask(ds, f, defaultAgeBands),
          );
      }),
      { numRuns: 200 },
    );
    expect(sameFilters({}, { products: [] })).toBe(true);
    expect(sameFilters({ products: ['IB1', 'IB2'] }, { products: ['IB2', 'IB1'] })).toBe(true);
    expect(sameFilters({ products: ['IB1'] }, {})).toBe(false);
    expect(sameFilters({ products: ['IB1'] }, { providerGroups: ['ggz'], products: ['IB1'] })).toBe(
      false,
    );
  });

  it('een filter op producten alleen: dezelfde toewijzingen als per product geteld', () => {
    const mask = allocationMask(ds, { products: ['IB1', 'IB3'] }, defaultAgeBands) as Uint8Array;
    let n = 0;
    for (let i = 0; i < ds.n; i++) if (ds.product[i] === 1 || ds.product[i] === 3) n++;
    expect(mask.reduce((a, b) => a + b, 0)).toBe(n);
    expect(n).toBeGreaterThan(0);
  });
});
