/**
 * A PNG of an SVG file, drawn by the browser itself: the SVG is loaded as an image (a `data:` URL,
 * which the site's Content-Security-Policy allows for images) and painted on a canvas at `scale`
 * times its size, on white. No library: the browser already knows how to draw SVG.
 */

/** The SVG text as a PNG of `scale` × its size (2 by default, sharp on high-density screens and in print). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the canvas gave no PNG'))), 'image/png'));
}
