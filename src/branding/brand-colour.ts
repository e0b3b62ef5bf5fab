/**
 * Brand colours (issue 18, Branding): a provider's `#rrggbb`, and the accent Canopy draws with it. Pure.
 *
 * The accent rule: certificates and the dashboard's header use the brand colour for text and bars on white, or under
 * white text, so it must be readable there. A colour with a contrast ratio of at least 4.5 : 1 against white (WCAG AA
 * for body text) is used as it is; a lighter one is darkened (each channel scaled towards black, in steps of 4 %, hue
 * kept) until it reaches 4.5 : 1. Without a brand colour the default forest green is used.
 */

export const BRAND_COLOUR = /^#[0-9a-f]{6}$/;

/** The contrast a brand accent must have against white (and white text on it). */
export const MIN_CONTRAST = 4.5;

type Rgb = readonly [number, number, number];

function rgbOf(hex: string): Rgb {
  if (!BRAND_COLOUR.test(hex)) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  return [0, 1, 2].map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) as unknown as Rgb;
}

function hexOf(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of a colour against white (1 … 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/** The accent drawn for a brand colour: itself when readable on white, else darkened until it is (see above). */
export function readableAccent(hex: string): string {
  const rgb = rgbOf(hex);
  let colour = hexOf(rgb);
  for (let scale = 1; contrastWithWhite(colour) < MIN_CONTRAST && scale > 0; scale -= 0.04) {
    colour = hexOf(rgb.map((v) => v * scale) as unknown as Rgb);
  }
  return contrastWithWhite(colour) < MIN_CONTRAST ? '#000000' : colour;
}

/** `#RRGGBB` or `#rrggbb` → `#rrggbb`; anything else → undefined. */
export function normaliseBrandColour(input: string): string | undefined {
  const s = input.trim().toLowerCase();
  return BRAND_COLOUR.test(s) ? s : undefined;
}
