import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { pointsText } from '../../src/charts/chart-format.ts';
import { textWidth, wrapText } from '../../src/charts/layout.ts';

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
