// Who sends the council brief, remembered on this computer (like the language), and
// forgotten with the workspace ("Werkruimte wissen").

const KEY = 'begeleidingsmonitor.afzender';

export function savedSender(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveSender(sender: string): void {
  try {
    if (sender.trim() === '') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, sender);
  } catch {
    // Storage may be unavailable: the sender lasts this session.
  }
}

export const forgetSender = (): void => saveSender('');
