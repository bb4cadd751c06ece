// The layout the 1.0 pass set (issue 13): no source file over 300 lines, and reading L1 resources into
// facts is core's service, so no API kind, the patch construct or core itself imports src/checks
// (the aspect's folder; the other doors may build on it).
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const SRC = join(__dirname, '..', '..', 'src');
const CHECKS = join(SRC, 'checks');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('no source file is over 300 lines', () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(100);
  const long = files.map(f => `${relative(SRC, f)}: ${readFileSync(f, 'utf8').split('\n').length} lines`)
    .filter(line => Number(/: (\d+) lines$/.exec(line)![1]) > 300);
  expect(long).toEqual([]);
});

/** The API kinds, the patch construct and what they build on. */
const BELOW_THE_DOORS = ['rest', 'http', 'websocket', 'patch', 'core', 'mapping', 'templates'];

test('no API kind, the patch construct or core imports src/checks', () => {
  const files = BELOW_THE_DOORS.flatMap(d => sources(join(SRC, d)));
  expect(files.length).toBeGreaterThan(100);
  const importers = files
    .filter(f => [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']*)'/g)]
      .some(m => resolve(dirname(f), m[1]).startsWith(CHECKS)));
  expect(importers.map(f => relative(SRC, f))).toEqual([]);
});
