/**
 * `npm run demo`: the built e2e extension at work on the demo consoles served on loopback.
 * With a display, a Chromium window opens on them; without one (a server, CI), it runs headless,
 * hovers a status on each console and saves screenshots of the tooltips.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../support/browser';
import { serveFixtures } from '../support/server';

const OUT = resolve(import.meta.dirname, '../artifacts/demo');

const TOURS = [
  { name: 'dropsuite-migrates', path: 'dropsuite/system-status.html', tab: 'Migrates', status: 'Failed' },
  { name: 'dropsuite-backups', path: 'dropsuite/system-status.html', tab: 'Backups', status: 'Retrying' },
  { name: 'dropsuite-dashboard', path: 'dropsuite/dashboard.html', status: 'Need Reauthentication' },
  { name: 'dpod-executions', path: 'dpod/executions.html', status: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' },
  { name: 'mxhero-notifications', path: 'mxhero/notifications.html', status: 'web_hook_removed_by_move_conflict' },
] as const;

const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
const server = await serveFixtures(undefined, Number(process.env.DEMO_PORT ?? 0));
const browser = await launchWithExtension({ headless: !headed });
console.log(`Demo consoles at ${server.origin}/ (extension ${browser.extensionId})`);

if (headed) {
  for (const tour of TOURS.filter((t, i, all) => all.findIndex((o) => o.path === t.path) === i)) {
    await (await browser.context.newPage()).goto(server.url(tour.path));
  }
  console.log('Hover or Tab to a status in the window. Close the window to end the demo.');
  await new Promise((done) => browser.context.on('close', done));
} else {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.context.newPage();
  for (const tour of TOURS) {
    await page.goto(server.url(tour.path));
    await page.waitForTimeout(600);
    if ('tab' in tour) await page.getByRole('tab', { name: tour.tab }).click();
    const scope = 'tab' in tour ? page.getByRole('tabpanel', { name: tour.tab }) : page;
    await page.mouse.move(0, 0);
    await scope.getByText(tour.status, { exact: true }).first().hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 5000 });
    const file = `${OUT}/${tour.name}.png`;
    await page.screenshot({ path: file });
    const heading = (await tooltip.locator('h2, h3').first().textContent())?.trim();
    console.log(`${tour.name.padEnd(22)} hovered "${tour.status}" → tooltip "${heading}"  ${file}`);
  }
}
await browser.close();
await server.close();
