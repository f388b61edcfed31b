/**
 * Converts text typed in the legacy Vietnamese font encodings (TCVN3/ABC and VNI Windows) to Unicode
 * NFC, with the tables of ./legacy/ (their source and derivation: ./legacy/README.md).
 */
import { readFileSync } from 'node:fs';

export type LegacyFont = 'tcvn3' | 'vni';

/** `written → unicode` pairs of a table, longest written form first. */
function loadTable(font: LegacyFont): Map<string, string> {
  const text = readFileSync(new URL(`./legacy/${font}.csv`, import.meta.url), 'utf8');
  const [header, ...lines] = text.split('\n').filter((l) => l !== '');
  const columns = header!.split(',');
  const written = columns.indexOf('written');
  const unicode = columns.indexOf('unicode');
  const pairs = lines.map((l) => l.split(',')).map((c) => [c[written]!, c[unicode]!] as const);
  return new Map(pairs.sort((a, b) => b[0].length - a[0].length));
}

const tables = new Map<LegacyFont, Map<string, string>>();

function table(font: LegacyFont): Map<string, string> {
  let t = tables.get(font);
  if (!t) {
    t = loadTable(font);
    tables.set(font, t);
  }
  return t;
}

/** Text as a legacy font draws it, in Unicode NFC; characters outside the table are kept. */
export function fromLegacyFont(text: string, font: LegacyFont): string {
  const map = table(font);
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = map.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i += 2;
      continue;
    }
    out += map.get(text[i]!) ?? text[i];
    i++;
  }
  return out.normalize('NFC');
}

/** The other way, for tests that write legacy files: Unicode text as the font encodes it. */
export function toLegacyFont(text: string, font: LegacyFont): string {
  const reverse = new Map([...table(font)].map(([w, u]) => [u, w]));
  return [...text.normalize('NFC')].map((ch) => reverse.get(ch) ?? ch).join('');
}
