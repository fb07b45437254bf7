import { importConsequences } from '../../../../shared/import/consequences';
import { decryptPackage, encryptedPackage } from '../../../../shared/import/encryption';
import {
  type ImportStep,
  type InputFile,
  importFiles,
  type SheetMapping,
} from '../../../../shared/import/importFiles';
import { contentHash } from '../../../../shared/import/merge';
import { mergeColumnBatches } from '../../../../shared/import/mergeColumns';
import type { ColumnarRecords } from '../../../../shared/model/columnar';
import { municipalityList } from '../../../../shared/model/municipalities';
import type { ProductCode } from '../../../../shared/model/products';
import { analyse, analyseInView } from '../analysis';
import { type Analysis, type CallContext, Refusal } from '../protocol';
import { inViewOf, type Session } from '../session';
import { batchInfo, openDataset } from './datasets';

/** Reports how far an import is and what it does, at most every 100 ms and only forward. */
function readingProgress(ctx: CallContext): (done: number, step: ImportStep) => void {
  let shown = 0;
  let at = 0;
  return (done, step) => {
    const now = performance.now();
    if (done <= shown || (now - at < 100 && done < 1)) return;
    shown = done;
    at = now;
    ctx.progress(step, done);
  };
}

export interface PreviewArgs {
  files: InputFile[];
  /** The active dataset, where an earlier import of the same files is looked for. */
  datasetId: string | null;
  mappings: Record<string, SheetMapping>;
  /** Product values the user mapped (`HH1` → `other:HH1`, `Licht+` → `IB1`). */
  productMap: Record<string, ProductCode>;
}

export interface CommitArgs {
  target: { datasetId: string } | { name: string };
  /** The batch this import replaces (the same file imported again), or null. */
  replace: string | null;
}

/** The name the sample gets when something is added to it and it is stored. */
export const SAMPLE_DATASET = 'Voorbeeld: Drechtsteden 2015–2019';

/** Whether an import read anything at all (rows of any table). */
function holdsRows(data: ColumnarRecords): boolean {
  return (
    data.clients.length > 0 ||
    data.costLines.length > 0 ||
    Object.values(data).some((table) => Array.isArray(table) && table.length > 0)
  );
}

/** Where an import goes by default: a dataset with one of its municipalities, else a new one. */
async function suggestTarget(
  session: Session,
  data: ColumnarRecords,
  args: PreviewArgs,
): Promise<{ datasetId: string | null; name: string }> {
  const codes = [
    ...(data.allocations.dictionaries.municipality ?? []),
    ...(data.clients.dictionaries.municipality ?? []),
  ];
  const name =
    municipalityList(codes) ?? (args.files[0]?.name.replace(/\.[^.]*$/, '') || 'Gegevensset');
  const { workspace } = session;
  for (const d of await workspace.datasets()) {
    const held = await workspace.datasetMunicipalities(d.id);
    if (codes.some((c) => held.has(c))) return { datasetId: d.id, name };
  }
  return { datasetId: null, name };
}

/** What an import without allocations adds to: the active dataset, else the sample in view. */
function addTarget(session: Session, args: PreviewArgs): 'dataset' | 'sample' | null {
  if (args.datasetId) return 'dataset';
  return session.sample && session.inView?.dataset === null ? 'sample' : null;
}

