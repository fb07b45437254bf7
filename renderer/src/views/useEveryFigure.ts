import { useEffect, useRef } from 'react';
import type { CompareJson } from '../../../shared/compare/compare';
import { useApp } from '../state/store';

/**
 * Every figure per municipality for a comparison that has only the rates (what
 * comes with each filter change): asked once per comparison, with the other
 * datasets it shows. True when the figures are there.
 */
export function useEveryFigure(data: CompareJson | null): boolean {
  const compareWith = useApp((s) => s.compareWith);
  const datasets = useApp((s) => s.datasets);
  const has = data !== null && Object.values(data.municipalities).some((m) => m.duration);
  const asked = useRef<CompareJson | null>(null);
  useEffect(() => {
    if (!data || has || asked.current === data) return;
    asked.current = data;
    const codes = Object.keys(data.municipalities);
    const shown = datasets
      .filter((d) => codes.some((c) => c.endsWith(`#${d.name}`)))
      .map((d) => d.id);
    void compareWith(shown);
  }, [data, has, compareWith, datasets]);
  return has;
}
