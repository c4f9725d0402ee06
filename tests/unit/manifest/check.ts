/**
 * The store check: what a production manifest and build may and may not contain. Each function
 * returns readable problems (empty when all is well), so a failing test says what to fix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

export interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
}

export interface WebAccessibleResource {
  resources?: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

/** The parts of a built manifest.json the check reads (MV2 or MV3, Chrome or Firefox). */
export interface Manifest {
  manifest_version?: number;
  name?: string;
  description?: string;
  version?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: WebAccessibleResource[] | string[];
  content_security_policy?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  externally_connectable?: unknown;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

/** The consoles whose pages the extension may read from install on. Anything else is added by the user. */
export const CONSOLE_DOMAINS = ['dropsuite.com', 'mxhero.com'];

/** API permissions the extension may ask for at install. Anything else needs a review and an entry here. */
export const ALLOWED_PERMISSIONS = ['storage', 'scripting', 'alarms', 'contextMenus', 'activeTab'];

/** Permissions that read or steer browsing beyond the consoles, or show a warning at install. Never allowed. */
export const SENSITIVE_PERMISSIONS = [
  'tabs',
  'history',
  'cookies',
  'webRequest',
  'webRequestBlocking',
  'webRequestAuthProvider',
  'webRequestFilterResponse',
  'webNavigation',
  'debugger',
  'declarativeNetRequest',
  'declarativeNetRequestWithHostAccess',
  'declarativeNetRequestFeedback',
  'proxy',
  'management',
  'nativeMessaging',
  'bookmarks',
  'topSites',
  'sessions',
  'browsingData',
  'downloads',
  'clipboardRead',
  'clipboardWrite',
  'geolocation',
  'privacy',
  'pageCapture',
  'tabCapture',
  'desktopCapture',
  'identity',
  'userScripts',
  'contentSettings',
  'tabHide',
  'dns',
  'find',
  'search',
  'system.cpu',
  'system.memory',
  'system.storage',
  '<all_urls>',
];

/** The icon sizes the Chrome Web Store and addons.mozilla.org use. */
export const ICON_SIZES = [16, 32, 48, 96, 128];

export const MIN_FIREFOX = 140; // data_collection_permissions
export const MIN_FIREFOX_ANDROID = 142;

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\*\.localhost)$/i;

export function isHostPattern(entry: string): boolean {
  return entry === '<all_urls>' || entry.includes('://');
}

function hostOf(pattern: string): string | undefined {
  const match = /^[^:]+:\/\/([^/]*)/.exec(pattern);
  return match?.[1]?.replace(/:\d+$|:\*$/, '').toLowerCase();
}

/**
 * A pattern that reaches sites nobody chose: all URLs, any host, a wildcard over a whole top-level
 * domain (`*.com`), or any file.
 */
export function isBroadPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  if (/^file:/i.test(pattern)) return true;
  const host = hostOf(pattern);
  if (host === undefined || host === '' || host === '*') return true;
  if (host.startsWith('*.')) {
    const rest = host.slice(2);
    return !rest.includes('.') || /^(co|com|net|org|gov|edu|ac)\.[a-z]{2}$/.test(rest);
  }
  return host.includes('*');
}

export function isLoopbackPattern(pattern: string): boolean {
  const host = hostOf(pattern);
  return host !== undefined && LOOPBACK_HOST.test(host);
}

function isConsolePattern(pattern: string): boolean {
  const host = hostOf(pattern);
  if (!host) return false;
  const bare = host.startsWith('*.') ? host.slice(2) : host;
  return CONSOLE_DOMAINS.some((domain) => bare === domain || bare.endsWith(`.${domain}`));
}

function isRemote(path: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path.trim());
}

