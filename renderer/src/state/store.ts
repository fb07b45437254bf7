import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { backupSlice } from './backupSlice';
import { figuresSlice } from './figuresSlice';
import { importSlice } from './importSlice';
import type { AppState } from './types';
import { uiSlice } from './uiSlice';

export type { AppState, Shown } from './types';

/** The app's one store, made of its slices; components read it through selectors. */
export const useApp = create<AppState>()((...a) => ({
  ...uiSlice(...a),
  ...figuresSlice(...a),
  ...importSlice(...a),
  ...backupSlice(...a),
}));

/** Whether a restore can be undone (the workspace before it is held). */
export const selectCanUndoRestore = (s: AppState): boolean => s.beforeRestore !== null;

/**
 * Some fields of the store, re-rendering only when one of them changes:
 * `const { active, busy } = usePick('active', 'busy')`.
 */
export function usePick<K extends keyof AppState>(...keys: K[]): Pick<AppState, K> {
  return useApp(
    useShallow((s) => Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<AppState, K>),
  );
}
