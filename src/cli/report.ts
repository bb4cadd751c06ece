import { FileReport } from './inputs';

/** Text and JSON output of the CLI. INTERNAL. */

/** One finding as `--format json` prints it. */
export interface JsonFinding {
  readonly file: string;
  /** The logical id ('' for a finding of an OpenAPI file). */
  readonly resource: string;
  /** The property or OpenAPI path: `Properties.Integration`, `Properties.Body.paths./items/{id}.get`. */
  readonly path: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export function jsonFindings(reports: readonly FileReport[]): JsonFinding[] {
  return reports.flatMap(r => r.findings.map(f => ({
    file: r.file, resource: f.resource, path: f.path, code: f.code, severity: f.severity, message: f.message,
  })));
}

export function renderJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ findings: jsonFindings(reports) }, undefined, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per finding, grouped by file, then a summary line. */
export function renderText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    lines.push(r.file);
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
      const where = [f.resource, f.path].filter(x => x !== '').join(' ');
      lines.push(`  ${f.severity.padEnd(7)} ${f.code}  ${where}: ${f.message}`);
    }
  }
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'file')} checked`);
  return `${lines.join('\n')}\n`;
}
