import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { LIMITS } from '../../src/core/limits';
import { RULES } from '../../src/core/rules';

/**
 * Rule summaries take their numbers from the limits table (`${LIMITS.HTTP.routesPerApi.value}`),
 * never restate them: a number written into a summary's own text goes stale when the table
 * changes. The summaries are read in the source, where the written text and the interpolated
 * values can be told apart.
 */

const RULES_DIR = path.join(__dirname, '..', '..', 'src', 'core', 'rules');

/** Every number the limits table holds, in each unit it is shown in (29000 ms is also 29 s; 307200 bytes is 300 KB). */
function limitNumbers(): Set<number> {
  const out = new Set<number>();
  for (const kind of Object.values(LIMITS)) {
    for (const l of Object.values(kind)) {
      out.add(l.value);
      if (l.unit === 'ms' && l.value % 1000 === 0) out.add(l.value / 1000);
      if (l.unit === 'ms' && l.value % 60_000 === 0) out.add(l.value / 60_000);
      if (l.unit === 'bytes' && l.value % 1024 === 0) out.add(l.value / 1024);
    }
  }
  return out;
}

/** The text written into an expression (string and template literal parts, concatenated), without what it interpolates. */
function writtenText(e: ts.Expression): string[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map(s => s.literal.text)];
  if (ts.isParenthesizedExpression(e)) return writtenText(e.expression);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...writtenText(e.left), ...writtenText(e.right)];
  return [];
}

interface Summary {
  readonly where: string;
  readonly text: string[];
}

/** The `summary:` properties of a source file, with their written text. */
function summariesOf(fileName: string, source: string): Summary[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: Summary[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'summary') {
      out.push({ where: `${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, text: writtenText(n.initializer) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The numbers of the limits table a summary writes out itself. */
function restated(s: Summary, numbers: Set<number>): number[] {
  const found = s.text.join(' ').match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
  return found.map(t => Number(t.replace(/,/g, ''))).filter(n => numbers.has(n));
}

describe('rule summaries', () => {
  const numbers = limitNumbers();
  const summaries = fs.readdirSync(RULES_DIR).filter(f => f.endsWith('.ts'))
    .flatMap(f => summariesOf(f, fs.readFileSync(path.join(RULES_DIR, f), 'utf8')));

  test('no summary restates a number of the limits table', () => {
    // every row of the table is read (two codes have a part per kind, each with its own summary)
    expect(summaries.length).toBeGreaterThanOrEqual(RULES.length);
    const bad = summaries.map(s => ({ s, n: restated(s, numbers) })).filter(x => x.n.length > 0).map(x => `${x.s.where}: ${x.n.join(', ')}`);
    expect(bad).toEqual([]);
  });

  test('the check sees written numbers in every unit and ignores interpolated ones', () => {
    const found = (src: string) => summariesOf('x.ts', `const r = { ${src} };`).flatMap(s => restated(s, numbers));
    expect(found("summary: 'at most 300 routes'")).toEqual([300]);
    expect(found("summary: 'a timeout above 29 s'")).toEqual([29]);
    expect(found("summary: 'templates of 300 KB or ' + `${x} and 29,000 ms`")).toEqual([300, 29000]);
    expect(found('summary: `at most ${LIMITS.HTTP.routesPerApi.value} routes`')).toEqual([]);
    expect(found("summary: 'payload format 1.0 or 2.0'")).toEqual([]);
  });

  test('summaries interpolate the table: they show its current numbers', () => {
    const summary = (code: string) => RULES.find(r => r.code === code)!.summary;
    expect(summary('RoutesPerApiAboveDefaultQuota')).toContain(`at most ${LIMITS.HTTP.routesPerApi.value} routes`);
    expect(summary('TimeoutAboveDefaultQuota')).toContain(`above ${LIMITS.REST.timeoutMaxMs.value / 1000} s`);
    expect(summary('TemplateTooLarge')).toContain(`${LIMITS.REST.mappingTemplateMaxBytes.value / 1024} KB`);
  });
});
