/** Parsed command line: the command, its files and its options. */
export interface CliArgs {
  command: string;
  files: string[];
  json: boolean;
  table: boolean;
  peildatum: string | null;
  /** `metrics --lopend-op`: the day of `runningProfile` (default the peildatum). */
  runningOn: string | null;
  gapDays: number | null;
  tariffs: string | null;
  /** `metrics`: a file with targets (streefwaarden) to evaluate. */
  targets: string | null;
  out: string | null;
  /** Exact numbers in the brief instead of the publication rule. */
  intern: boolean;
  /** `brief --bronnen`: the Verantwoording names the source files (not by default). */
  sources: boolean;
  /** `brief --onderwerp … --afzender …`: the cover's subject and sender (the date is today's). */
  subject?: string;
  sender?: string;
  /** `brief --vergelijk a,b`: the figures the Vergelijking sets beside the region. */
  compareFigures?: string[];
  /** `effect`: the measure's date (ISO) and the length of each window in months. */
  date: string | null;
  months: number | null;
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

/** Reads `<command> <files…> [--json|--table] [--peildatum D] [--gap-days N] [--tariffs F] [--out F]`. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const [command, ...rest] = argv;
  if (!command) return { ok: false, message: usage };
  const args: CliArgs = {
    command,
    files: [],
    json: false,
    table: false,
    peildatum: null,
    runningOn: null,
    gapDays: null,
    tariffs: null,
    targets: null,
    out: null,
    intern: false,
    sources: false,
    date: null,
    months: null,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${a} verwacht een waarde`);
      return v;
    };
    try {
      if (a === '--json') args.json = true;
      else if (a === '--table') args.table = true;
      else if (a === '--peildatum') {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
          return { ok: false, message: `Ongeldige peildatum "${v}": gebruik JJJJ-MM-DD.` };
        args.peildatum = v;
      } else if (a === '--lopend-op') {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
          return {
            ok: false,
            message: `Ongeldige datum "${v}" voor --lopend-op: gebruik JJJJ-MM-DD.`,
          };
        args.runningOn = v;
      } else if (a === '--gap-days') {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0)
          return { ok: false, message: `Ongeldig aantal dagen "${v}" voor --gap-days.` };
        args.gapDays = n;
      } else if (a === '--date') {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
          return { ok: false, message: `Ongeldige datum "${v}": gebruik JJJJ-MM-DD.` };
        args.date = v;
      } else if (a === '--months') {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 120)
          return {
            ok: false,
            message: `Ongeldig aantal maanden "${v}" voor --months (1 tot 120).`,
          };
        args.months = n;
      } else if (a === '--tariffs') args.tariffs = value();
      else if (a === '--targets') args.targets = value();
      else if (a === '--out') args.out = value();
      else if (a === '--intern') args.intern = true;
      else if (a === '--bronnen') args.sources = true;
      else if (a === '--onderwerp') args.subject = value();
      else if (a === '--afzender') args.sender = value();
      else if (a === '--vergelijk')
        args.compareFigures = value()
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
      else if (a.startsWith('--')) return { ok: false, message: `Onbekende optie ${a}.\n${usage}` };
      else args.files.push(a);
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  return { ok: true, args };
}

export const usage = `Gebruik:
  bm metrics <bestand> [...] [--peildatum JJJJ-MM-DD] [--lopend-op JJJJ-MM-DD] [--gap-days N] [--tariffs <bestand>] [--targets <bestand>] [--json | --table]
  bm validate <bestand> [...] [--json]
  bm compare <bestanden met toewijzingen en inwoners> [...] [--peildatum JJJJ-MM-DD] [--gap-days N] --json
  bm brief <bestand> [...] --out brief.docx|brief.pdf|brief.pptx [--intern] [--bronnen] [--onderwerp TEKST] [--afzender TEKST] [--vergelijk CIJFER,…] [--peildatum JJJJ-MM-DD] [--gap-days N]
  bm forecast <bestand> [...] [--peildatum JJJJ-MM-DD] [--gap-days N] [--tariffs <bestand>] [--json | --table]
  bm effect <bestand> [...] --date JJJJ-MM-DD [--months 12] [--tariffs <bestand>] [--json | --table]`;
