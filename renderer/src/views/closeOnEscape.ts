import type { KeyboardEvent } from 'react';

/** Escape closes a pop-over (`<details>`) and gives the focus back to its button. */
export function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>): void {
  if (e.key !== 'Escape' || !e.currentTarget.open) return;
  e.currentTarget.open = false;
  e.currentTarget.querySelector('summary')?.focus();
  e.stopPropagation();
}
