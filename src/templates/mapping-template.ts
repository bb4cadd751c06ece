import { throwUsageError } from '../core/errors';
import { syntaxProblem } from './private/check';
import { renderTemplate } from './private/engine';
import { templateVariables } from './private/variables';

/**
 * What a mapping template reads: the request (or, for a response template, the back end's
 * response) and the variables API Gateway sets around it.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export interface MappingTemplateInput {
  /**
   * The payload (`$input.body`, and what `$input.path` / `$input.json` read as JSON).
   * An empty payload reads as `{}`.
   * @default '' - an empty payload
   */
  readonly body?: string;

  /**
   * Request headers (`$input.params().header`, `$input.params('name')`). Headers API Gateway
   * drops before mapping (`Connection`, `Content-Length`, `Expect`, `Transfer-Encoding`…) are not
   * visible to the template.
   * @default - no headers
   */
  readonly headers?: { [name: string]: string };

  /**
   * Query string parameters (`$input.params().querystring`).
   * @default - no query string
   */
  readonly querystring?: { [name: string]: string };

  /**
   * Path parameters (`$input.params().path`).
   * @default - no path parameters
   */
  readonly path?: { [name: string]: string };

  /**
   * Stage variables (`$stageVariables`).
   * @default - no stage variables
   */
  readonly stageVariables?: { [name: string]: string };

  /**
   * Context variables (`$context`), by their dotted names: `requestId`, `identity.sourceIp`,
   * `authorizer.claims.sub`, `requestOverride.header.x`.
   * @default - no context variables
   */
  readonly context?: { [name: string]: string };
}

/**
 * What rendering produced, with the overrides the template set.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
export interface MappingTemplateOutput {
  /** The rendered text. */
  readonly body: string;
  /** `$context.requestOverride.header.*` set by the template. */
  readonly requestOverrideHeaders: { [name: string]: string };
  /** `$context.requestOverride.querystring.*` set by the template. */
  readonly requestOverrideQuerystring: { [name: string]: string };
  /** `$context.requestOverride.path.*` set by the template. */
  readonly requestOverridePath: { [name: string]: string };
  /** `$context.responseOverride.header.*` set by the template. */
  readonly responseOverrideHeaders: { [name: string]: string };
  /**
   * `$context.responseOverride.status` set by the template (an integer from 100 to 599; others are ignored).
   * @default - not set
   */
  readonly responseOverrideStatus?: number;
}

/**
 * API Gateway's mapping templates (Velocity Template Language with `$input`, `$util`,
 * `$context` and `$stageVariables`), rendered offline the way API Gateway renders them, so
 * that templates can be unit-tested without deploying.
 *
 * Where API Gateway differs from plain Velocity, this follows API Gateway: a missing value
 * prints nothing, maps print as `{a=1, b=2}`, JSON arrays print as JSON, `$util.escapeJavaScript`
 * escapes as Java does, an empty body reads as `{}`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export class MappingTemplate {
  /**
   * Renders `template` against `input` and returns the text API Gateway would produce.
   * Throws when the template has a syntax error (API Gateway answers every such request with
   * 500 Internal server error).
   */
  public static render(template: string, input: MappingTemplateInput = {}): string {
    return MappingTemplate.renderWithOverrides(template, input).body;
  }

  /** Renders `template` and also returns the request and response overrides it set. */
  public static renderWithOverrides(template: string, input: MappingTemplateInput = {}): MappingTemplateOutput {
    // LocalStack strips the template before rendering to match AWS's recorded bodies
    // (next_gen/execute_api/template_mapping.py, render_request / render_response).
    const text = template.trim();
    const problem = syntaxProblem(text);
    if (problem) {
      const leadingLines = template.slice(0, template.length - template.trimStart().length).split('\n').length - 1;
      throwUsageError('MappingTemplate', 'MappingTemplate.render', {
        code: 'TemplateSyntaxError',
        what: `the template does not parse at line ${problem.line + leadingLines}, column ${problem.column}`,
        got: problem.message,
        fix: 'correct the Velocity syntax',
      });
    }
    const variables = templateVariables({
      body: input.body ?? '',
      headers: input.headers ?? {},
      querystring: input.querystring ?? {},
      path: input.path ?? {},
      stageVariables: input.stageVariables ?? {},
      context: input.context ?? {},
    });
    let body: string;
    try {
      body = renderTemplate(text, variables);
    } catch (e) {
      // API Gateway answers 500 Internal server error when evaluating a template fails.
      return throwUsageError('MappingTemplate', 'MappingTemplate.render', {
        code: 'TemplateEvaluationFailed',
        what: 'the template fails while it is evaluated (API Gateway answers 500 Internal server error)',
        got: String((e as Error)?.message ?? e).split('\n')[0],
        fix: 'check the methods the template calls and the values it calls them on',
      });
    }
    const ctx = variables.context as { requestOverride: Record<string, Record<string, unknown>>; responseOverride: Record<string, unknown> };
    const strings = (m: unknown): { [name: string]: string } => {
      const out: { [name: string]: string } = {};
      for (const [k, v] of Object.entries((m ?? {}) as Record<string, unknown>)) if (v !== null && v !== undefined) out[k] = String(v);
      return out;
    };
    const status = ctx.responseOverride.status;
    return {
      body,
      requestOverrideHeaders: strings(ctx.requestOverride.header),
      requestOverrideQuerystring: strings(ctx.requestOverride.querystring),
      requestOverridePath: strings(ctx.requestOverride.path),
      responseOverrideHeaders: strings(ctx.responseOverride.header),
      responseOverrideStatus: overrideStatus(status),
    };
  }

  private constructor() {}
}

/** A status override API Gateway takes: an integer from 100 to 599 (others are ignored, as LocalStack records). */
function overrideStatus(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}
