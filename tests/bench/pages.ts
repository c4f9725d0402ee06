/**
 * The benchmark's pages, each at 1,000 and 5,000 rows: a Dropsuite status page, the same page of no vendor, and
 * a DPOD execution page of that many log sentences (each holding a code) below a quarter as many task rows. Each
 * carries a tooltip of its own (shown on pointerover, as a console's would be: the page changes under the
 * pointer) and a long-task observer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const STATUSES = ['Completed', 'Retrying', 'Authentication Error', 'Space Full', 'In Progress', 'Partially Complete'];
const DPOD_CODES = [
  'SUCCESS',
  'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL',
  'EXECUTION_STARTED',
  'EXECUTION_QUIESCE_TIMEOUT_OCCURRED',
];

/** The page's own instruments: long tasks, and a tooltip of its own on every element with a title. */
const INSTRUMENTS = `<div id="page-tip" style="position:fixed;display:none;background:#222;color:#fff;padding:4px 8px;z-index:10"></div>
<script>
window.__longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__longTasks.push(e.duration)}).observe({type:'longtask',buffered:true});
document.addEventListener('pointerover',e=>{const t=e.target.closest&&e.target.closest('[title]');const tip=document.getElementById('page-tip');if(!t){tip.style.display='none';return;}tip.textContent=t.getAttribute('title');tip.style.left=e.clientX+'px';tip.style.top=(e.clientY+16)+'px';tip.style.display='block';});
</script>`;

/** The page sizes the bench compares: what a hover costs must not grow from the first to the second. */
export const SIZES = [1000, 5000] as const;

/** The files written for a size: a status page, a DPOD page of `size` log lines (and a quarter as many tasks). */
export function benchFiles(size: number) {
  return { status: `status-${size}.html`, dpod: `dpod-${size}.html`, plain: `plain-${size}.html` };
}

export function writeBenchPages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writePages(dir, size);
}

function writePages(dir: string, size: number): void {
  const files = benchFiles(size);
  const rows = Array.from(
    { length: size },
    (_, i) =>
      `<tr><td>user${i}@example.com</td><td>2026-11-22</td><td title="Job status"><span class="pill">${STATUSES[i % STATUSES.length]}</span></td><td><button>Force Backup</button></td></tr>`,
  ).join('\n');
  const statusPage = (title: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1><div role="tablist"><button role="tab" aria-selected="true">Backups</button><button role="tab">Migrates</button><button role="tab">Restores</button><button role="tab">Downloads</button></div>
<table><thead><tr><th>Mailbox</th><th>Last backup</th><th>Status</th><th>Actions</th></tr></thead><tbody>${rows}</tbody></table>
${INSTRUMENTS}</body></html>`;
  writeFileSync(`${dir}/${files.status}`, statusPage('System Status'));
  // The same page of no vendor: a mail archive's own list. Nothing is shown; what it costs is recognition.
  writeFileSync(`${dir}/${files.plain}`, statusPage('Mail archive'));
  const code = (i: number) => DPOD_CODES[i % DPOD_CODES.length];
  const taskRows = Array.from(
    { length: size / 4 },
    (_, i) =>
      `<div role="row"><span role="cell">idg-${i}</span><span role="cell">(all)</span><span role="cell">${code(i)}</span><span role="cell">02:00:${i % 60}</span></div>`,
  ).join('\n');
  const lines = Array.from(
    { length: size },
    (_, i) => `<p title="Log line">02:00:${i % 60} idg-${i}: task ended with ${code(i)}, see the device log.</p>`,
  ).join('\n');
  writeFileSync(
    `${dir}/${files.dpod}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>IBM DataPower Operations Dashboard</title></head><body>
<header>IBM DataPower Operations Dashboard</header>
<div role="table" aria-label="Backup task executions"><div role="row"><span role="columnheader">Device</span><span role="columnheader">Domain</span><span role="columnheader">Status</span><span role="columnheader">Started</span></div>
${taskRows}</div><div class="log">${lines}</div>
${INSTRUMENTS}</body></html>`,
  );
}
