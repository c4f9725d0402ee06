/**
 * Search benchmark: how fast and how right searchCatalog is on queries a technician types.
 * `runSearchBench()` is imported by `npm run bench`; run this file directly for a table:
 *   npx vite-node tests/bench/search-bench.ts (vite-node: the console registry is an import.meta.glob)
 */
import { pathToFileURL } from 'node:url';
import { clearSearchCache, searchCatalog } from '../../catalog/search';

/** A query and the entries that would answer it (any one in the top 3 counts). */
export const BENCH_QUERIES: ReadonlyArray<{ query: string; expected: readonly string[] }> = [
  { query: 'wrong password', expected: ['dropsuite.backups.authentication-error'] },
  { query: 'conection eror', expected: ['dropsuite.backups.connection-error', 'dropsuite.migrates.connection-error'] },
  { query: 'unquiesse', expected: ['dpod.executions.execution-unquiesce-started'] },
  { query: 'secure backup unsuccessful', expected: ['dpod.executions.execution-secure-backup-unsuccessful'] },
  { query: 'Web_Hook_Moved', expected: ['mxhero.notifications.web-hook-moved'] },
  {
    query: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE',
    expected: ['dpod.executions.execution-pre-checks-nfs-out-of-space'],
  },
  { query: 'Space Full', expected: ['dropsuite.backups.space-full', 'dropsuite.migrates.space-full'] },
  {
    query: 'partial compl',
    expected: ['dropsuite.backups.partially-complete', 'dropsuite.migrates.partially-complete'],
  },
  {
    query: 'rate limited',
    expected: ['dropsuite.backups.connection-error', 'mxhero.notifications.connection-error-max-retry'],
  },
  { query: 'mailbox full', expected: ['dropsuite.migrates.space-full', 'dropsuite.restores.space-full'] },
  { query: 'folder moved', expected: ['mxhero.notifications.web-hook-moved'] },
  { query: 'backup never starts', expected: ['dropsuite.backups.preparing-backup'] },
  { query: 'download link expired', expected: ['dropsuite.downloads.expired'] },
  { query: 'need reauth', expected: ['dropsuite.dashboard.need-reauthentication'] },
  { query: 'global admin deleted', expected: ['dropsuite.dashboard.need-reauthentication'] },
  { query: 'secure backup wrong file size', expected: ['dpod.executions.execution-secure-backup-wrong-file-hash'] },
  { query: 'dr mode', expected: ['dpod.executions.device-not-in-dr-mode'] },
  { query: 'certificate missing on device', expected: ['dpod.executions.cert-doesnt-exist-on-device'] },
  { query: 'maintenance window', expected: ['dpod.executions.execution-canceled-because-maintenance-window'] },
  {
    query: 'pre script failed',
    expected: ['dpod.executions.plan-failed-pre-script', 'dpod.executions.execution-pre-script-error'],
  },
  { query: 'dpod restarted no files', expected: ['dpod.executions.failed-no-files-downloaded'] },
  { query: 'storage_credential_no_access', expected: ['mxhero.notifications.storage-credential-no-access'] },
  { query: 'onedrive token expired', expected: ['mxhero.notifications.storage-credential-no-access'] },
  { query: 'smime signature', expected: ['mxhero.notifications.smime-error'] },
  { query: 'directory sync warning', expected: ['mxhero.notifications.accounts-and-groups-source-sync-warning'] },
  {
    query: 'the backup task of my device keeps failing with a timeout while quiescing the domain',
    expected: ['dpod.executions.execution-quiesce-timeout-occurred'],
  },
];

export interface SearchBenchRow {
  query: string;
  /** Median time of the whole query, word matches not cached (ms). */
  coldMs: number;
  /** Median time per keystroke while typing the query letter by letter, as the popup does (ms). */
  keystrokeMs: number;
  /** 1-based rank of the first expected entry, null when not in the results. */
  rank: number | null;
  top3: boolean;
  top: string | undefined;
}

export interface SearchBenchResult {
  rows: SearchBenchRow[];
  /** Share of queries whose expected entry is in the top 3 (0..1). */
  top3Share: number;
  medianColdMs: number;
  maxColdMs: number;
  medianKeystrokeMs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export function runSearchBench(options: { repetitions?: number } = {}): SearchBenchResult {
  const repetitions = options.repetitions ?? 15;
  searchCatalog('warm up the index'); // builds the index once, as the first keystroke would
  const rows = BENCH_QUERIES.map(({ query, expected }): SearchBenchRow => {
    const cold: number[] = [];
    const keys: number[] = [];
    for (let r = 0; r < repetitions; r++) {
      clearSearchCache();
      let start = performance.now();
      searchCatalog(query);
      cold.push(performance.now() - start);
      clearSearchCache();
      for (let i = 1; i <= query.length; i++) {
        start = performance.now();
        searchCatalog(query.slice(0, i));
        keys.push(performance.now() - start);
      }
    }
    const hits = searchCatalog(query, { limit: 20 });
    const index = hits.findIndex((h) => expected.includes(h.entry.id));
    return {
      query,
      coldMs: median(cold),
      keystrokeMs: median(keys),
      rank: index < 0 ? null : index + 1,
      top3: index >= 0 && index < 3,
      top: hits[0]?.entry.id,
    };
  });
  return {
    rows,
    top3Share: rows.filter((r) => r.top3).length / rows.length,
    medianColdMs: median(rows.map((r) => r.coldMs)),
    maxColdMs: Math.max(...rows.map((r) => r.coldMs)),
    medianKeystrokeMs: median(rows.map((r) => r.keystrokeMs)),
  };
}

function printTable(result: SearchBenchResult): void {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  console.log(`${'query'.padEnd(40)} ${'cold ms'.padStart(8)} ${'key ms'.padStart(7)} rank  top hit`);
  for (const r of result.rows) {
    console.log(
      `${cut(r.query, 40)} ${r.coldMs.toFixed(2).padStart(8)} ${r.keystrokeMs.toFixed(2).padStart(7)} ${String(
        r.rank ?? '—',
      ).padStart(4)}${r.top3 ? ' ' : '!'} ${r.top ?? ''}`,
    );
  }
  console.log(
    `\ntop-3 hits: ${(result.top3Share * 100).toFixed(0)}% of ${result.rows.length} queries · ` +
      `cold median ${result.medianColdMs.toFixed(2)} ms (max ${result.maxColdMs.toFixed(2)}) · ` +
      `keystroke median ${result.medianKeystrokeMs.toFixed(2)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(runSearchBench());
}
