/**
 * A unit page's "why the rank changed", from real DuckDB over the query fixture plus fixture-explain.ts:
 * the sentence, the score-rose-rank-fell note, the waterfall figure and "what would it take" for d1
 * (2023 → 2024, points), the index's latest pair chosen by the rank-change rule (2024 → 2025, across a
 * framework change, in percentage points), and a unit without the later year's total (no block).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { explainSource, readExplain, type IndexExplain } from '../../src/views/explain-source.ts';
import { explainHtml } from '../../src/views/explain-view.ts';
import { staticDocument } from '../../src/views/static-render.ts';
import { writeQueryFixture } from './fixture.ts';
import { EXPLAIN_SQL } from './fixture-explain.ts';

let db: Db;
let pair2024: IndexExplain;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(EXPLAIN_SQL));
  pair2024 = await readExplain(db, { indexId: 'exp', from: 2023, to: 2024 });
});

const parse = (html: string) => JSDOM.fragment(html);
const text = (root: DocumentFragment, selector: string) => root.querySelector(selector)?.textContent ?? null;
const render = (unitId: string, explain: IndexExplain, locale: 'vi' | 'en' = 'vi') =>
  parse(explainHtml(staticDocument(), locale, { unitId, unitName: unitId, indexId: 'exp', explain }));

describe('explainHtml', () => {
  test('score rose, rank fell: the sentence, the note naming who overtook, the waterfall and what would it take', () => {
    const root = render('d1', pair2024);
    assert.equal(text(root, 'h3'), 'Vì sao thứ hạng thay đổi, 2023 → 2024');
    assert.equal(text(root, '[data-explain-sentence]'), 'Điểm 80,00% → 82,50% (+2,50 điểm %); thứ hạng giảm từ 1 xuống 2 (−1).');
    assert.equal(
      text(root, '[data-explain-overtaken]'),
      'Điểm tăng nhưng thứ hạng giảm vì các đơn vị khác tăng nhiều hơn; 1 đơn vị đã vượt lên: Sở Tài chính.',
    );
    const rows = [...root.querySelectorAll('figure[data-chart=explain-exp] .chart-table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    assert.deepEqual(rows, [
      ['Tổng điểm 2023', '', '80'],
      ['D1 Chỉ đạo', '+3', '83'],
      ['D2 Thể chế', '−0,5', '82,5'],
      ['Tổng điểm 2024', '', '82,5'],
    ]);
    assert.equal(root.querySelectorAll('figure[data-chart=explain-exp] .chart-at').length, 2, 'drawn at 320 and 720 px');
    assert.deepEqual(
      [...root.querySelectorAll('[data-what-it-takes] > li')].map((li) => li.firstChild?.textContent),
      [
        'Hạng kế trên (1): Sở Tài chính, hơn 7,50 điểm % (7,50 điểm). Thêm đúng 7,50 điểm % là bằng điểm và đồng hạng 1 (hạng tính từ điểm: bằng điểm thì cùng hạng); muốn vượt lên phải thêm hơn 7,50 điểm %.',
        'Đang ở nhóm B; cần thêm 2,50 điểm % (2,50 điểm) để vào nhóm A (từ 85%).',
        'Tiêu chí bị trừ nhiều điểm nhất năm 2024, có thể lấy lại (không tính tiêu chí chấm bằng điều tra xã hội học: điểm đó từ ý kiến người dân, không lấy lại được bằng bổ sung hồ sơ):',
      ],
    );
    assert.deepEqual(
      [...root.querySelectorAll('[data-recoverable] li')].map((li) => li.textContent),
      [
        'D2.1.2 Ban hành: mất 9,50/30 điểm — Chậm ban hành',
        'D2.1.1 Rà soát: mất 6/30 điểm — Thiếu báo cáo',
        'D1.1.1 Kế hoạch: mất 1/20 điểm',
      ],
    );
    assert.equal(root.querySelectorAll('.explain-items tbody tr').length, 4, 'the sub-criteria that changed');
  });

  test('English, and the unit ranked first', () => {
    const root = render('d2', pair2024, 'en');
    assert.equal(text(root, '[data-explain-sentence]'), 'Score 75.00% → 90.00% (+15.00 percentage points); rank up from 2 to 1 (+1).');
    assert.equal(root.querySelector('[data-explain-overtaken]'), null);
    assert.equal(root.querySelector('[data-what-it-takes] > li')?.textContent, 'First in 2024.');
  });

  test('a unit without a total in the later year has no block: nothing to explain', () => {
    const root = render('d4', pair2024);
    assert.equal(root.querySelector('section.explain'), null);
    assert.equal(root.textContent?.trim() ?? '', '');
  });

  test("the index's latest comparable pair crosses a framework change: percentage points, the split domain apart", async () => {
    const latest = await explainSource(db).index('exp');
    assert.deepEqual([latest?.from, latest?.to], [2024, 2025]);
    const root = render('d1', latest!);
    const labels = [...root.querySelectorAll('figure .chart-table tbody tr th')].map((th) => th.textContent);
    assert.deepEqual(labels, [
      'Tổng 2024 (% điểm tối đa)',
      'D1 Chỉ đạo',
      'D2 Thể chế (2024; tách ra; Tách)',
      'D2 Văn bản (2025; tách ra; Tách)',
      'D3 Kiểm tra (2025; tách ra; Tách)',
      'Tổng 2025 (% điểm tối đa)',
    ]);
    assert.equal(root.querySelector('.explain-items'), null, 'no sub-criteria across a framework change');
  });

  test("the second level: each changed domain opens into its items; the year-pair choice holds the unit's years", () => {
    const root = render('d1', pair2024);
    const levels = [...root.querySelectorAll('[data-explain-levels] details')].map((d) => [
      d.querySelector('summary')?.textContent,
      [...d.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' ')),
    ]);
    assert.deepEqual(levels, [
      ['D1 Chỉ đạo +3', ['D1.1.1 Kế hoạch +1', 'D1.1.2 Hài lòng +2']],
      ['D2 Thể chế −0,50', ['D2.1.1 Rà soát −1', 'D2.1.2 Ban hành +0,50']],
    ]);
    const config = JSON.parse(root.querySelector('[data-explain-config]')?.textContent ?? 'null') as Record<string, unknown>;
    assert.deepEqual([config.years, config.from, config.to], [[2023, 2024, 2025], 2023, 2024]);
    const selects = [...root.querySelectorAll('[data-explain-controls] select')].map(
      (el) => `${el.getAttribute('name')} ${(el as HTMLSelectElement).value} ${el.hasAttribute('disabled')}`,
    );
    assert.deepEqual(selects, ['from 2023 true', 'to 2024 true'], 'disabled until the explorer starts');
  });

  test('English: the reasons stay Vietnamese, marked so and said once', () => {
    const root = render('d1', pair2024, 'en');
    const reasons = [...root.querySelectorAll('[data-recoverable] [lang=vi]')].map((el) => el.textContent);
    assert.deepEqual(reasons, ['Chậm ban hành', 'Thiếu báo cáo']);
    assert.equal(root.textContent?.split("The council's reasons are quoted in Vietnamese.").length, 2);
    assert.match(root.querySelector('[data-what-it-takes]')?.textContent ?? '', /survey-scored items are left out/);
  });
});
