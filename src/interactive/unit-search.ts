/** Filters the unit list as someone types; diacritics and case are ignored on both sides. */
import { searchKey } from '../i18n/search.ts';

/** Wires the search box of the units page. The list is complete without JavaScript. */
export function startUnitSearch(): void {
  const input = document.querySelector<HTMLInputElement>('[data-unit-search]');
  if (!input) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-search]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-unit-group]')];
  input.addEventListener('input', () => {
    const words = searchKey(input.value).split(/\s+/).filter(Boolean);
    for (const item of items) item.hidden = !words.every((w) => (item.dataset.search ?? '').includes(w));
    for (const group of groups) group.hidden = group.querySelectorAll('[data-search]:not([hidden])').length === 0;
  });
}
