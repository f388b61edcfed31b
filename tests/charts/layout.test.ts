import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { pointsText } from '../../src/charts/chart-format.ts';
import { dodgeBoxes, textWidth, widestWord, wrapText } from '../../src/charts/layout.ts';
import { shortName, shortNames } from '../../src/charts/short-names.ts';

describe('wrapText', () => {
  const name = 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình';

  test('breaks at spaces into lines that fit, keeping every word whole', () => {
    const lines = wrapText(name, 200, 11);
    assert.ok(lines.length > 1);
    for (const line of lines) assert.ok(textWidth(line, 11) <= 200, line);
    assert.equal(lines.join(' '), name);
  });

  test('a short text stays on one line; an empty one gives one empty line', () => {
    assert.deepEqual(wrapText('Báo cáo CCHC', 200, 12), ['Báo cáo CCHC']);
    assert.deepEqual(wrapText('', 200, 12), ['']);
  });

  test('only a word longer than a line is cut', () => {
    assert.deepEqual(wrapText('a Aaaaaaaaaaaaaaaaaaaa', 60, 10), ['a', 'Aaaaaaaaa…']);
  });
});

describe('pointsText', () => {
  test('as many decimals as needed, up to two, in the locale', () => {
    assert.equal(pointsText('vi', 12), '12');
    assert.equal(pointsText('vi', 1.5), '1,5');
    assert.equal(pointsText('vi', 0.25), '0,25');
    assert.equal(pointsText('en', 0.1 + 0.2), '0.3');
    assert.equal(pointsText('vi', null), '–');
  });
});

describe('dodgeBoxes', () => {
  test('boxes of different heights are pushed apart by the gap and keep their order', () => {
    // Two-line (28 px) and one-line (14 px) boxes all wanting y = 100.
    const centres = dodgeBoxes([100, 100, 100], [28, 14, 28], 2, 0, 1000);
    const boxes = centres.map((c, i) => ({ top: c - [28, 14, 28][i]! / 2, bottom: c + [28, 14, 28][i]! / 2 }));
    assert.ok(boxes[0]!.bottom + 2 <= boxes[1]!.top + 1e-9 && boxes[1]!.bottom + 2 <= boxes[2]!.top + 1e-9, JSON.stringify(boxes));
  });

  test('boxes that do not overlap stay where they want to be; at the bottom edge they are pushed up', () => {
    assert.deepEqual(dodgeBoxes([10, 50], [14, 14], 2, 0, 100), [10, 50]);
    const [a, b] = dodgeBoxes([95, 99], [14, 14], 2, 0, 100);
    assert.equal(b, 93);
    assert.equal(a, 77);
  });
});

describe('widestWord', () => {
  test('the longest word of the texts decides', () => {
    assert.equal(widestWord(['Sở Tư pháp', 'Thanh tra tỉnh'], 10), textWidth('Thanh', 10));
  });
});

describe('short names', () => {
  test('the generic word of a unit goes, in either language', () => {
    assert.equal(shortName('Sở Văn hóa, Thể thao và Du lịch'), 'Văn hóa, Thể thao và Du lịch');
    assert.equal(shortName('Phường Tân Thuận'), 'Tân Thuận');
    assert.equal(shortName('Thị trấn Cẩm Ninh'), 'Cẩm Ninh');
    assert.equal(shortName('Ministry of Justice'), 'Justice');
    assert.equal(shortName('Tân Thuận Ward'), 'Tân Thuận');
  });

  test('names without a generic word, or that would be left empty, stay whole', () => {
    assert.equal(shortName('Thanh tra tỉnh'), 'Thanh tra tỉnh');
    assert.equal(shortName('Văn phòng UBND tỉnh'), 'Văn phòng UBND tỉnh');
    assert.equal(shortName('Hà Nội'), 'Hà Nội');
    assert.equal(shortName('Sở '), 'Sở ');
  });

  test('names that would read the same keep their full names, both of them', () => {
    const labels = shortNames(['Xã Long Sơn', 'Phường Long Sơn', 'Xã Cẩm An', 'Sở Tư pháp', 'Tư pháp']);
    assert.equal(labels.get('Xã Long Sơn'), 'Xã Long Sơn');
    assert.equal(labels.get('Phường Long Sơn'), 'Phường Long Sơn');
    assert.equal(labels.get('Xã Cẩm An'), 'Cẩm An');
    assert.equal(labels.get('Sở Tư pháp'), 'Sở Tư pháp', 'its short name is another unit’s name');
    assert.equal(labels.get('Tư pháp'), 'Tư pháp');
  });
});
