/**
 * Decodes the bytes of a text file (CSV, TSV) whose encoding nobody declared: a BOM decides UTF-8 and
 * UTF-16; otherwise each plausible decoding is tried (UTF-8 when the bytes are valid UTF-8, else
 * Windows-1258; and either read through the TCVN3 and VNI font tables) and the one yielding the most
 * Vietnamese syllables wins. The result is Unicode NFC.
 */
import iconv from 'iconv-lite';
import { fromLegacyFont } from './legacy-fonts.ts';
import { vietnameseScore } from './syllables.ts';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Decoded text and how it was read. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte-order mark. */
  bom: boolean;
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The decoding a byte-order mark declares, if any. */
function byBom(bytes: Buffer): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  return null;
}

/** Decodes `bytes`, choosing the encoding as described above; `forced` skips the guess. */
export function decodeBytes(bytes: Buffer, forced?: Encoding): Decoded {
  if (forced) return { text: decodeAs(bytes, forced), encoding: forced, bom: false };
  const declared = byBom(bytes);
  const unicode = declared ?? (utf8(bytes) === null ? null : { text: utf8(bytes)!, encoding: 'utf-8' as const, bom: false });
  const plain = unicode ?? { text: iconv.decode(bytes, 'windows-1258'), encoding: 'windows-1258' as const, bom: false };
  // Legacy font text is Latin-1 characters, saved either as single bytes or (by a later editor) as UTF-8.
  const latin = unicode ? unicode.text : bytes.toString('latin1');
  const candidates: Decoded[] = [
    { ...plain, text: plain.text.normalize('NFC') },
    { text: fromLegacyFont(latin, 'tcvn3'), encoding: 'tcvn3', bom: plain.bom },
    { text: fromLegacyFont(latin, 'vni'), encoding: 'vni', bom: plain.bom },
  ];
  let best = candidates[0]!;
  let bestScore = vietnameseScore(best.text);
  for (const c of candidates.slice(1)) {
    const score = vietnameseScore(c.text);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

function decodeAs(bytes: Buffer, encoding: Encoding): string {
  const declared = byBom(bytes);
  if (encoding === 'tcvn3' || encoding === 'vni') return fromLegacyFont(declared?.text ?? bytes.toString('latin1'), encoding);
  if (declared) return declared.text.normalize('NFC');
  return iconv.decode(bytes, encoding).normalize('NFC');
}
