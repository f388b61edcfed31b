/**
 * What a page tells its downloads and its printed foot: who publishes each index (a real query over the
 * fixture), the source in words with its years' decisions, and the download menu's markup.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { indexPublishers } from '../../src/queries/index-publishers.ts';
import { listIndices } from '../../src/queries/indices.ts';
import { indexYears } from '../../src/queries/index-years.ts';
import { indexSource, indicesSource, shareScope } from '../../src/views/page-source.ts';
import { shareConfig } from '../../src/views/share-config.ts';
import { shareMenuHtml } from '../../src/views/share-menu.ts';
import { hasUnitEmbed, rankingsEmbed } from '../../src/views/embed-paths.ts';
import { writeQueryFixture } from './fixture.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
});

describe('page source', () => {
  test('indexPublishers: every index with its publisher in both languages', async () => {
    assert.deepEqual(
      (await indexPublishers(db)).map((r) => [r.index_id, r.publisher_vi, r.publisher_en]),
      [
        ['min', 'Bộ Nội vụ', 'MOHA'],
        ['nat', 'Bộ Nội vụ', 'MOHA'],
        ['smp', 'UBND tỉnh Mẫu', 'Sample PC'],
      ],
    );
  });

  test('an index’s source names publisher and index in the page’s language, and the decisions of its years', async () => {
    const [indices, publishers] = await Promise.all([listIndices(db), indexPublishers(db)]);
    const nat = indices.find((i) => i.index_id === 'nat')!;
    const source = indexSource('vi', nat, publishers, await indexYears(db, 'nat'), [2024]);
    assert.deepEqual(source, {
      text: 'Bộ Nội vụ — Chỉ số tỉnh',
      decisions: { '2024': 'Quyết định 268/QĐ-BNV, 28/3/2025' },
      years: [2024],
      sample: false,
    });
    assert.equal(indexSource('en', nat, publishers, [], []).text, 'MOHA — Provinces');
    assert.deepEqual(indicesSource('vi', indices, publishers), {
      text: 'Bộ Nội vụ — Chỉ số tỉnh; Bộ Nội vụ — Chỉ số bộ; UBND tỉnh Mẫu — Sở (mẫu)',
      sample: false,
    });
    assert.equal(indicesSource('vi', [indices.find((i) => i.is_sample)!], publishers).sample, true);
    assert.deepEqual(shareScope(source)['data-share-decisions'], JSON.stringify(source.decisions));
  });

  test('the page’s share configuration carries the source and the texts, not the dictionary', () => {
    const config = shareConfig('en', { text: 'MOHA — Provinces', sample: true });
    assert.equal(config.source, 'MOHA — Provinces');
    assert.equal(config.sample, true);
    assert.equal(config.labels.decision, 'Results of {year} published in');
    assert.equal(Object.keys(config.labels).length, 14);
    // Every download ends with the edition, as the page's footer says it.
    assert.equal(config.edition, 'Internal edition — not for publication');
    assert.equal(shareConfig('vi', { text: 'x' }, 'public').edition, 'Bản công khai');
  });
});

describe('download menu', () => {
  test('without JavaScript it leads to the full data; the buttons wait hidden; the embed page is localised', () => {
    const html = shareMenuHtml('en', {
      kind: 'figure',
      name: 'slope',
      embed: rankingsEmbed('nat', 'slope').path,
      embedParams: ['domain', 'to'],
    });
    const menu = new JSDOM(html).window.document.querySelector<HTMLElement>('details.share-menu')!;
    assert.equal(menu.dataset.shareMenu, 'figure');
    assert.equal(menu.dataset.embed, '/en/embed/rankings/nat/slope/');
    assert.equal(menu.dataset.embedParams, 'domain,to');
    assert.equal(menu.querySelector('[data-share-nojs] a')?.getAttribute('href'), '/en/methodology/#downloads');
    assert.ok(menu.querySelector('[data-share-js]')?.hasAttribute('hidden'));
    assert.deepEqual(
      [...menu.querySelectorAll<HTMLElement>('[data-export]')].map((b) => b.dataset.export),
      ['svg', 'png', 'csv', 'xlsx'],
    );
    const table = new JSDOM(shareMenuHtml('vi', { kind: 'table', name: 'ranking', target: '[data-ranking-table]' })).window.document;
    assert.deepEqual(
      [...table.querySelectorAll<HTMLElement>('[data-export]')].map((b) => b.dataset.export),
      ['csv', 'xlsx'],
    );
    assert.equal(table.querySelector<HTMLElement>('[data-share-menu]')?.dataset.shareTarget, '[data-ranking-table]');
  });

  test('embed pages: the published units only, never the sample’s', () => {
    assert.equal(hasUnitEmbed({ is_sample: false, index_ids: ['nat'] }), true);
    assert.equal(hasUnitEmbed({ is_sample: true, index_ids: ['smp'] }), false);
    assert.equal(hasUnitEmbed({ is_sample: false, index_ids: [] }), false);
  });
});
