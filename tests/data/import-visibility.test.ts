/**
 * `--internal` and `--internal-columns`: an import marks what it adds for the public edition
 * (data/README.md, "Editions") in sources.json, the public build then leaves it out; on an existing
 * index only the years imported with --internal, and a year already public cannot be made internal.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildData } from '../../scripts/data/build.ts';
import { runImport } from '../../scripts/import/run.ts';
import { parseInternalColumns } from '../../scripts/import/visibility.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { importFixture, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

const NEW = {
  id: 'mau-xa',
  level: 'commune',
  framework: 'fx-departments-2024',
  year: 2025,
  name: 'Chỉ số CCHC các xã (dự thảo)',
  publisher: 'UBND tỉnh Mẫu',
  scope: 'tinh-mau',
};

const sourcesOf = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8')) as { datasets: { id: string; scores: Record<string, unknown>[] }[] };

function detailFile(unit = 'Xã An Phú'): string {
  return writeText(
    path.join(tmp.root, 'xa.csv'),
    [
      ['Đơn vị', 'Mã tiêu chí', 'Điểm tự chấm', 'Điểm thẩm định', 'Lý do trừ điểm'],
      [unit, '1.1.1', '4', '3,5', 'Báo cáo chậm'],
    ],
    'utf-8',
    ';',
  );
}

describe('import visibility', () => {
  test('--internal with --new-index: the dataset is internal, absent from the public build', async () => {
    tmp = importFixture();
    const report = await runImport({
      file: detailFile(),
      dataDir: tmp.dataDir,
      newIndex: NEW,
      visibility: { internal: true, internalColumns: ['reason_vi'] },
    });
    assert.ok(report.ok, report.errors.join('\n'));
    const datasets = sourcesOf(tmp.dataDir).datasets;
    const added = datasets.at(-1) as unknown as Record<string, unknown>;
    assert.equal(added.visibility, 'internal');
    assert.deepEqual(added.internal_columns, ['reason_vi']);
    assert.deepEqual(
      report.summary.find(([l]) => l === 'visibility'),
      [
        'visibility',
        `internal: left out of the public edition; internal columns reason_vi (sources.json datasets[${datasets.length - 1}])`,
      ],
    );
    const pub = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, edition: 'public', progress: null });
    assert.ok(pub.ok);
    assert.deepEqual(pub.ok && pub.manifest.coverage.map((c) => c.index_id).filter((id) => id === 'mau-xa'), []);
  });

  test('--internal on an existing index marks only the years it writes (a folder and source of their own)', async () => {
    tmp = importFixture();
    const published = await runImport({
      file: detailFile('Sở Y tế'),
      dataDir: tmp.dataDir,
      index: 'sample-departments',
      year: 2025,
      visibility: { internal: false, internalColumns: ['self_score', 'reason_vi'] },
    });
    assert.ok(published.ok, published.errors.join('\n'));
    // 2026 is a draft: imported with --internal, into internal/, read by an internal score source.
    appendFileSync(path.join(tmp.dataDir, 'raw/sample/index-years.csv'), 'sample-departments,2026,fx-departments-2024,,,3\n');
    const draft = await runImport({
      file: detailFile('Sở Nội vụ'),
      dataDir: tmp.dataDir,
      index: 'sample-departments',
      year: 2026,
      visibility: { internal: true, internalColumns: [] },
    });
    assert.ok(draft.ok, draft.errors.join('\n'));
    assert.deepEqual(draft.written, ['raw/imported/sample-departments/internal/2026-detail.csv', 'sources.json']);
    const scores = sourcesOf(tmp.dataDir).datasets.flatMap((d) => d.scores);
    const entry = (glob: string) => scores.find((s) => s.glob === glob);
    assert.deepEqual(entry('raw/imported/sample-departments/*-detail.csv'), {
      glob: 'raw/imported/sample-departments/*-detail.csv',
      format: 'scores-detail',
      index_id: 'sample-departments',
      internal_columns: ['self_score', 'reason_vi'],
    });
    assert.equal(entry('raw/imported/sample-departments/internal/*-detail.csv')?.visibility, 'internal');
    const pub = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, edition: 'public', progress: null });
    assert.ok(pub.ok, !pub.ok ? pub.errors.join('\n') : '');
    // The draft year 2026 is not in the public edition at all: no scores, and no row of index_years.
    assert.deepEqual(pub.ok && pub.manifest.coverage.find((c) => c.index_id === 'sample-departments')?.years, [2024, 2025]);
    // A year already public cannot be imported as internal (the two sources would read it twice).
    const clash = await runImport({
      file: detailFile('Sở Y tế'),
      dataDir: tmp.dataDir,
      index: 'sample-departments',
      year: 2025,
      visibility: { internal: true, internalColumns: [] },
    });
    assert.deepEqual(clash.errors, [
      '2025: raw/imported/sample-departments/2025-detail.csv already holds its public results: an internal import cannot hold a year already published; nothing written',
    ]);
  });

  test('--internal-columns refuses a column that cannot be internal', () => {
    assert.deepEqual(parseInternalColumns('reason_vi, explanation_vi'), ['reason_vi', 'explanation_vi']);
    assert.equal(
      parseInternalColumns('reason,final_score'),
      '--internal-columns: "reason", "final_score" cannot be internal (columns that can: self_score, appraisal_r1, reason_vi, explanation_vi, proposed_score)',
    );
  });
});
