import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cents, DayNumber } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import { buildFrame } from '../../../shared/metrics/frame';
import { tariffCost } from '../../../shared/metrics/tariffCost';
import { buildTrajectories } from '../../../shared/metrics/trajectories';
import { emptyRecords } from '../../../shared/model/records';
import { civilFromDay } from '../../../shared/periods/days';
import { day, drawnAllocations } from '../../helpers';

const products = ['IB1', 'IB2', 'IB3'] as const;
const providers = ['P1', 'P2', 'P3'] as const;
const years = [2015, 2016, 2017] as const;

describe('cliënt-maanden met kosten', () => {
  it('eigenschap: per jaar en per aanbieder wat het tellen van elke cliënt-maand zegt', () => {
    fc.assert(
      fc.property(
        drawnAllocations({ products, providers, maxStart: 1000, maxDays: 500 }),
        // Per product and year: no tariff, a tariff of 0, or a positive one.
        fc.array(fc.constantFrom(null, 0, 10_000), { minLength: 9, maxLength: 9 }),
        fc.integer({ min: 300, max: 1094 }),
        (allocations, tariffDraw, peilOffset) => {
          const first = day('2015-01-01');
          const peildatum = (first + peilOffset) as DayNumber;
          const r = emptyRecords();
          r.allocations = allocations;
          const perMonth = (p: number, y: number) => tariffDraw[p * years.length + y] ?? null;
          r.tariffs = products.flatMap((product, p) =>
            years.flatMap((year, y) => {
              const v = perMonth(p, y);
              return v === null ? [] : [{ product, year, perMonth: v as Cents }];
            }),
          );
          const ds = buildDataset(r);
          const frame = buildFrame(ds.dataStart, peildatum);
          const tr = buildTrajectories(ds, peildatum, 0);
          const cost = tariffCost(ds, ds.tariffs ?? new Map(), frame, tr, null);

          // Every (client, month) and (client, provider, month) covered on some day by an
          // allocation whose product has a positive tariff that year.
          const clientMonths = new Set<string>();
          const providerMonths = new Set<string>();
          for (const a of r.allocations) {
            const s = Math.max(a.start, frame.firstDay);
            const e = Math.min(a.end ?? peildatum, peildatum);
            for (let d = s; d <= e; d++) {
              const { year, month } = civilFromDay(d);
              const tariff = perMonth(products.indexOf(a.product as never), year - 2015);
              if (tariff === null || tariff <= 0) continue;
              clientMonths.add(`${a.client}|${year}|${month}`);
              providerMonths.add(`${a.client}|${a.provider}|${year}|${month}`);
            }
          }
          frame.years.forEach((year, y) => {
            const inYear = [...clientMonths].filter((k) => k.split('|')[1] === year).length;
            expect(cost.clientMonthsPerYear[y]).toBe(inYear);
            ds.providerIds.forEach((provider, p) => {
              const n = [...providerMonths].filter((k) => {
                const [, pr, yr] = k.split('|');
                return pr === provider && yr === year;
              }).length;
              expect(cost.providerClientMonthsPerYear[p * frame.nYears + y]).toBe(n);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
