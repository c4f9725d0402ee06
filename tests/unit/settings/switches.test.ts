import { describe, expect, it } from 'vitest';
import { contentSettingsOf } from '../../../components/settings/in-force';
import { restoreSettings } from '../../../components/settings/salvage';

// What the background publishes for the content script must be what the options page shows for the same stored value.
const STORED: [string, unknown][] = [
  ['nothing (a fresh install)', null],
  ['current settings', { products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [] }],
  ['a bad switch', { products: { dropsuite: false, dpod: 'yes', mxhero: false }, hosts: [] }],
  ['missing switches', { products: { dpod: false } }],
  ['no switches at all', { hosts: [{ pattern: '*://*.reseller.example/*', product: 'dropsuite' }] }],
  ['switches that are not an object', { products: ['dpod'], hosts: [] }],
  ['a value that is not settings', 'garbage'],
];

describe('the console switches published for the content script', () => {
  it.each(STORED)('match the full settings for %s', (_name, raw) => {
    expect(contentSettingsOf(raw, {}).switches).toEqual(restoreSettings(raw).settings.products);
  });
});
