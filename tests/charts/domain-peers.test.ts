import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { domainPeers, peersDomain } from '../../src/charts/domain-peers.ts';
import { PEERS_LABELS_EN, PEERS_LABELS_VI, PEERS_ROWS } from './fixtures.ts';
import { CHART_WIDTHS } from '../../src/views/chart-widths.ts';
import { assertTextFits } from './fit.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

describe('domain peers', () => {
  test('unit dot, median tick and best diamond per domain', () => {
    const figure = domainPeers(PEERS_ROWS, { width: 640, locale: 'vi', labels: PEERS_LABELS_VI, document: testDocument() });
    assertAccessible(figure, 5);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Các lĩnh vực so với đơn vị cùng cấp. Hà Tĩnh cao hơn trung vị ở 2 trên 5 lĩnh vực',
    );
    assert.deepEqual(tableCells(figure)[3], ['Cải cách tổ chức bộ máy hành chính nhà nước', '–', '79,00%', '90,00%']);
    assert.equal(figure.querySelectorAll('svg [data-mark=rule][stroke-width="2.5"] line').length, 5, 'a median tick per domain');
    assertSnapshot('peers-basic', figure);
  });

  test('fits 320 px: long names wrap whole above their track, nothing is cut or overflows', () => {
    const figure = domainPeers(PEERS_ROWS, { width: 320, locale: 'vi', labels: PEERS_LABELS_VI, document: testDocument() });
    assertAccessible(figure, 5);
    assertTextFits(figure, 320);
    const names = [...figure.querySelectorAll('svg [data-mark=text] text')].filter((t) => t.querySelectorAll('tspan').length > 1);
    assert.ok(names.length > 0, 'some names take two lines');
    assertSnapshot('peers-320', figure);
  });

  for (const width of CHART_WIDTHS) {
    test(`${width} px: every text inside the chart, at least 11 px, none cut`, () => {
      assertTextFits(domainPeers(PEERS_ROWS, { width, locale: 'vi', labels: PEERS_LABELS_VI, document: testDocument() }), width);
    });
  }

  test('English', () => {
    const figure = domainPeers(PEERS_ROWS, { width: 640, locale: 'en', labels: PEERS_LABELS_EN, document: testDocument() });
    assert.deepEqual(tableCells(figure)[0], ['Công tác chỉ đạo, điều hành cải cách hành chính', '91.20%', '88.40%', '98.50%']);
    assertSnapshot('peers-en', figure);
  });

  test('the x domain starts at a round value below the lowest score', () => {
    assert.deepEqual(peersDomain(PEERS_ROWS), [60, 100]);
    assert.deepEqual(peersDomain([]), [0, 100]);
  });
});
