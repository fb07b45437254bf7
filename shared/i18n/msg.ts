/** Marks a Dutch text for translation where it is defined; `t()` translates it where it is shown. */
export const msg = <T extends string>(text: T): T => text;
