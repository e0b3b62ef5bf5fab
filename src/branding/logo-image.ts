import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { BadRequestError, CanopyError } from '../errors.js';

/**
 * A logo as Canopy stores it (issue 18, Branding): a PNG or JPEG of at most 512 KB, decoded and encoded again, so
 * that what is stored and served is only pixels. Metadata (EXIF, text chunks, ICC profiles), trailing data and
 * anything else hidden in the file are gone; an SVG (which can carry scripts), a GIF or anything that does not decode
 * is refused with a message naming the problem. Pure JavaScript (pngjs, jpeg-js): no native image library parses
 * untrusted bytes.
 */

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_SIDE = 2000;
export const LOGO_MIN_SIDE = 16;
/** Wider logos are scaled down to this width (height in proportion): nothing shows them larger. */
export const LOGO_STORED_MAX_WIDTH = 600;
const JPEG_QUALITY = 90;

export type LogoMediaType = 'image/png' | 'image/jpeg';

export interface LogoImage {
  /** The re-encoded image. */
  bytes: Buffer;
  mediaType: LogoMediaType;
  width: number;
  height: number;
  /** SHA-256 (hex) of `bytes`. */
  sha256: string;
}

/** 413: the logo is over LOGO_MAX_BYTES. */
export class LogoTooLargeError extends CanopyError {
  override readonly status = 413;
  override name = 'LogoTooLargeError';
  constructor() {
    super('logo: at most 512 KB');
  }
  protected override defaultReason() {
    return 'too_large';
  }
}

function invalid(problem: string): BadRequestError {
  return new BadRequestError(`logo: ${problem}`);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the bytes are, by their first bytes (never by a file name or a Content-Type). */
export function sniffImageType(bytes: Buffer): LogoMediaType | { refused: string } {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = bytes.subarray(0, 512).toString('latin1');
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^(<\?xml|<svg|<!DOCTYPE svg)/i.test(text) || /<svg[\s>]/i.test(head)) {
    return { refused: 'an SVG is not accepted (it can carry scripts): upload a PNG or JPEG' };
  }
  const other: Array<[RegExp, string]> = [
    [/^GIF8[79]a/, 'a GIF'],
    [/^RIFF....WEBP/s, 'a WebP image'],
    [/^BM/, 'a BMP image'],
    [/^(II\*\0|MM\0\*)/, 'a TIFF image'],
    [/^....ftyp(avif|avis|heic|heix|mif1)/s, 'an AVIF or HEIC image'],
    [/^%PDF-/, 'a PDF'],
  ];
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x00000100) return { refused: 'an icon (ICO) is not accepted: upload a PNG or JPEG' };
  for (const [signature, what] of other) if (signature.test(head)) return { refused: `${what} is not accepted: upload a PNG or JPEG` };
  return { refused: 'not a PNG or JPEG image (the bytes are neither)' };
}

/** Validates the bytes as a logo and re-encodes them; throws LogoTooLargeError (413) or a BadRequestError naming the problem. */
export function processLogo(bytes: Buffer): LogoImage {
  if (bytes.length === 0) throw invalid("the body is empty: send the image's bytes (Content-Type image/png or image/jpeg)");
  if (bytes.length > LOGO_MAX_BYTES) throw new LogoTooLargeError();
  const type = sniffImageType(bytes);
  if (typeof type !== 'string') throw invalid(type.refused);
  const decoded = type === 'image/png' ? decodePng(bytes) : decodeJpeg(bytes);
  const scaled = scaleToWidth(decoded, LOGO_STORED_MAX_WIDTH);
  const out = type === 'image/png' ? encodePng(scaled) : encodeJpeg(scaled);
  return {
    bytes: out,
    mediaType: type,
    width: scaled.width,
    height: scaled.height,
    sha256: createHash('sha256').update(out).digest('hex'),
  };
}

interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, not premultiplied. */
  data: Uint8Array;
}

function checkSize(kind: string, width: number, height: number): void {
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) {
    throw invalid(`at most ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE} pixels (this ${kind} is ${width} × ${height})`);
  }
  if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE) {
    throw invalid(`at least ${LOGO_MIN_SIDE} × ${LOGO_MIN_SIDE} pixels (this ${kind} is ${width} × ${height})`);
  }
}

