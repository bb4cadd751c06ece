import * as fs from 'node:fs';
import * as YAML from 'yaml';

/**
 * Reading JSON and YAML documents (templates, OpenAPI definitions) as CloudFormation would:
 * YAML short-form intrinsics (`!Ref X`, `!GetAtt X.Y`, `!Sub …`) become their long form
 * (`{ Ref: X }`, `{ 'Fn::GetAtt': [X, Y] }`), which the readers treat as unknown values. INTERNAL.
 */

const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString', 'GetStackOutput',
];

function longForm(name: string, value: unknown): Record<string, unknown> {
  return { [name]: value };
}

/** One custom tag per short form, for scalars, sequences and mappings alike. */
function tags(): YAML.Tags {
  const out: YAML.Tags = [];
  const add = (tag: string, resolve: (v: unknown) => unknown): void => {
    out.push({ tag: `!${tag}`, resolve: (v: string) => resolve(v) } as YAML.ScalarTag);
    const collection = (kind: 'seq' | 'map'): YAML.CollectionTag => ({ tag: `!${tag}`, collection: kind, resolve: v => resolve(v.toJSON()) });
    out.push(collection('seq'), collection('map'));
  };
  add('Ref', v => longForm('Ref', v));
  add('Condition', v => longForm('Condition', v));
  add('GetAtt', v => longForm('Fn::GetAtt', typeof v === 'string' ? v.split(/\.(.*)/s).slice(0, 2) : v));
  for (const f of FUNCTIONS) add(f, v => longForm(`Fn::${f}`, v));
  return out;
}

const TAGS = tags();

/** Parses JSON (when the text starts with `{` or `[`) or YAML with CloudFormation's tags. Throws on a syntax error. */
export function parseDocument(text: string): unknown {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return JSON.parse(text);
  return YAML.parse(text, { customTags: TAGS, maxAliasCount: 1000, uniqueKeys: false, logLevel: 'error' });
}

/** Reads and parses a file. Throws with the reason when it cannot be read or parsed. */
export function readDocument(file: string): unknown {
  return parseDocument(fs.readFileSync(file, 'utf8'));
}
