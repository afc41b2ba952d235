import { qrCacheSize, renderQrSvg } from '../../../src/lib/qr-code';

const BR_CODE =
  '00020126650014br.gov.bcb.pix0119nubank@thalesog.com0220Gerado por Pix-Utils52040000530398654041.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***6304059A';

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
    const first = renderQrSvg('lru-0');
    const second = renderQrSvg('lru-1');
    for (let i = 2; i < 600; i += 1) {
      if (i === 300) expect(renderQrSvg('lru-0')).toBe(first); // a hit refreshes it
      void renderQrSvg(`lru-${i}`);
    }
    expect(qrCacheSize()).toBe(500);
    expect(renderQrSvg('lru-0')).toBe(first); // survived thanks to the refresh
    expect(renderQrSvg('lru-1')).not.toBe(second); // evicted, so rendered again
    await Promise.all([first, second]);
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
