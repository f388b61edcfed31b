/**
 * "Use and share" on every page: the download menus of charts and tables (views/share-menu.ts), the
 * embed code of a chart, "copy link", "print", and the address printed at the foot of the paper.
 * Small on purpose: the code that makes files (share-export.ts, with the XLSX writer) is imported on
 * the first download. Menus drawn later (a redrawn view) are wired by the same observer.
 */
import { interpolate } from '../i18n/interpolate.ts';
import type { ShareConfig } from '../views/share-config.ts';
import { copyText } from './clipboard.ts';
import type { ExportFormat } from './share-export.ts';

function readConfig(): ShareConfig | null {
  const text = document.querySelector('[data-share-config]')?.textContent;
  return text ? (JSON.parse(text) as ShareConfig) : null;
}

/** Shows what needs JavaScript in a menu, once: the buttons instead of the note that leads to the full data. */
function enable(root: ParentNode): void {
  for (const menu of root.querySelectorAll<HTMLElement>('[data-share-menu]:not([data-share-ready])')) {
    menu.dataset.shareReady = '';
    menu.querySelector('[data-share-nojs]')?.remove();
    menu.querySelector<HTMLElement>('[data-share-js]')?.removeAttribute('hidden');
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-share-bar] [hidden]')) el.removeAttribute('hidden');
}

function say(scope: Element, text: string): void {
  const status = scope.querySelector('[data-share-status]');
  if (status) status.textContent = text;
}

/** The page's query without the parameters the embed page does not read. */
function embedQuery(menu: HTMLElement): string {
  const keep = new Set((menu.dataset.embedParams ?? '').split(',').filter(Boolean));
  const params = [...new URLSearchParams(location.search)].filter(([key]) => keep.has(key));
  return params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
}

/** The `<iframe>` a newsroom pastes: the chart's embed page for the view shown, sized for the chart drawn at 720 px. */
export function embedCode(menu: HTMLElement): string {
  const src = new URL(`${menu.dataset.embed ?? '/'}${embedQuery(menu)}`, location.origin).href;
  const figure = menu.closest('figure');
  const title = figure?.querySelector('figcaption')?.textContent?.trim() ?? document.title;
  const drawn = figure?.querySelector('.chart-at[data-width="720"] svg');
  const height = Math.round(Number(drawn?.getAttribute('height') ?? 480) + 220);
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:760px" loading="lazy"></iframe>`;
}

function toggleEmbed(menu: HTMLElement, button: HTMLButtonElement, config: ShareConfig): void {
  let panel = menu.querySelector<HTMLElement>('[data-embed-panel]');
  if (!panel) {
    panel = document.createElement('div');
    panel.className = 'share-embed';
    panel.dataset.embedPanel = '';
    panel.id = `embed-${menu.dataset.shareName ?? 'chart'}-${Math.random().toString(36).slice(2, 8)}`;
    const label = document.createElement('label');
    label.textContent = config.labels.embedCode;
    const code = document.createElement('textarea');
    code.readOnly = true;
    code.rows = 4;
    code.dataset.embedCode = '';
    label.append(code);
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.dataset.copyEmbed = '';
    copy.textContent = config.labels.copyEmbed;
    panel.append(label, copy);
    menu.querySelector('[data-share-status]')?.before(panel);
    button.setAttribute('aria-controls', panel.id);
  }
  const open = panel.hidden || button.getAttribute('aria-expanded') !== 'true';
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  const code = panel.querySelector('textarea');
  if (open && code) code.value = embedCode(menu);
}

async function download(menu: HTMLElement, format: ExportFormat, config: ShareConfig): Promise<void> {
  say(menu, config.labels.working);
  try {
    const { exportView } = await import('./share-export.ts');
    const name = await exportView(menu, format, config);
    say(menu, interpolate(config.labels.saved, { file: name }));
  } catch (error) {
    console.error(error);
    say(menu, interpolate(config.labels.failed, { reason: error instanceof Error ? error.message : String(error) }));
  }
}

async function copy(scope: Element, text: string, done: string, config: ShareConfig, select?: HTMLTextAreaElement | null): Promise<void> {
  const ok = await copyText(text);
  if (!ok) select?.select();
  say(scope, ok ? done : config.labels.copyFailed);
}

function onClick(event: MouseEvent, config: ShareConfig): void {
  const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
  if (!target) return;
  const menu = target.closest<HTMLElement>('[data-share-menu]');
  const bar = target.closest<HTMLElement>('[data-share-bar]');
  if (menu && target.dataset.export) void download(menu, target.dataset.export as ExportFormat, config);
  else if (menu && target.hasAttribute('data-embed-show')) toggleEmbed(menu, target, config);
  else if (menu && target.hasAttribute('data-copy-embed')) {
    const code = menu.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    void copy(menu, code?.value ?? '', config.labels.embedCopied, config, code);
  } else if (bar && target.hasAttribute('data-copy-link')) void copy(bar, location.href, config.labels.copied, config);
  else if (bar && target.hasAttribute('data-print')) window.print();
}

/** The view's address at the foot of the printed page: the one in the address bar, filters included. */
function fillPrintAddress(): void {
  for (const el of document.querySelectorAll('[data-print-url]')) el.textContent = location.href;
}

/** Browsers that cannot open `<details>` from CSS (print.css: ::details-content) get them opened for printing, then closed again. */
function openDetailsForPrint(): void {
  if (CSS.supports('selector(::details-content)')) return;
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.share-menu)')) {
      d.open = true;
      opened.push(d);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });
}

/** Wires the page's share bar, its menus (those drawn later too) and the printed page. */
export function startShare(): void {
  fillPrintAddress();
  window.addEventListener('beforeprint', fillPrintAddress);
  openDetailsForPrint();
  const config = readConfig();
  if (!config) return;
  enable(document);
  new MutationObserver(() => enable(document)).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('click', (event) => onClick(event, config));
}
