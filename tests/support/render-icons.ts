/**
 * Draws the Status Lens icon (a lens over a status badge) and renders it to the PNG sizes the
 * stores ask for, into public/icon/<size>.png, where WXT picks them up for the manifest.
 *
 *   npx tsx tests/support/render-icons.ts            # writes public/icon/*.png
 *   npx tsx tests/support/render-icons.ts --preview  # also writes tests/artifacts/icons-preview.png
 *
 * Rendered by Debian's Chromium through playwright-core (no ImageMagick needed). The 16 and 32
 * pixel variants are drawn separately on their own pixel grid so they stay readable in a toolbar.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

export const SIZES = [16, 32, 48, 96, 128] as const;
const OUT = resolve(import.meta.dirname, '../../public/icon');
const PREVIEW = resolve(import.meta.dirname, '../artifacts/icons-preview.png');

const INK = '#1e293b'; // lens ring and handle
const HALO = '#ffffff'; // keeps ring and handle apart from the badge and from dark toolbars
const BADGE = '#0d9465'; // the status badge: a healthy, "OK" green
const BADGE_EDGE = '#0a6e4b';
const GLASS = '#ecfdf5';

/** Full drawing for 48 px and up, on a 128 unit canvas. */
function fullIcon(): string {
  return `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <!-- status badge: a pill with a status dot and a label -->
  <rect x="5" y="17" width="92" height="46" rx="23" fill="${BADGE}" stroke="${BADGE_EDGE}" stroke-width="3"/>
  <circle cx="28" cy="40" r="9" fill="#ffffff"/>
  <rect x="44" y="35" width="34" height="10" rx="5" fill="#ffffff" opacity="0.9"/>
  <!-- lens: halo first, then ring and handle -->
  <g stroke="${HALO}" stroke-linecap="round" fill="none">
    <circle cx="82" cy="76" r="30" stroke-width="17"/>
    <line x1="104" y1="98" x2="116" y2="110" stroke-width="20"/>
  </g>
  <circle cx="82" cy="76" r="30" fill="${GLASS}"/>
  <!-- what the lens reveals: the status explained, a check -->
  <path d="M67 77 L78 88 L98 65" fill="none" stroke="${BADGE}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
  <g stroke="${INK}" stroke-linecap="round" fill="none">
    <circle cx="82" cy="76" r="30" stroke-width="9"/>
    <line x1="104" y1="98" x2="116" y2="110" stroke-width="14"/>
  </g>
</svg>`;
}

/** 32 px: same parts, thicker, on a 32 unit grid. */
function smallIcon(): string {
  return `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="1" y="4" width="23" height="12" rx="6" fill="${BADGE}"/>
  <circle cx="7" cy="10" r="2.5" fill="#ffffff"/>
  <g stroke="${HALO}" stroke-linecap="round" fill="none">
    <circle cx="20.5" cy="19.5" r="7.5" stroke-width="5"/>
    <line x1="26" y1="26" x2="28.5" y2="28.5" stroke-width="6.5"/>
  </g>
  <circle cx="20.5" cy="19.5" r="7.5" fill="${GLASS}"/>
  <path d="M17 19.5 L19.5 22 L24 17" fill="none" stroke="${BADGE}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
  <g stroke="${INK}" stroke-linecap="round" fill="none">
    <circle cx="20.5" cy="19.5" r="7.5" stroke-width="2.5"/>
    <line x1="26" y1="26" x2="28.5" y2="28.5" stroke-width="4"/>
  </g>
</svg>`;
}

/** 16 px: badge and lens only, every stroke on whole pixels. */
function tinyIcon(): string {
  return `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <rect x="0" y="2" width="12" height="7" rx="3.5" fill="${BADGE}"/>
  <rect x="2.5" y="4.5" width="2" height="2" rx="1" fill="#ffffff"/>
  <g stroke="${HALO}" stroke-linecap="round" fill="none">
    <circle cx="10" cy="10" r="3.5" stroke-width="3"/>
    <line x1="13" y1="13" x2="15" y2="15" stroke-width="3.5"/>
  </g>
  <circle cx="10" cy="10" r="3.5" fill="${GLASS}"/>
  <g stroke="${INK}" stroke-linecap="round" fill="none">
    <circle cx="10" cy="10" r="3.5" stroke-width="1.5"/>
    <line x1="13" y1="13" x2="15" y2="15" stroke-width="2"/>
  </g>
</svg>`;
}

export function iconSvg(size: number): string {
  if (size <= 16) return tinyIcon();
  if (size <= 32) return smallIcon();
  if (size < 128) return fullIcon();
  // The stores show the 128 px icon as 96 px of artwork with 16 px of transparent margin.
  return fullIcon().replace(
    /<svg ([^>]*)>([\s\S]*)<\/svg>/,
    '<svg $1><g transform="translate(16 16) scale(0.75)">$2</g></svg>',
  );
}

async function main() {
  const preview = process.argv.includes('--preview');
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const svg = iconSvg(size).replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(resolve(OUT, `${size}.png`), png);
      console.log(`public/icon/${size}.png`);
    }
    if (preview) {
      // Each size at 1x and zoomed 8x (pixelated), on a light and a dark toolbar colour.
      const cells = SIZES.map(
        (s) => `<div class="cell"><img src="data:image/png;base64,${readBase64(s)}" width="${s}" height="${s}">
          <img class="zoom" src="data:image/png;base64,${readBase64(s)}" width="${s * (s <= 32 ? 8 : 2)}"></div>`,
      ).join('');
      await page.setViewportSize({ width: 1100, height: 400 });
      await page.setContent(`<!doctype html><style>
        body{margin:0;font:12px sans-serif} .row{display:flex;flex-wrap:wrap;gap:16px;padding:16px;align-items:flex-end}
        .light{background:#f1f3f4} .dark{background:#202124} .zoom{image-rendering:pixelated}
        .cell{display:flex;gap:8px;align-items:flex-end}</style>
        <div class="row light">${cells}</div><div class="row dark">${cells}</div>`);
      mkdirSync(resolve(PREVIEW, '..'), { recursive: true });
      await page.screenshot({ path: PREVIEW, fullPage: true });
      console.log(PREVIEW);
    }
  } finally {
    await browser.close();
  }
}

function readBase64(size: number): string {
  return readFileSync(resolve(OUT, `${size}.png`)).toString('base64');
}

await main();
