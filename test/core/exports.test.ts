import * as fs from 'fs';
import * as path from 'path';

/**
 * No dead helpers in src/core: every function and constant it exports is imported somewhere (src,
 * test, build-tools). Types and interfaces may be exported only for the signatures that use them.
 */

const ROOT = path.join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__snapshots__' ? [] : tsFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The file a relative module specifier names, from `importer`. */
function resolve(importer: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(importer), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find(f => fs.existsSync(f));
}

/** For every file, the names other files import from it (`*` for a re-export of everything). */
function importedNames(files: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s+(?:type\s+)?(\{[^}]*\}|\*)\s+from\s+'(\.[^']*)'/g)) {
      const target = resolve(f, m[2]);
      if (!target) continue;
      const names = m[1] === '*' ? ['*'] : m[1].slice(1, -1).split(',').map(n => n.trim().split(/\s+as\s+/)[0]).filter(n => n !== '');
      const set = out.get(target) ?? new Set<string>();
      names.forEach(n => set.add(n));
      out.set(target, set);
    }
  }
  return out;
}

test('every function and constant src/core exports is imported somewhere', () => {
  const files = ['src', 'test', 'build-tools'].flatMap(d => tsFiles(path.join(ROOT, d)));
  const imported = importedNames(files);
  const core = files.filter(f => f.startsWith(path.join(ROOT, 'src', 'core') + path.sep));
  const dead: string[] = [];
  for (const f of core) {
    const names = imported.get(f) ?? new Set<string>();
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/^export (?:const|function|class|let) +([A-Za-z_$][\w$]*)/gm)) {
      if (!names.has(m[1]) && !names.has('*')) dead.push(`${path.relative(ROOT, f)}: ${m[1]}`);
    }
  }
  expect(core.length).toBeGreaterThan(20);
  expect(dead).toEqual([]);
});
