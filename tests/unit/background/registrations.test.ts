import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../../components/content/files';
import type { HostEntry } from '../../../components/settings/schema';
import {
  desiredRegistrations,
  planRegistrations,
  type Registration,
} from '../../../entrypoints/background/registrations';

const dpod: HostEntry = { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' };
const reseller: HostEntry = { pattern: '*://*.reseller.example/*', product: 'dropsuite' };
const local: HostEntry = { pattern: 'http://dpod.localhost:4173/*', product: 'dpod' };

const reg = (pattern: string): Registration => ({
  id: `host:${pattern}`,
  matches: [pattern],
  js: [CONTENT_SCRIPT_FILE],
  runAt: 'document_idle',
  allFrames: true,
  persistAcrossSessions: true,
});

describe('desiredRegistrations', () => {
  it('registers each host whose permission is granted, and only those', () => {
    expect(desiredRegistrations([dpod, reseller], ['https://dpod.corp.example:8443/*'])).toEqual([reg(dpod.pattern)]);
  });
  it('counts a host as granted through a broader granted origin', () => {
    expect(desiredRegistrations([local, dpod], ['http://*.localhost/*'])).toEqual([reg(local.pattern)]);
    expect(desiredRegistrations([dpod, reseller], ['https://*/*', 'http://*/*'])).toEqual([
      reg(dpod.pattern),
      reg(reseller.pattern),
    ]);
  });
  it('does not count a narrower grant as covering a wildcard host', () => {
    expect(desiredRegistrations([reseller], ['https://portal.reseller.example/*'])).toEqual([]);
  });
  it('a port-specific grant does not cover the whole host', () => {
    expect(desiredRegistrations([{ pattern: '*://dpod.corp.example/*', product: 'dpod' }], [dpod.pattern])).toEqual([]);
  });
  it('nothing granted, nothing registered', () => {
    expect(desiredRegistrations([dpod, reseller], [])).toEqual([]);
  });
  it('drops ports where the browser refuses them', () => {
    expect(desiredRegistrations([dpod], ['https://dpod.corp.example/*'], true)).toEqual([
      { ...reg('https://dpod.corp.example/*'), id: `host:${dpod.pattern}` },
    ]);
  });
});

describe('planRegistrations', () => {
  it('registers what is missing', () => {
    expect(planRegistrations([], [reg(dpod.pattern)])).toEqual({ unregister: [], register: [reg(dpod.pattern)] });
  });
  it('leaves registrations that are already right alone', () => {
    const current = [{ ...reg(dpod.pattern), allFrames: false }];
    expect(planRegistrations(current, [reg(dpod.pattern)])).toEqual({ unregister: [], register: [] });
  });
  it('unregisters hosts removed or no longer granted', () => {
    expect(planRegistrations([reg(dpod.pattern), reg(reseller.pattern)], [reg(reseller.pattern)])).toEqual({
      unregister: [`host:${dpod.pattern}`],
      register: [],
    });
  });
  it('replaces a registration whose script or matches changed', () => {
    const stale = { ...reg(dpod.pattern), js: ['content-scripts/old.js'] };
    expect(planRegistrations([stale], [reg(dpod.pattern)])).toEqual({
      unregister: [`host:${dpod.pattern}`],
      register: [reg(dpod.pattern)],
    });
  });
  it('never touches a registration it did not make', () => {
    expect(planRegistrations([{ id: 'someone-else', matches: ['https://x.example/*'] }], [])).toEqual({
      unregister: [],
      register: [],
    });
  });
});
