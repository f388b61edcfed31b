/**
 * Points by source: published components where the index has them (an-giang 2024: appraised and SIPAS),
 * otherwise the finest items summed by kind, only where they are of more than one kind (d1 2025:
 * appraised and survey; d2 2025 has appraised items only, so no row); a missing score keeps its sum NULL.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { allUnitPointsSources } from '../../src/queries/unit-sources-of-points.ts';
import { pointsSourcesHtml } from '../../src/views/points-sources-view.ts';
import { pointsTrendHtml } from '../../src/views/points-trend-view.ts';
import { JSDOM } from 'jsdom';
import { writeQueryFixture } from './fixture.ts';

const EXTRA = `
INSERT INTO framework_items VALUES
  ('fw', 'C-A', 'TOTAL', 'component', 'Điểm thẩm định', 'Appraisal score', NULL, 'appraisal', NULL, 9),
  ('fw', 'C-S', 'TOTAL', 'component', 'Chỉ số hài lòng (SIPAS)', 'SIPAS', 10, 'survey', NULL, 10),
  ('fw', 'D2.9', 'D2', 'sub_criterion', 'Khảo sát', 'Survey', 10, 'survey', 'D2', 9);
INSERT INTO scores (index_id, year, unit_id, item_code, item_level, domain_code, applicable, max_points,
                    final_score, source_urls, source_file, is_sample) VALUES
  ('nat', 2024, 'an-giang', 'C-A', 'component', NULL, true, NULL, 76.9, [], 'raw/x.csv', false),
  ('nat', 2024, 'an-giang', 'C-S', 'component', NULL, true, NULL, 8.6, [], 'raw/x.csv', false),
  ('smp', 2025, 'd1', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 30, [], 'raw/x.csv', true),
  ('smp', 2025, 'd1', 'D2.9', 'sub_criterion', 'D2', true, 10, 5, [], 'raw/x.csv', true),
  ('smp', 2025, 'd2', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 36, [], 'raw/x.csv', true),
  ('smp', 2025, 'd3', 'D1.1.1', 'sub_criterion', 'D1', true, 40, NULL, [], 'raw/x.csv', true),
  ('smp', 2025, 'd3', 'D2.9', 'sub_criterion', 'D2', true, 10, 7, [], 'raw/x.csv', true);
`;

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(EXTRA));
});

const pick = (
  rows: readonly { year: number; source: string; kind: string; points: number | null; max_points: number | null }[] | undefined,
) => (rows ?? []).map((r) => [r.year, r.source, r.kind, r.points, r.max_points]);

describe('points by source', () => {
  test('components where published, else items summed by kind where they are of several kinds', async () => {
    const all = await allUnitPointsSources(db);
    assert.deepEqual(pick(all.get('an-giang')), [
      [2024, 'C-A', 'appraisal', 76.9, null],
      [2024, 'C-S', 'survey', 8.6, 10],
    ]);
    assert.deepEqual(pick(all.get('d1')), [
      [2025, 'appraisal', 'appraisal', 30, 40],
      [2025, 'survey', 'survey', 5, 10],
    ]);
    assert.equal(all.get('d2'), undefined, 'one kind of item: nothing to set apart');
    assert.deepEqual(pick(all.get('d3')), [
      [2025, 'appraisal', 'appraisal', null, 40],
      [2025, 'survey', 'survey', 7, 10],
    ]);
  });

  test('the table: a column per source, points of the maximum where known, missing as a dash', async () => {
    const all = await allUnitPointsSources(db);
    const html = pointsSourcesHtml('vi', 'smp', all.get('d3')!);
    const doc = new JSDOM(html).window.document;
    assert.deepEqual(
      [...doc.querySelectorAll('thead th')].map((th) => th.textContent),
      ['Năm', 'Điểm thẩm định', 'Điều tra xã hội học'],
    );
    assert.deepEqual(
      [...doc.querySelectorAll('tbody td')].map((td) => td.textContent),
      ['–', '7,00 / 10,00 (70,0%)'],
    );
    const en = new JSDOM(pointsSourcesHtml('en', 'nat', all.get('an-giang')!)).window.document;
    assert.deepEqual(
      [...en.querySelectorAll('thead th')].map((th) => th.textContent),
      ['Year', 'Appraisal score', 'SIPAS'],
    );
    assert.deepEqual(
      [...en.querySelectorAll('tbody td')].map((td) => td.textContent),
      ['76.90', '8.60 / 10.00 (86.0%)'],
    );
    assert.equal(pointsSourcesHtml('vi', 'smp', []), '');
  });

  test('over the years: the median across units per source, in percent where the maximum is known, with how many units', async () => {
    const rows = [...(await allUnitPointsSources(db)).values()].flat();
    const cells = (html: string) =>
      [...new JSDOM(html).window.document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    // d1: appraised 75 %, survey 50 %; d3: appraised missing, survey 70 % → medians 75 % (1 unit) and 60 % (2 units).
    assert.deepEqual(
      cells(
        pointsTrendHtml(
          'vi',
          rows.filter((r) => r.index_id === 'smp'),
        ),
      ),
      [['2025', '75,0% (1 đơn vị)', '60,0% (2 đơn vị)']],
    );
    // Published components: points where the maximum is unknown.
    assert.deepEqual(
      cells(
        pointsTrendHtml(
          'en',
          rows.filter((r) => r.index_id === 'nat'),
        ),
      ),
      [['2024', '76.90 (n = 1)', '86.0% (n = 1)']],
    );
    assert.equal(pointsTrendHtml('vi', []), '');
  });
});
