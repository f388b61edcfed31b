/**
 * Copies text to the clipboard: the asynchronous Clipboard API where the browser allows it, else the
 * older selection and `execCommand('copy')` (pages opened over plain http on another host, older
 * browsers). Resolves to false when neither worked, so the caller can say so.
 */

function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Puts `text` on the clipboard; true when it is there. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no user gesture left: try the older way.
  }
  return legacyCopy(text);
}
