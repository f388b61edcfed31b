/**
 * Validation: every kind of data error, each with its exact `file:row:column: value — why` message,
 * all collected in one build (row = line number, header = row 1).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { append, buildEdited, replace } from '../fixtures/build/fixture.ts';

const DETAIL = 'raw/sample/scores/departments-2024.csv';

/** Rows appended to the fixture's files; each carries one error. The detail file has 20 lines before. */
const EDITS = {
  [DETAIL]: append(
    '2024;Sở Nội vụ;D2.2;Giải quyết đúng hạn;5;Có;4;4;6;;',
    '2024;Sở Y tế;C-APPRAISAL;;16;Có;-1;;12;;',
    '2024;Sở Tư pháp;D1.1;Kế hoạch CCHC;6;Có;;;6;;',
    '2024;SNV;D1.2;Khảo sát hài lòng;4;Có;;;3;;',
    '23;Sở Y tế;D1.2;;4;Có;;;3;;',
    '2024;Sở Y tế;D9.9;;4;Có;;;3;;',
    '2024;Sở Y tế;C-SURVEY;;5;Có;;;3;;',
    '2024;Sở Y tế;C-SURVEY;;4;Có lẽ;;;3;;',
    '2024;Sở Y té;C-SURVEY;;4;Có;;;3;;',
    '2024;Sở Cũ;C-SURVEY;;4;Có;;;3;;',
    '2024;Sở Y tế;C-SURVEY;;4;Có;;;3,5 %;;',
    '2024;Sở Y tế;C-SURVEY;;4;Có;;;ba;;',
    '2024;Sở Y tế;C-SURVEY;;4',
  ),
  'raw/published/provinces.csv': append(
    '2023,Hà Giang,province,93.1,6,63,https://example.org/p2023',
    '2023,Tuyên Quang,province,80,64,63,https://example.org/p2023',
    '2023,Đà Nẵng,city,80,7,63,https://example.org/p2023',
    '2023,Hà Nội,province,100.5,,63,https://example.org/p2023',
    '2022,Hà Nội,province,90,,63,https://example.org/p2022',
    '2024,Hà Nội,province,94,2,63,https://example.org/p2024',
    '2023,Hà Giang,province,,70,,https://example.org/p2023',
  ),
  'raw/published/domains.csv': append(
    '2023,Quảng Ninh,Cải cách thể chế,5,10,,,https://example.org/qn',
    '2023,Hải Phòng,"Công tác chỉ đạo, điều hành CCHC",41,,,,https://example.org/hp',
  ),
  'raw/published/ministries.csv': replace('year,unit_name,unit_level,score_pct,', 'year,unit_name,unit_level,score,'),
  'raw/published/national_aggregates.csv': append(
    '2023,provinces,mean_score_pct_2,86,percent,https://example.org/agg,',
    '2023,provinces,count_score_ge_80,40,count,https://example.org/a ; https://example.org/b,',
  ),
  'reference/grade-thresholds.csv': append(
    'vn-provinces,2022,TOTAL,90,80,70,x',
    'vn-districts,2023,,90,80,70,x',
    'vn-provinces,2023,D9,90,80,70,x',
    'vn-provinces,2024,,80,80,70,x',
    'vn-provinces,2023,TOTAL,95,85,101,x',
    'vn-provinces,2023,TOTAL,95,85,75,',
    'vn-ministries,2023,TOTAL,90,80,70,y',
    'vn-ministries,2023,,91,80,70,z',
  ),
  'reference/index-years.csv': append(
    'vn-provinces,2025,fx-provinces-2099,,,',
    'vn-districts,2023,fx-provinces-2023,,,',
    'vn-ministries,2024,fx-ministries-2023,,https://example.org/a ; https://example.org/b,17',
  ),
  'reference/units-provinces.csv': append('hai-phong,Hải Phòng 2,,province,,,,', 'ca-mau,Cà Mau,,kingdom,,,,'),
  'reference/lineage.csv': append('ha-giang,tuyen-quang-2025,2025-13-01,merge,', 'tuyen-quang,ha-giang,2025-07-01,annex,'),
};

