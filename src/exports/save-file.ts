/** Saves a file made in the browser: a temporary object URL on a link with `download`, clicked once. */

/** Offers `blob` to the reader as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL only holds the file in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
