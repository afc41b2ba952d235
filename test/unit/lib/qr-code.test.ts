import { renderQrSvg } from '../../../src/lib/qr-code';

const BR_CODE = '00020126650014br.gov.bcb.pix0119nubank@thalesog.com0220Gerado por Pix-Utils52040000530398654041.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***6304059A';

describe('renderQrSvg', () => {
  it('renders an SVG document locally', async () => {
    const svg = await renderQrSvg(BR_CODE);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('viewBox');
  });

  it('renders different texts differently', async () => {
    expect(await renderQrSvg('a')).not.toBe(await renderQrSvg('b'));
  });

  it('memoises: the same text gives the same (cached) promise', () => {
    expect(renderQrSvg(BR_CODE)).toBe(renderQrSvg(BR_CODE));
  });

  it('keeps at most 500 entries, evicting the least recently used', async () => {
    // Observed through identity only (a hit returns the memoised promise): whatever earlier tests
    // left in the cache is older than these 600 keys, so it goes first and the count below holds.
    const rendered = new Map<string, Promise<string>>();
    for (let i = 0; i < 600; i += 1) {
      if (i === 300) expect(renderQrSvg('lru-0')).toBe(rendered.get('lru-0')); // a hit refreshes it
      rendered.set(`lru-${i}`, renderQrSvg(`lru-${i}`));
    }
    // The 500 most recently used: lru-0 (refreshed) and lru-101..lru-599. Hits evict nothing,
    // so all of them are checked before the one miss below.
    const survivors = ['lru-0', ...Array.from({ length: 499 }, (_, k) => `lru-${k + 101}`)];
    for (const key of survivors) expect(renderQrSvg(key)).toBe(rendered.get(key));
    // lru-100 was the 500th most recent before the refresh pushed it out: a cache of 501 would keep it.
    expect(renderQrSvg('lru-100')).not.toBe(rendered.get('lru-100'));
    expect(renderQrSvg('lru-1')).not.toBe(rendered.get('lru-1'));
    await Promise.all(rendered.values());
  });

  it('does not cache failures', async () => {
    const tooLong = 'x'.repeat(8000); // beyond the capacity of any QR code
    await expect(renderQrSvg(tooLong)).rejects.toThrow();
    const again = renderQrSvg(tooLong);
    await expect(again).rejects.toThrow();
    expect(renderQrSvg(tooLong)).not.toBe(again);
    await expect(renderQrSvg(tooLong)).rejects.toThrow();
  });
});
