import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTemplate, definitionFindings, ResourceFinding } from '../core/cfn/check';
import { parseDocument } from '../core/cfn/documents';
import { isOpenApiDocument } from '../core/cfn/openapi';

/** What the CLI reads: files and directories -> documents -> findings. INTERNAL. */

/** The findings of one file. */
export interface FileReport {
  readonly file: string;
  /** The file's text (for line numbers in SARIF). */
  readonly text: string;
  readonly findings: readonly ResourceFinding[];
}

/** An input that cannot be read: the CLI exits 2 with this message. */
export class InputError {
  constructor(public readonly file: string, public readonly reason: string) {}
  toString(): string {
    return `${this.file}: ${this.reason}`;
  }
}

const DOCUMENT = /\.(json|ya?ml|template)$/i;
/** Files a cloud assembly holds that are not templates (skipped without reading). */
const NOT_TEMPLATES = /^(manifest\.json|tree\.json|cdk\.out|.*\.assets\.json|.*\.metadata\.json|package(-lock)?\.json|tsconfig.*\.json)$/i;

function isTemplate(doc: unknown): boolean {
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc)
    && (doc as Record<string, unknown>).Resources !== null && typeof (doc as Record<string, unknown>).Resources === 'object';
}

/** The findings of one parsed document, or `undefined` when it is neither a template nor an OpenAPI definition. */
export function documentFindings(doc: unknown): ResourceFinding[] | undefined {
  if (isTemplate(doc)) return checkTemplate(doc);
  if (isOpenApiDocument(doc)) return definitionFindings(doc, undefined, '', doc as object, '');
  return undefined;
}

/** Reads one file. `explicit`: named on the command line, so a file that is not a template or definition is an error. */
function readFile(file: string, explicit: boolean): FileReport | InputError | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return new InputError(file, `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = parseDocument(text);
  } catch (e) {
    return explicit ? new InputError(file, `not valid JSON or YAML (${(e as Error).message.split('\n')[0]})`) : undefined;
  }
  const findings = documentFindings(doc);
  if (findings === undefined) {
    return explicit ? new InputError(file, 'neither a CloudFormation template (no Resources) nor an OpenAPI definition (no openapi/swagger and paths)') : undefined;
  }
  return { file, text, findings };
}

/** The documents of a directory (a cloud assembly or any folder), recursively; asset folders and node_modules skipped. */
function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name.startsWith('asset.')) continue;
      walk(full, out);
    } else if (entry.isFile() && DOCUMENT.test(entry.name) && !NOT_TEMPLATES.test(entry.name)) {
      out.push(full);
    }
  }
}

/** Every report of the given paths, or the first input error. */
export function readInputs(paths: readonly string[]): FileReport[] | InputError {
  const reports: FileReport[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      return new InputError(p, `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const files: string[] = [];
    if (stat.isDirectory()) walk(p, files);
    else files.push(p);
    for (const f of files) {
      const r = readFile(f, !stat.isDirectory());
      if (r instanceof InputError) return r;
      if (r) reports.push(r);
    }
  }
  return reports;
}
