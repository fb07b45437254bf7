import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { compareFigureChoices } from '../shared/compare/figureChoices';
import { compareEveryFigure } from '../shared/compare/figuresByMunicipality';
import { type ImportResult, importFiles } from '../shared/import/importFiles';
import { fileErrorMessage, issueMessage, iwmoRefusalMessage } from '../shared/import/messages';
import { datasetFromColumns } from '../shared/metrics/dataset';
import { MetricsEngine } from '../shared/metrics/engine';
import { peildatumInRange, peildatumRange } from '../shared/metrics/peildatumRange';
import { municipalityList } from '../shared/model/municipalities';
import { dayFromCivil, dutchFromIso, isoDate, isValidCivil } from '../shared/periods/days';
import { newPseudonymKey } from '../shared/privacy/pseudonymise';
import { buildBrief } from '../shared/report/brief';
import { measureEffect } from '../shared/steer/effect';
import { forecastYear } from '../shared/steer/forecast';
import { steeringInput } from '../shared/steer/input';
import { evaluateTargets } from '../shared/steer/targets';
import { type CliArgs, parseArgs, usage } from './args';
import { type BriefFormat, briefBytes, briefFormats } from './briefFiles';
import { passwordFor } from './password';
import { readInputFiles } from './readInput';
import { effectTable, forecastTable } from './steerTables';
import { metricsTable } from './table';

/** Exit codes of cli.md: 0 success, 1 rejected rows (validate), 2 unusable input. */
type Exit = 0 | 1 | 2;

class Refusal extends Error {}

async function importOrRefuse(paths: readonly string[]): Promise<ImportResult> {
  if (paths.length === 0) throw new Refusal(`Geen bestand opgegeven.\n${usage}`);
  const read = await readInputFiles(paths);
  if (!read.ok) throw new Refusal(read.message);
  // The CLI prints only aggregates: a fresh key per run is enough to keep BSNs out of memory dumps.
  const pseudonymKey = newPseudonymKey();
  let result = await importFiles(read.files, { pseudonymKey });
  // A workbook saved with a password: read again with it (BM_WACHTWOORD, or asked for).
  const locked = result.report.fileErrors.find((e) => e.code === 'password_protected');
  if (locked) {
    const password = await passwordFor(locked.file);
    if (password === null)
      throw new Refusal(
        `${locked.file}: ${fileErrorMessage('password_protected')} Geef het wachtwoord in de omgevingsvariabele BM_WACHTWOORD.`,
      );
    result = await importFiles(read.files, { pseudonymKey, password });
  }
  const error = result.report.fileErrors[0];
  if (error) throw new Refusal(`${error.file}: ${fileErrorMessage(error.code)}`);
  return result;
}

/** The tariffs of a `--tariffs` file (they replace those in the data files). */
async function tariffsFrom(path: string) {
  const { data } = await importOrRefuse([path]);
  if (data.tariffs.length === 0)
    throw new Refusal(`${path}: geen tarieven gevonden (product, jaar, tarief).`);
  return data.tariffs;
}

