/**
 * The filters that shape what a download menu downloads, read from the page's controls as the reader
 * sees them ("Lĩnh vực: Cải cách thủ tục hành chính"). A form applies to the menus inside its nearest
 * `[data-share-scope]` (the unit page's lost-points year applies to that section only), or to the whole
 * page when it has none (the rankings and lost-points filters).
 */
import type { FilterValue } from '../exports/source-block.ts';

/** The forms of filters whose scope holds the menu. */
function formsFor(menu: HTMLElement): HTMLFormElement[] {
  return [...document.querySelectorAll<HTMLFormElement>('form.controls')].filter((form) => {
    const scope = form.closest('[data-share-scope]') ?? document.body;
    return scope.contains(menu);
  });
}

/** A control's label without the control's own text (a `<label>` wraps its `<select>` and options). */
function labelOf(control: HTMLSelectElement | HTMLInputElement): string {
  const label = control.labels?.[0];
  if (!label) return control.getAttribute('aria-label') ?? control.name;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const inner of copy.querySelectorAll('select, input, textarea, button, datalist')) inner.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One control's value in words, or null when it says nothing (an empty selection, an unchecked box, a hidden field). */
function valueOf(control: Element): FilterValue | null {
  if (control instanceof HTMLSelectElement) {
    const chosen = [...control.selectedOptions].map((o) => o.textContent?.trim() ?? '').filter((text) => text !== '');
    return chosen.length === 0 ? null : { label: labelOf(control), value: chosen.join(', ') };
  }
  if (!(control instanceof HTMLInputElement) || control.type === 'hidden') return null;
  if (control.type === 'checkbox' || control.type === 'radio') return control.checked ? { label: labelOf(control), value: '✓' } : null;
  return control.value.trim() === '' ? null : { label: labelOf(control), value: control.value.trim() };
}

/** The filters in force for a menu, in the order of the controls. */
export function readFilters(menu: HTMLElement): FilterValue[] {
  return formsFor(menu).flatMap((form) => [...form.elements].flatMap((control) => valueOf(control) ?? []));
}

/** The years the filters name (`year`, `from`, `to`), to cite the decisions that published them. */
export function yearsOf(menu: HTMLElement): number[] {
  return formsFor(menu).flatMap((form) =>
    ['year', 'from', 'to'].flatMap((name) => {
      const control = form.elements.namedItem(name);
      const value = control instanceof HTMLSelectElement || control instanceof HTMLInputElement ? Number(control.value) : NaN;
      return Number.isInteger(value) && value > 0 ? [value] : [];
    }),
  );
}
