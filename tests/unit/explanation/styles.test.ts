import { describe, expect, it } from 'vitest';
import { CARD_CSS, DARK, LIGHT, type Palette } from '../../../components/explanation/styles';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Every text colour on every background it is shown on.
const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'subtle'],
  ['fg', 'hover'],
  ['fg', 'desk-bg'],
  ['muted', 'bg'],
  ['muted', 'subtle'],
  ['muted', 'desk-bg'],
  ['desk-by', 'desk-bg'],
  ['accent', 'bg'],
  ['accent-fg', 'accent'],
  ['accent-fg', 'accent-hover'],
  ['error-fg', 'bg'],
  ['warning-fg', 'bg'],
  ...['success', 'progress', 'info', 'warning', 'error', 'unknown'].map((s): [string, string] => [
    `${s}-fg`,
    `${s}-bg`,
  ]),
];

describe('the palettes', () => {
  for (const [name, palette] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as [string, Palette][]) {
    it(`meet 4.5:1 for every text in the ${name} scheme`, () => {
      for (const [fg, bg] of PAIRS) {
        const a = palette[`--sl-${fg}`] ?? '';
        const b = palette[`--sl-${bg}`] ?? '';
        expect(contrast(a, b), `${name}: ${fg} on ${bg} (${a} on ${b})`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('hold the same variables', () => {
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
  });
});

describe('CARD_CSS', () => {
  it('is scoped to the card, in px, with the system’s scheme and explicit ones', () => {
    const rules = CARD_CSS.replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((r) => r.trim())
      .filter((r) => r.includes('{'));
    for (const rule of rules) {
      // Top-level commas only: `:is(h1,h2)` is one selector.
      const selectors = (rule.split('{')[0] ?? '').replace(/\([^)]*\)/g, '()').split(',');
      for (const s of selectors) expect(s, rule).toContain('.sl-explanation');
    }
    expect(CARD_CSS).not.toMatch(/\d(r?em)\b/);
    expect(CARD_CSS).toContain('@media (prefers-color-scheme: dark){.sl-explanation:not([data-scheme])');
    expect(CARD_CSS).toContain('.sl-explanation[data-scheme="dark"]');
    expect(CARD_CSS).toContain('[data-scheme="light"] .sl-explanation');
    expect(CARD_CSS).toContain(':host([data-scheme="dark"]) .sl-explanation');
    expect(CARD_CSS).toContain('color-scheme:dark');
  });

  it('shows focus on buttons and links, and lets the body scroll under a max-height', () => {
    expect(CARD_CSS).toContain('.sl-explanation .sl-c-button:focus-visible{outline:2px solid');
    expect(CARD_CSS).toContain('.sl-explanation .sl-x-src-link:focus-visible{outline:2px solid');
    expect(CARD_CSS).toMatch(/\.sl-explanation \.sl-c-body\{[^}]*overflow:auto/);
    expect(CARD_CSS).toMatch(/\.sl-explanation \.sl-c-(head|foot)\{flex:none/);
  });
});
