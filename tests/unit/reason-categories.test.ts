/** The reason rule file: first matching phrase wins, whole words without case or diacritics, "other" last; bad files are refused. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ErrorList } from '../../scripts/data/errors.ts';
import { readReasonCategories, reasonClassifier } from '../../scripts/data/reason-categories.ts';

const RULES = new URL('../../data/reference/reason-categories.csv', import.meta.url);

async function read(text: string): Promise<{ errors: string[]; ids: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reasons-'));
  try {
    const abs = path.join(dir, 'rules.csv');
    writeFileSync(abs, text);
    const errors = new ErrorList();
    const rows = await readReasonCategories({ abs, rel: 'reference/rules.csv' }, errors);
    return { errors: errors.messages(), ids: rows.map((r) => r.category_id) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('reason categories', () => {
  test('the project’s rules classify the council’s usual reasons', async () => {
    const { ids } = await read(readFileSync(RULES, 'utf8'));
    assert.equal(ids.at(-1), 'other');
    const errors = new ErrorList();
    const rules = await readReasonCategories({ abs: RULES.pathname, rel: 'reference/reason-categories.csv' }, errors);
    assert.equal(errors.count, 0);
    const classify = reasonClassifier(rules);
    const cases: [string, string][] = [
      ['Không có tài liệu kiểm chứng', 'evidence'],
      ['Tự chấm điểm tối đa nhưng tài liệu kiểm chứng không thể hiện kết quả thực hiện', 'evidence'],
      ['Tỷ lệ hồ sơ quá hạn 3,2% (chỉ tiêu 0%)', 'overdue'],
      ['Báo cáo gửi chậm so với quy định (5 ngày)', 'late'],
      ['TY LE THANH TOAN TRUC TUYEN dat 20%', 'online'],
      ['Chưa công khai đầy đủ thông tin theo quy định trên Trang thông tin điện tử', 'publication'],
      ['Chỉ số hài lòng đạt 81,5% (kết quả điều tra xã hội học)', 'survey'],
      ['Tỷ lệ giải ngân đạt 78,4% kế hoạch vốn được giao', 'target'],
      ['Xảy ra 2 vụ việc phức tạp về an ninh', 'other'],
    ];
    for (const [reason, id] of cases) assert.equal(classify(reason), id, reason);
  });

  test('phrases match whole words, ignoring case; diacritics count unless the reason has none', () => {
    const classify = reasonClassifier([
      { category_id: 'late', name_vi: 'Chậm', name_en: 'Late', sort_order: 1, patterns: ['chậm'] },
      { category_id: 'other', name_vi: 'Khác', name_en: 'Other', sort_order: 2, patterns: [] },
    ]);
    assert.equal(classify('Nộp chậm 3 ngày'), 'late');
    assert.equal(classify('NỘP CHẬM'), 'late');
    assert.equal(classify('Tự chấm điểm'), 'other', 'chấm (to score) is not chậm (late)');
    assert.equal(classify('nop cham 3 ngay'), 'late', 'a reason typed without accents matches the unaccented phrase');
    assert.equal(classify('chamber'), 'other', 'not inside another word');
  });

  test('a bad rule file is refused with file, row and column', async () => {
    const header = 'category_id,name_vi,name_en,patterns\n';
    assert.deepEqual((await read(`${header}late,Chậm,Late,chậm\nLate 2,Chậm,Late,trễ\n`)).errors, [
      'reference/rules.csv:-:patterns: 0 — exactly one category must have no patterns: it takes every reason no rule matches',
      'reference/rules.csv:3:category_id: Late 2 — use lower-case letters, digits and "_" (it is an id)',
    ]);
    assert.deepEqual((await read(`${header}other,Khác,Other,\nlate,Chậm,Late,chậm\n`)).errors, [
      'reference/rules.csv:2:patterns:  — the category without patterns catches every reason: it must be the last row',
    ]);
    assert.deepEqual((await read(`${header}late,Chậm,Late,chậm\nlate,Trễ,Late,trễ\nother,Khác,Other,\n`)).errors, [
      'reference/rules.csv:3:category_id: late — duplicate of row 2 (same category_id)',
    ]);
  });
});
