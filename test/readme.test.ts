import * as fs from 'fs';
import * as path from 'path';
import { renderReadme } from '../build-tools/readme-tables';
import { RULES } from '../src/core/rules';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the README lists every rule and limit exactly as the tables in src/core say (run `npx projen readme:tables`)', () => {
  expect(README).toEqual(renderReadme(README));
});

test('the README names every rule code', () => {
  expect(RULES.map(r => r.code).filter(code => !README.includes(`\`${code}\``))).toEqual([]);
});

test('the README opens with the two commands for a fresh machine', () => {
  const firstBlock = /```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
  expect(firstBlock).toContain('npm ci && npx cdk synth');
  expect(firstBlock).toContain('npx projen test');
});
