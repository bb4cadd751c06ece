import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, readInputs } from './inputs';
import { renderJson, renderText } from './report';
import { renderSarif } from './sarif';

/**
 * `cdk-apigateway-integrations check [--format text|json|sarif] [--warnings-as-errors] PATH...`
 * Exit 0: no error; 1: an error (or a warning with --warnings-as-errors); 2: an input that
 * cannot be read, or a usage error. INTERNAL (the package's bin calls it).
 */

export const USAGE = `usage: cdk-apigateway-integrations check [--format text|json|sarif] [--warnings-as-errors] PATH...

PATH: a CloudFormation or SAM template (JSON or YAML), a cloud assembly directory (cdk.out),
an OpenAPI 3 or Swagger 2 definition, or a directory of these.
Exit status: 0 no error, 1 errors found, 2 unreadable input or usage error.
`;

interface Writable {
  write(s: string): unknown;
}

interface Options {
  readonly format: 'text' | 'json' | 'sarif';
  readonly warningsAsErrors: boolean;
  readonly paths: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  if (args[0] !== 'check') return args.length === 0 ? 'a command is required' : `unknown command ${JSON.stringify(args[0])}`;
  let format: Options['format'] = 'text';
  let warningsAsErrors = false;
  const paths: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') ? a.split(/=(.*)/s) : [a, undefined];
    if (flag === '--format') {
      const value = inline ?? args[++i];
      if (value !== 'text' && value !== 'json' && value !== 'sarif') return `--format must be text, json or sarif, got ${JSON.stringify(value ?? '')}`;
      format = value;
    } else if (flag === '--warnings-as-errors') {
      warningsAsErrors = true;
    } else if (a === '--help' || a === '-h') {
      return '';
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option ${JSON.stringify(a)}`;
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) return 'at least one PATH is required';
  return { format, warningsAsErrors, paths };
}

function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Runs the CLI; returns the exit status. */
export function main(args: readonly string[], out: Writable, err: Writable): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    err.write(options === '' ? USAGE : `cdk-apigateway-integrations: ${options}\n\n${USAGE}`);
    return options === '' ? 0 : 2;
  }
  const reports = readInputs(options.paths);
  if (reports instanceof InputError) {
    err.write(`cdk-apigateway-integrations: ${reports.toString()}\n`);
    return 2;
  }
  if (options.format === 'json') out.write(renderJson(reports));
  else if (options.format === 'sarif') out.write(renderSarif(reports, packageVersion()));
  else out.write(renderText(reports));
  const failing = reports.some(r => r.findings.some(f => f.severity === 'error' || options.warningsAsErrors));
  return failing ? 1 : 0;
}
