import type { CostResult } from './cost';
import { buildFrame, type Frame } from './frame';
import type { MetricsJson } from './metricsJson';
import { Scratch } from './scratch';
import { costFirstYear, costPerTrajectory } from './shape/cost';
import { type CostColumns, tariffCost } from './tariffCost';
import type { Trajectories } from './trajectories';

/**
 * The cost of a filter change made on a second thread while the engine makes the rest on its
 * own (`MetricsEngine.figuresAlongside`; issue 22: a laptop has two cores, and the tariff cost
 * with the cost per trajectory is a third of a filter change). This module is the
 * conversation between the two, without the threads themselves: the app's worker and the
 * bench each carry the messages (`renderer/src/worker/cost.worker.ts`, `bench/costThread.ts`).
 *
 * The second thread holds a copy of the columns and trajectories the cost reads, sent once
 * per dataset and once per build of trajectories (at 10M allocations ~235 MB), and then gets
 * only each call's selection. Copies, not shared memory: sharing needs a cross-origin-isolated
 * page. Neither side allocates per call: the selection travels in two buffers that go and come
 * back, and the cost per trajectory (80 MB at 10M) stays there, in lent memory, with only its
 * figures coming back: V8 answers every 64 MB of new array buffers with a full collection,
 * whose helpers would take the other core (docs/performance.md, "Two threads").
 */
export interface CostHelper {
  filteredCost(request: CostRequest): Promise<CostMade>;
  /** Copies to the other thread what it reads of these data, ahead of the first call. */
  hold(ds: CostColumns, tr: Trajectories): void;
}

/** The tariff cost of a selection: its allocations (in the order of `tr.members`) and trajectories (ascending). */
export interface CostRequest {
  ds: CostColumns;
  tr: Trajectories;
  tariffs: Map<string, number>;
  allocations: Int32Array;
  trajectories: Int32Array;
}

/** The cost of a selection, with the per-trajectory arrays left empty and their figures made. */
export interface CostMade {
  cost: CostResult;
  perTrajectory: MetricsJson['costPerTrajectory'];
  firstYear: MetricsJson['costPerTrajectory'];
}

/** What the second thread holds of the trajectories. */
type HeldTrajectories = Pick<
  Trajectories,
  'count' | 'peildatum' | 'start' | 'ongoing' | 'trajectoryOf'
>;

/** To the second thread. */
export type ToCostThread =
  | { kind: 'columns'; columns: CostColumns }
  | { kind: 'trajectories'; trajectories: HeldTrajectories }
  | {
      kind: 'cost';
      id: number;
      tariffs: Map<string, number>;
      /** The selection's allocations, then its trajectories, each in a buffer that comes back. */
      allocations: Int32Array;
      trajectories: Int32Array;
    };

/** From the second thread: the cost of call `id` (or why it could not be made), and the selection's buffers back. */
export type FromCostThread =
  | { id: number; made: CostMade; buffers: [ArrayBuffer, ArrayBuffer] }
  | { id: number; failed: string; buffers: [ArrayBuffer, ArrayBuffer] };

/** Sends a message with the buffers whose ownership it hands over. */
export type Post<T> = (message: T, transfer: ArrayBuffer[]) => void;

/**
 * The engine's side: asks for the cost of a selection, sending first what the other thread
 * does not hold yet. Messages arrive in order, so it holds what was sent last.
 */
