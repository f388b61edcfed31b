/** The sample generator's cell formatting and seeded randomness. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvLine, formatHundredths, formatPercentVi, toHundredths } from '../../scripts/sample/csv-format.ts';
import { hashKey, intBetween, mulberry32, noise, pickWeighted, rngFor, shuffled } from '../../scripts/sample/prng.ts';

describe('formatHundredths', () => {
  test('writes points with a decimal comma or point, dropping trailing zeros; null is an empty cell', () => {
    assert.deepEqual(
      [0, 5, 50, 75, 100, 125, 250, 1000, 9999].map((h) => formatHundredths(h, ',')),
      ['0', '0,05', '0,5', '0,75', '1', '1,25', '2,5', '10', '99,99'],
    );
    assert.equal(formatHundredths(6821, '.'), '68.21');
    assert.equal(formatHundredths(null, ','), '');
  });

  test('refuses fractions of a hundredth and negatives', () => {
    assert.throws(() => formatHundredths(1.5, ','));
    assert.throws(() => formatHundredths(-1, ','));
  });
});

test('toHundredths reads framework maxima exactly and refuses a third decimal', () => {
  assert.deepEqual([0.5, 0.75, 1.25, 2, 0.01, 16.5].map(toHundredths), [50, 75, 125, 200, 1, 1650]);
  assert.throws(() => toHundredths(0.125));
});

test('formatPercentVi writes one decimal with a comma, whole numbers bare', () => {
  assert.deepEqual([3.2, 78, 89.25, 0.04, 100].map(formatPercentVi), ['3,2', '78', '89,3', '0', '100']);
});

test('csvField quotes only what needs quoting for the delimiter in use', () => {
  assert.equal(csvField('Sở Văn hóa, Thể thao và Du lịch', ';'), 'Sở Văn hóa, Thể thao và Du lịch');
  assert.equal(csvField('Sở Văn hóa, Thể thao và Du lịch', ','), '"Sở Văn hóa, Thể thao và Du lịch"');
  assert.equal(csvField('chưa đồng bộ; bổ sung', ';'), '"chưa đồng bộ; bổ sung"');
  assert.equal(csvField('Quyết định "minh họa"', ','), '"Quyết định ""minh họa"""');
  assert.equal(csvLine(['2023', 'Xã An Phú', '0,75', ''], ';'), '2023;Xã An Phú;0,75;');
});

describe('seeded randomness', () => {
  test('mulberry32 is deterministic and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10000 }, () => a());
    assert.deepEqual(
      xs.slice(0, 5),
      Array.from({ length: 5 }, () => b()),
    );
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    assert.ok(Math.abs(mean - 0.5) < 0.02, `mean ${mean}`);
  });

  test('streams are keyed: same keys same stream, other keys or seed another', () => {
    assert.equal(hashKey(1, ['score', 'sample-so-y-te', 2023]), hashKey(1, ['score', 'sample-so-y-te', 2023]));
    assert.notEqual(hashKey(1, ['score', 'sample-so-y-te', 2023]), hashKey(1, ['score', 'sample-so-y-te', 2024]));
    assert.notEqual(hashKey(1, ['a', 'bc']), hashKey(1, ['ab', 'c']));
    assert.notEqual(rngFor(1, 'x')(), rngFor(2, 'x')());
  });

  test('helpers stay in range', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const n = intBetween(rng, 2, 4);
      assert.ok(n >= 2 && n <= 4 && Number.isInteger(n));
      assert.ok(Math.abs(noise(rng, 1)) <= 2 * Math.sqrt(3));
      assert.ok(
        ['a', 'b'].includes(
          pickWeighted(rng, [
            ['a', 1],
            ['b', 3],
          ] as const),
        ),
      );
    }
    assert.deepEqual(shuffled(mulberry32(1), [1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]);
  });
});
