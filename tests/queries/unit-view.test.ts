/** A unit page's sections, built from real DuckDB queries over the fixture Parquet. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { listUnits, type UnitSummary } from '../../src/queries/units.ts';
import { staticDocument } from '../../src/views/static-render.ts';
import { unitView } from '../../src/views/unit-view.ts';
import { writeQueryFixture } from './fixture.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';
import { bodyCells, bodyLinks, headCells } from './view-helpers.ts';

let db: Db;
let units: Map<string, UnitSummary>;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
  units = new Map((await listUnits(db)).map((u) => [u.unit_id, u]));
});

const sections = (unitId: string, locale: Locale = 'vi') => unitView(db, staticDocument(), { locale, unit: units.get(unitId)! });

describe('unitView', () => {
  test('a published unit: its years newest first, rank of the published ranking, the first source linked', async () => {
    const [nat, ...rest] = await sections('an-giang');
    assert.deepEqual(rest, [], 'one section: the only index it has scores in');
    assert.deepEqual([nat?.indexId, nat?.indexName, nat?.isSample], ['nat', 'Chỉ số tỉnh', false]);
    assert.deepEqual(headCells(nat!.historyTable).labels, ['Năm', 'Điểm (%)', 'Hạng', 'Δ hạng', 'Trung vị các đơn vị', 'Nguồn']);
    assert.deepEqual(bodyCells(nat!.historyTable), [
      ['2024', '85,50%', '50/63', '+13', '–', 'Nguồn'],
      ['2023', '81,32%', '63/63', '–', '–', 'Nguồn'],
    ]);
    assert.deepEqual(
      bodyLinks(nat!.historyTable).map(([, href]) => href),
      ['https://example.org/src', 'https://example.org/src'],
      '2024 was read from two pages: the first is linked',
    );
  });

  test('partial years: no peer median in the trend, domains without median or best, and a caption that says why', async () => {
    const [nat] = await sections('an-giang');
    assert.deepEqual(bodyCells(nat!.trend.table), [
      ['2023', '81,32%', '–'],
      ['2024', '85,50%', '–'],
    ]);
    assert.equal(nat?.trend.caption, 'Điểm (% tối đa) của An Giang qua các năm, so với trung vị các đơn vị cùng bảng xếp hạng');
    assert.deepEqual(bodyCells(nat!.domains!.table), [['Chỉ đạo', '90,00%', '–', '–']]);
    assert.match(
      nat!.domains!.caption,
      /^Điểm từng lĩnh vực năm 2024 \(% điểm tối đa\)\. Năm này chỉ có số liệu công bố của một số đơn vị/,
    );
  });

  test('a complete ranking (the sample), in English: peer median, domains against the best and median', async () => {
    const [smp] = await sections('d3', 'en');
    assert.deepEqual([smp?.indexId, smp?.indexName, smp?.isSample], ['smp', 'Departments (sample)', true]);
    assert.deepEqual(bodyCells(smp!.historyTable), [
      ['2025', '95.00%', '1 of 3', '+2', '85.00%', 'raw/x.csv'],
      ['2024', '75.00%', '3 of 3', '–', '80.00%', 'raw/x.csv'],
    ]);
    assert.deepEqual(bodyLinks(smp!.historyTable), [], 'no page to link: the raw file is named instead');
    assert.deepEqual(headCells(smp!.domains!.table).labels, ['Domain', 'Health', 'Median', 'Best']);
    assert.deepEqual(bodyCells(smp!.domains!.table), [
      ['Direction', '95.00%', '90.00%', '95.00%'],
      ['Institutions', '95.00%', '91.67%', '95.00%'],
    ]);
    assert.equal(
      smp?.domains?.caption,
      'Domain scores in 2025 (% of maximum) against the best and the median of the 3 units in the same ranking',
    );
  });

  test('the change in rank follows the one rule, and says why where it is not shown', async () => {
    const reo = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
    const reoUnits = new Map((await listUnits(reo)).map((u) => [u.unit_id, u]));
    const history = async (unitId: string, locale: Locale) =>
      bodyCells((await unitView(reo, staticDocument(), { locale, unit: reoUnits.get(unitId)! }))[0]!.historyTable).map((r) => [
        r[0],
        r[2],
        r[3],
      ]);
    assert.deepEqual(await history('r1', 'vi'), [
      ['2025', '1/3', 'hạng 1/3, năm 2024: 2/4'],
      ['2024', '2/4', '−1'],
      ['2023', '1/4', 'không rõ số đơn vị xếp hạng năm 2022'],
      ['2022', '1', '–'],
    ]);
    assert.deepEqual(await history('r6', 'en'), [['2025', '3 of 3', 'New id after the 2025 renaming']]);
  });

  test("a unit formed by a merger has no section: its predecessors' series are not its own", async () => {
    assert.deepEqual(await sections('an-giang-2025'), []);
  });
});
