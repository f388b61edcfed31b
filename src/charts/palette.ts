/**
 * Colours of the charts. The categorical colours are Okabe & Ito's palette ("Color Universal Design",
 * 2008), designed to stay distinguishable under the common forms of colour blindness (protanopia,
 * deuteranopia, tritanopia). The diverging pair is its blue and vermillion, which differ in lightness
 * as well as hue, so risers and fallers stay apart even in greyscale. Colour is never the only cue:
 * shapes, line styles, slopes and the data table carry the same information.
 */

/** Okabe–Ito, by name. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in the order they are handed out; yellow last, as it is faint on white. */
export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** Rise / fall / no change. */
export const DIVERGING = {
  rise: OKABE_ITO.blue,
  fall: OKABE_ITO.vermillion,
  same: '#8C8C8C',
} as const;

/** Greys for context: lines of units not selected, grid, secondary text (4.5:1 on white or better). */
export const NEUTRAL = {
  context: '#C4C4C4',
  line: '#8C8C8C',
  grid: '#E5E5E5',
  secondaryText: '#5E5E5E',
  text: '#1A1A1A',
  comparison: '#555555',
} as const;

/** The colour of the i-th series, cycling through the categorical palette. */
export function seriesColor(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? OKABE_ITO.blue;
}
