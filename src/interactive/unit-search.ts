/**
 * Filters the unit list as someone types; diacritics and case are ignored, and each word typed must
 * start a word of a name ("an giang" finds An Giang, not Bắc Giang or Hậu Giang).
 */
import { matchesQuery } from '../i18n/search.ts';

/** Wires the search box of the units page. The list is complete without JavaScript. */
export function startUnitSearch(): void {
  const input = document.querySelector<HTMLInputElement>('[data-unit-search]');
  if (!input) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-search]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-unit-group]')];
  input.addEventListener('input', () => {
    const query = input.value.trim();
    for (const item of items) item.hidden = query !== '' && !matchesQuery((item.dataset.search ?? '').split('|'), query);
    for (const group of groups) group.hidden = group.querySelectorAll('[data-search]:not([hidden])').length === 0;
  });
}
