/**
 * Choosing units by name: a search box (an ARIA combobox) lists the units whose names match what is
 * typed, diacritics ignored; Down and Up move through them, Enter or a click adds one, Escape closes
 * the list and then clears the box. Each chosen unit is a chip, a button that removes it. The choice
 * lives in the form's hidden `units` input; each addition or removal fires one `change` on it, which
 * the explorer (explorer.ts) turns into one history entry. The matching itself is in combobox.ts.
 */
import { interpolate } from '../i18n/interpolate.ts';
import { addChoice, choiceText, focusAfterRemoval, matchingOptions, nextActive, removeChoice, type PickerOption } from './combobox.ts';

/** Texts of the picker, with `{unit}`, `{query}` and `{max}` placeholders. */
export interface PickerLabels {
  /** "Bỏ chọn {unit}": a chip's accessible name. */
  readonly remove: string;
  /** "Không tìm thấy đơn vị nào khớp với “{query}”". */
  readonly noMatch: string;
  /** "Chọn tối đa {max} đơn vị". */
  readonly max: string;
}

/** A started picker. */
export interface UnitPicker {
  /** Shows a choice (after back/forward, a link or a reset) without firing `change`. */
  show(ids: readonly string[]): void;
}

const idsOf = (value: string): string[] => value.split(',').filter((id) => id !== '');

/** Wires the picker inside `root` (markup: RankingsControls.astro). */
export function startUnitPicker(root: HTMLElement, options: readonly PickerOption[], max: number, labels: PickerLabels): UnitPicker {
  const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const chips = root.querySelector<HTMLElement>('[data-unit-chips]')!;
  const status = root.querySelector<HTMLElement>('[data-unit-status]')!;
  const value = root.querySelector<HTMLInputElement>('input[type="hidden"]')!;
  const labelOf = new Map(options.map((o) => [o.id, choiceText(o)]));
  let chosen = idsOf(value.value);
  let matches: PickerOption[] = [];
  let active = -1;

  const optionId = (index: number): string => `${listbox.id}-${index}`;

  function setActive(index: number): void {
    listbox.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    active = index;
    const option = index >= 0 ? document.getElementById(optionId(index)) : null;
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function renderOptions(): void {
    listbox.replaceChildren(
      ...matches.map((match, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.id = match.id;
        li.textContent = choiceText(match);
        return li;
      }),
    );
    const open = matches.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    // The first match is active at once, so Enter adds it (the APG's "automatic selection").
    setActive(open ? 0 : -1);
  }

  function update(): void {
    const query = input.value;
    const full = chosen.length >= max;
    matches = full ? [] : matchingOptions(options, query, chosen);
    renderOptions();
    const typed = query.trim() !== '';
    status.textContent = !typed
      ? ''
      : full
        ? interpolate(labels.max, { max })
        : matches.length === 0
          ? interpolate(labels.noMatch, { query })
          : '';
  }

  function close(): void {
    matches = [];
    renderOptions();
  }

  function renderChips(): void {
    chips.replaceChildren(
      ...chosen.map((id) => {
        const label = labelOf.get(id) ?? id;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset.remove = id;
        button.setAttribute('aria-label', interpolate(labels.remove, { unit: label }));
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = '×';
        button.append(label, ' ', cross);
        const li = document.createElement('li');
        li.append(button);
        return li;
      }),
    );
    chips.hidden = chosen.length === 0;
  }

  function commit(next: string[]): void {
    chosen = next;
    value.value = chosen.join(',');
    renderChips();
    value.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function choose(index: number): void {
    const match = matches[index];
    if (!match) return;
    input.value = '';
    close();
    status.textContent = '';
    commit(addChoice(chosen, match.id, max));
  }

  input.addEventListener('input', update);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listbox.hidden) update();
      setActive(nextActive(active, matches.length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && (!listbox.hidden || input.value !== '')) {
      event.preventDefault();
      if (listbox.hidden) input.value = '';
      close();
      status.textContent = '';
    }
  });
  // A click on an option must not blur the box first (blur closes the list).
  listbox.addEventListener('pointerdown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) choose(matches.findIndex((m) => m.id === option.dataset.id));
  });
  chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const removed = chosen.indexOf(button.dataset.remove ?? '');
    const focusAt = focusAfterRemoval(removed, chosen.length);
    commit(removeChoice(chosen, button.dataset.remove ?? ''));
    (chips.querySelectorAll<HTMLButtonElement>('button')[focusAt] ?? input).focus();
  });

  renderChips();
  return {
    show(ids) {
      chosen = [...ids];
      value.value = chosen.join(',');
      renderChips();
    },
  };
}
