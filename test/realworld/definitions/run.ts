// Helpers for the real-world definition tests: the CLI door and the reader door over one fixture.
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { definitionFindings } from '../../../src/core/cfn/check';
import { readDocument } from '../../../src/core/cfn/documents';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'realworld');

/** One definition that real AWS accepted (or refused), with where it comes from. */
export interface RealWorldCase {
  /** File under test/fixtures/realworld. */
  readonly file: string;
  /** Public URL of the definition or document it reproduces. */
  readonly source: string;
  /** `severity Code resource path` of every finding, sorted; [] when there is none. */
  readonly findings: string[];
}

/** `severity Code resource path` of every finding `cdk-apigateway-integrations check --format json <file>` reports. */
export function cliFindings(file: string): { status: number; findings: string[] } {
  let out = '';
  let err = '';
  const status = main(['check', '--format', 'json', path.join(FIXTURES, file)], { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  if (err !== '') return { status, findings: [`stderr ${err.trim()}`] };
  const found = (JSON.parse(out).findings as Array<Record<string, string>>)
    .map(f => [f.severity, f.code, f.resource, f.path].filter(x => x !== '').join(' '));
  return { status, findings: found.sort() };
}

/** `severity Code path` of every finding of a definition file read as the API kind it was deployed as. */
export function definitionFindingsAs(file: string, kind: 'REST' | 'HTTP'): string[] {
  const doc = readDocument(path.join(FIXTURES, file));
  return definitionFindings(doc, kind, '', {}, '').map(f => `${f.severity} ${f.code} ${f.path}`).sort();
}

/** The findings without their location: what the aspect door reports the same codes for. */
export function codes(findings: string[]): string[] {
  return findings.map(f => f.split(' ').slice(0, 2).join(' ')).sort();
}
