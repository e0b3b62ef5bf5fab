import { describe, expect, it } from 'vitest';
import { contrastWithWhite, normaliseBrandColour, readableAccent } from './brand-colour.js';

describe('brand colours', () => {
  it('measures contrast against white as WCAG 2 does', () => {
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2); // the classic AA grey
  });

  it('keeps a readable colour and darkens a light one until it reads (4.5 : 1), keeping its hue', () => {
    expect(readableAccent('#1f4e37')).toBe('#1f4e37');
    expect(readableAccent('#0b6e4f')).toBe('#0b6e4f');
    for (const light of ['#ffd54f', '#ffffff', '#00ff00', '#87ceeb', '#ff8800']) {
      const accent = readableAccent(light);
      expect(contrastWithWhite(accent), light).toBeGreaterThanOrEqual(4.5);
      expect(contrastWithWhite(accent), light).toBeLessThan(6); // darkened no further than needed (in 4 % steps)
    }
    // Yellow stays a dark yellow (olive), not grey: red and green stay equal, blue 0.
    const olive = readableAccent('#ffff00');
    expect(olive.slice(1, 3)).toBe(olive.slice(3, 5));
    expect(olive.slice(5)).toBe('00');
  });

  it('accepts #rrggbb in either case, and nothing else', () => {
    expect(normaliseBrandColour(' #0B6E4F ')).toBe('#0b6e4f');
    for (const bad of ['0b6e4f', '#0b6e4', '#0b6e4fa', 'red', '#ggg000', 'rgb(1,2,3)'])
      expect(normaliseBrandColour(bad), bad).toBeUndefined();
  });
});
