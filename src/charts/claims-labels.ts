/**
 * Placing the names of the highlighted units of the claims scatter, in pixels: beside the dot on the
 * side with room, pushed apart vertically so no two names overlap, and shifted clear of the other named
 * dots they would run into. Bold text is measured a little wider than layout.textWidth says.
 */
import { dodge, textWidth, wrapText } from './layout.ts';

/** A named dot, in pixels. */
export interface NamedDot {
  readonly id: string;
  readonly label: string;
  readonly px: number;
  readonly py: number;
}

/** A placed name: its anchor (the end nearest the dot), its side and lines. */
export interface PlacedName {
  readonly id: string;
  readonly lines: readonly string[];
  readonly side: 'left' | 'right';
  readonly x: number;
  readonly y: number;
  /** The dot the name belongs to, for a leader line when the name was moved. */
  readonly dot: NamedDot;
}

export interface NameBounds {
  readonly fontSize: number;
  readonly lineHeight: number;
  /** The SVG's width: names stay within 2 … width − 2. */
  readonly width: number;
  /** Vertical room for names (the plot's top and bottom). */
  readonly top: number;
  readonly bottom: number;
}

const DX = 8;
const BOLD = 1.1;

const widthOf = (lines: readonly string[], b: NameBounds) => Math.max(...lines.map((l) => textWidth(l, b.fontSize) * BOLD));

/** The side with room for the whole name, preferring the right; wrapped to the roomier side if neither has it. */
function sideOf(dot: NamedDot, b: NameBounds): { side: 'left' | 'right'; lines: string[] } {
  const room = { right: b.width - 2 - dot.px - DX, left: dot.px - DX - 2 };
  const full = textWidth(dot.label, b.fontSize) * BOLD;
  const side = full <= room.right ? 'right' : full <= room.left || room.left > room.right ? 'left' : 'right';
  return { side, lines: wrapText(dot.label, Math.max(room[side], 40) / BOLD, b.fontSize) };
}

/** Places the names of the dots. */
export function placeNames(dots: readonly NamedDot[], b: NameBounds): PlacedName[] {
  const sided = dots.map((dot) => ({ dot, ...sideOf(dot, b) }));
  const gap = Math.max(1, ...sided.map((s) => s.lines.length)) * b.lineHeight + 1;
  const ys = dodge(
    sided.map((s) => s.dot.py),
    gap,
    b.top + gap / 2,
    b.bottom - gap / 2,
  );
  return sided.map((s, i) => {
    const y = ys[i] ?? s.dot.py;
    const half = (s.lines.length * b.lineHeight) / 2 + 5;
    // Named dots level with the name and on its side: the name starts beyond the farthest of them.
    const level = dots.filter((d) => Math.abs(d.py - y) < half);
    const x =
      s.side === 'right'
        ? Math.max(s.dot.px, ...level.filter((d) => d.px >= s.dot.px).map((d) => d.px)) + DX
        : Math.min(s.dot.px, ...level.filter((d) => d.px <= s.dot.px).map((d) => d.px)) - DX;
    const w = widthOf(s.lines, b);
    const clamped = s.side === 'right' ? Math.min(x, b.width - 2 - w) : Math.max(x, 2 + w);
    return { id: s.dot.id, lines: s.lines, side: s.side, x: clamped, y, dot: s.dot };
  });
}
