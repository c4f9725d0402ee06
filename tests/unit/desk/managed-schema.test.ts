import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../catalog/enums';
import { deskSchemas } from '../../../components/desk/schema';
import { POLICY_KEYS } from '../../../components/settings/policy';
import { parsePolicy } from '../../../components/settings/policy-hosts';

const ROOT = resolve(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed-schema.json'), 'utf8'));
const props = (node: { properties?: Record<string, unknown> }) => Object.keys(node.properties ?? {}).sort();

// Chrome refuses to load an extension whose managed schema it cannot read, and drops policy values that do not
// fit it: the schema must follow the settings as they grow.
describe('the managed storage schema (public/managed-schema.json)', () => {
  it('is an object of exactly the policies the extension reads, with no additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(props(schema)).toEqual([...POLICY_KEYS].sort());
  });

  it('takes a switch for any console by its id, so it names none (the consoles are their folders)', () => {
    expect(schema.properties.products.additionalProperties).toEqual({ type: 'boolean' });
    expect(JSON.stringify(schema)).not.toMatch(new RegExp(`"(${PRODUCT_IDS.join('|')})"`));
  });

  it('has every field of a desk note and a desk entry, and of a host', () => {
    const { DeskNoteSchema, DeskEntrySchema } = deskSchemas();
    expect(props(schema.properties.notes.items)).toEqual(Object.keys(DeskNoteSchema.def.shape).sort());
    expect(props(schema.properties.deskEntries.items)).toEqual(Object.keys(DeskEntrySchema.def.shape).sort());
    expect(props(schema.properties.hosts.items)).toEqual(['pattern', 'product']);
  });

  it('uses only what Chrome reads of JSON Schema: type, properties, additionalProperties, items, title, description', () => {
    const allowed = new Set(['type', 'properties', 'additionalProperties', 'items', 'title', 'description']);
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      expect(typeof node.type, path).toBe('string');
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        walk(child, `${path}.${name}`);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    walk(schema, '$');
  });
});

describe('the README’s example policy for administrators', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const block = /<!-- example-policy -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];

  it('is there, and applies whole', () => {
    expect(block, 'README lacks the example policy block').toBeDefined();
    const file = JSON.parse(block ?? '{}');
    const values = file['3rdparty'].extensions['<extension id>'];
    const policy = parsePolicy(values);
    expect(policy.ignored).toEqual([]);
    expect(policy.hosts.length).toBeGreaterThan(0);
    expect(policy.notes.length).toBeGreaterThan(0);
    expect(policy.entries.length).toBeGreaterThan(0);
    expect(Object.keys(policy.products).length).toBeGreaterThan(0);
  });
});
