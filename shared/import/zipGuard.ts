import { Unzip, UnzipInflate } from 'fflate';
import { limits } from './limits';

export type ZipCheck = 'ok' | 'zip_bomb' | 'zip64' | 'unreadable';

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * Reads a zip's central directory (without inflating anything) and refuses
 * archives whose parts declare more than the limits allow: too many parts, too
 * much data when unpacked, or an extreme compression ratio.
 */
export function checkZip(bytes: Uint8Array, maxEntries: number = limits.zipEntries): ZipCheck {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return 'unreadable';
  const entries = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  // ZIP64 (over 65.535 files or 4 GB): far beyond a workbook; a message archive that big is split.
  if (entries === 0xffff || at === 0xffffffff) return 'zip64';
  if (entries > maxEntries) return 'zip_bomb';
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return 'unreadable';
    const compressed = u32(bytes, at + 20);
    const unpacked = u32(bytes, at + 24);
    if (compressed === 0xffffffff || unpacked === 0xffffffff) return 'zip_bomb';
    total += unpacked;
    if (total > limits.unzippedBytes) return 'zip_bomb';
    if (unpacked > 10 * 1024 * 1024 && unpacked > limits.compressionRatio * Math.max(1, compressed))
      return 'zip_bomb';
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return 'ok';
}

/**
 * Inflates every part once, counting bytes and keeping none (fflate, streaming):
 * a corrupt deflate stream is refused here rather than handed to a parser that
 * might loop on it, and a part that unpacks to more than it declared, or to
 * more than the limit in all, is a zip bomb. Declared sizes are checked first.
 */
export function verifyZip(bytes: Uint8Array, maxEntries: number = limits.zipEntries): ZipCheck {
  const declared = checkZip(bytes, maxEntries);
  if (declared !== 'ok') return declared;
  let outcome: ZipCheck = 'ok';
  let total = 0;
  const unzip = new Unzip((file) => {
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (outcome !== 'ok') return;
      if (error) {
        outcome = 'unreadable';
        return;
      }
      inflated += chunk.length;
      total += chunk.length;
      if (
        total > limits.unzippedBytes ||
        (file.originalSize !== undefined && inflated > file.originalSize)
      )
        outcome = 'zip_bomb';
      else if (final && file.originalSize !== undefined && inflated !== file.originalSize)
        outcome = 'unreadable';
    };
    if (file.compression !== 0 && file.compression !== 8) outcome = 'unreadable';
    else file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // In slices, so a bomb is stopped after the first slice past the limit.
    const slice = 1 << 20;
    for (let at = 0; at < bytes.length && outcome === 'ok'; at += slice) {
      unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
    }
  } catch {
    return 'unreadable';
  }
  return outcome;
}
