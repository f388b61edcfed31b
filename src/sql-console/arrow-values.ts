/**
 * Values of a DuckDB-WASM result read through their Arrow type. The engine casts top-level DECIMAL
 * columns to DOUBLE (src/db/browser.ts), but not decimals inside a LIST or STRUCT: Arrow hands those
 * over as the raw 32-bit words of a 128-bit integer, which the console showed as integers or objects
 * (`SELECT [1.5, 2.25]` read as [15, 0, 0, 0, 225, …]). Each value is rebuilt here from its type, so a
 * nested decimal reads as the number DuckDB in Node gives (node-console.ts).
 */

/** The part of an Arrow `DataType` this needs (apache-arrow's own classes satisfy it). */
export interface ArrowTypeLike {
  readonly typeId: number;
  readonly scale?: number;
  readonly children?: readonly { readonly name: string; readonly type: ArrowTypeLike }[];
}

// Arrow's type ids (the format's Type enum, apache-arrow's `Type`): fixed by the specification.
const DECIMAL = 7;
const LIST = 12;
const STRUCT = 13;
const FIXED_SIZE_LIST = 16;

/** A decimal from its little-endian two's-complement 32-bit words and its scale, as a number. */
export function decimalNumber(words: ArrayLike<number>, scale: number): number {
  let unsigned = 0n;
  for (let i = words.length - 1; i >= 0; i--) unsigned = (unsigned << 32n) | BigInt(words[i]! >>> 0);
  const bits = BigInt(32 * words.length);
  const negative = words.length > 0 && (words[words.length - 1]! & 0x80000000) !== 0;
  const value = negative ? unsigned - (1n << bits) : unsigned;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(`${negative ? '-' : ''}${text}`);
}

/** The value with every decimal inside it (at any depth of lists and structs) turned into a number. */
export function arrowValue(value: unknown, type: ArrowTypeLike): unknown {
  if (value === null || value === undefined) return null;
  const children = type.children ?? [];
  switch (type.typeId) {
    case DECIMAL:
      return decimalNumber(value as ArrayLike<number>, type.scale ?? 0);
    case LIST:
    case FIXED_SIZE_LIST: {
      const child = children[0]?.type;
      const items = Array.from(value as Iterable<unknown>);
      return child ? items.map((v) => arrowValue(v, child)) : items;
    }
    case STRUCT: {
      const row = value as Record<string, unknown>;
      return Object.fromEntries(children.map((f) => [f.name, arrowValue(row[f.name], f.type)]));
    }
    default:
      return value;
  }
}