async function validate(args: CliArgs): Promise<Exit> {
  const { report } = await importOrRefuse(args.files);
  const messagesRead = Object.values(report.iwmo?.byKind ?? {}).some((k) => k.read > 0);
  if (!messagesRead && report.sheets.every((s) => s.kind === 'unknown'))
    throw new Refusal(
      'Geen blad herkend: geen kopregel met bekende kolommen (cliënt, product, startdatum, periode, bedrag, …).',
    );
  const json = {
    sheets: report.sheets,
    rejected: report.rejected.map((r) => ({ ...r, message: issueMessage(r.code) })),
    warnings: report.warnings.map((r) => ({ ...r, message: issueMessage(r.code) })),
    duplicates: report.duplicates,
    updated: report.updated,
    unknownProducts: report.unknownProducts,
    pseudonymised: report.pseudonymised,
    ...(report.iwmo ? { iwmo: report.iwmo } : {}),
  };
  if (args.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else {
    for (const s of report.sheets) {
      process.stdout.write(
        `${s.file} · ${s.sheet}${s.hidden ? ' (verborgen blad)' : ''}: ${s.kind}, kopregel ${s.headerRow ?? '–'}, ${s.rows} rijen, ${s.accepted} gelezen, ${s.rejected} geweigerd, ${s.duplicates} dubbel\n`,
      );
    }
    if (report.iwmo) {
      const { byKind, changed, deleted, refused } = report.iwmo;
      for (const [kind, c] of Object.entries(byKind))
        process.stdout.write(
          `${kind.toUpperCase()}: ${c.read} gelezen, ${c.refused} geweigerd, ${c.duplicates} dubbel\n`,
        );
      process.stdout.write(
        `toewijzingen: ${changed} gewijzigd door een latere versie, ${deleted} verwijderd\n`,
      );
      for (const r of refused)
        process.stdout.write(`  niet gelezen: ${r.file}: ${iwmoRefusalMessage(r.reason)}\n`);
    }
    for (const r of json.rejected) {
      process.stdout.write(
        `  geweigerd: ${r.sheet} rij ${r.row}, kolom "${r.column}" ("${r.value}"): ${r.message}\n`,
      );
    }
  }
  return report.rejected.length > 0 ? 1 : 0;
}

async function metrics(args: CliArgs): Promise<Exit> {
  const { data, report } = await importOrRefuse(args.files);
  if (data.allocations.length === 0)
    throw new Refusal('Geen bruikbare toewijzingen gevonden in de opgegeven bestanden.');
  if (args.tariffs) data.tariffs = await tariffsFrom(args.tariffs);
  const targets = [...data.targets];
  if (args.targets) {
    const read = await importOrRefuse([args.targets]);
    if (read.data.targets.length === 0)
      throw new Refusal(
        `${args.targets}: geen streefwaarden gevonden (kengetal, periode, streefwaarde, richting).`,
      );
    targets.push(...read.data.targets);
  }
  const engine = new MetricsEngine(datasetFromColumns(data));
  const params = { ...metricsParams(args, engine), rejectedRows: report.rejected.length };
  const result = engine.figures(params);
  const withTargets =
    targets.length > 0 ? { ...result, targets: evaluateTargets(engine, params, targets) } : result;
  if (args.table || !args.json) process.stdout.write(`${metricsTable(result)}\n`);
  else process.stdout.write(`${JSON.stringify(withTargets, null, 2)}\n`);
  return 0;
}

async function compare(args: CliArgs): Promise<Exit> {
  const { data, report } = await importOrRefuse(args.files);
  if (data.allocations.length === 0)
    throw new Refusal('Geen bruikbare toewijzingen gevonden in de opgegeven bestanden.');
  if (data.population.length === 0 && data.references.length === 0) {
    throw new Refusal(
      'Geen inwonertallen gevonden: voeg een blad toe met gemeente, jaar en inwoners.',
    );
  }
  const engine = new MetricsEngine(datasetFromColumns(data));
  const result = compareEveryFigure(engine, data.population, data.references, {
    ...metricsParams(args, engine),
    rejectedRows: report.rejected.length,
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function forecast(args: CliArgs): Promise<Exit> {
  const { data } = await importOrRefuse(args.files);
  if (data.allocations.length === 0)
    throw new Refusal('Geen bruikbare toewijzingen gevonden in de opgegeven bestanden.');
  if (args.tariffs) data.tariffs = await tariffsFrom(args.tariffs);
  const engine = new MetricsEngine(datasetFromColumns(data));
  const result = forecastYear(
    engine,
    metricsParams(args, engine),
    steeringInput(data.budgets, data.ceilings),
  );
  if (result.costSource === 'none')
    process.stderr.write(
      'Geen kostenregels of tarieven: de prognose is € 0. Geef --tariffs mee.\n',
    );
  if (args.table || !args.json) process.stdout.write(`${forecastTable(result)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function effect(args: CliArgs): Promise<Exit> {
  if (!args.date)
    throw new Refusal('Geef met --date de datum van de maatregel: --date 2018-08-01.');
  const date = dayOf(args.date, 'datum');
  const { data } = await importOrRefuse(args.files);
  if (data.allocations.length === 0)
    throw new Refusal('Geen bruikbare toewijzingen gevonden in de opgegeven bestanden.');
  if (args.tariffs) data.tariffs = await tariffsFrom(args.tariffs);
  const engine = new MetricsEngine(datasetFromColumns(data));
  const params = metricsParams(args, engine);
  const peildatum = params.peildatum ?? engine.ds.dataEnd;
  if (date <= engine.ds.dataStart || date > peildatum)
    throw new Refusal(
      `De datum ${args.date} ligt niet binnen de gegevens (${isoDate(engine.ds.dataStart)} tot ${isoDate(peildatum)}): er is geen voor en na.`,
    );
  const result = measureEffect(engine, params, date, args.months ?? 12);
  if (args.table || !args.json) process.stdout.write(`${effectTable(result)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function brief(args: CliArgs): Promise<Exit> {
  const format = args.out?.split('.').pop()?.toLowerCase() as BriefFormat | undefined;
  if (!args.out || !format || !briefFormats.includes(format))
    throw new Refusal(
      'Geef met --out aan waar de brief komt: brief.docx, brief.pdf of brief.pptx.',
    );
  const { data, report } = await importOrRefuse(args.files);
  if (data.allocations.length === 0)
    throw new Refusal('Geen bruikbare toewijzingen gevonden in de opgegeven bestanden.');
  const engine = new MetricsEngine(datasetFromColumns(data));
  const params = { ...metricsParams(args, engine), rejectedRows: report.rejected.length };
  const hasPopulation = data.population.length > 0 || data.references.length > 0;
  const names = args.files.map((f) => basename(f));
  const forecast = forecastYear(engine, params, steeringInput(data.budgets, data.ceilings));
  const compare = hasPopulation
    ? compareEveryFigure(engine, data.population, data.references, params)
    : null;
  if (compare && args.compareFigures) {
    const known = compareFigureChoices(compare).map((f) => f.id);
    const unknown = args.compareFigures.filter((id) => !known.includes(id));
    if (unknown.length > 0)
      throw new Refusal(
        `Onbekend cijfer voor --vergelijk: ${unknown.join(', ')}. Kies uit: ${known.join(', ')}.`,
      );
  }
  const result = buildBrief(engine.figures(params), {
    forecast: forecast.costSource === 'none' ? null : forecast,
    // The municipalities in the data, not the files' names (those only with --bronnen).
    datasetName: municipalityList(engine.ds.municipalities) ?? 'Individuele begeleiding',
    mode: args.intern ? 'intern' : 'publicatie',
    compare,
    ...(args.compareFigures ? { compareFigures: args.compareFigures } : {}),
    ...(args.sources ? { sources: names } : {}),
    ...(args.subject ? { title: args.subject } : {}),
    ...(args.sender ? { sender: args.sender } : {}),
    date: dutchFromIso(isoDate(Math.floor(Date.now() / 86_400_000))),
  });
  const bytes = await briefBytes(result, format);
  await writeFile(args.out, bytes);
  process.stdout.write(
    `${args.out}: ${result.sections.length} hoofdstukken, ${result.mode === 'publicatie' ? 'publicatieversie' : 'interne versie'}, ${Math.round(bytes.length / 1024)} kB\n`,
  );
  return 0;
}

/** The day number of an ISO date given on the command line. */
function dayOf(iso: string, what: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (!isValidCivil(y, m, d)) throw new Refusal(`Ongeldige ${what} "${iso}".`);
  return dayFromCivil(y, m, d);
}

/** The engine's parameters from the command line; a peildatum outside the data is refused. */
function metricsParams(
  args: CliArgs,
  engine: MetricsEngine,
): {
  peildatum?: number;
  gapDays?: number;
  runningOn?: number;
} {
  const peildatum = args.peildatum ? dayOf(args.peildatum, 'peildatum') : undefined;
  if (peildatum !== undefined && !peildatumInRange(engine.ds, peildatum)) {
    const { earliest, latest } = peildatumRange(engine.ds);
    throw new Refusal(
      `De peildatum ${args.peildatum} valt buiten de gegevens: kies een datum van ${isoDate(earliest)} tot en met ${isoDate(latest)} (van de eerste startdatum tot een jaar na de laatste datum in de gegevens).`,
    );
  }
  const runningOn = args.runningOn ? dayOf(args.runningOn, 'datum voor --lopend-op') : undefined;
  return {
    ...(peildatum === undefined ? {} : { peildatum }),
    ...(runningOn === undefined ? {} : { runningOn }),
    ...(args.gapDays === null ? {} : { gapDays: args.gapDays }),
  };
}

async function main(argv: readonly string[]): Promise<Exit> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Refusal(parsed.message);
  switch (parsed.args.command) {
    case 'validate':
      return validate(parsed.args);
    case 'metrics':
      return metrics(parsed.args);
    case 'compare':
      return compare(parsed.args);
    case 'brief':
      return brief(parsed.args);
    case 'forecast':
      return forecast(parsed.args);
    case 'effect':
      return effect(parsed.args);
    default:
      throw new Refusal(`Onbekende opdracht "${parsed.args.command}".\n${usage}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof Refusal
        ? error.message
        : `Onverwachte fout: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 2;
  },
);
