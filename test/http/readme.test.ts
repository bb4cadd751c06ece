import * as fs from 'fs';
import * as path from 'path';
import { SUBTYPES } from '../../src/core/subtypes';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const table = README.slice(README.indexOf('<!-- http-subtypes:start -->'), README.indexOf('<!-- http-subtypes:end -->'));

test('the README\'s subtype table has every subtype with exactly the parameters of src/core/subtypes.ts', () => {
  for (const [subtype, spec] of Object.entries(SUBTYPES)) {
    const row = table.split('\n').find(l => l.includes(`\`${subtype}\``));
    expect(row).toBeDefined();
    const named = new Set([...row!.matchAll(/`([A-Z][A-Za-z]+)`/g)].map(m => m[1]));
    expect([...named].sort()).toEqual([...spec.required, ...spec.optional].sort());
  }
});
