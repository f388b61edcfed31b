import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { unitChoices } from '../../src/views/unit-choices.ts';

describe('the units offered by the unit search', () => {
  test('one per unit, in Vietnamese order; a name two units share says the years of each', () => {
    const rows = [
      { id: 'xa-quang-nghia-2025', name: 'Xã Quang Nghĩa', year: 2025 },
      { id: 'phuong-duc-lam', name: 'Phường Đức Lâm', year: 2024 },
      { id: 'xa-quang-nghia', name: 'Xã Quang Nghĩa', year: 2021 },
      { id: 'xa-quang-nghia', name: 'Xã Quang Nghĩa', year: 2024 },
      { id: 'phuong-duc-lam', name: 'Phường Đức Lâm', year: 2025 },
      { id: 'xa-an-binh', name: 'Xã An Bình', year: 2023 },
    ];
    assert.deepEqual(unitChoices(rows), [
      { id: 'phuong-duc-lam', label: 'Phường Đức Lâm' },
      { id: 'xa-an-binh', label: 'Xã An Bình' },
      { id: 'xa-quang-nghia', label: 'Xã Quang Nghĩa', years: '2021–2024' },
      { id: 'xa-quang-nghia-2025', label: 'Xã Quang Nghĩa', years: '2025' },
    ]);
  });
});