/** Reading files: the sample, an import to preview, and committing or discarding it. */
export const importHandlers = {
  /** The bundled sample's figures (read, never stored). */
  async sample(
    { file }: { file: InputFile },
    ctx: CallContext,
    session: Session,
  ): Promise<Analysis> {
    ctx.progress('reading');
    const { data, report } = await importFiles([file], {
      pseudonymKey: await session.workspace.pseudonymKey(),
    });
    ctx.progress('computing');
    session.inView = inViewOf(Promise.resolve(data), report, null);
    session.sample = { file: file.name, hash: await contentHash([file]), data, report };
    return analyseInView(session);
  },

  /**
   * A workbook saved with a password, opened: the .xlsx inside (anything else is refused). The password is used for this call only: not kept, not logged.
   */
  async unlock({ file, password }: { file: InputFile; password: string }): Promise<InputFile> {
    const encrypted = encryptedPackage(file.bytes);
    if (!encrypted) throw new Refusal('file_encryption_unsupported');
    const plain = decryptPackage(encrypted, password);
    if (!plain.ok)
      throw new Refusal(
        plain.error === 'wrong_password' ? 'file_wrong_password' : 'file_encryption_unsupported',
      );
    return { name: file.name, bytes: plain.value };
  },

  /** Reads files into a pending import and shows its figures; nothing is stored yet. */
  async preview(args: PreviewArgs, ctx: CallContext, session: Session): Promise<Analysis> {
    const { workspace } = session;
    ctx.progress('reading');
    // Corrections made before, for files with the same headers, apply again.
    const mappings = { ...(await workspace.setting('columnMappings')), ...args.mappings };
    const productMap = { ...(await workspace.setting('productMappings')), ...args.productMap };
    const { data, report } = await importFiles(args.files, {
      pseudonymKey: await workspace.pseudonymKey(),
      mappings,
      productMap,
      onProgress: readingProgress(ctx),
    });
    const hash = await contentHash(args.files);
    // Without allocations, an import adds to what is in view; its figures are of both together.
    const addsTo =
      data.allocations.length > 0 || !holdsRows(data) ? null : addTarget(session, args);
    const base =
      addsTo === 'dataset' && args.datasetId
        ? await workspace.load(args.datasetId)
        : addsTo === 'sample'
          ? (session.sample?.data ?? null)
          : null;
    const shown = base ? mergeColumnBatches([base, data]).data : data;
    session.pending = {
      files: args.files.map((f) => f.name),
      hash,
      data,
      report,
      mappings: args.mappings,
      productMap: args.productMap,
      addsTo,
    };
    const known = args.datasetId ? await workspace.findByHash(args.datasetId, hash) : undefined;
    ctx.progress('computing');
    // No steering figures for a preview: they are computed when it is committed and opened.
    const analysis = await analyse(
      session,
      shown,
      report,
      null,
      known ? batchInfo(known) : null,
      false,
    );
    // Own tariffs in Instellingen give costs without any in the files.
    const consequences = importConsequences(shown, report).filter(
      (c) => c.code !== 'no_costs' || session.settings.tariffs.length === 0,
    );
    return {
      ...analysis,
      consequences,
      addsTo,
      suggestedTarget: await suggestTarget(session, data, args),
    };
  },

  /** Stores the pending import as one transaction, and opens its dataset. */
  async commit(args: CommitArgs, ctx: CallContext, session: Session): Promise<Analysis> {
    const { workspace, pending } = session;
    if (!pending) throw new Refusal('nothing_to_commit');
    ctx.progress('saving');
    const { mappings, productMap, addsTo, ...batch } = pending;
    // Added to the sample: the sample is stored first, as a dataset of its own.
    const sample = addsTo === 'sample' ? session.sample : null;
    const into = sample
      ? await workspace.commit({
          dataset: { name: SAMPLE_DATASET },
          files: [sample.file],
          hash: sample.hash,
          data: sample.data,
          report: sample.report,
        })
      : null;
    const { datasetId } = await workspace.commit({
      dataset: into
        ? { id: into.datasetId }
        : 'datasetId' in args.target
          ? { id: args.target.datasetId }
          : { name: args.target.name },
      ...batch,
      ...(args.replace ? { replaces: args.replace } : {}),
    });
    // A confirmed correction is remembered for the next file with the same headers.
    if (Object.keys(mappings).length > 0)
      await workspace.setSetting('columnMappings', {
        ...(await workspace.setting('columnMappings')),
        ...mappings,
      });
    if (Object.keys(productMap).length > 0)
      await workspace.setSetting('productMappings', {
        ...(await workspace.setting('productMappings')),
        ...productMap,
      });
    session.pending = null;
    if (sample) session.sample = null;
    // Its only batch is this one: the data in hand is what was stored.
    const alone = (await workspace.batches(datasetId)).length === 1;
    return openDataset(session, datasetId, ctx, alone ? batch.data : undefined);
  },

  async discard(_: null, _ctx: CallContext, session: Session): Promise<null> {
    session.pending = null;
    return null;
  },
};

export type ImportHandlers = typeof importHandlers;
