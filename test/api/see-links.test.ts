// Every public class links the AWS documentation of what it configures (DESIGN.md, issue 13):
// a TSDoc `@see https://docs.aws.amazon.com/…` (jsii keeps the last `@see` of a block: the AWS one comes last).
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as lib from '../../src';

const SRC = join(__dirname, '..', '..', 'src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Public class name -> the TSDoc block before its declaration. */
function classDocs(): Map<string, { doc: string }> {
  const out = new Map<string, { doc: string }>();
  for (const path of sources(SRC)) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export (?:abstract )?class (\w+)/g)) {
      out.set(m[2], { doc: m[1] });
    }
  }
  return out;
}

test('every class the package exports has an @see link to AWS documentation', () => {
  const docs = classDocs();
  const classes = Object.entries(lib).filter(([, v]) => typeof v === 'function').map(([name]) => name);
  expect(classes.length).toBeGreaterThan(40);
  const missing = classes.filter(name => {
    const found = docs.get(name);
    if (!found) return true; // a public class without TSDoc
    // jsii keeps only the last @see of a block: it must be the AWS one
    const sees = [...found.doc.matchAll(/@see (\S+)/g)].map(m => m[1]);
    return !(sees.at(-1) ?? '').startsWith('https://docs.aws.amazon.com/');
  });
  expect(missing).toEqual([]);
});
