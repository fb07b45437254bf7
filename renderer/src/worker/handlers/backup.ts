import { backupWorkspace, restoreWorkspace, snapshotWorkspace } from '../../db/backup';
import { MIN_PASSPHRASE } from '../../db/backupFile';
import { type CallContext, Refusal } from '../protocol';
import type { Session } from '../session';

const refusals = {
  not_a_backup: 'not_a_backup',
  damaged: 'backup_damaged',
  newer_version: 'backup_newer',
  passphrase_needed: 'backup_passphrase_needed',
  wrong_passphrase: 'backup_wrong_passphrase',
} as const;

/** The whole workspace to one encrypted file, and back. */
export const backupHandlers = {
  async backup({ passphrase }: { passphrase: string }, ctx: CallContext, session: Session) {
    if (typeof passphrase !== 'string' || passphrase.length < MIN_PASSPHRASE)
      throw new Refusal('backup_passphrase_short');
    ctx.progress('reading');
    return backupWorkspace(session.workspace, passphrase);
  },

  /**
   * Replaces the workspace with a backup (`passphrase` null: one not encrypted,
   * such as the snapshot this answers with), and answers with the workspace as
   * it was, which restoring undoes it, and whether the file was encrypted. (The
   * UI keeps the snapshot, so stopping a run, which ends the worker, cannot lose
   * it; it never leaves memory.)
   */
  async restore(
    { bytes, passphrase }: { bytes: Uint8Array; passphrase: string | null },
    ctx: CallContext,
    session: Session,
  ): Promise<{ before: Uint8Array; sealed: boolean }> {
    ctx.progress('saving');
    const before = await snapshotWorkspace(session.workspace);
    const restored = await restoreWorkspace(session.workspace, bytes, passphrase);
    if (!restored.ok) throw new Refusal(refusals[restored.reason]);
    session.keptKey = null; // the restored workspace has its own kept figures, or none
    return { before, sealed: restored.sealed };
  },
};

export type BackupHandlers = typeof backupHandlers;
