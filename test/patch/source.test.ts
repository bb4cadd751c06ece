import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The patch construct's sources keep the house rules the API pass set: no `as unknown as` cast
 * (type guards and typed helpers instead), no file over 300 lines.
 */
const ROOT = path.join(__dirname, '..', '..', 'src', 'patch');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

test('src/patch has sources to check', () => {
  expect(sources(ROOT).length).toBeGreaterThan(5);
});

test.each(sources(ROOT).map(p => [path.relative(ROOT, p)]))('%s has no "as unknown as" cast and at most 300 lines', file => {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  expect(text).not.toMatch(/\bas unknown as\b/);
  expect(text.split('\n').length).toBeLessThanOrEqual(301); // a final newline adds one empty line
});
