/**
 * The generated sample (default scale and seed) has the realistic structure it promises:
 * valid score stages, reasons for every deduction, chronic losses, over-claiming, persistent weak
 * spots, a department falling while its domains rise, ties, non-applicable items.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSample } from '../../scripts/sample/generate.ts';
import { type SampleFramework, frameworkIdFor, readSampleFrameworks } from '../../scripts/sample/frameworks.ts';
import {
  type ScoreRecord,
  type UnitRecord,
  nameResolver,
  ranks,
  readReference,
  readScores,
  tallies,
} from '../../scripts/sample/read-output.ts';
import { DEFAULT_SEED, SCALES } from '../../scripts/sample/scales.ts';
import { FALLING_DEPARTMENT, OVERCLAIMING_DEPARTMENTS, PERSISTENT_WEAK } from '../../scripts/sample/scenarios.ts';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const LEVELS = ['departments', 'districts', 'communes'] as const;
const dir = mkdtempSync(path.join(tmpdir(), 'sample-structure-'));
const frameworks = await readSampleFrameworks();
let units: UnitRecord[] = [];
const files: { level: (typeof LEVELS)[number]; year: number; rows: ScoreRecord[]; fw: SampleFramework }[] = [];

before(async () => {
  await generateSample({ seed: DEFAULT_SEED, outDir: dir, scale: SCALES.default });
  units = readReference<UnitRecord>(dir, 'units.csv');
  for (const level of LEVELS) {
    for (const year of YEARS.filter((y) => level !== 'districts' || y <= 2024)) {
      files.push({ level, year, rows: readScores(dir, level, year), fw: frameworks.get(frameworkIdFor(level, year)) as SampleFramework });
    }
  }
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const kindOf = (fw: SampleFramework, code: string): string | undefined => fw.leaves.find((l) => l.code === code)?.kind;
const id = (key: string): string => `sample-${key}`;
const lost = (r: ScoreRecord): boolean => r.applicable && (r.final ?? 0) < r.max;

describe('scores files', () => {
  test('are semicolon-separated with Vietnamese headers, a BOM and decimal commas, points with at most 2 decimals', () => {
    const text = readFileSync(path.join(dir, 'scores', 'communes-2023.csv'), 'utf8');
    assert.ok(
      text.startsWith(
        '\ufeffNăm;Đơn vị;Mã tiêu chí;Tiêu chí;Điểm tối đa;Áp dụng;Điểm tự chấm;Điểm thẩm định lần 1;Điểm thẩm định;Lý do trừ điểm;Giải trình;Điểm đề nghị điều chỉnh\n',
      ),
    );
    assert.match(text, /;0,75;/);
    for (const line of text
      .split('\n')
      .slice(1, 2000)
      .filter((l) => l !== '')) {
      const cells = line.split(';');
      for (const c of cells.slice(4, 9).filter((x) => x !== '' && x !== 'Có' && x !== 'Không')) assert.match(c, /^\d+(,\d{1,2})?$/, line);
    }
  });

  test('hold one row per unit and leaf item, with the framework maximum, scores within [0, max]', () => {
    for (const f of files) {
      const max = new Map(f.fw.leaves.map((l) => [l.code, l.max]));
      const resolve = nameResolver(units, f.year);
      const perUnit = new Map<string, number>();
      for (const r of f.rows) {
        assert.equal(r.max, max.get(r.code), `${f.level} ${f.year} ${r.code}: maximum`);
        for (const v of [r.self, r.r1, r.final]) assert.ok(v === null || (v >= 0 && v <= r.max), `${f.year} ${r.unitName} ${r.code}: ${v}`);
        const unit = resolve(r.unitName);
        assert.ok(unit, `${f.level} ${f.year}: "${r.unitName}" does not resolve`);
        perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
      }
      assert.ok(
        [...perUnit.values()].every((n) => n === f.fw.leaves.length),
        `${f.level} ${f.year}: rows per unit`,
      );
    }
  });

  test('write some unit names differently from units.csv, all covered by aliases or case', () => {
    const official = new Set(units.map((u) => u.name_vi));
    const written = files.flatMap((f) => f.rows.map((r) => r.unitName));
    assert.ok(
      written.some((n) => n.startsWith('UBND xã ') || n.startsWith('UBND phường ')),
      'an "UBND xã …" form',
    );
    assert.ok(written.filter((n) => !official.has(n)).length > written.length * 0.1);
  });
});

describe('score stages', () => {
  test('survey items have no self-assessment and no appraisal rounds; appraised items have all three', () => {
    for (const f of files) {
      for (const r of f.rows.filter((x) => x.applicable)) {
        const survey = kindOf(f.fw, r.code) === 'survey';
        assert.ok(r.final !== null, `${r.code}: final missing`);
        if (survey) assert.ok(r.self === null && r.r1 === null, `${f.year} ${r.code}: survey with self or round 1`);
        else assert.ok(r.self !== null && r.r1 !== null && r.r1 <= r.final, `${f.year} ${r.unitName} ${r.code}: stages`);
      }
    }
  });

  test('non-applicable items are empty, never 0, and leave the maximum (Ban Dân tộc: no procedures)', () => {
    const na = files.flatMap((f) => f.rows.filter((r) => !r.applicable));
    assert.ok(na.length > 0);
    assert.ok(na.every((r) => r.self === null && r.r1 === null && r.final === null));
    for (const f of files.filter((x) => x.level === 'departments' && x.year <= 2024)) {
      const t = tallies(f.rows, nameResolver(units, f.year));
      assert.equal(t.get(id('ban-dan-toc'))?.get('TOTAL')?.max, 8200, `${f.year}: Ban Dân tộc's maximum without D3.2–D3.6`);
      assert.equal(t.get(id('thanh-tra-tinh'))?.get('D6')?.max, 600, `${f.year}: Thanh tra tỉnh without D6.2–D6.3`);
    }
  });

  test('a proposed score only with an explanation: above round 1, at most the self-assessment, at least the final score', () => {
    const all = files.flatMap((f) => f.rows);
    const explained = all.filter((r) => r.explanation !== '');
    assert.deepEqual(all.filter((r) => r.proposed !== null && r.explanation === '').slice(0, 3), [], 'proposed without an explanation');
    assert.deepEqual(
      explained
        .filter((r) => r.proposed === null || r.proposed <= (r.r1 ?? 0) || r.proposed > (r.self ?? r.max) || (r.final ?? 0) > r.proposed)
        .slice(0, 3),
      [],
    );
    assert.ok(
      explained.some((r) => r.proposed === r.max) && explained.some((r) => (r.proposed ?? r.max) < r.max),
      'full and partial proposals',
    );
  });

  test('every deduction carries a reason; some are reversed after an explanation, some are not', () => {
    const all = files.flatMap((f) => f.rows);
    const missing = all.filter((r) => (lost(r) || (r.r1 !== null && r.r1 < r.max)) && r.reason === '');
    assert.deepEqual(missing.slice(0, 3), []);
    assert.ok(
      all.some((r) => r.explanation !== '' && (r.final ?? 0) > (r.r1 ?? 0)),
      'reversed after explanation',
    );
    assert.ok(
      all.some((r) => r.explanation !== '' && r.final === r.r1),
      'explanation not accepted',
    );
    for (const text of [
      'Không có tài liệu kiểm chứng',
      'Báo cáo gửi chậm so với quy định',
      'Tỷ lệ hồ sơ quá hạn',
      'Chưa triển khai hệ thống',
      'Tỷ lệ giải ngân đạt',
    ]) {
      assert.ok(
        all.some((r) => r.reason.startsWith(text)),
        `no reason like "${text}"`,
      );
    }
  });
});

describe('realistic structure', () => {
  test('overdue dossiers, online dossiers and disbursement are lost by most units, every index and year', () => {
    const chronic = [
      /hồ sơ TTHC (cấp huyện )?giải quyết đúng hạn/,
      /hồ sơ TTHC được tiếp nhận, xử lý trực tuyến/,
      /giải ngân kế hoạch vốn/,
    ];
    for (const f of files) {
      for (const re of chronic) {
        const code = f.fw.leaves.find((l) => re.test(l.nameVi))?.code;
        const rows = f.rows.filter((r) => r.code === code && r.applicable);
        assert.ok(rows.length > 0, `${f.level} ${f.year}: no item ${re}`);
        assert.ok(
          rows.filter(lost).length > rows.length / 2,
          `${f.level} ${f.year} ${code}: lost by ${rows.filter(lost).length}/${rows.length}`,
        );
      }
    }
  });

  test(`over-claiming departments (${OVERCLAIMING_DEPARTMENTS.join(', ')}) self-assess far above the appraisal`, () => {
    for (const f of files.filter((x) => x.level === 'departments')) {
      const resolve = nameResolver(units, f.year);
      const gap = new Map<string, number>();
      for (const r of f.rows.filter((x) => x.self !== null)) {
        const u = resolve(r.unitName) as string;
        gap.set(u, (gap.get(u) ?? 0) + (r.self ?? 0) - (r.final ?? 0));
      }
      const others = [...gap]
        .filter(([u]) => !OVERCLAIMING_DEPARTMENTS.some((k) => u === id(k)))
        .map(([, g]) => g)
        .sort((a, b) => a - b);
      const median = others[Math.floor(others.length / 2)] ?? 0;
      for (const key of OVERCLAIMING_DEPARTMENTS) {
        const g = gap.get(id(key));
        if (g === undefined) continue;
        assert.ok(g >= 2 * median && g >= 1000, `${key} ${f.year}: gap ${g / 100} vs median ${median / 100}`);
      }
    }
  });

  test(`${PERSISTENT_WEAK.key} loses the same sub-criteria every year, which few departments do`, () => {
    const depts = files.filter((x) => x.level === 'departments');
    const lostEveryYear = (unit: string, code: string): boolean =>
      depts.every((f) => {
        const resolve = nameResolver(units, f.year);
        const row = f.rows.find((r) => r.code === code && resolve(r.unitName) === unit);
        return row !== undefined && lost(row);
      });
    for (const code of PERSISTENT_WEAK.codes) assert.ok(lostEveryYear(id(PERSISTENT_WEAK.key), code), `${code} not lost every year`);
    const throughout = units.filter(
      (u) => u.level === 'department' && u.valid_from === '' && u.valid_to === '' && u.unit_id !== id(PERSISTENT_WEAK.key),
    );
    const alike = throughout.filter((u) => PERSISTENT_WEAK.codes.some((code) => lostEveryYear(u.unit_id, code)));
    assert.ok(alike.length <= throughout.length / 4, `${alike.length}/${throughout.length} departments lose them every year too`);
  });

  test(`${FALLING_DEPARTMENT.key} falls in total rank ${FALLING_DEPARTMENT.from}→${FALLING_DEPARTMENT.to} while its domains ${FALLING_DEPARTMENT.risingDomains.join(', ')} rise`, () => {
    const rankIn = (year: number, key: string): number | undefined => {
      const f = files.find((x) => x.level === 'departments' && x.year === year);
      return ranks(tallies(f?.rows ?? [], nameResolver(units, year)), key).get(id(FALLING_DEPARTMENT.key));
    };
    const { from, to } = FALLING_DEPARTMENT;
    assert.ok((rankIn(to, 'TOTAL') ?? 0) > (rankIn(from, 'TOTAL') ?? 0) + 5, `total ${rankIn(from, 'TOTAL')} → ${rankIn(to, 'TOTAL')}`);
    for (const d of FALLING_DEPARTMENT.risingDomains) {
      assert.ok((rankIn(to, d) ?? 99) < (rankIn(from, d) ?? 0), `${d}: ${rankIn(from, d)} → ${rankIn(to, d)}`);
    }
  });

  test('every index has a tie in total in every year', () => {
    for (const f of files) {
      const r = [...ranks(tallies(f.rows, nameResolver(units, f.year)), 'TOTAL').values()];
      assert.ok(new Set(r).size < r.length, `${f.level} ${f.year}: no tie`);
    }
  });
});
