import { msg, t } from '../i18n/i18n';
import { send } from '../worker/client';
import type { BackupSlice, Slice } from './types';

export const backupSlice: Slice<BackupSlice> = (set, get) => ({
  beforeRestore: null,

  backup: async () => {
    let bytes: Uint8Array | null = null;
    await get().run(msg('Reservekopie maken'), async (progress) => {
      bytes = await send('backup', null, progress);
    });
    return bytes;
  },

  restore: (bytes) =>
    get().run(msg('Reservekopie terugzetten'), async (progress) => {
      const before = await send('restore', bytes, progress);
      set({ beforeRestore: before, active: null });
      await get().start();
      set({ notice: t('De reservekopie is teruggezet.') });
    }),

  undoRestore: () =>
    get().run(msg('Terugzetten ongedaan maken'), async (progress) => {
      const before = get().beforeRestore;
      if (!before) return;
      await send('restore', before, progress);
      set({ beforeRestore: null, active: null });
      await get().start();
      set({ notice: t('De werkruimte is weer zoals vóór het terugzetten.') });
    }),
});
