// Every public class links the AWS documentation of what it configures (DESIGN.md, issue 13):
// a TSDoc `@see https://docs.aws.amazon.com/…` (jsii keeps the last `@see` of a block: the AWS one comes last).
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as lib from '../../src';

const SRC = join(__dirname, '..', '..', 'src');
/**
 * Held by other passes of issue 13 at the time of writing: the patch construct (src/patch) and the
 * AWS service factories, whose bodies the service-action table replaces.
 */
const ELSEWHERE = /^(patch\/|(rest|http|websocket)\/(sqs|sns|s3|dynamodb|kinesis|event-bridge|step-functions|app-config)\.ts$)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Public class name -> the TSDoc block before its declaration (file relative to src/). */
function classDocs(): Map<string, { file: string; doc: string }> {
  const out = new Map<string, { file: string; doc: string }>();
  for (const path of sources(SRC)) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export (?:abstract )?class (\w+)/g)) {
      out.set(m[2], { file: relative(SRC, path), doc: m[1] });
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
    return !ELSEWHERE.test(found.file) && !(sees.at(-1) ?? '').startsWith('https://docs.aws.amazon.com/');
  });
  expect(missing).toEqual([]);
});
