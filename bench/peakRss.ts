import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory. Linux: VmHWM, which starts anew at exec; `maxRSS`
 * (getrusage) is kept across exec and so starts at the bench process's size when it forked.
 */
export function peakRssKb(): number {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm) return Number(hwm);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
