/**
 * The variables API Gateway gives a mapping template: `$input`, `$util`, `$context`,
 * `$stageVariables`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { evaluatePath } from './jsonpath';
import { utilObject } from './util';
import { parseJsonValue, printNested } from './values';

/**
 * Request headers API Gateway drops while parsing the request: templates never see them
 * (localstack/localstack, next_gen/execute_api/header_utils.py, `DROPPED_FROM_REQUEST_COMMON`,
 * from its AWS-validated header tests).
 */
export const HIDDEN_HEADERS = ['connection', 'content-length', 'content-md5', 'expect', 'max-forwards', 'proxy-authenticate', 'server', 'te', 'transfer-encoding', 'trailer', 'upgrade', 'www-authenticate'];

/** What one rendering reads. */
export interface RawInput {
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly querystring: Record<string, string>;
  readonly path: Record<string, string>;
  readonly stageVariables: Record<string, string>;
  /** Dotted names (`identity.sourceIp`) -> value. */
  readonly context: Record<string, string>;
}

/** `$input`. */
class InputVariable {
  private parsed?: { value: unknown };
  constructor(private readonly raw: string, private readonly all: Record<string, Record<string, string>>) {}

  /** An empty payload reads as `{}` (AWS-validated in localstack/localstack#12413: SQS refuses an empty body). */
  get body(): string {
    return this.raw === '' ? '{}' : this.raw;
  }

  /** The JSONPath result as an object: maps print `{a=1}`, JSON arrays as JSON. */
  path(p: unknown): unknown {
    const root = this.root();
    return root === undefined ? undefined : evaluatePath(root, p === null || p === undefined ? '$' : printNested(p));
  }

  /** The JSONPath result as JSON text; a path that matches nothing gives `""`. */
  json(p: unknown): string {
    const v = this.path(p);
    return v === undefined ? '""' : JSON.stringify(v);
  }

  /** All parameters (path, querystring, header), or one looked up in that order (names exact); `""` when absent. */
  params(name?: unknown): unknown {
    if (name === undefined || name === null) {
      return { path: { ...this.all.path }, querystring: { ...this.all.querystring }, header: { ...this.all.header } };
    }
    const n = printNested(name);
    for (const where of ['path', 'querystring', 'header']) {
      if (Object.prototype.hasOwnProperty.call(this.all[where], n)) return this.all[where][n];
    }
    // Names compare exactly, headers included: templates in the wild read both
    // $input.params("Origin") and $input.params("origin") because one of them comes back "".
    return '';
  }

  private root(): unknown {
    // An empty payload has no JSON: $input.path gives null and $input.json "" (only $input.body reads "{}").
    // LocalStack's AWS-console-verified fix (localstack/localstack#12774) stopped reading it as {}.
    if (!this.parsed) this.parsed = { value: this.raw === '' ? undefined : parseJsonValue(this.raw) };
    return this.parsed.value;
  }
}

/** `$context` from dotted names, with empty `requestOverride` and `responseOverride` maps to write to. */
export function contextObject(flat: Record<string, string>): Record<string, unknown> {
  const ctx: Record<string, unknown> = {
    requestOverride: { header: {}, path: {}, querystring: {} },
    responseOverride: { header: {} },
  };
  for (const [name, value] of Object.entries(flat)) {
    const parts = name.split('.');
    let at = ctx;
    for (const part of parts.slice(0, -1)) {
      if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
      at = at[part] as Record<string, unknown>;
    }
    at[parts[parts.length - 1]] = value;
  }
  return ctx;
}

/** The variables of one rendering. */
export function templateVariables(input: RawInput): Record<string, unknown> {
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) if (!HIDDEN_HEADERS.includes(k.toLowerCase())) header[k] = v;
  return {
    input: new InputVariable(input.body, { path: { ...input.path }, querystring: { ...input.querystring }, header }),
    util: utilObject(),
    context: contextObject(input.context),
    stageVariables: { ...input.stageVariables },
  };
}
