/** What the importer accepts at most; files beyond are refused with a message, never half-read. */
export const limits = {
  /** A file's size in bytes. */
  fileBytes: 500 * 1024 * 1024,
  /** The declared uncompressed size of all parts of an .xlsx/.ods (zip) together. */
  unzippedBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed / compressed size of a zip part above which it counts as a zip bomb (for parts over 10 MB). */
  compressionRatio: 200,
  zipEntries: 10_000,
  /** Files in a ZIP of iWmo messages (a municipality's traffic of several years). */
  messageZipEntries: 1_000_000,
  sheets: 200,
  /** Rows of one sheet (a CSV of every IB allocation in the country over a decade fits). */
  rows: 20_000_000,
  /** Columns of one sheet. */
  columns: 1_000,
} as const;
