/**
 * One story across the site: the ranking table, the slope chart and the home page's risers and fallers
 * tell the same changes in rank (one rule, with the reason wherever a change is not shown); the sample
 * province's page leads to its units; lineage is named by what happened.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoErrors, openPage, useSite, waitForDataReady } from './support/site.ts';

const site = useSite();

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 90_000 });

/** The ranking table's Δ rank cell per unit name. */
async function tableChanges(page: Page): Promise<Map<string, string>> {
  const rows = await page
    .locator('[data-ranking-table] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.children[3]?.textContent ?? '']));
  return new Map(rows as [string, string][]);
}

/** The slope chart's data table: change per unit name. */
async function slopeChanges(page: Page): Promise<Map<string, string>> {
  const rows = await page
    .locator('#slope .chart-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[3]?.textContent ?? '']));
  return new Map(rows as [string, string][]);
}

/** Risers, fallers and unchanged as the slope chart's summary says them. */
async function slopeCounts(page: Page): Promise<[number, number, number]> {
  const label = (await page.locator('#slope svg.chart-svg').first().getAttribute('aria-label')) ?? '';
  const match = /(\d+) đơn vị tăng, (\d+) đơn vị giảm, (\d+) đơn vị giữ nguyên/.exec(label);
  assert.ok(match, label);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const count = (values: Iterable<string>, test: (v: string) => boolean) => [...values].filter(test).length;
const isRise = (v: string) => /^\+\d+$/.test(v);
const isFall = (v: string) => /^−\d+$/.test(v);

describe('one rank-change rule: table, slope chart and home page agree', () => {
  test('sample departments 2025: no change is shown anywhere, and each row says why', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-departments/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const changes = [...(await tableChanges(page)).values()];
      assert.equal(changes.length, 14);
      assert.equal(
        count(changes, (c) => /^hạng \d+\/14, năm 2024: \d+\/20$/.test(c)),
        9,
        changes.join(' | '),
      );
      assert.equal(
        count(changes, (c) => c === 'Đơn vị mới sau sáp nhập 2025'),
        4,
      );
      assert.equal(
        count(changes, (c) => c === 'Mã mới sau đổi tên 2025'),
        1,
      );
      assert.equal(
        await page.locator('[data-rank-change-note]').innerText(),
        'Δ hạng: số bậc tăng (+) hoặc giảm (−) so với năm 2024, chỉ tính cho đơn vị giữ nguyên mã, giữa hai bảng xếp hạng cùng số đơn vị. ' +
          'Không đơn vị nào so sánh được thứ hạng với năm 2024: 9 đơn vị vì số đơn vị xếp hạng đổi từ 20 thành 14; 4 đơn vị mới sau sáp nhập 2025; 1 đơn vị có mã mới sau đổi tên 2025.',
      );
      assert.match(await page.locator('#slope figcaption').innerText(), /Mặc định là 2023 → 2024, hai năm gần nhất so sánh được thứ hạng/);
      const slope = await slopeChanges(page);
      assert.deepEqual(await slopeCounts(page), [
        count(slope.values(), isRise),
        count(slope.values(), isFall),
        count(slope.values(), (v) => v === '0'),
      ]);
      assert.equal(slope.size, 20, '2023 → 2024: the 20 departments, every one compared');
    } finally {
      await opened.close();
    }
    const home = await openPage(site.browser, '/', { javaScriptEnabled: false });
    try {
      const section = home.page.locator('section[data-index="sample-departments"]');
      assert.equal(await section.locator('.movers').count(), 0, 'no risers or fallers where the table shows no change');
      assert.match(
        await section.locator('p[data-rank-change-note]').innerText(),
        /Không đơn vị nào so sánh được thứ hạng với năm 2024: 9 đơn vị vì/,
      );
    } finally {
      await home.close();
    }
  });

  test('sample communes: 2025 is all new units; by default the slope chart compares 2023 → 2024', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-communes/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const changes = new Set((await tableChanges(page)).values());
      assert.deepEqual([...changes], ['Đơn vị mới sau sáp nhập 2025']);
      assert.deepEqual(
        [
          await page.locator('select[name="year"]').inputValue(),
          await page.locator('select[name="from"]').inputValue(),
          await page.locator('select[name="to"]').inputValue(),
        ],
        ['2025', '2023', '2024'],
      );
      const slope = await slopeChanges(page);
      const [risers, fallers, same] = await slopeCounts(page);
      assert.equal(slope.size, 150);
      assert.deepEqual(
        [risers, fallers, same],
        [count(slope.values(), isRise), count(slope.values(), isFall), count(slope.values(), (v) => v === '0')],
      );
      assert.equal(risers + fallers + same, 150, 'every commune of 2024 is compared with 2023');
    } finally {
      await opened.close();
    }
    const home = await openPage(site.browser, '/', { javaScriptEnabled: false });
    try {
      const section = home.page.locator('section[data-index="sample-communes"]');
      assert.equal(await section.locator('.movers').count(), 0);
      assert.match(
        await section.locator('p[data-rank-change-note]').innerText(),
        /Không đơn vị nào so sánh được thứ hạng với năm 2024: 56 đơn vị mới sau sáp nhập 2025\.$/,
      );
    } finally {
      await home.close();
    }
  });

  for (const index of ['sample-departments', 'sample-communes']) {
    test(`${index}: the table of 2024 shows exactly the slope chart's 2023 → 2024 changes`, async () => {
      const opened = await openPage(site.browser, `/rankings/${index}/?year=2024`);
      try {
        const { page } = opened;
        await waitForDataReady(page);
        await waitForView(page, 'year=2024');
        const table = await tableChanges(page);
        const slope = await slopeChanges(page);
        assert.ok(table.size > 0 && [...table.values()].every((c) => /^([+−]\d+|0)$/.test(c)), [...table.values()].join(','));
        assert.deepEqual(new Map([...table].sort()), new Map([...slope].sort()));
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  }

  test('across the reorganisation the slope chart counts no riser or faller, draws no line, and says why', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-departments/?from=2024&to=2025');
    try {
      const { page } = opened;
      await waitForDataReady(page);
      await waitForView(page, 'from=2024');
      assert.deepEqual(await slopeCounts(page), [0, 0, 0]);
      assert.equal(await page.locator('#slope svg.chart-svg [data-mark="link"] path').count(), 0);
      assert.match(
        await page.locator('#slope figcaption').innerText(),
        /Không đơn vị nào so sánh được thứ hạng với năm 2024: 9 đơn vị vì số đơn vị xếp hạng đổi từ 20 thành 14; 4 đơn vị mới sau sáp nhập 2025; 1 đơn vị có mã mới sau đổi tên 2025\.$/,
      );
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test("where changes are shown (sample districts 2024), the home page's risers and fallers are the table's biggest", async () => {
    const ranking = await openPage(site.browser, '/rankings/sample-districts/', { javaScriptEnabled: false });
    let expected: { risers: string[]; fallers: string[] };
    try {
      const rows = [...(await tableChanges(ranking.page))].map(([name, c]) => [name, Number(c.replace('−', '-'))] as const);
      const ranks = await ranking.page.locator('[data-ranking-table] tbody tr td:first-child').allInnerTexts();
      const withRank = rows.map(([name, change], i) => ({ name, change, rank: Number(ranks[i]) }));
      const top = (sign: 1 | -1) =>
        withRank
          .filter((r) => sign * r.change > 0)
          .sort((a, b) => sign * (b.change - a.change) || a.rank - b.rank)
          .slice(0, 3)
          .map((r) => `${r.name} ${r.change > 0 ? '+' : '−'}${Math.abs(r.change)}`);
      expected = { risers: top(1), fallers: top(-1) };
    } finally {
      await ranking.close();
    }
    const home = await openPage(site.browser, '/', { javaScriptEnabled: false });
    try {
      const cards = home.page.locator('section[data-index="sample-districts"] .movers .card');
      const movers = async (i: number) =>
        (await cards.nth(i).locator('li').allInnerTexts()).map((t) => t.replace(/ \(nay hạng \d+\)$/, ''));
      assert.deepEqual({ risers: await movers(0), fallers: await movers(1) }, expected);
      assert.equal(expected.risers.length, 3);
    } finally {
      await home.close();
    }
  });
});

describe('the sample province is the front page of the sample', () => {
  test('labelled once, no score of its own said plainly, links to its rankings, lost points and every unit', async () => {
    const opened = await openPage(site.browser, '/units/sample-province/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      assert.equal(await page.locator('h1').innerText(), 'Tỉnh Mẫu (minh họa)');
      assert.match(await page.title(), /^Tỉnh Mẫu \(minh họa\) · /, 'the title says "minh họa" once');
      assert.equal(await page.locator('[data-sample-notice]').count(), 1);
      assert.match(await page.locator('[data-scope-statement]').innerText(), /^Tỉnh Mẫu \(minh họa\) không có điểm của riêng mình/);
      assert.equal(await page.getByText('Chưa có điểm của đơn vị này').count(), 0);
      const hrefs = await page.locator('[data-scope-indices] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const index of ['sample-departments', 'sample-districts', 'sample-communes']) {
        assert.ok(hrefs.includes(`/rankings/${index}/`), `${index} ranking`);
        assert.ok(hrefs.includes(`/lost-points/${index}/`), `${index} lost points`);
      }
      const units = async (index: string) =>
        new Set(await page.locator(`[data-scope-units="${index}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
      const departments = await units('sample-departments');
      assert.equal(departments.size, 25, '20 departments until 2024 and 5 new ids in 2025');
      for (const id of [
        'sample-so-noi-vu',
        'sample-so-lao-dong-tbxh',
        'sample-ban-dan-toc',
        'sample-so-dan-toc-ton-giao',
        'sample-so-tai-chinh-2025',
      ])
        assert.ok(departments.has(`/units/${id}/`), id);
      assert.equal((await units('sample-districts')).size, 10);
      assert.equal((await units('sample-communes')).size, 150 + 56);
      const noiVu = page.locator('[data-scope-units="sample-departments"] tr', { hasText: 'Sở Lao động' });
      assert.deepEqual(await noiVu.locator('td').allInnerTexts(), [
        'Sở Nội vụ, Sở Lao động - Thương binh và Xã hội',
        'Tiếp nhận, giữ nguyên mã',
        'Sở Nội vụ',
      ]);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('real provinces are unchanged: no front page, their own score', async () => {
    const opened = await openPage(site.browser, '/units/quang-ninh/', { javaScriptEnabled: false });
    try {
      assert.equal(await opened.page.locator('[data-scope-statement], [data-scope-indices]').count(), 0);
    } finally {
      await opened.close();
    }
  });
});

describe('lineage: each event named for what happened', () => {
  const cases = [
    {
      path: '/units/sample-so-noi-vu/',
      heading: 'Đã tiếp nhận (giữ nguyên mã và chuỗi số liệu)',
      links: ['Sở Lao động - Thương binh và Xã hội'],
    },
    { path: '/units/sample-so-lao-dong-tbxh/', heading: 'Được tiếp nhận vào (đơn vị này giữ nguyên mã)', links: ['Sở Nội vụ'] },
    { path: '/units/sample-so-dan-toc-ton-giao/', heading: 'Đổi tên từ (mã mới)', links: ['Ban Dân tộc'] },
    { path: '/units/sample-ban-dan-toc/', heading: 'Đổi tên thành (mã mới)', links: ['Sở Dân tộc và Tôn giáo'] },
    { path: '/units/sample-so-tai-chinh-2025/', heading: 'Hình thành do hợp nhất', links: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'] },
    {
      path: '/en/units/sample-so-noi-vu/',
      heading: 'Absorbed (kept its id and its series)',
      links: ['Department of Labour, Invalids and Social Affairs'],
    },
  ];
  for (const { path, heading, links } of cases) {
    test(`${path}: "${heading}"`, async () => {
      const opened = await openPage(site.browser, path, { javaScriptEnabled: false });
      try {
        const lineage = opened.page.locator('[data-lineage]');
        assert.deepEqual(await lineage.locator('h3').allInnerTexts(), [heading]);
        assert.deepEqual((await lineage.getByRole('link').allInnerTexts()).sort(), links);
      } finally {
        await opened.close();
      }
    });
  }
});
