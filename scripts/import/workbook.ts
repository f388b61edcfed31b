/**
 * Reads an input file into sheets of cells, whatever its format: an Excel workbook (typed cells: numbers
 * stay numbers, dates become YYYY-MM-DD, formulas give their cached values) or a CSV/TSV file in any
 * encoding (./decode.ts). Every cell keeps its place, `Sheet1!C14`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import { excelText } from '../data/read-source.ts';
import { type Encoding, decodeBytes } from './decode.ts';

/** A cell: text (NFC), a number, or "" when empty. */
export type CellValue = string | number;

/** One sheet: `rows[i][j]` is the cell of spreadsheet row `lines[i]`, column j (A = 0). */
export interface Sheet {
  name: string;
  rows: CellValue[][];
  /** The row number of each record in the file (a CSV record may span several lines). */
  lines: number[];
}

export interface Workbook {
  format: 'xlsx' | 'csv' | 'tsv';
  /** How a text file was decoded; null for Excel. */
  encoding: Encoding | null;
  sheets: Sheet[];
}

/** "A", "B", … "Z", "AA" for a column index from 0. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell's place as spreadsheets write it: `Sheet1!C14`. */
export function place(sheet: Sheet, rowIndex: number, col: number): string {
  return `${sheet.name}!${columnLetter(col)}${sheet.lines[rowIndex] ?? rowIndex + 1}`;
}

/** Reads `file` by its extension (.xlsx, .csv, .tsv, .txt). Throws a plain message when it cannot. */
export async function readWorkbook(file: string, encoding?: Encoding): Promise<Workbook> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return { format: 'xlsx', encoding: null, sheets: await readXlsx(file) };
  if (ext === '.xls') throw new Error('old .xls workbooks cannot be read: open the file and save it as .xlsx');
  if (!['.csv', '.tsv', '.txt'].includes(ext)) throw new Error(`unknown file type "${ext}" (expected .xlsx, .csv or .tsv)`);
  const decoded = decodeBytes(readFileSync(file), encoding);
  const sheet = parseText(decoded.text, path.basename(file, ext));
  return { format: ext === '.csv' ? 'csv' : 'tsv', encoding: decoded.encoding, sheets: [sheet] };
}

async function readXlsx(file: string): Promise<Sheet[]> {
  const sheets = await readExcelFile(file);
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map(excelCell)),
    lines: data.map((_, i) => i + 1),
  }));
}

/** Numbers stay numbers (never re-read from text, where "1.234" is ambiguous); the rest as the build reads it. */
function excelCell(value: unknown): CellValue {
  if (typeof value === 'number') return value;
  return excelText(value).normalize('NFC');
}

/** The separator of a text table: the one of tab, ";" and "," found most often in its first lines. */
function delimiterOf(text: string): string {
  const head = text.split('\n', 30).join('\n');
  const counts = ['\t', ';', ','].map((d) => ({ d, n: head.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0]!.d;
}

function parseText(text: string, name: string): Sheet {
  const body = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body), newline: '\n', skipEmptyLines: false });
  const lines: number[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    lines.push(line);
    line += 1 + cells.reduce((n, c) => n + (c.split('\n').length - 1), 0);
  }
  return { name, rows: parsed.data.map((r) => r.map((c) => c.normalize('NFC'))), lines };
}
