import { dayFromCivil, daysInMonth } from '../periods/days';
import { addTo } from './distinct';
import { type Frame, periodTable } from './frame';

/** Calendar months of the frame: day → month index, and each month's first and last day and length. */
export function frameMonths(frame: Frame) {
  const table = periodTable(frame, 'month');
  const n = frame.nYears * 12;
  const monthStart = new Int32Array(n);
  const monthEnd = new Int32Array(n);
  const monthDays = new Int32Array(n);
  for (let m = 0; m < n; m++) {
    const year = frame.firstYear + Math.floor(m / 12);
    const month = (m % 12) + 1;
    monthStart[m] = dayFromCivil(year, month, 1);
    monthDays[m] = daysInMonth(year, month);
    monthEnd[m] = (monthStart[m] as number) + (monthDays[m] as number) - 1;
  }
  return { monthOf: table.index, monthStart, monthEnd, monthDays };
}

/** Monthly amounts added up per year. */
export function monthsToYears(perMonth: Float64Array, nYears: number): Float64Array {
  const perYear = new Float64Array(nYears);
  for (let m = 0; m < perMonth.length; m++) addTo(perYear, (m / 12) | 0, perMonth[m] as number);
  return perYear;
}
