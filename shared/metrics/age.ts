import { civilFromDay } from '../periods/days';

/** Whole years between a birth day and a day (a birthday on 29 February counts from 1 March). */
export function wholeYears(birth: number, day: number): number {
  const b = civilFromDay(birth);
  const d = civilFromDay(day);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age--;
  return age;
}
