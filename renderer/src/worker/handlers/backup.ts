import { backupWorkspace, restoreWorkspace } from '../../db/backup';
import { type CallContext, Refusal } from '../protocol';
import type { Session } from '../session';

const refusals = {
  not_a_backup: 'not_a_backup',
  damaged: 'backup_damaged',
  newer_version: 'backup_newer',
} as const;

/** The whole workspace to one file, and back. */
export const backupHandlers = {
  async backup(_: null, ctx: CallContext, session: Session): Promise<Uint8Array> {
    ctx.progress('reading');
    return backupWorkspace(session.workspace);
  },

  /**
   * Replaces the workspace with a backup, and answers with the workspace as it
   * was: restoring that undoes it. (The UI keeps it, so stopping a run, which
   * ends the worker, cannot lose it.)
   */
  async restore(bytes: Uint8Array, ctx: CallContext, session: Session): Promise<Uint8Array> {
    ctx.progress('saving');
    const before = await backupWorkspace(session.workspace);
    const restored = await restoreWorkspace(session.workspace, bytes);
    session.keptKey = null; // the restored workspace has its own kept figures, or none
    if (!restored.ok) throw new Refusal(refusals[restored.reason]);
    return before;
  },
};

export type BackupHandlers = typeof backupHandlers;
