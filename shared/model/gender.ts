export type Gender = 'm' | 'v' | 'x';

const table: Record<string, Gender> = {
  m: 'm',
  man: 'm',
  mannelijk: 'm',
  '1': 'm',
  v: 'v',
  vrouw: 'v',
  vrouwelijk: 'v',
  '2': 'v',
};

/** `m`, `man`, `mannelijk`, `1` → m; `v`, `vrouw`, `vrouwelijk`, `2` → v; anything else → x. */
export function parseGender(text: string): Gender {
  return table[text.trim().toLowerCase()] ?? 'x';
}

/** The genders in a fixed order (dataset codes index into it). */
export const genders: readonly Gender[] = ['m', 'v', 'x'];

/** The slot after the genders, for clients whose gender is not known (`[slot * nYears + year]`). */
export const GENDER_UNKNOWN = genders.length;
/** Gender slots in a count table: the genders and "unknown". */
export const GENDER_SLOTS = genders.length + 1;
