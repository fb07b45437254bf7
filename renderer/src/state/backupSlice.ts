import { forgetSender } from '../briefSender';
import { forgetLanguage, msg, t } from '../i18n/i18n';
import { send } from '../worker/client';
import type { BackupSlice, Slice } from './types';

export const backupSlice: Slice<BackupSlice> = (set, get) => ({
  beforeRestore: null,

  backup: async (passphrase) => {
    let bytes: Uint8Array | null = null;
    await get().run(msg('Reservekopie maken'), async (progress) => {
      bytes = await send('backup', { passphrase }, progress);
    });
    return bytes;
  },

  restore: (bytes, passphrase) =>
    get().run(msg('Reservekopie terugzetten'), async (progress) => {
      const { before, sealed } = await send('restore', { bytes, passphrase }, progress);
      set({ beforeRestore: before, active: null });
      await get().start();
      set({
        notice: sealed
          ? t('De reservekopie is teruggezet.')
          : t(
              'De reservekopie is teruggezet. Let op: dit bestand was niet versleuteld (gemaakt met een eerdere versie). Maak een nieuwe reservekopie met wachtwoord en verwijder het oude bestand.',
            ),
      });
    }),

  undoRestore: () =>
    get().run(msg('Terugzetten ongedaan maken'), async (progress) => {
      const before = get().beforeRestore;
      if (!before) return;
      await send('restore', { bytes: before, passphrase: null }, progress);
      set({ beforeRestore: null, active: null });
      await get().start();
      set({ notice: t('De werkruimte is weer zoals vóór het terugzetten.') });
    }),

  wipe: () =>
    get().run(msg('De werkruimte wissen'), async (progress) => {
      await send('wipe', null, progress);
      forgetLanguage();
      forgetSender();
      document.documentElement.lang = 'nl';
      // Nothing of the old workspace stays in memory either: its undo snapshots, preview, drill-down.
      set({
        language: 'nl',
        beforeRestore: null,
        previousSettings: null,
        preview: null,
        previewInput: null,
        drill: null,
        active: null,
      });
      await get().start();
      set({
        notice: t(
          'De werkruimte is gewist: alle gegevenssets, instellingen en de pseudonimiseringssleutel zijn verwijderd.',
        ),
      });
    }),
});