function decodePng(bytes: Buffer): Rgba {
  // The size from the header first: a small file may claim a huge image, which must not be inflated.
  if (bytes.length < 33 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw invalid('the PNG image is damaged or truncated');
  checkSize('PNG', bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  let png: PNG;
  try {
    png = PNG.sync.read(withoutTrailer(bytes), { checkCRC: true });
  } catch (err) {
    throw invalid(`the PNG image is damaged or truncated (${reasonOf(err)})`);
  }
  return { width: png.width, height: png.height, data: png.data };
}

/** The PNG up to the end of its IEND chunk: bytes appended after it (a hidden payload) are not part of the image. */
function withoutTrailer(bytes: Buffer): Buffer {
  for (let i = 8; i + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(i);
    if (bytes.toString('latin1', i + 4, i + 8) === 'IEND') return bytes.subarray(0, i + 12);
    i += 12 + length;
  }
  return bytes; // no IEND: the decoder says where it ends early
}

function decodeJpeg(bytes: Buffer): Rgba {
  const size = jpegSize(bytes);
  if (!size) throw invalid('the JPEG image is damaged or truncated (no frame header)');
  checkSize('JPEG', size.width, size.height);
  if (!hasJpegEnd(bytes)) throw invalid('the JPEG image is damaged or truncated (no end of image)');
  try {
    const image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: (LOGO_MAX_SIDE * LOGO_MAX_SIDE) / 1e6,
      maxMemoryUsageInMB: 128,
    });
    if (image.width !== size.width || image.height !== size.height) throw new Error('the frame does not match its header');
    return { width: image.width, height: image.height, data: image.data };
  } catch (err) {
    throw invalid(`the JPEG image is damaged or truncated (${reasonOf(err)})`);
  }
}

/** A JPEG's frame size from its SOF segment, walking the segments before the scan; undefined when there is none. */
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // a scan (or the end) before any frame header
    const length = bytes.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return i + 9 <= bytes.length ? { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) } : undefined;
    i += 2 + length;
  }
  return undefined;
}

/** Whether the file has an end-of-image marker (a truncated JPEG has none; trailing bytes after it are dropped anyway). */
function hasJpegEnd(bytes: Buffer): boolean {
  return bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) > 2;
}

function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // pngjs's words for a file that stops before its last chunk.
  if (/read requests waiting|read requests waitng|unexpected end/i.test(message)) return 'it ends early';
  return (
    message
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120)
      .replace(/[^\x20-\x7e]/g, '') || 'it does not decode'
  );
}

function encodePng(image: Rgba): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  let opaque = true;
  for (let i = 3; i < image.data.length; i += 4) {
    if (image.data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  // RGB when fully opaque (smaller, and embedded in a PDF as it is), else RGBA.
  return PNG.sync.write(png, { colorType: opaque ? 2 : 6, inputColorType: 6, inputHasAlpha: true, bitDepth: 8 });
}

function encodeJpeg(image: Rgba): Buffer {
  return jpeg.encode({ data: image.data, width: image.width, height: image.height }, JPEG_QUALITY).data;
}

// ---- Scaling ------------------------------------------------------------------------------------------------------

/** Each destination pixel's source pixels and their weights (area coverage), along one axis. */
function coverage(src: number, dst: number): Array<Array<[number, number]>> {
  const scale = src / dst;
  const out: Array<Array<[number, number]>> = [];
  for (let i = 0; i < dst; i++) {
    const start = i * scale;
    const end = start + scale;
    const list: Array<[number, number]> = [];
    for (let s = Math.floor(start); s < Math.min(src, Math.ceil(end)); s++) {
      const w = Math.min(end, s + 1) - Math.max(start, s);
      if (w > 1e-9) list.push([s, w / scale]);
    }
    out.push(list);
  }
  return out;
}

/** The image at most `maxWidth` wide (area averaging, on premultiplied alpha so transparent pixels do not darken edges). */
export function scaleToWidth(image: Rgba, maxWidth: number): Rgba {
  if (image.width <= maxWidth) return image;
  const width = maxWidth;
  const height = Math.max(1, Math.round((image.height * maxWidth) / image.width));
  const cols = coverage(image.width, width);
  const rows = coverage(image.height, height);
  const src = image.data;
  // Horizontal pass: premultiplied floats, width × image.height.
  const mid = new Float32Array(width * image.height * 4);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [s, w] of cols[x]!) {
        const i = (y * image.width + s) * 4;
        const alpha = src[i + 3]! * w;
        r += src[i]! * alpha;
        g += src[i + 1]! * alpha;
        b += src[i + 2]! * alpha;
        a += alpha;
      }
      const o = (y * width + x) * 4;
      mid[o] = r;
      mid[o + 1] = g;
      mid[o + 2] = b;
      mid[o + 3] = a;
    }
  }
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [s, w] of rows[y]!) {
        const i = (s * width + x) * 4;
        r += mid[i]! * w;
        g += mid[i + 1]! * w;
        b += mid[i + 2]! * w;
        a += mid[i + 3]! * w;
      }
      const o = (y * width + x) * 4;
      out[o] = a > 0 ? Math.round(r / a) : 0;
      out[o + 1] = a > 0 ? Math.round(g / a) : 0;
      out[o + 2] = a > 0 ? Math.round(b / a) : 0;
      out[o + 3] = Math.round(a);
    }
  }
  return { width, height, data: out };
}
