/**
 * `--internal` and `--internal-columns`: an import marks what it adds for the public edition
 * (data/README.md, "Editions") in sources.json, the public build then leaves it out, and marking
 * internal an entry that already holds public years is refused.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

  test('--internal-columns on an existing index marks its new source of imported files; --internal later is refused', async () => {
    tmp = importFixture();
    const file = detailFile('Sở Y tế');
    const first = await runImport({
      file,
      dataDir: tmp.dataDir,
      index: 'sample-departments',
      year: 2025,
      visibility: { internal: false, internalColumns: ['self_score', 'reason_vi'] },
    });
    assert.ok(first.ok, first.errors.join('\n'));
    const entry = sourcesOf(tmp.dataDir)
      .datasets.flatMap((d) => d.scores)
      .find((s) => s.glob === 'raw/imported/sample-departments/*-detail.csv');
    assert.deepEqual(entry?.internal_columns, ['self_score', 'reason_vi']);
    assert.equal(entry?.visibility, undefined);
    const again = await runImport({
      file,
      dataDir: tmp.dataDir,
      index: 'sample-departments',
      year: 2025,
      visibility: { internal: true, internalColumns: [] },
    });
    assert.equal(again.ok, false);
    assert.match(
      again.errors[0] ?? '',
      /^--internal: datasets\[1\]\.scores\[\d+\] \(raw\/imported\/sample-departments\/\*-detail\.csv\) already holds public results/,
    );
  });

  test('--internal-columns refuses a column that cannot be internal', () => {
    assert.deepEqual(parseInternalColumns('reason_vi, explanation_vi'), ['reason_vi', 'explanation_vi']);
    assert.equal(
      parseInternalColumns('reason,final_score'),
      '--internal-columns: "reason", "final_score" cannot be internal (columns that can: self_score, appraisal_r1, reason_vi, explanation_vi, proposed_score)',
    );
  });
});
