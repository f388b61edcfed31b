/**
 * How each compared unit is drawn (up to five): a colour of the categorical palette and a symbol, so
 * the units stay apart without colour too (colour-blind readers, greyscale prints). The fifth is a
 * ring in black: Okabe–Ito's orange and yellow are too faint on white for a line.
 */
import type { SwatchShape } from './legend.ts';
import { OKABE_ITO } from './palette.ts';

export interface UnitStyle {
  readonly color: string;
  /** Plot's symbol name. */
  readonly symbol: 'circle' | 'square' | 'diamond' | 'triangle';
  /** The legend's swatch of the same symbol. */
  readonly swatch: SwatchShape;
  /** false: drawn hollow (white inside). */
  readonly filled: boolean;
}

export const UNIT_STYLES: readonly UnitStyle[] = [
  { color: OKABE_ITO.blue, symbol: 'circle', swatch: 'dot', filled: true },
  { color: OKABE_ITO.vermillion, symbol: 'square', swatch: 'square', filled: true },
  { color: OKABE_ITO.bluishGreen, symbol: 'diamond', swatch: 'diamond', filled: true },
  { color: OKABE_ITO.reddishPurple, symbol: 'triangle', swatch: 'triangle', filled: true },
  { color: OKABE_ITO.black, symbol: 'circle', swatch: 'ring', filled: false },
];

/** The style of the i-th compared unit. */
export function unitStyle(i: number): UnitStyle {
  return UNIT_STYLES[i % UNIT_STYLES.length]!;
}

/** A compared unit: its id and its name as the page shows it. */
export interface ComparedUnit {
  readonly id: string;
  readonly label: string;
}
