/** Runs `npm run demo`'s script headless, as a user on a server would, and reads back what it showed. */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { TOUR_LINE, TOURS } from './tours';

export interface ShownTour {
  name: string;
  hovered: string;
  heading: string;
  screenshot: string;
}

export async function runDemo(browser: 'chromium' | 'firefox'): Promise<ShownTour[]> {
  const script = resolve(import.meta.dirname, 'demo.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, '--browser', browser, '--headless'],
    { timeout: 180_000 },
  );
  return [...stdout.matchAll(TOUR_LINE)].map(([, name = '', hovered = '', heading = '', screenshot = '']) => ({
    name,
    hovered,
    heading,
    screenshot,
  }));
}

/** What both browsers' demo tests require: every tour shown, its card named by the status rested on, saved. */
export async function expectDemoShowsEveryTour(browser: 'chromium' | 'firefox'): Promise<void> {
  const shown = await runDemo(browser);
  expect(shown.map((t) => t.name)).toEqual(TOURS.map((t) => t.name));
  for (const tour of shown) {
    expect(tour.heading, tour.name).toBe(tour.hovered);
    expect(statSync(tour.screenshot).size, tour.screenshot).toBeGreaterThan(10_000);
  }
}
