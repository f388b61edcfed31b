/** Normalisation of raw cells: text, numbers, percentages, years, yes/no, headers, unit names. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closestNames, editDistance } from '../../scripts/data/closest.ts';
import { detectDelimiter } from '../../scripts/data/csv-file.ts';
import { DETAIL_HEADER, mapHeader } from '../../scripts/data/headers.ts';
import {
  foldName,
  normText,
  parseInteger,
  parseIsoDate,
  parseNumber,
  parsePercent,
  parsePoints,
  parseYear,
  parseYesNo,
  splitList,
  splitSources,
  stripDiacritics,
} from '../../scripts/data/normalise.ts';
import { UnitResolver, levelsOf, type UnitRecord } from '../../scripts/data/units.ts';

const NFD = 'Quảng Ninh'.normalize('NFD');

describe('normText', () => {
  test('returns NFC, whatever form the file used', () => {
    assert.notEqual(NFD, 'Quảng Ninh');
    assert.equal(normText(NFD), 'Quảng Ninh');
    assert.equal(normText(NFD)!.length, 'Quảng Ninh'.length);
  });
  test('trims spaces, tabs, no-break spaces and a BOM', () => {
    assert.equal(normText('  Hải Phòng\t'), 'Hải Phòng');
    assert.equal(normText('\u00a0Hà Nội\u00a0'), 'Hà Nội');
    assert.equal(normText('\ufeffyear'), 'year');
  });
  test('keeps inner spaces and ASCII text as is', () => {
    assert.equal(normText('D1.1 a  b'), 'D1.1 a  b');
  });
  test('an empty or blank cell is null (missing), never ""', () => {
    assert.equal(normText(''), null);
    assert.equal(normText('   '), null);
    assert.equal(normText(undefined), null);
  });
});

describe('numbers', () => {
  test('decimal comma and decimal point mean the same', () => {
    assert.deepEqual(parseNumber('85,95'), { ok: true, value: { value: 85.95, percent: false } });
    assert.deepEqual(parseNumber('85.95'), { ok: true, value: { value: 85.95, percent: false } });
    assert.deepEqual(parseNumber(' 3 '), { ok: true, value: { value: 3, percent: false } });
    assert.deepEqual(parseNumber('-0,5'), { ok: true, value: { value: -0.5, percent: false } });
  });
  test('a trailing % marks a percentage', () => {
    assert.deepEqual(parseNumber('92,18 %'), { ok: true, value: { value: 92.18, percent: true } });
    assert.deepEqual(parseNumber('92.18%'), { ok: true, value: { value: 92.18, percent: true } });
  });
  test('empty is null, not 0', () => {
    assert.deepEqual(parseNumber(''), { ok: true, value: null });
    assert.deepEqual(parsePoints(' '), { ok: true, value: null });
  });
  test('thousands separators and text are refused', () => {
    const why = 'not a number (use a decimal comma or point, no thousands separator)';
    assert.deepEqual(parseNumber('1.234,5'), { ok: false, why });
    assert.deepEqual(parseNumber('9,5 điểm'), { ok: false, why });
    assert.deepEqual(parseNumber('N/A'), { ok: false, why });
  });
  test('points refuse a percentage; percentages accept either form', () => {
    assert.deepEqual(parsePoints('8,5 %'), { ok: false, why: 'is a percentage; this column takes points' });
    assert.deepEqual(parsePoints('8,5'), { ok: true, value: 8.5 });
    assert.deepEqual(parsePercent('92,18 %'), { ok: true, value: 92.18 });
    assert.deepEqual(parsePercent('92.18'), { ok: true, value: 92.18 });
  });
  test('whole numbers (ranks)', () => {
    assert.deepEqual(parseInteger('12'), { ok: true, value: 12 });
    assert.deepEqual(parseInteger('1,5'), { ok: false, why: 'not a whole number' });
  });
});

describe('parseYear', () => {
  const why = 'year must be 4 digits between 2000 and 2100';
  test('4 digits from 2000 to 2100', () => {
    assert.deepEqual(parseYear('2023'), { ok: true, value: 2023 });
    assert.deepEqual(parseYear(' 2100 '), { ok: true, value: 2100 });
    assert.deepEqual(parseYear('2000'), { ok: true, value: 2000 });
  });
  test('anything else is refused', () => {
    for (const raw of ['23', '1999', '2101', '2023.0', '2023-24', 'năm 2023', '02023']) {
      assert.deepEqual(parseYear(raw), { ok: false, why }, raw);
    }
  });
  test('empty is null (the caller decides whether it is required)', () => {
    assert.deepEqual(parseYear(''), { ok: true, value: null });
  });
});

describe('yes/no, dates and lists', () => {
  test('Có/Không in any case, with or without diacritics', () => {
    for (const raw of ['Có', 'có', 'co', 'yes', '1', 'TRUE']) assert.deepEqual(parseYesNo(raw, false), { ok: true, value: true }, raw);
    for (const raw of ['Không', 'KHÔNG', 'khong', 'no', '0', 'false', 'Không áp dụng']) {
      assert.deepEqual(parseYesNo(raw, true), { ok: true, value: false }, raw);
    }
  });
  test('empty takes the default; anything else is refused', () => {
    assert.deepEqual(parseYesNo('', true), { ok: true, value: true });
    assert.deepEqual(parseYesNo('Có lẽ', true), { ok: false, why: 'unknown value (expected Có/Không, yes/no, 1/0 or true/false)' });
  });
  test('ISO dates only, and real ones', () => {
    assert.deepEqual(parseIsoDate('2025-07-01'), { ok: true, value: '2025-07-01' });
    assert.deepEqual(parseIsoDate('2025-02-30'), { ok: false, why: 'not a date (expected YYYY-MM-DD)' });
    assert.deepEqual(parseIsoDate('01/07/2025'), { ok: false, why: 'not a date (expected YYYY-MM-DD)' });
  });
  test('|-separated lists are trimmed, NFC, without empty entries', () => {
    assert.deepEqual(splitList(` TP. Hải Phòng | ${NFD}||`), ['TP. Hải Phòng', 'Quảng Ninh']);
    assert.deepEqual(splitList(''), []);
  });
  test('a source cell gives each page it names, in order, once', () => {
    assert.deepEqual(splitSources('https://a.vn/1 ; https://b.vn/2;https://c.vn/3 ;; https://a.vn/1 '), [
      'https://a.vn/1',
      'https://b.vn/2',
      'https://c.vn/3',
    ]);
    assert.deepEqual(splitSources('https://a.vn/x,y'), ['https://a.vn/x,y'], 'a comma is part of a URL');
    assert.deepEqual(splitSources(' '), []);
    assert.deepEqual(splitSources(undefined), []);
  });
});

describe('names', () => {
  test('folding ignores case, repeated spaces and dash variants, not diacritics', () => {
    assert.equal(foldName('Bà Rịa – Vũng  Tàu'), foldName('bà rịa - vũng tàu'));
    assert.notEqual(foldName('Hà Nội'), foldName('Ha Noi'));
    assert.equal(foldName('ĐÀ NẴNG'), 'đà nẵng');
  });
  test('stripping diacritics for suggestions (đ → d)', () => {
    assert.equal(stripDiacritics('Đà Nẵng'), 'da nang');
    assert.equal(stripDiacritics(NFD), 'quang ninh');
  });
  test('edit distance', () => {
    assert.equal(editDistance('quang ninh', 'quang nin'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
  test('closest names compare without diacritics and keep the best of each candidate', () => {
    const candidates = [
      { label: 'Quảng Ninh (quang-ninh)', names: ['Quảng Ninh'] },
      { label: 'Quảng Bình (quang-binh)', names: ['Quảng Bình'] },
      { label: 'Hải Phòng (hai-phong)', names: ['Hải Phòng', 'HP'] },
    ];
    assert.deepEqual(closestNames('Quang Nin', candidates, 2), ['Quảng Ninh (quang-ninh)', 'Quảng Bình (quang-binh)']);
    assert.deepEqual(closestNames('hp', candidates, 1), ['Hải Phòng (hai-phong)']);
  });
});

describe('headers', () => {
  test('Vietnamese headers map to canonical columns, in any case and with extra spaces', () => {
    const cells = ['Năm', 'đơn  vị', 'Mã tiêu chí', 'Tiêu chí', 'Điểm thẩm định lần 1', 'ĐIỂM THẨM ĐỊNH', 'Ghi chú'];
    const { map, problems } = mapHeader(cells, DETAIL_HEADER);
    assert.deepEqual(problems, []);
    assert.deepEqual(map.index, { year: 0, unit_name: 1, item_code: 2, item_name: 3, appraisal_r1: 4, final_score: 5 });
    assert.equal(map.header.final_score, 'ĐIỂM THẨM ĐỊNH');
  });
  test('English headers work too, decomposed Vietnamese is NFC-matched', () => {
    const { map, problems } = mapHeader(['year', 'unit_name', 'item_code', 'Điểm thẩm định'.normalize('NFD')], DETAIL_HEADER);
    assert.deepEqual(problems, []);
    assert.equal(map.index.final_score, 3);
  });
  test('a missing required column is named, with its Vietnamese header', () => {
    const { problems } = mapHeader(['Năm', 'Đơn vị', 'Mã tiêu chí'], DETAIL_HEADER);
    assert.deepEqual(problems, [
      {
        column: 'final_score',
        value: '(missing)',
        why: 'missing required column "final_score" or "Điểm thẩm định" or "Điểm thẩm định lần 2" or "Điểm đạt được"',
      },
    ]);
  });
  test('two headers for one column are refused', () => {
    const { problems } = mapHeader(['year', 'Năm', 'unit_name', 'item_code', 'final_score'], DETAIL_HEADER);
    assert.deepEqual(problems, [{ column: 'Năm', value: 'Năm', why: 'duplicate column (also "year")' }]);
  });
  test('the separator is read from the header line (quotes respected)', () => {
    assert.equal(detectDelimiter('Năm;Đơn vị;Mã tiêu chí'), ';');
    assert.equal(detectDelimiter('year,unit_name,"a;b;c"'), ',');
    assert.equal(detectDelimiter('"a,b,c";d;e'), ';');
  });
});

describe('unit resolution', () => {
  const unit = (unit_id: string, name_vi: string, extra: Partial<UnitRecord> = {}): UnitRecord => ({
    unit_id,
    name_vi,
    name_en: null,
    level: 'province',
    parent_id: null,
    valid_from: null,
    valid_to: null,
    aliases: [],
    is_sample: false,
    at: { file: 'units.csv', row: 2 },
    ...extra,
  });
  const resolver = new UnitResolver([
    unit('quang-ninh', 'Quảng Ninh', { aliases: ['Tỉnh Quảng Ninh'] }),
    unit('quang-binh', 'Quảng Bình'),
    unit('hai-phong', 'Hải Phòng', { aliases: ['TP. Hải Phòng'] }),
    unit('ha-giang', 'Hà Giang', { valid_to: 2024 }),
    unit('tuyen-quang', 'Tuyên Quang', { valid_to: 2024 }),
    unit('tuyen-quang-2025', 'Tuyên Quang', { valid_from: 2025 }),
    unit('xa-a', 'Xã A', { level: 'commune' }),
    unit('phuong-b', 'Phường B', { level: 'ward' }),
  ]);
  const provinces = levelsOf('province');

  test('by name or alias, NFC, case- and space-folded', () => {
    assert.equal(resolver.resolve(` ${NFD.toUpperCase()} `, 2023, provinces).ok && 'ok', 'ok');
    const r = resolver.resolve('tp.  hải phòng', 2023, provinces);
    assert.ok(r.ok && r.unit.unit_id === 'hai-phong');
  });
  test('among the units that exist that year', () => {
    const before = resolver.resolve('Tuyên Quang', 2024, provinces);
    const after = resolver.resolve('Tuyên Quang', 2025, provinces);
    assert.ok(before.ok && before.unit.unit_id === 'tuyen-quang');
    assert.ok(after.ok && after.unit.unit_id === 'tuyen-quang-2025');
    assert.deepEqual(resolver.resolve('Hà Giang', 2025, provinces), {
      ok: false,
      why: 'Hà Giang (ha-giang) does not exist in 2025 (exists …–2024)',
    });
  });
  test('an unknown name gets the closest known names (diacritics ignored)', () => {
    assert.deepEqual(resolver.resolve('Quang Nin', 2023, provinces), {
      ok: false,
      why: 'unknown unit in 2023; closest: Quảng Ninh (quang-ninh), Quảng Bình (quang-binh), Hà Giang (ha-giang)',
    });
  });
  test('a commune index ranks communes, wards and special zones only', () => {
    assert.deepEqual(levelsOf('commune'), ['commune', 'ward', 'special_zone']);
    const ward = resolver.resolve('Phường B', 2025, levelsOf('commune'));
    assert.ok(ward.ok && ward.unit.unit_id === 'phuong-b');
    assert.deepEqual(resolver.resolve('Xã A', 2025, provinces), { ok: false, why: 'Xã A (xa-a) is a commune, not a province' });
  });
});