export class CostThreadClient implements CostHelper {
  private heldColumns: CostColumns | null = null;
  private heldTrajectories: Trajectories | null = null;
  /** The two buffers the selection travels in, while they are here. */
  private buffers: [ArrayBuffer, ArrayBuffer] | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (made: CostMade) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly post: Post<ToCostThread>) {}

  filteredCost({ ds, tr, tariffs, allocations, trajectories }: CostRequest): Promise<CostMade> {
    this.hold(ds, tr);
    const id = this.nextId++;
    // Another call's selection still away (calls that overlap): new buffers for this one.
    const [first, second] = this.buffers ?? [new ArrayBuffer(0), new ArrayBuffer(0)];
    this.buffers = null;
    const a = copied(allocations, first);
    const t = copied(trajectories, second);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ kind: 'cost', id, tariffs, allocations: a, trajectories: t }, [
        a.buffer as ArrayBuffer,
        t.buffer as ArrayBuffer,
      ]);
    });
  }

  /**
   * Sends the columns and trajectories the other thread does not hold yet: ahead of the first
   * call (the copy takes a moment at ten million allocations), or with it.
   */
  hold(ds: CostColumns, tr: Trajectories): void {
    if (this.heldColumns !== ds) {
      const columns: CostColumns = {
        start: ds.start.slice(),
        end: ds.end.slice(),
        product: ds.product.slice(),
        client: ds.client.slice(),
        provider: ds.provider.slice(),
        providerIds: [...ds.providerIds],
        dataStart: ds.dataStart,
      };
      this.post({ kind: 'columns', columns }, buffersOf(Object.values(columns)));
      this.heldColumns = ds;
      this.heldTrajectories = null;
    }
    if (this.heldTrajectories !== tr) {
      const trajectories: HeldTrajectories = {
        count: tr.count,
        peildatum: tr.peildatum,
        start: tr.start.slice(),
        ongoing: tr.ongoing.slice(),
        trajectoryOf: tr.trajectoryOf.slice(),
      };
      this.post({ kind: 'trajectories', trajectories }, buffersOf(Object.values(trajectories)));
      this.heldTrajectories = tr;
    }
  }

  /** An answer from the other thread. */
  receive(message: FromCostThread): void {
    this.buffers = message.buffers;
    const call = this.waiting.get(message.id);
    if (!call) return;
    this.waiting.delete(message.id);
    if ('made' in message) call.resolve(message.made);
    else call.reject(new Error(message.failed));
  }

  /** The other thread is gone: every call waiting fails (and is made on the engine's thread). */
  lost(reason: string): void {
    for (const call of this.waiting.values()) call.reject(new Error(reason));
    this.waiting.clear();
    this.heldColumns = null;
    this.heldTrajectories = null;
  }
}

/**
 * The second thread's side: keeps what it is sent and answers each cost call, handing the
 * selection's buffers back.
 */
export function costThread(): (
  message: ToCostThread,
) => { answer: FromCostThread; transfer: ArrayBuffer[] } | null {
  let columns: CostColumns | null = null;
  let held: HeldTrajectories | null = null;
  let frame: Frame | null = null;
  const scratch = new Scratch();
  return (message) => {
    if (message.kind === 'columns') {
      columns = message.columns;
      held = null;
      frame = null;
      return null;
    }
    if (message.kind === 'trajectories') {
      held = message.trajectories;
      return null;
    }
    const { id, tariffs, allocations, trajectories } = message;
    const buffers: [ArrayBuffer, ArrayBuffer] = [
      allocations.buffer as ArrayBuffer,
      trajectories.buffer as ArrayBuffer,
    ];
    try {
      if (!columns || !held) throw new Error('Geen gegevens voor de kosten.');
      if (frame?.peildatum !== held.peildatum)
        frame = buildFrame(columns.dataStart, held.peildatum);
      const made = selectionCost(columns, held, frame, tariffs, allocations, trajectories, scratch);
      return { answer: { id, made, buffers }, transfer: buffers };
    } catch (error) {
      const failed = error instanceof Error ? error.message : String(error);
      return { answer: { id, failed, buffers }, transfer: buffers };
    }
  };
}

/** The cost of a selection and its figures per trajectory, as the engine makes them. */
function selectionCost(
  columns: CostColumns,
  held: HeldTrajectories,
  frame: Frame,
  tariffs: Map<string, number>,
  allocations: Int32Array,
  trajectories: Int32Array,
  scratch: Scratch,
): CostMade {
  // The selection's allocations are the members the pass goes over.
  const tr = { ...held, members: allocations };
  const cost = tariffCost(columns, tariffs, frame, tr, null, true, true, null, scratch);
  // The flows' view of the selected trajectories: ended or not, and their start year.
  const n = trajectories.length;
  const ended = scratch.uint8('thread.ended', n);
  const startYear = scratch.int32('thread.startYear', n);
  for (let k = 0; k < n; k++) {
    const t = trajectories[k] as number;
    ended[k] = 1 - (held.ongoing[t] as number);
    startYear[k] = frame.yearIndex[(held.start[t] as number) - frame.firstDay] as number;
  }
  const years = { selected: trajectories, ended, startYear };
  return {
    cost: { ...cost, perTrajectory: EMPTY, firstYearPerTrajectory: EMPTY },
    perTrajectory: costPerTrajectory(frame, years, cost, scratch),
    firstYear: costFirstYear(columns, frame, tr, years, cost, scratch),
  };
}

const EMPTY = new Float64Array(0);

/** `values` in `buffer`, or in a new one with some room when it is too small. */
function copied(values: Int32Array, buffer: ArrayBuffer): Int32Array {
  const room =
    buffer.byteLength >= values.byteLength
      ? buffer
      : new ArrayBuffer(Math.ceil(values.length * 1.125) * 4);
  const out = new Int32Array(room, 0, values.length);
  out.set(values);
  return out;
}

/** The distinct buffers behind the typed arrays among `values` (a buffer listed twice cannot be handed over). */
function buffersOf(values: readonly unknown[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of values)
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}
