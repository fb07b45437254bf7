import type { Frame } from '../frame';

/** An object with one entry per year of the frame (`{ '2018': …, '2019': … }`). */
export const perYear = <T>(frame: Frame, f: (y: number) => T): Record<string, T> =>
  Object.fromEntries(frame.years.map((key, y) => [key, f(y)]));
