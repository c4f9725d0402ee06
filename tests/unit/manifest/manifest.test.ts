/**
 * The store check on the production builds (`npm run build`, `npm run build:firefox`; `npm test` makes
 * both through `npm run audit:store`), and on hand-made manifests that show what it catches.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLES } from '../../../catalog/consoles';
import { CONTENT_SCRIPT_FILE } from '../../../components/content/files';
import { ICON_SIZES, isBroadPattern, type Manifest, manifestProblems, pngSize, remoteCodeProblems } from './check';

const OUTPUT = resolve(import.meta.dirname, '../../../.output');
const BUILDS = [
  { browser: 'chrome', dir: join(OUTPUT, 'chrome-mv3'), command: 'npm run build' },
  { browser: 'firefox', dir: join(OUTPUT, 'firefox-mv3'), command: 'npm run build:firefox' },
] as const;

// In `npm test` and CI the builds must be there; a bare `vitest run --project unit` skips these.
const mustHaveBuilds = process.env.npm_lifecycle_event === 'test' || Boolean(process.env.CI);

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

for (const { browser, dir, command } of BUILDS) {
  const built = existsSync(join(dir, 'manifest.json'));
  describe.skipIf(!built && !mustHaveBuilds)(`the production ${browser} build`, () => {
    it('exists', () => {
      expect(built, `no ${dir}/manifest.json: run \`${command}\``).toBe(true);
    });

    it('asks for least privilege and loads no remote code', () => {
      expect(manifestProblems(readManifest(dir), browser)).toEqual([]);
      expect(remoteCodeProblems(dir)).toEqual([]);
    });

    it('reads the consoles at install and lets the user add hosts at run time', () => {
      const manifest = readManifest(dir);
      expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      // The consoles' own hosts, as their folders declare them.
      expect(manifest.content_scripts?.flatMap((s) => s.matches ?? [])).toEqual(
        CONSOLES.flatMap((c) => c.builtInHosts),
      );
      expect(manifest.content_scripts?.flatMap((s) => s.matches ?? [])).toContain('*://*.dropsuite.com/*');
    });

    it('injects a plain content script, and exposes no file to web pages', () => {
      const manifest = readManifest(dir);
      expect(manifest.content_scripts?.map((s) => s.js)).toEqual([[CONTENT_SCRIPT_FILE]]);
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
      expect(existsSync(join(dir, CONTENT_SCRIPT_FILE)), CONTENT_SCRIPT_FILE).toBe(true);
    });

    it('ships its icons at every store size', () => {
      const icons = readManifest(dir).icons ?? {};
      for (const size of ICON_SIZES) {
        const file = icons[String(size)];
        expect(file, `icon ${size}`).toBeDefined();
        expect(pngSize(join(dir, file ?? '')), `${file}`).toEqual({ width: size, height: size });
      }
    });
  });
}

describe('the manifest check', () => {
  const good: Manifest = {
    manifest_version: 3,
    name: 'Status Lens',
    description: 'Explains console statuses.',
    version: '0.1.0',
    icons: Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${s}.png`])),
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: ['*://*.dropsuite.com/*', 'https://app.mxhero.com/*'], js: ['content.js'] }],
    background: { service_worker: 'background.js' },
  };
  const firefox: Manifest = {
    ...good,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: 'a@b', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  const problems = (change: Partial<Manifest>, browser: 'chrome' | 'firefox' = 'chrome') =>
    manifestProblems({ ...(browser === 'chrome' ? good : firefox), ...change }, browser);

  it('passes a least-privilege manifest, broad optional host permissions included', () => {
    expect(problems({})).toEqual([]);
    expect(problems({}, 'firefox')).toEqual([]);
  });

  it.each([
    ['<all_urls>'],
    ['*://*/*'],
    ['https://*/*'],
    ['http://*/*'],
    ['*://*.com/*'],
    ['https://*.co.uk/*'],
    ['file:///*'],
  ])('fails on the broad pattern %s granted at install, wherever it is', (pattern) => {
    expect(isBroadPattern(pattern)).toBe(true);
    expect(problems({ host_permissions: [pattern] }).join()).toMatch(/broad host access/);
    expect(problems({ permissions: ['storage', pattern] }).join()).toMatch(/broad host access/);
    expect(problems({ content_scripts: [{ matches: [pattern], js: ['c.js'] }] }).join()).toMatch(/broad host access/);
  });

  it('fails on hosts other than the consoles at install, and on loopback in production', () => {
    expect(problems({ host_permissions: ['https://example.org/*'] }).join()).toMatch(/not a console's/);
    expect(problems({ host_permissions: ['https://dropsuite.com.evil.example/*'] }).join()).toMatch(/not a console's/);
    for (const pattern of ['http://localhost/*', 'http://127.0.0.1/*', 'http://[::1]/*']) {
      expect(problems({ content_scripts: [{ matches: [pattern], js: ['c.js'] }] }).join()).toMatch(/loopback/);
    }
    expect(problems({ optional_host_permissions: ['http://localhost/*'] }).join()).toMatch(/loopback/);
    expect(isBroadPattern('*://*.dropsuite.com/*')).toBe(false);
  });

  it.each([['tabs'], ['history'], ['cookies'], ['webRequest'], ['debugger'], ['webNavigation'], ['management']])(
    'fails on the sensitive permission %s, required or optional',
    (permission) => {
      expect(problems({ permissions: ['storage', permission] })).toEqual([`sensitive permission: ${permission}`]);
      expect(problems({ optional_permissions: [permission] })).toEqual([`sensitive permission: ${permission}`]);
    },
  );

  it('fails on a permission nobody reviewed', () => {
    expect(problems({ permissions: ['storage', 'offscreen'] }).join()).toMatch(/not reviewed.*offscreen/);
  });

  it('fails on a content security policy other than the default, and on remote code', () => {
    expect(problems({ content_security_policy: { extension_pages: "script-src 'self'" } }).join()).toMatch(
      /content_security_policy/,
    );
    expect(problems({ background: { service_worker: 'https://cdn.example.com/bg.js' } }).join()).toMatch(/remote code/);
    expect(
      problems({ content_scripts: [{ matches: ['*://*.dropsuite.com/*'], js: ['//cdn.example.com/c.js'] }] }).join(),
    ).toMatch(/remote code/);
  });

  it('fails on missing icons and on an over-long description', () => {
    expect(problems({ icons: { '128': 'icon/128.png' } }).join()).toMatch(/icons missing at 16, 32, 48, 96 px/);
    expect(problems({ description: 'x'.repeat(133) }).join()).toMatch(/132/);
  });

  it('asks Firefox to declare that no data is collected, with the versions that understand it', () => {
    expect(problems({ browser_specific_settings: { gecko: { id: 'a@b' } } }, 'firefox').join()).toMatch(
      /data_collection_permissions.required/,
    );
    const collecting = {
      gecko: {
        id: 'a@b',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
      },
    };
    const found = problems({ browser_specific_settings: collecting }, 'firefox').join('\n');
    expect(found).toMatch(/optional is set/);
    expect(found).toMatch(/strict_min_version must be 140/);
    expect(found).toMatch(/gecko_android.strict_min_version must be 142/);
    expect(problems({ browser_specific_settings: firefox.browser_specific_settings })).toEqual([
      'browser_specific_settings belongs to the Firefox build only',
    ]);
  });

  it('lets no page probe for the extension by a web-accessible file', () => {
    const exposed = { resources: ['content-scripts/content.js'], matches: ['<all_urls>'] };
    expect(problems({ web_accessible_resources: [{ ...exposed, use_dynamic_url: true }] })).toEqual([]);
    expect(problems({ web_accessible_resources: [exposed] }, 'firefox')).toEqual([]);
    expect(problems({ web_accessible_resources: [exposed] })).toEqual([
      'web_accessible_resources[0] lacks use_dynamic_url: true, so a page could probe for the extension',
    ]);
    expect(
      problems({ web_accessible_resources: [{ resources: ['chunks/*'], matches: ['<all_urls>'] }] }, 'firefox').join(),
    ).toMatch(/wildcard: chunks\/\*/);
  });

  it('finds remote and generated code in built pages and scripts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-lens-build-'));
    try {
      writeFileSync(join(dir, 'ok.html'), '<script type="module" src="/chunks/ok.js"></script>');
      writeFileSync(join(dir, 'ok.js'), 'const ns="http://www.w3.org/2000/svg";const e="https://react.dev/errors/"+1;');
      expect(remoteCodeProblems(dir)).toEqual([]);
      writeFileSync(
        join(dir, 'bad.html'),
        '<script src="https://cdn.example.com/x.js"></script><script>alert(1)</script>',
      );
      writeFileSync(
        join(dir, 'bad.js'),
        'importScripts("https://cdn.example.com/w.js");import("//cdn.example.com/m.mjs");eval(s)',
      );
      const found = remoteCodeProblems(dir).join('\n');
      for (const what of [
        'bad.html: loads remote code',
        'bad.html: inline script',
        'importScripts',
        'import()',
        'eval(',
      ]) {
        expect(found).toContain(what);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
