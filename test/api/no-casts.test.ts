// No `as unknown as` casts in src/ (issue 13): a double cast hides a type error instead of checking
// the value; read unknown values through type guards or `Reflect.get`.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

test('no source file casts through unknown', () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap(f => readFileSync(f, 'utf8').split('\n')
    .map((line, i) => (/\bas\s+unknown\s+as\b/.test(line) ? `${relative(SRC, f)}:${i + 1}: ${line.trim()}` : undefined))
    .filter((l): l is string => l !== undefined));
  expect(found).toEqual([]);
});
