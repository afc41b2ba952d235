/**
 * QR codes are rendered locally with `qrcode`: a BR Code must never be sent to a
 * third-party image service. Rendering costs ~1 ms per code and a charge list re-renders the same
 * codes on every page view, so the last results are memoised in a small LRU.
 */
import { toString as qrToString } from 'qrcode';

const MAX_ENTRIES = 500;
// Map iteration order is insertion order: re-inserting on a hit makes the first key the LRU one.
// Promises are cached (not strings) so concurrent requests for one code render it once.
const cache = new Map<string, Promise<string>>();

/** SVG markup (starts with `<svg`), error correction level M, 1-module quiet zone. */
export function renderQrSvg(text: string): Promise<string> {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const rendered = qrToString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  // A failure (e.g. text too long for a QR code) is not cached: the caller sees it every time.
  rendered.catch(() => {
    if (cache.get(text) === rendered) cache.delete(text);
  });
  cache.set(text, rendered);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return rendered;
}