/** Problems with a production manifest for the Chrome Web Store or addons.mozilla.org. */
export function manifestProblems(manifest: Manifest, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  const add = (message: string) => problems.push(message);

  if (manifest.manifest_version !== 3) add(`manifest_version is ${manifest.manifest_version}; the builds are MV3`);
  if (!manifest.name?.trim()) add('no name');
  else if (manifest.name.length > 45) add(`name is ${manifest.name.length} characters; keep it to 45`);
  if (!manifest.description?.trim()) add('no description');
  else if (manifest.description.length > 132)
    add(`description is ${manifest.description.length} characters; the Chrome Web Store allows 132`);

  // Host access granted at install: host_permissions, host patterns among permissions, content script matches.
  const installHosts: Array<[string, string]> = [
    ...(manifest.host_permissions ?? []).map((p): [string, string] => ['host_permissions', p]),
    ...(manifest.permissions ?? []).filter(isHostPattern).map((p): [string, string] => ['permissions', p]),
    ...(manifest.content_scripts ?? []).flatMap((script, i) =>
      (script.matches ?? []).map((p): [string, string] => [`content_scripts[${i}].matches`, p]),
    ),
  ];
  for (const [where, pattern] of installHosts) {
    if (isBroadPattern(pattern)) add(`${where} grants broad host access at install: ${pattern}`);
    else if (isLoopbackPattern(pattern)) add(`${where} matches loopback in a production build: ${pattern}`);
    else if (!isConsolePattern(pattern))
      add(
        `${where} reaches a host that is not a console's (${CONSOLE_DOMAINS.join(', ')}): ${pattern}; ` +
          'user-chosen hosts belong in optional_host_permissions, granted at run time',
      );
  }
  for (const pattern of manifest.optional_host_permissions ?? []) {
    if (isLoopbackPattern(pattern)) add(`optional_host_permissions names loopback in a production build: ${pattern}`);
  }

  const apiPermissions = (manifest.permissions ?? []).filter((p) => !isHostPattern(p) || p === '<all_urls>');
  for (const permission of [...apiPermissions, ...(manifest.optional_permissions ?? [])]) {
    if (SENSITIVE_PERMISSIONS.includes(permission)) add(`sensitive permission: ${permission}`);
    else if (!isHostPattern(permission) && !ALLOWED_PERMISSIONS.includes(permission))
      add(`permission not reviewed for the stores: ${permission} (see ALLOWED_PERMISSIONS)`);
  }

  if (manifest.content_security_policy !== undefined)
    add(`content_security_policy is set (${JSON.stringify(manifest.content_security_policy)}); keep the default`);
  if (manifest.externally_connectable !== undefined) add('externally_connectable is set: no web page may message us');

  const code = [
    manifest.background?.service_worker,
    manifest.background?.page,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
  ].filter((p): p is string => typeof p === 'string');
  for (const path of code) if (isRemote(path)) add(`remote code in the manifest: ${path}`);

  // Any page may load a web-accessible file; a fixed URL would let it probe for the extension.
  for (const [i, entry] of (manifest.web_accessible_resources ?? []).entries()) {
    if (typeof entry === 'string') {
      add(`web_accessible_resources[${i}] is an MV2 entry: ${entry}`);
      continue;
    }
    for (const resource of entry.resources ?? [])
      if (resource.includes('*')) add(`web_accessible_resources[${i}] exposes a wildcard: ${resource}; name each file`);
    if (browser === 'chrome' && entry.use_dynamic_url !== true)
      add(`web_accessible_resources[${i}] lacks use_dynamic_url: true, so a page could probe for the extension`);
  }

  const icons = manifest.icons ?? {};
  const missing = ICON_SIZES.filter((size) => !icons[String(size)]);
  if (missing.length) add(`icons missing at ${missing.join(', ')} px`);

  if (browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) add('browser_specific_settings.gecko.id is missing');
    const required = gecko?.data_collection_permissions?.required;
    if (JSON.stringify(required) !== JSON.stringify(['none']))
      add(`gecko.data_collection_permissions.required is ${JSON.stringify(required)}; it must be ["none"]`);
    if (gecko?.data_collection_permissions?.optional?.length)
      add('gecko.data_collection_permissions.optional is set: the extension collects nothing');
    const min = Number.parseFloat(gecko?.strict_min_version ?? '0');
    if (!(min >= MIN_FIREFOX)) add(`gecko.strict_min_version must be ${MIN_FIREFOX}.0 or later`);
    const android = Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0');
    if (!(android >= MIN_FIREFOX_ANDROID))
      add(`gecko_android.strict_min_version must be ${MIN_FIREFOX_ANDROID}.0 or later`);
  } else if (manifest.browser_specific_settings !== undefined) {
    add('browser_specific_settings belongs to the Firefox build only');
  }
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const REMOTE_IN_HTML = /<(script|link)\b[^>]*\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//gi;
const REMOTE_IN_JS: Array<[RegExp, string]> = [
  [/\bimportScripts\(\s*["'`](https?:)?\/\//g, 'importScripts of a remote URL'],
  [/\bimport\(\s*["'`](https?:)?\/\//g, 'import() of a remote URL'],
  [/["'`]https?:\/\/[^"'`\s]+\.m?js(\?[^"'`\s]*)?["'`]/g, 'a remote script URL'],
  [/(?<![\w$.])eval\(/g, 'eval('],
  [/\bnew Function\(/g, 'new Function('],
];

/** Remote or generated code anywhere in a built extension's pages and scripts. */
export function remoteCodeProblems(buildDir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(buildDir)) {
    const ext = extname(file);
    if (ext !== '.html' && ext !== '.js' && ext !== '.mjs') continue;
    const text = readFileSync(file, 'utf8');
    const name = relative(buildDir, file);
    if (ext === '.html') {
      for (const m of text.matchAll(REMOTE_IN_HTML)) problems.push(`${name}: loads remote code: ${m[0]}`);
      if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(text)) problems.push(`${name}: inline script`);
      continue;
    }
    for (const [pattern, what] of REMOTE_IN_JS) {
      for (const m of text.matchAll(pattern)) {
        const at = m.index ?? 0;
        problems.push(`${name}: ${what}: …${text.slice(Math.max(0, at - 40), at + 60)}…`);
      }
    }
  }
  return problems;
}

/** Width and height of a PNG file, read from its header. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const data = readFileSync(file);
  if (data.length < 24 || data.toString('latin1', 1, 4) !== 'PNG') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
