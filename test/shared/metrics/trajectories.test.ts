import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import {
  durationClasses,
  durationsByGroup,
  type SurvivalCurve,
} from '../../../shared/metrics/durations';
import { computeMetrics } from '../../../shared/metrics/engine';
import { round } from '../../../shared/metrics/round';
import { buildTrajectories } from '../../../shared/metrics/trajectories';
import type { IbProduct } from '../../../shared/model/products';
import { type Allocation, emptyRecords } from '../../../shared/model/records';
import { isoDate } from '../../../shared/periods/days';
import { alloc, day as d } from '../../helpers';

const trajectoriesOf = (allocations: Allocation[], peildatum = '2019-12-31', gapDays = 31) => {
  const records = emptyRecords();
  records.allocations = allocations;
  const ds = buildDataset(records);
  const tr = buildTrajectories(ds, d(peildatum), gapDays);
  return Array.from({ length: tr.count }, (_, t) => ({
    start: isoDate(tr.start[t] as number),
    end: isoDate(tr.end[t] as number),
    ongoing: tr.ongoing[t] === 1,
  }));
};

describe('trajecten', () => {
  it('aansluitende toewijzingen zijn één traject', () => {
    expect(
      trajectoriesOf([
        alloc('C', 'IB2', '2018-01-01', '2018-06-30'),
        alloc('C', 'IB1', '2018-07-01', '2018-12-31'),
      ]),
    ).toEqual([{ start: '2018-01-01', end: '2018-12-31', ongoing: false }]);
  });

  it('een gat van 31 dagen hoort erbij, een gat van 32 niet', () => {
    // Gap = start − end − 1: 31-01 → 04-03 (2019) is 31 days without care.
    expect(
      trajectoriesOf([
        alloc('C', 'IB1', '2019-01-01', '2019-01-31'),
        alloc('C', 'IB1', '2019-03-04', '2019-04-30'),
      ]),
    ).toHaveLength(1);
    expect(
      trajectoriesOf([
        alloc('C', 'IB1', '2019-01-01', '2019-01-31'),
        alloc('C', 'IB1', '2019-03-05', '2019-04-30'),
      ]),
    ).toHaveLength(2);
  });

  it('overlap bij verschillende aanbieders is één traject', () => {
    expect(
      trajectoriesOf([
        alloc('C', 'IB1', '2019-06-01', null, { provider: 'P2' }),
        alloc('C', 'IB2', '2019-08-01', '2019-10-31', { provider: 'P1' }),
      ]),
    ).toEqual([{ start: '2019-06-01', end: '2019-12-31', ongoing: true }]);
  });

  it('een geplande einddatum na de peildatum is lopend; een start na de peildatum telt niet', () => {
    expect(
      trajectoriesOf([
        alloc('C', 'IB1', '2019-06-01', '2020-05-31'),
        alloc('D', 'IB1', '2020-01-15', null),
      ]),
    ).toEqual([{ start: '2019-06-01', end: '2019-12-31', ongoing: true }]);
  });

  it('een peildatum vóór het einde van de data knipt af', () => {
    expect(trajectoriesOf([alloc('C', 'IB1', '2018-06-01', '2019-03-31')], '2018-12-31')).toEqual([
      { start: '2018-06-01', end: '2018-12-31', ongoing: true },
    ]);
  });

  const arbitraryAllocations = fc.array(
    fc.record({
      client: fc.constantFrom('A', 'B', 'C'),
      product: fc.constantFrom<IbProduct>('IB0', 'IB1', 'IB2', 'IB3'),
      start: fc.integer({ min: d('2015-01-01'), max: d('2019-12-31') }),
      length: fc.integer({ min: 0, max: 400 }),
      open: fc.boolean(),
      provider: fc.constantFrom('P1', 'P2'),
    }),
    { maxLength: 40 },
  );
  const toAllocations = (
    xs: {
      client: string;
      product: IbProduct;
      start: number;
      length: number;
      open: boolean;
      provider: string;
    }[],
  ) =>
    xs.map((x) => ({
      ...alloc(x.client, x.product, '2015-01-01', null, { provider: x.provider }),
      start: x.start as DayNumber,
      end: x.open ? null : ((x.start + x.length) as DayNumber),
    }));

  it('eigenschap: de volgorde van de regels maakt niet uit', () => {
    fc.assert(
      fc.property(arbitraryAllocations, fc.integer(), (xs, seed) => {
        const a = toAllocations(xs);
        const shuffled = [...a].sort(
          (p, q) => ((p.start * 31 + seed) % 97) - ((q.start * 31 + seed) % 97),
        );
        const key = (t: { start: string; end: string; ongoing: boolean }[]) =>
          t.map((x) => `${x.start}/${x.end}/${x.ongoing}`).sort();
        expect(key(trajectoriesOf(shuffled))).toEqual(key(trajectoriesOf(a)));
      }),
    );
  });

  it('eigenschap: Σ instroom − Σ uitstroom = lopende trajecten op de peildatum; clients ≥ lopend op 31-12', () => {
    fc.assert(
      fc.property(arbitraryAllocations, (xs) => {
        const records = emptyRecords();
        records.allocations = toAllocations(xs);
        if (records.allocations.length === 0) return;
        const m = computeMetrics(buildDataset(records), { peildatum: d('2019-12-31') });
        const inflow = m.years.reduce((s, y) => s + (m.byYear[y]?.inflow ?? 0), 0);
        const outflow = m.years.reduce((s, y) => s + (m.byYear[y]?.outflow ?? 0), 0);
        const tr = buildTrajectories(buildDataset(records), d('2019-12-31'), 31);
        const ongoing = Array.from(tr.ongoing).filter(Boolean).length;
        expect(inflow - outflow).toBe(ongoing);
        for (const y of m.years)
          expect(m.byYear[y]?.clients).toBeGreaterThanOrEqual(m.byYear[y]?.activeAtYearEnd ?? 0);
      }),
    );
  });
});

