/**
 * Builds Arrow record-batch columns straight into typed buffers, so that millions of rows encode
 * without one JS object per value. Strings come as dictionary codes (from a DuckDB ENUM): each
 * distinct string is UTF-8 encoded once and then copied.
 */
import { Column, batchType, bool, float64, int32, list, utf8, type Batch, type DataType } from '@uwdata/flechette';

/** A growable column of one batch: values are added one by one, then `done()` gives the Arrow column. */
export interface BatchBuilder {
  add(value: unknown): void;
  done(): Column<unknown>;
}

const encoder = new TextEncoder();

/** Validity bitmap (LSB first) and null count, as Arrow wants them. */
class Validity {
  bits: Uint8Array;
  nulls = 0;
  constructor(capacity: number) {
    this.bits = new Uint8Array((capacity >> 3) + 1);
  }
  set(i: number, valid: boolean): void {
    if (valid) this.bits[i >> 3]! |= 1 << (i & 7);
    else this.nulls++;
  }
  buffer(length: number): Uint8Array {
    return this.nulls ? this.bits.subarray(0, (length >> 3) + 1) : new Uint8Array(0);
  }
}

function batch(type: DataType, length: number, validity: Validity, parts: Record<string, unknown>): Batch<unknown> {
  const BatchOfType = batchType(type);
  return new BatchOfType({ length, nullCount: validity.nulls, type, validity: validity.buffer(length), ...parts });
}

function column(type: DataType, length: number, validity: Validity, parts: Record<string, unknown>): Column<unknown> {
  return new Column([batch(type, length, validity, parts)]);
}

/** INTEGER → int32, DOUBLE → float64. */
export function numberBuilder(kind: 'int32' | 'float64', capacity: number): BatchBuilder {
  const values = kind === 'int32' ? new Int32Array(capacity) : new Float64Array(capacity);
  const validity = new Validity(capacity);
  let n = 0;
  return {
    add(value) {
      validity.set(n, value !== null);
      if (value !== null) values[n] = value as number;
      n++;
    },
    done: () => column(kind === 'int32' ? int32() : float64(), n, validity, { values: values.subarray(0, n) }),
  };
}

/** BOOLEAN → bool (a bitmap of values beside the validity bitmap). */
export function boolBuilder(capacity: number): BatchBuilder {
  const values = new Uint8Array((capacity >> 3) + 1);
  const validity = new Validity(capacity);
  let n = 0;
  return {
    add(value) {
      validity.set(n, value !== null);
      if (value === true) values[n >> 3]! |= 1 << (n & 7);
      n++;
    },
    done: () => column(bool(), n, validity, { values: values.subarray(0, (n >> 3) + 1) }),
  };
}

/** Each distinct string of a column as UTF-8, encoded once for all its batches. */
export function encodeDictionary(dictionary: readonly string[]): Uint8Array[] {
  return dictionary.map((s) => encoder.encode(s));
}

/** The utf8 batch (offsets + bytes) of `n` strings given as dictionary codes, -1 for NULL. */
function utf8Batch(bytes: readonly Uint8Array[], codes: Int32Array, n: number, validity: Validity): Batch<unknown> {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + (codes[i]! < 0 ? 0 : bytes[codes[i]!]!.length);
  const values = new Uint8Array(offsets[n]!);
  for (let i = 0; i < n; i++) if (codes[i]! >= 0) values.set(bytes[codes[i]!]!, offsets[i]!);
  return batch(utf8(), n, validity, { offsets, values });
}

/** VARCHAR given as codes into a dictionary (see encodeDictionary) → utf8 (offsets + bytes). */
export function dictUtf8Builder(bytes: readonly Uint8Array[], capacity: number): BatchBuilder {
  const codes = new Int32Array(capacity);
  const validity = new Validity(capacity);
  let n = 0;
  return {
    add(value) {
      validity.set(n, value !== null);
      codes[n++] = value === null ? -1 : (value as number);
    },
    done: () => new Column([utf8Batch(bytes, codes, n, validity)]),
  };
}

/** Where a row's list items are: a run of a flat vector of codes (as DuckDB's list vectors hold them). */
export interface ListItems {
  getItem(index: number): unknown;
}

/** A builder of a list column, fed one row's run of items at a time (no JS array per row). */
export interface ListBatchBuilder {
  addList(items: ListItems, offset: number, length: number): void;
  done(): Column<unknown>;
}

/**
 * VARCHAR[] NOT NULL given as lists of codes into a dictionary → list(utf8): list offsets, and one
 * utf8 child holding every item of the batch in order.
 */
export function dictUtf8ListBuilder(bytes: readonly Uint8Array[], capacity: number): ListBatchBuilder {
  const offsets = new Int32Array(capacity + 1);
  const validity = new Validity(capacity);
  let items: number[] = [];
  let n = 0;
  return {
    addList(source, offset, length) {
      validity.set(n, true);
      for (let k = offset; k < offset + length; k++) items.push(source.getItem(k) as number);
      offsets[++n] = items.length;
    },
    done() {
      const codes = Int32Array.from(items);
      items = [];
      const child = utf8Batch(bytes, codes, codes.length, new Validity(codes.length));
      return column(list(utf8()), n, validity, { offsets: offsets.slice(0, n + 1), children: [child] });
    },
  };
}
