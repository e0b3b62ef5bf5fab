import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, processLogo, scaleToWidth, sniffImageType } from './logo-image.js';

function png(width: number, height: number, opts: { colorType?: 0 | 2 | 6; alpha?: number } = {}): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([(i * 7) % 256, 120, 200, opts.alpha ?? 255], i * 4);
  return PNG.sync.write(image, { colorType: opts.colorType ?? 6 });
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
}

describe('processLogo', () => {
  it('re-encodes a PNG: RGB when opaque, RGBA when not, the same size', () => {
    const opaque = processLogo(png(40, 20));
    expect(opaque).toMatchObject({ mediaType: 'image/png', width: 40, height: 20 });
    expect(opaque.bytes[25]).toBe(2); // IHDR colour type: RGB
    expect(opaque.sha256).toMatch(/^[0-9a-f]{64}$/);
    const clear = processLogo(png(40, 20, { alpha: 128 }));
    expect(clear.bytes[25]).toBe(6);
    expect(PNG.sync.read(clear.bytes).data[3]).toBe(128);
    // Grey and palette-free greyscale input decodes too.
    expect(processLogo(png(32, 32, { colorType: 0 })).width).toBe(32);
  });

  it('re-encodes a JPEG', () => {
    const data = Buffer.alloc(50 * 30 * 4, 200);
    const out = processLogo(jpeg.encode({ data, width: 50, height: 30 }, 80).data);
    expect(out).toMatchObject({ mediaType: 'image/jpeg', width: 50, height: 30 });
  });

  it('refuses, naming the problem', () => {
    expect(messageOf(() => processLogo(Buffer.alloc(LOGO_MAX_BYTES + 1)))).toBe('logo: at most 512 KB');
    expect(messageOf(() => processLogo(png(2001, 20)))).toMatch(/^logo: at most 2000 × 2000 pixels \(this PNG is 2001 × 20\)/);
    expect(messageOf(() => processLogo(png(15, 200)))).toMatch(/^logo: at least 16 × 16 pixels/);
    const good = png(64, 64);
    expect(messageOf(() => processLogo(good.subarray(0, good.length - 30)))).toMatch(/^logo: the PNG image is damaged or truncated/);
    const corrupt = Buffer.from(good);
    corrupt[40] = (corrupt[40]! + 1) % 256; // inside IDAT: its CRC no longer matches
    expect(messageOf(() => processLogo(corrupt))).toMatch(/^logo: the PNG image is damaged/);
    expect(messageOf(() => processLogo(Buffer.from('GIF89a\x01\x00\x01\x00')))).toMatch(/GIF is not accepted/);
    expect(messageOf(() => processLogo(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>')))).toMatch(/SVG is not accepted/);
    expect(messageOf(() => processLogo(Buffer.from('hello')))).toMatch(/not a PNG or JPEG image/);
  });

  it('a huge image claimed by a small file is refused before it is inflated', () => {
    const header = png(16, 16);
    header.writeUInt32BE(100_000, 16); // IHDR width (the CRC no longer matters: the size is checked first)
    expect(messageOf(() => processLogo(header))).toMatch(/at most 2000 × 2000 pixels \(this PNG is 100000 × 16\)/);
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });

  it('scales a wide image down to 600 px by area, keeping transparent edges clean', () => {
    const wide = processLogo(png(1200, 300));
    expect([wide.width, wide.height]).toEqual([600, 150]);
    // Half transparent white, half opaque red: the red half stays pure red (no dark fringe from the transparent pixels).
    const data = new Uint8Array(4 * 4 * 1);
    data.set([255, 255, 255, 0, 255, 255, 255, 0, 255, 0, 0, 255, 255, 0, 0, 255]);
    const out = scaleToWidth({ width: 4, height: 1, data }, 2);
    expect([...out.data]).toEqual([0, 0, 0, 0, 255, 0, 0, 255]);
  });
});
