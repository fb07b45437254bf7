/** IB products in order of intensity, and other Wmo products as `other:<code>`. */
export const ibProducts = ['IB0', 'IB1', 'IB2', 'IB3'] as const;
export type IbProduct = (typeof ibProducts)[number];
/** How many IB products there are: the rows of a count table per product (`[product * n + …]`). */
export const IB_PRODUCT_COUNT = ibProducts.length;
export type ProductCode = IbProduct | `other:${string}`;

export const isIb = (p: ProductCode): p is IbProduct =>
  (ibProducts as readonly string[]).includes(p);

/** Intensity rank: IB0 < IB1 < IB2 < IB3; other products rank after IB. */
export const productRank = (p: ProductCode): number => {
  const i = (ibProducts as readonly string[]).indexOf(p);
  return i === -1 ? ibProducts.length : i;
};

const words: Record<string, IbProduct> = {
  waakvlam: 'IB0',
  vingeraandepols: 'IB0',
  licht: 'IB1',
  middel: 'IB2',
  zwaar: 'IB3',
};
const iwmoCodes: Record<string, IbProduct> = { '02a06': 'IB1', '02a07': 'IB2', '02a09': 'IB3' };

/**
 * Reads a product as registration systems write it: `IB 1`, `ib-1`, `02A06`,
 * `02 02A06`, `licht`, `Individuele begeleiding 1`. `null` when it is not IB.
 */
export function parseIbProduct(text: string): IbProduct | null {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_.:/]+/g, '');
  const code = /^(?:02)?(02a0[679])$/.exec(s);
  if (code?.[1]) return iwmoCodes[code[1]] ?? null;
  const rest = s.replace(/^(?:individuelebegeleiding|ib)/, '');
  if (/^[0-3]$/.test(rest) && rest !== s) return `IB${rest}` as IbProduct;
  return words[rest] ?? null;
}
