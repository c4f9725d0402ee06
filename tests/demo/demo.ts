/**
 * `npm run demo`: the built e2e extension at work on the demo consoles served on loopback, in Chromium
 * (default) or Firefox ESR: `npm run demo -- --browser firefox`, or DEMO_BROWSER=firefox.
 * With a display, a browser window opens on them; without one (a server, CI), it runs headless, rests the
 * pointer on a status of each console until its card opens (read through the e2e build's inspection: the card
 * lives in a closed shadow root) and saves screenshots of the cards.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOST_TAG } from '../../entrypoints/content/own';
import { cardOf, launchWithExtension } from '../support/browser';
import { centre } from '../support/card';
import { cardOf as firefoxCardOf, launchFirefoxWithExtension } from '../support/firefox';
import { type FixtureServer, serveFixtures } from '../support/server';
import { TOURS, tourLine } from './tours';

function browserAsked(): 'chromium' | 'firefox' {
  const i = process.argv.indexOf('--browser');
  const name = (i >= 0 ? process.argv[i + 1] : process.env.DEMO_BROWSER) ?? 'chromium';
  if (name === 'chromium' || name === 'chrome') return 'chromium';
  if (name === 'firefox') return 'firefox';
  console.error(`Unknown browser "${name}": use chromium or firefox.`);
  process.exit(2);
}

const which = browserAsked();
const OUT = resolve(import.meta.dirname, '../artifacts/demo', which);
const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
const server = await serveFixtures(undefined, Number(process.env.DEMO_PORT ?? 0));
const firstOfEachPage = TOURS.filter((t, i, all) => all.findIndex((o) => o.path === t.path) === i);
// Ready once the overlay's host names the console it recognised (Tab stops wait for the keyboard's first use).
const READY = `${HOST_TAG}[data-console]`;
const report = (name: string, status: string, heading: string | undefined, file: string) =>
  console.log(tourLine(name, status, heading, file));
if (!headed) mkdirSync(OUT, { recursive: true });

if (which === 'chromium') await chromiumDemo(server);
else await firefoxDemo(server);
await server.close();

async function chromiumDemo(server: FixtureServer): Promise<void> {
  const browser = await launchWithExtension({ headless: !headed });
  console.log(`Demo consoles at ${server.origin}/ in Chromium (extension ${browser.extensionId})`);
  if (headed) {
    for (const tour of firstOfEachPage) await (await browser.context.newPage()).goto(server.url(tour.path));
    console.log('Hover or Tab to a status in the window. Close the window to end the demo.');
    await new Promise((done) => browser.context.on('close', done));
  } else {
    const page = await browser.context.newPage();
    const card = cardOf(page, browser.worker);
    for (const tour of TOURS) {
      await page.goto(server.url(tour.path));
      await page.locator(READY).waitFor({ state: 'attached' });
      if ('tab' in tour) await page.getByRole('tab', { name: tour.tab }).click();
      const scope = 'tab' in tour ? page.getByRole('tabpanel', { name: tour.tab }) : page;
      await card.leave();
      const box = await scope.getByText(tour.status, { exact: true }).first().boundingBox();
      if (!box) throw new Error(`${tour.name}: "${tour.status}" is not on screen`);
      const shown = await card.restOn(centre(box), tour.status, { timeout: 5000 });
      const file = `${OUT}/${tour.name}.png`;
      await page.screenshot({ path: file });
      report(tour.name, tour.status, shown.name, file);
    }
  }
  await browser.close();
}

async function firefoxDemo(server: FixtureServer): Promise<void> {
  const firefox = await launchFirefoxWithExtension({ headless: !headed });
  console.log(`Demo consoles at ${server.origin}/ in ${await firefox.browser.version()} (${firefox.origin})`);
  if (headed) {
    for (const tour of firstOfEachPage) await firefox.open(server.url(tour.path));
    console.log('Hover or Tab to a status in the window. Close the window to end the demo.');
    await new Promise((done) => firefox.browser.once('disconnected', done));
    return;
  }
  const page = await firefox.open('about:blank');
  const card = firefoxCardOf(firefox, page);
  for (const tour of TOURS) {
    await page.goto(server.url(tour.path), { waitUntil: 'load' });
    await page.waitForSelector(READY);
    // The fixtures' tab buttons are named after their tab, and their panels labelled by them.
    const scope = 'tab' in tour ? `[role="tabpanel"][aria-labelledby="tab-${tour.tab.toLowerCase()}"]` : 'body';
    if ('tab' in tour) await (await page.waitForSelector(`#tab-${tour.tab.toLowerCase()}`))?.click();
    await card.leave();
    const status = await page.waitForSelector(`${scope} ::-p-text(${JSON.stringify(tour.status)})`);
    const box = await status?.boundingBox();
    if (!box) throw new Error(`${tour.name}: "${tour.status}" is not on screen`);
    const shown = await card.restOn(centre(box), tour.status, { timeout: 5000 });
    const file = `${OUT}/${tour.name}.png` as const;
    await page.screenshot({ path: file });
    report(tour.name, tour.status, shown.name, file);
  }
  await firefox.close();
}
