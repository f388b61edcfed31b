/** Items get sensible topics, and every deduction template stays within the item's maximum. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSampleFrameworks } from '../../scripts/sample/frameworks.ts';
import { mulberry32 } from '../../scripts/sample/prng.ts';
import { deduct, overclaimed, surveyReason } from '../../scripts/sample/reasons.ts';
import { HARDNESS, TOPICS, topicOf } from '../../scripts/sample/topics.ts';

const frameworks = [...(await readSampleFrameworks()).values()];
const leaves = frameworks.flatMap((f) => f.leaves);

test('survey items get survey topics, and only they do', () => {
  for (const l of leaves) assert.equal(topicOf(l).startsWith('survey'), l.kind === 'survey', `${l.code} ${l.nameVi}`);
  assert.equal(topicOf({ nameVi: 'Hài lòng về thủ tục hành chính', kind: 'survey' }), 'survey-sipas');
});

test('the items the letters complain about are chronic; plain items are not', () => {
  const chronic = (name: RegExp): boolean[] => leaves.filter((l) => name.test(l.nameVi)).map((l) => HARDNESS[topicOf(l)] >= 0.8);
  for (const re of [/hồ sơ TTHC giải quyết đúng hạn/, /giải ngân kế hoạch vốn/, /dịch vụ công trực tuyến toàn trình/, /Số hóa hồ sơ/]) {
    const flags = chronic(re);
    assert.ok(flags.length > 0 && flags.every(Boolean), String(re));
  }
  assert.equal(topicOf({ nameVi: 'Thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ quá hạn', kind: 'appraisal' }), 'apology');
  assert.equal(topicOf({ nameVi: 'Ban hành kế hoạch CCHC năm đúng thời hạn', kind: 'appraisal' }), 'plan');
  assert.equal(topicOf({ nameVi: 'Thực hiện chỉ tiêu giảm tỷ lệ hộ nghèo', kind: 'impact' }), 'poverty');
  const topics = new Set(leaves.map(topicOf));
  assert.ok(topics.size >= 30, `only ${topics.size} topics used`);
});

test('every deduction loses between 0.01 point and the maximum, with a Vietnamese reason', () => {
  const rng = mulberry32(11);
  for (const leaf of leaves.filter((l) => l.kind !== 'survey')) {
    for (const quality of [0.7, 0.9, 0.99]) {
      for (let i = 0; i < 20; i++) {
        const c = { rng, max: leaf.max, quality, year: 2021 + (i % 5), nameVi: leaf.nameVi };
        for (const d of [deduct(topicOf(leaf), c), overclaimed(c)]) {
          assert.ok(Number.isInteger(d.lost) && d.lost >= 1 && d.lost <= leaf.max, `${leaf.code}: lost ${d.lost} of ${leaf.max}`);
          assert.ok(d.reason.length > 10 && d.reason === d.reason.normalize('NFC'), `${leaf.code}: "${d.reason}"`);
        }
      }
    }
  }
  for (const t of TOPICS.filter((x) => !x.startsWith('survey'))) {
    const d = deduct(t, { rng, max: 25, quality: 0.8, year: 2023, nameVi: '' });
    assert.ok(d.lost >= 1 && d.lost <= 25, t);
  }
});

test('survey reasons quote the share of the maximum with a decimal comma', () => {
  assert.equal(surveyReason('survey-sipas', 89.14), 'Chỉ số hài lòng đạt 89,1% (kết quả điều tra xã hội học)');
  assert.equal(surveyReason('survey-leaders', 92), 'Kết quả khảo sát lãnh đạo, quản lý đạt 92% số điểm');
});