const EXPECTED = [
  'raw/published/domains.csv:10:domain_name_vi: Cải cách thể chế — unknown item name in framework fx-provinces-2023; closest: D2 Cải cách thủ tục hành chính, TOTAL Chỉ số cải cách hành chính, C-APPRAISAL Điểm thẩm định',
  'raw/published/domains.csv:11:score: 41 — score above the maximum 40',
  'raw/published/ministries.csv:1:score: score — unknown column: the build would not read it (expected year, unit_name, unit_level, score_pct, rank, rank_of, source_url)',
  'raw/published/ministries.csv:1:score_pct: (missing) — missing required column "score_pct"',
  'raw/published/national_aggregates.csv:4:unit: percent — unknown value (expected one of count, pct, pct_points)',
  'raw/published/national_aggregates.csv:5:source_url: https://example.org/a ; https://example.org/b — names 2 pages; this column takes one',
  "raw/published/provinces.csv:8:rank: 6 — worse than rank 1 at row 2, whose score 92.18 is lower than this row's 93.1",
  'raw/published/provinces.csv:9:rank: 64 — rank is greater than the 63 units ranked',
  'raw/published/provinces.csv:10:unit_level: city — unknown value (expected one of ministry, province, department, district, commune, ward, special_zone)',
  'raw/published/provinces.csv:11:score_pct: 100.5 — score above the maximum 100 %',
  "raw/published/provinces.csv:12:year: 2022 — vn-provinces has no index year 2022 (add it to the dataset's index-years file)",
  "raw/published/provinces.csv:13:rank: 2 — same rank as row 7, but its score 95 differs from this row's 94 (a shared rank is a tie)",
  "raw/published/provinces.csv:14:rank: 70 — rank is greater than the 63 units ranked (rank_of empty: the index year's units_ranked)",
  `${DETAIL}:21:Điểm thẩm định: 6 — score above the maximum 5`,
  `${DETAIL}:22:Điểm tự chấm: -1 — negative score`,
  `${DETAIL}:23:Điểm thẩm định: 6 — its sub_criterion items (D1.1.1, D1.1.2) add up to 5.5, not 6 (tolerance 0.01)`,
  `${DETAIL}:24:Đơn vị: SNV — duplicate of row 5 (same index, year, unit and item D1.2)`,
  `${DETAIL}:25:Năm: 23 — year must be 4 digits between 2000 and 2100`,
  `${DETAIL}:26:Mã tiêu chí: D9.9 — unknown item for framework fx-departments-2024`,
  `${DETAIL}:27:Điểm tối đa: 5 — differs from the framework's maximum 4 for C-SURVEY (fx-departments-2024)`,
  `${DETAIL}:28:Áp dụng: Có lẽ — unknown value (expected Có/Không, yes/no, 1/0 or true/false)`,
  `${DETAIL}:29:Đơn vị: Sở Y té — unknown unit in 2024; closest: Sở Y tế (so-y-te), Sở Nội vụ (so-noi-vu), Sở Tư pháp (so-tu-phap)`,
  `${DETAIL}:30:Đơn vị: Sở Cũ — Sở Cũ (so-cu) does not exist in 2024 (exists …–2023)`,
  `${DETAIL}:31:Điểm thẩm định: 3,5 % — is a percentage; this column takes points`,
  `${DETAIL}:32:Điểm thẩm định: ba — not a number (use a decimal comma or point, no thousands separator)`,
  `${DETAIL}:33:*: 5 fields — the header has 11 fields (check the separator and quotes)`,
  'reference/grade-thresholds.csv:4:year: 2022 — vn-provinces has no index year 2022 (add it to an index-years file)',
  'reference/grade-thresholds.csv:5:index_id: vn-districts — unknown index (no index year of it in any index-years file)',
  'reference/grade-thresholds.csv:6:item_code: D9 — unknown item for framework fx-provinces-2023',
  'reference/grade-thresholds.csv:7:B: 80 — must be below A (80)',
  'reference/grade-thresholds.csv:8:C: 101 — not a percentage between 0 and 100',
  'reference/grade-thresholds.csv:9:source: (empty) — required value is empty',
  'reference/grade-thresholds.csv:11:year: 2023 — duplicate of row 10 (same index_id, year and item_code)',
  'reference/index-years.csv:5:framework_id: fx-provinces-2099 — unknown framework (no frameworks/fx-provinces-2099.csv)',
  'reference/index-years.csv:6:index_id: vn-districts — unknown index (not in any indices file)',
  'reference/index-years.csv:7:source_url: https://example.org/a ; https://example.org/b — names 2 pages; this column takes one',
  'reference/lineage.csv:4:effective_date: 2025-13-01 — not a date (expected YYYY-MM-DD)',
  'reference/lineage.csv:5:event: annex — unknown value (expected one of merge, rename, split, absorb)',
  'reference/units-provinces.csv:9:unit_id: hai-phong — duplicate of row 3 (same unit_id)',
  'reference/units-provinces.csv:10:level: kingdom — unknown value (expected one of ministry, province, department, district, commune, ward, special_zone)',
];

