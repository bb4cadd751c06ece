// The 1.0 API pass is one list in docs/MIGRATION.md ("Renamed for 1.0"): every old type name is gone
// from the public surface and every new one is there, so the guide cannot promise a name that does not
// exist, and no README or guide example still uses an old one.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as lib from '../../src';

const root = join(__dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'MIGRATION.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}
/** Every class, interface and enum declared with `export` anywhere in src/ (interfaces leave no runtime trace). */
const declared = new Set([...sources(join(root, 'src')).join('\n').matchAll(/^export (?:abstract )?(?:class|interface|enum) (\w+)/gm)].map(m => m[1]));

/** The rows `| \`Old\` | \`New\` | why |` of the section "Renamed for 1.0" (plain type names only). */
function renames(): Array<[string, string]> {
  const section = guide.split(/^## /m).find(s => s.startsWith('Renamed for 1.0'));
  if (!section) throw new Error('docs/MIGRATION.md has no "## Renamed for 1.0" section');
  return [...section.matchAll(/^\| `(\w+)` \| `(\w+)` \|/gm)].map(m => [m[1], m[2]]);
}

test('the guide lists the renamed types', () => {
  expect(renames().length).toBeGreaterThanOrEqual(10);
});

test.each(renames())('%s is now %s', (oldName, newName) => {
  expect(declared.has(newName)).toBe(true);
  expect(declared.has(oldName)).toBe(false);
  expect(Object.keys(lib)).not.toContain(oldName);
});

test('no README or guide example uses an old name', () => {
  const examples = [
    readFileSync(join(root, 'README.md'), 'utf8'),
    ...readdirSync(join(root, 'docs', 'migration')).map(f => readFileSync(join(root, 'docs', 'migration', f), 'utf8')),
  ].join('\n');
  for (const [oldName] of renames()) expect(examples).not.toMatch(new RegExp(`(?<![.\\w])${oldName}(?!\\w)`));
});
