/** Branded primitives: a number that means one thing cannot stand in for another. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Days since 1970-01-01 (a calendar day, no time of day, no time zone). */
export type DayNumber = Brand<number, 'DayNumber'>;
/** Money in whole euro cents. */
export type Cents = Brand<number, 'Cents'>;
export type DatasetId = Brand<string, 'DatasetId'>;
