/**
 * The importer's readers: encodings detected by the Vietnamese syllables they yield, the legacy font
 * tables, numbers and ranks as tables write them, item codes, header synonyms and unit-name folding.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { looseUnitName } from '../../scripts/data/normalise.ts';
import { decodeBytes } from '../../scripts/import/decode.ts';
import { codeIn } from '../../scripts/import/items.ts';
import { fromLegacyFont, toLegacyFont } from '../../scripts/import/legacy-fonts.ts';
import { readNumber, readRank } from '../../scripts/import/numbers.ts';
import { isSyllable, vietnameseScore } from '../../scripts/import/syllables.ts';
import { meaningOf } from '../../scripts/import/synonyms.ts';
import { encode, type TestEncoding } from '../fixtures/import/fixture.ts';

const TEXT =
  'Tên đơn vị;Điểm tự chấm;Lý do trừ điểm\nSở Nội vụ;85,5;Báo cáo quý III nộp chậm\nUBND huyện Bắc Lộc;90;Thừa Thiên Huế, Việt Nam';

describe('encodings', () => {
  const cases: [TestEncoding, string][] = [
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['windows-1258', 'windows-1258'],
    ['tcvn3', 'tcvn3'],
    ['vni', 'vni'],
    ['vni-in-utf-8', 'vni'],
  ];
  for (const [written, detected] of cases) {
    test(`${written} is read as ${detected}, to the same NFC text`, () => {
      const decoded = decodeBytes(encode(TEXT, written));
      assert.equal(decoded.encoding, detected);
      assert.equal(decoded.text, TEXT);
      assert.equal(decoded.bom, written === 'utf-8-bom' || written.startsWith('utf-16'));
    });
  }

  test('the legacy tables read the fonts as they are drawn', () => {
    assert.equal(fromLegacyFont('Hµ Néi, Së Néi vô, ®iÓm, Tr\u00adêng', 'tcvn3'), 'Hà Nội, Sở Nội vụ, điểm, Trường');
    assert.equal(fromLegacyFont('Vieät Nam, Sôû Noäi vuï, Ñieåm, THUÛ TUÏC', 'vni'), 'Việt Nam, Sở Nội vụ, Điểm, THỦ TỤC');
  });

  test('TCVN3: every capital vowel with a tone mark (and Ă Â Ê Ô Ơ Ư Đ) reads back as itself, in NFC', () => {
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    const capitals = [...'AĂÂEÊIOÔƠUƯY']
      .flatMap((b) => tones.map((t) => (b + t).normalize('NFC')))
      .filter((c) => !'AEIOUY'.includes(c))
      .concat('Đ');
    assert.equal(capitals.length, 67);
    for (const c of capitals) {
      const bytes = Buffer.from(toLegacyFont(c, 'tcvn3'), 'latin1');
      assert.equal(bytes.length, 1, `${c} is one byte`);
      assert.equal(fromLegacyFont(bytes.toString('latin1'), 'tcvn3'), c, `${c} (0x${bytes.toString('hex')})`);
    }
    // A heading typed in capitals, as the byte sequence a TCVN3 file holds (0x84 = Ạ, 0xCD = Ể, 0x02 = Ụ).
    assert.equal(fromLegacyFont('K\u0084 HO\u0084CH, \u00a7I\u00cdM, TH\u0002C', 'tcvn3'), 'KẠ HOẠCH, ĐIỂM, THỤC');
  });

  test('an ASCII file is UTF-8 (nothing to choose from)', () => {
    assert.deepEqual(decodeBytes(Buffer.from('unit,score\nHa Noi,90\n')), {
      text: 'unit,score\nHa Noi,90\n',
      encoding: 'utf-8',
      bom: false,
    });
  });

  test('syllables: valid words score up, mis-decoded ones down', () => {
    assert.deepEqual(['Nghiêng', 'trường', 'Hµ', 'Vieät', 'Ä‘iá»ƒm', 'điểmm'].map(isSyllable), [true, true, false, false, false, false]);
    assert.equal(vietnameseScore('Sở Nội vụ Hµ ®iÓm 2024'), 3 - 2);
  });
});

describe('numbers and ranks', () => {
  test('decimal comma or point, thousands separators, percent, missing, not applicable', () => {
    assert.deepEqual(
      ['85,95', '85.95', '1.234,5', '1,234.5', '1.234.567', '92,18 %', '-', '', 'N/A', 'Không áp dụng', 'ba', 7.5].map(readNumber),
      [
        { kind: 'number', value: 85.95, percent: false },
        { kind: 'number', value: 85.95, percent: false },
        { kind: 'number', value: 1234.5, percent: false },
        { kind: 'number', value: 1234.5, percent: false },
        { kind: 'number', value: 1234567, percent: false },
        { kind: 'number', value: 92.18, percent: true },
        { kind: 'missing' },
        { kind: 'missing' },
        { kind: 'not-applicable' },
        { kind: 'not-applicable' },
        { kind: 'bad', why: 'not a number' },
        { kind: 'number', value: 7.5, percent: false },
      ],
    );
  });

  test('ranks: "28", "28/63", empty; anything else says why', () => {
    assert.deepEqual(
      [readRank('28'), readRank('28/63'), readRank(' 3 / 17 '), readRank(''), readRank('hạng 3')],
      [{ rank: 28, of: null }, { rank: 28, of: 63 }, { rank: 3, of: 17 }, null, 'not a rank (expected a whole number or "28/63")'],
    );
  });
});

describe('headers, items and unit names', () => {
  test('headers with or without diacritics, any case and spacing, Vietnamese or English', () => {
    const headers = [
      'Điểm tự chấm',
      'diem tu cham',
      'ĐIỂM  THẨM ĐỊNH LẦN 1',
      'Lý do trừ điểm',
      'Tên đơn vị',
      'Xếp hạng',
      'Tổng điểm',
      'Chỉ số (%)',
      'Chỉ số CCHC',
      'Self score',
      'Điểm tự chấm của tỉnh',
      'Ghi chú',
    ];
    assert.deepEqual(headers.map(meaningOf), [
      'self_score',
      'self_score',
      'appraisal_r1',
      'reason',
      'unit_name',
      'rank',
      'total_points',
      'score_pct',
      'score_pct',
      'self_score',
      'self_score',
      null,
    ]);
    assert.equal(meaningOf('Tiêu chí/Tiêu chí thành phần bị trừ điểm sau khi HĐTD chấm điểm lần 1'), 'item_deducted');
  });

  test('item codes: digits, dotted, Roman numerals, "D" codes, a code before a name', () => {
    const cells = [
      '1',
      '1.1',
      '1.1.2.',
      'II',
      'IV. Cải cách tổ chức bộ máy',
      'D3.2',
      '2.1. Công khai thủ tục',
      'Lĩnh vực 3',
      'Ban hành kế hoạch',
      'Im lặng',
    ];
    assert.deepEqual(cells.map(codeIn), ['D1', 'D1.1', 'D1.1.2', 'D2', 'D4', 'D3.2', 'D2.1', 'D3', null, null]);
  });

  test('unit names fold without diacritics, case, punctuation and prefixes', () => {
    const names = [
      'UBND tỉnh Hà Tĩnh',
      'Ha Tinh',
      'TP. Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'Sở GD&ĐT',
      'UBND huyện Bắc Lộc',
      'Xã Yên An',
    ];
    assert.deepEqual(names.map(looseUnitName), ['ha tinh', 'ha tinh', 'ho chi minh', 'ho chi minh', 'gd&dt', 'bac loc', 'yen an']);
  });
});
