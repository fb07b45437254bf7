import { sealedHeader } from '../../../shared/privacy/sealed';

/** What a backup file says it is (its `format`), encrypted or, from before encryption, not. */
export const BACKUP_FORMAT = 'begeleidingsmonitor-werkruimte';

/** The shortest passphrase a backup accepts. */
export const MIN_PASSPHRASE = 12;

/** Whether a file is an encrypted backup (and restoring it needs the passphrase). */
export const isSealedBackup = (bytes: Uint8Array) => sealedHeader(bytes, BACKUP_FORMAT) !== null;

/** How a backup from before encryption begins (`JSON.stringify` of its fields, in this order). */
const PLAIN_START = `{"format":"${BACKUP_FORMAT}"`;

/** What a chosen file is: an encrypted backup, one from before encryption, or something else. */
export function backupKind(bytes: Uint8Array): 'sealed' | 'plain' | 'other' {
  if (isSealedBackup(bytes)) return 'sealed';
  const start = new TextDecoder().decode(bytes.subarray(0, PLAIN_START.length));
  return start === PLAIN_START ? 'plain' : 'other';
}