describe('validation', () => {
  test('the fixture itself is valid', async () => {
    const result = await buildEdited({});
    assert.deepEqual(result.ok ? [] : result.errors, []);
  });

  test('every error is reported at once, as file:row:column: value — why', async () => {
    const result = await buildEdited(EDITS);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors, EXPECTED);
    assert.equal(result.errorCount, EXPECTED.length);
  });
});

describe('validation of frameworks', () => {
  test('one TOTAL, unique codes, known parents, known kinds, children summing to their parent', async () => {
    const result = await buildEdited({
      'frameworks/fx-ministries-2023.csv': (text) =>
        replace(
          'D2,TOTAL,domain,Cải cách tài chính công,Public finance reform,50,',
          'D2,TOTAL,domain,Cải cách tài chính công,Public finance reform,40,',
        )(text) +
        [
          'D1,TOTAL,domain,Trùng mã,Duplicate,5,appraisal,',
          'D3.1,D3,criterion,Cha không có,Unknown parent,1,appraisal,',
          'TOTAL2,,total,Tổng thứ hai,Second total,100,mixed,',
          'D4,TOTAL,domain,Thưởng,Bonus,10,bonus,',
          '',
        ].join('\n'),
      'frameworks/fx-no-total.csv': () =>
        'item_code,parent_code,item_level,name_vi,name_en,max_points,kind,aliases\nD1,,domain,A,A,-5,appraisal,\n',
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const fw = 'frameworks/fx-ministries-2023.csv';
    assert.deepEqual(result.errors, [
      'frameworks/fx-ministries-2023.csv:2:max_points: 100 — its domain items (D1, D2) sum to 90, not 100 (tolerance 0.01)',
      `${fw}:5:item_code: D1 — duplicate of row 3 (same item_code)`,
      `${fw}:6:parent_code: D3 — unknown parent item`,
      `${fw}:7:item_level: total — only TOTAL may be the total (exactly one TOTAL per framework)`,
      `${fw}:7:parent_code: (empty) — every item but TOTAL needs a parent`,
      `${fw}:8:kind: bonus — unknown value (expected one of appraisal, survey, impact, mixed)`,
      'frameworks/fx-no-total.csv:-:item_code: (missing) — no TOTAL item',
      'frameworks/fx-no-total.csv:2:max_points: -5 — negative maximum',
    ]);
  });
});

describe('validation of sources.json', () => {
  test('a score file of an unknown index', async () => {
    const result = await buildEdited({ 'sources.json': replace('"index_id": "vn-ministries"', '"index_id": "vn-ministry"') });
    assert.deepEqual(result.ok ? [] : result.errors, [
      'sources.json:-:datasets[0].scores[1].index_id: vn-ministry — unknown index (not in the indices of dataset national)',
    ]);
  });

  test('an unknown score format', async () => {
    const result = await buildEdited({ 'sources.json': replace('"format": "published-domains"', '"format": "domains"') });
    assert.deepEqual(result.ok ? [] : result.errors, [
      'sources.json:-:datasets[0].scores[2].format: domains — unknown format (expected published-ranking, published-domains, scores-detail)',
    ]);
  });

  test('a missing sample says how to make it', async () => {
    const result = await buildEdited({ 'raw/sample': null });
    assert.deepEqual(result.ok ? [] : result.errors, [
      'raw/sample/indices.csv:-:-: (missing) — the illustrative sample is not generated: run `npm run data:sample` first',
    ]);
  });

  test('a missing real file is named', async () => {
    const result = await buildEdited({ 'raw/published/domains.csv': null });
    assert.deepEqual(result.ok ? [] : result.errors, [
      'raw/published/domains.csv:-:-: (missing) — file not found (listed in sources.json datasets[0].scores[2])',
    ]);
  });
});