/** S(t) read off a curve: the share still ongoing after t days. */
function survivalAt(curve: SurvivalCurve | null, t: number): number {
  let s = 1;
  for (let i = 0; i < (curve?.times.length ?? 0) && (curve?.times[i] as number) <= t; i++)
    s = curve?.survival[i] as number;
  return s;
}

/** The median read off a curve: the smallest t with S(t) ≤ 0,5, or null. */
function medianSurvival(curve: SurvivalCurve): number | null {
  const i = curve.survival.findIndex((s) => s <= 0.5 + 1e-12);
  return i < 0 ? null : (curve.times[i] as number);
}

describe('Kaplan–Meier', () => {
  /** One group's curve and figures. */
  const km = (durations: number[], ended: number[], groups = 1) => {
    const g = Int32Array.from(durations, (_, k) => k % groups);
    return durationsByGroup(Int32Array.from(durations), Uint8Array.from(ended), g, groups);
  };

  it('mini 2018: 89, 92, 243, 365 beëindigd en 657 gecensureerd → mediaan 243', () => {
    const [all] = km([89, 92, 243, 365, 657], [1, 1, 1, 1, 0]);
    expect(all?.curve?.survival.map((s) => Number(s.toFixed(4)))).toEqual([0.8, 0.6, 0.4, 0.2]);
    expect(all?.figures).toEqual({
      medianDaysKM: 243,
      meanDaysEnded: 197.3,
      ongoingAfter365Pct: 20,
      ongoingAfter730Pct: 20,
    });
  });

  it('een gecensureerde waarneming op t loopt op t nog risico', () => {
    const [all] = km([10, 10, 20], [1, 0, 1]);
    expect(survivalAt(all?.curve ?? null, 10)).toBeCloseTo(2 / 3);
    expect(survivalAt(all?.curve ?? null, 20)).toBe(0);
  });

  it('geen mediaan als S nooit onder 0,5 komt', () => {
    expect(km([10, 20, 30], [1, 0, 0])[0]?.figures.medianDaysKM).toBeNull();
  });

  /** Durations (days), ended or not, and a group 0..4 per trajectory, as typed arrays. */
  const durationRows = fc
    .array(
      fc.tuple(
        // Often on the days the figures read the curve at.
        fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.constantFrom(364, 365, 366, 729, 730, 731)),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
      ),
      { maxLength: 200 },
    )
    .map((rows) => ({
      d: Int32Array.from(rows, ([x]) => x),
      e: Uint8Array.from(rows, ([, ended]) => (ended ? 1 : 0)),
      g: Int32Array.from(rows, ([, , group]) => group),
    }));
  /** Kaplan–Meier by the book: the durations sorted, each distinct day in turn. */
  const byTheBook = (durations: number[], ended: number[]) => {
    const rows = durations
      .map((x, k) => [x, ended[k] as number] as const)
      .sort((a, b) => a[0] - b[0]);
    const times: number[] = [];
    const survival: number[] = [];
    let atRisk = rows.length;
    let s = 1;
    for (let k = 0; k < rows.length; ) {
      const day = (rows[k] as readonly [number, number])[0];
      let events = 0;
      let leaving = 0;
      for (; k < rows.length && (rows[k] as readonly [number, number])[0] === day; k++) {
        events += (rows[k] as readonly [number, number])[1];
        leaving++;
      }
      if (events > 0) {
        s *= 1 - events / atRisk;
        times.push(day);
        survival.push(s);
      }
      atRisk -= leaving;
    }
    return { times, survival };
  };

  it('eigenschap: per groep, ook bij duizenden groepen, de curve zoals het boek hem rekent', () => {
    fc.assert(
      fc.property(durationRows, fc.constantFrom(1, 600), ({ d, e, g }, spread) => {
        // Spread over 3000 groups, most groups are empty.
        const groups = Int32Array.from(g, (x) => x * spread);
        const stats = durationsByGroup(d, e, groups, 5 * spread);
        for (let group = 0; group < 5; group++) {
          const rows = [...d.keys()].filter((k) => g[k] === group);
          const curve = byTheBook(
            rows.map((k) => d[k] as number),
            rows.map((k) => e[k] as number),
          );
          expect(stats[group * spread]?.curve).toEqual(curve);
          const endedDays = rows.filter((k) => e[k]).map((k) => d[k] as number);
          expect(stats[group * spread]?.figures.meanDaysEnded).toBe(
            endedDays.length
              ? round(endedDays.reduce((x, y) => x + y, 0) / endedDays.length, 1)
              : null,
          );
        }
        expect(
          stats.filter((_, k) => k % spread !== 0).every((x) => x.curve?.times.length === 0),
        ).toBe(true);
      }),
    );
  });

  it('eigenschap: zonder curven dezelfde cijfers als van de curve afgelezen; het totaal met curve', () => {
    fc.assert(
      fc.property(durationRows, fc.constantFrom(1, 600), ({ d, e, g }, spread) => {
        const groups = Int32Array.from(g, (x) => x * spread);
        const nGroups = 5 * spread;
        const withCurves = durationsByGroup(d, e, groups, nGroups, true);
        const without = durationsByGroup(d, e, groups, nGroups, true, undefined, false);
        without.forEach((stats, k) => {
          const curve = withCurves[k]?.curve as SurvivalCurve;
          const n = k < nGroups ? groups.filter((x) => x === k).length : d.length;
          expect(stats.figures).toEqual({
            medianDaysKM: n ? medianSurvival(curve) : null,
            meanDaysEnded: withCurves[k]?.figures.meanDaysEnded,
            ongoingAfter365Pct: n ? round(100 * survivalAt(curve, 365), 1) : null,
            ongoingAfter730Pct: n ? round(100 * survivalAt(curve, 730), 1) : null,
          });
          expect(stats.curve).toEqual(k === nGroups ? curve : null);
        });
      }),
    );
  });

  it('eigenschap: duurklassen tellen elke duur in de klasse van zijn grenzen', () => {
    fc.assert(
      fc.property(durationRows, ({ d, e }) => {
        const classes = durationClasses(d, e);
        expect(classes.map((c) => [c.from, c.to])).toEqual([
          [1, 91],
          [92, 182],
          [183, 365],
          [366, 730],
          [731, 1095],
          [1096, null],
        ]);
        for (const c of classes) {
          const inClass = [...d.keys()].filter(
            (k) => (d[k] as number) >= c.from && (c.to === null || (d[k] as number) <= c.to),
          );
          expect([c.ended, c.ongoing]).toEqual([
            inClass.filter((k) => e[k]).length,
            inClass.filter((k) => !e[k]).length,
          ]);
        }
      }),
    );
  });

  it('eigenschap: het totaal na de groepen is dezelfde curve als alle duren als één groep', () => {
    fc.assert(
      fc.property(durationRows, ({ d, e, g }) => {
        const oneGroup = durationsByGroup(d, e, new Int32Array(d.length), 1)[0];
        expect(durationsByGroup(d, e, g, 5, true)[5]).toEqual(oneGroup);
        const spread = Int32Array.from(g, (x) => x * 600);
        expect(durationsByGroup(d, e, spread, 3000, true)[3000]).toEqual(oneGroup);
      }),
    );
  });
});
