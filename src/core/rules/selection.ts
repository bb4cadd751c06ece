import { HOLE, IntegrationFacts, IntegrationResponseFacts, isKnown, knownEntries, knownItems, textOf } from '../facts';
import { q } from '../format';
import { looksLikeLambdaUri } from '../uris';
import { knownType, literal, responses } from './shared';
import { API, DG, PUT_INTEGRATION_RESPONSE, WS_TRANSFORMATIONS } from './sources';
import { Finding, Rule } from './types';

/** Selection: REST selection patterns and MOCK status codes, WebSocket template selection expressions (C08, C46, C90, C94). */

/**
 * Whether a selection pattern compiles as the Java regular expression API Gateway matches with.
 * Judged with JavaScript's engine after rewriting what only Java has (inline flags, atomic groups,
 * possessive quantifiers, \Q…\E quoting); a pattern using anything else JavaScript lacks is not
 * judged (true), so a Java-only pattern is never refused.
 */
function compilesAsJava(pattern: string): boolean {
  return asJavaScript(pattern) !== undefined || JAVA_ONLY.test(pattern);
}

/** \p{…} classes, \h, \z, … exist in Java only: patterns with them are not ours to judge. */
const JAVA_ONLY = /\\[pPhHvVzZAGRX]|\\k<|\[\[|&&/;

/** The pattern as a JavaScript regular expression (Java-only syntax rewritten), or undefined when it does not compile. */
function asJavaScript(pattern: string): RegExp | undefined {
  const js = pattern
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .replace(/\(\?[idmsux-]+\)/g, '')
    .replace(/\(\?[idmsux-]+:/g, '(?:')
    .replace(/\(\?>/g, '(?:')
    .replace(/([*+?}])\+/g, '$1');
  try {
    return new RegExp(js);
  } catch {
    return undefined;
  }
}

const selectionPattern: Rule = {
  code: 'SelectionPatternInvalid',
  catalogue: ['C46'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
  docs: PUT_INTEGRATION_RESPONSE,
  evidence: {
    says: 'Documented: selectionPattern is a regular expression matched against the Lambda error message or the back end\'s status code; the rejection '
      + 'reported for one that does not compile is "Invalid regex pattern specified" (a single, third-party source)',
    source: PUT_INTEGRATION_RESPONSE,
  },
  summary: 'integration response selection patterns are valid regular expressions',
  check(f) {
    const out: Finding[] = [];
    for (const r of responses(f)) {
      if (!isKnown(r.selectionPattern)) continue;
      if (compilesAsJava(r.selectionPattern)) continue;
      {
        out.push({ what: 'selection patterns must be valid regular expressions ("Invalid regex pattern specified")', got: q(r.selectionPattern), fix: 'fix the pattern (escape literal characters such as "(" or "[")' });
      }
    }
    return out;
  },
};

/** Every status code a back end can answer with, as the text a selection pattern is matched against. */
const STATUS_CODES = Array.from({ length: 500 }, (_, i) => String(100 + i));

/**
 * Whether the selection patterns of this integration are matched against the back end's status code:
 * HTTP integrations and AWS integrations of a service other than Lambda (for Lambda, the function's
 * error message is matched). Undefined when the back end cannot be told.
 */
function matchedAgainstStatus(f: IntegrationFacts): boolean | undefined {
  const t = knownType(f);
  if (t === 'HTTP') return true;
  if (t !== 'AWS' || f.uri === undefined) return undefined;
  const text = textOf(f.uri) ?? '';
  if (looksLikeLambdaUri(text)) return false;
  const service = /^arn:[^:]*:apigateway:[^:]*:([^:]+):(?:path|action)\//.exec(text)?.[1];
  return service !== undefined && !service.includes(HOLE) && service !== 'lambda' ? true : undefined;
}

const patternNeverMatches: Rule = {
  code: 'SelectionPatternNeverMatches',
  catalogue: ['C46'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['integrationResponses'],
  docs: `${API}/API_IntegrationResponse.html`,
  evidence: {
    says: 'Deploys: for HTTP back ends and AWS back ends other than Lambda, a selection pattern is matched against the back end\'s HTTP status code '
      + '(the Lambda error message only for Lambda), so a pattern no status code can match never selects its response',
    source: `${API}/API_IntegrationResponse.html; ${DG}/api-gateway-swagger-extensions-integration-responses.html`,
  },
  summary: 'selection patterns of HTTP and non-Lambda AWS integrations can match a status code: they are matched against it, not the body',
  check(f) {
    if (matchedAgainstStatus(f) !== true) return [];
    const out: Finding[] = [];
    for (const r of responses(f)) {
      if (!isKnown(r.selectionPattern) || r.selectionPattern === '') continue;
      const re = asJavaScript(r.selectionPattern);
      // Java-only syntax is not judged; a part of the code may match too: only a pattern that matches no
      // part of any status code is reported
      if (!re || JAVA_ONLY.test(r.selectionPattern) || STATUS_CODES.some(code => re.test(code))) continue;
      out.push({
        what: `this back end's responses are selected by their HTTP status code, which the pattern cannot match: the response for ${q(textOf(r.statusCode) ?? '')} is never used`,
        got: q(r.selectionPattern),
        fix: 'match the status code (e.g. "4\\d{2}"), or map the body in the response template; body text is matched only for Lambda back ends',
      });
    }
    return out;
  },
};

/** The status codes a MOCK request template returns (`{"statusCode": 200}`, or `{ statusCode: 200 }`). */
function mockStatusCodes(f: IntegrationFacts): string[] {
  return knownEntries(f.requestTemplates).flatMap(([, t]) => [...t.matchAll(/"?statusCode"?\s*:\s*"?(\d{3})\b/g)].map(m => m[1]));
}

function selects(r: IntegrationResponseFacts, code: string): boolean {
  if (r.selectionPattern === undefined || r.selectionPattern === '') return true;
  if (!isKnown(r.selectionPattern)) return true;
  // read as Java, as the other selection rules do; a pattern we cannot judge is taken to select
  const re = asJavaScript(`^(?:${r.selectionPattern})$`);
  return re ? re.test(code) : JAVA_ONLY.test(r.selectionPattern);
}

const mockSelected: Rule = {
  code: 'MockResponseNotSelected',
  catalogue: ['C08', 'C46'],
  appliesTo: ['REST'],
  severity: 'warning',
  docs: `${DG}/how-to-mock-integration.html`,
  evidence: {
    says: 'Deploys, but a request whose MOCK template status selects no integration response fails with 500 Internal server error: "Execution failed '
      + 'due to configuration error: No match for output mapping and no default output mapping configured"',
    source: `${DG}/how-to-mock-integration.html`,
  },
  summary: 'each status code a MOCK request template returns selects an integration response',
  check(f) {
    if (knownType(f) !== 'MOCK' || f.integrationResponses !== undefined && !isKnown(f.integrationResponses)) return [];
    const rs = responses(f);
    if (rs.length !== (f.integrationResponses as unknown[] | undefined ?? []).length) return [];
    const missing = [...new Set(mockStatusCodes(f))].filter(code => !rs.some(r => selects(r, code)));
    if (missing.length === 0) return [];
    return [{ what: 'a MOCK integration answers only through the integration response its request template\'s status code selects: requests that return these status codes fail with 500 ("No match for output mapping and no default output mapping configured")', got: `nothing selects ${missing.map(m => q(m)).join(', ')}`, fix: 'add an integration response for it (or a default one, without a selection pattern)' }];
  },
};

/** A template selection expression: `${...}` references must be among `allowed`, anything else is a static value. */
function badSelectionReferences(expr: string, allowed: readonly RegExp[]): string[] {
  const refs = expr.match(/\$\{[^}]*\}|\$(?!default$)[A-Za-z][\w.]*/g) ?? [];
  return refs.filter(r => !allowed.some(a => a.test(r)));
}

const templateSelection: Rule = {
  code: 'TemplateSelectionExpressionNotSupported',
  catalogue: ['C90'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['templateSelectionExpression'],
  docs: WS_TRANSFORMATIONS,
  evidence: {
    says: 'Documented only: an integration\'s template selection expression supports ${request.body.jsonPath} and static values; no rejection text is '
      + 'recorded',
    source: WS_TRANSFORMATIONS,
  },
  summary: 'an integration\'s template selection expression is ${request.body.jsonPath} or a static value',
  check(f) {
    if (!isKnown(f.templateSelectionExpression)) return [];
    const bad = badSelectionReferences(f.templateSelectionExpression, [/^\$\{request\.body\.[^}]+\}$/, /^\$request\.body\.[\w.]+$/]);
    if (bad.length === 0) return [];
    return [{ what: 'integration template selection expressions support only ${request.body.jsonPath} and static values', got: q(f.templateSelectionExpression), fix: 'select on a body field, for example "${request.body.action}", or use a static key such as "\\$default"' }];
  },
};

const responseSelection: Rule = {
  code: 'ResponseTemplateSelectionExpressionNotSupported',
  catalogue: ['C94'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  docs: WS_TRANSFORMATIONS,
  evidence: {
    says: 'Documented only: integration response template selection expressions support ${request.body.jsonPath}, ${integration.response.statuscode}, '
      + '${integration.response.header.name}, ${integration.response.multivalueheader.name} and static values; no rejection text is recorded',
    source: WS_TRANSFORMATIONS,
  },
  summary: 'a response template selection expression uses ${integration.response.statuscode|header.x|multivalueheader.x}, ${request.body.jsonPath} or static values',
  check(f) {
    const allowed = [
      /^\$\{request\.body\.[^}]+\}$/, /^\$\{integration\.response\.(statuscode|header\.[^}]+|multivalueheader\.[^}]+)\}$/,
      /^\$integration\.response\.statuscode$/, /^\$request\.body\.[\w.]+$/,
    ];
    const bad = (r: IntegrationResponseFacts) =>
      isKnown(r.templateSelectionExpression) && badSelectionReferences(r.templateSelectionExpression, allowed).length > 0;
    return responses(f).filter(bad).map(r => ({
      what: 'response template selection expressions support ${integration.response.statuscode}, ${integration.response.header.name}, '
        + '${integration.response.multivalueheader.name}, ${request.body.jsonPath} and static values',
      got: q(r.templateSelectionExpression),
      fix: 'use one of these references',
    }));
  },
};

/** True when every `${` is closed by a `}` and no `}` comes without its `${`. */
function balanced(expr: string): boolean {
  let open = false;
  for (let i = 0; i < expr.length; i++) {
    if (expr.startsWith('${', i)) {
      if (open) return false;
      open = true;
      i++;
    } else if (expr[i] === '}' && open) {
      open = false;
    }
  }
  return !open;
}

const selectionSyntax: Rule = {
  code: 'SelectionExpressionMalformed',
  catalogue: ['C90', 'C94'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'warning',
  onlyWhen: ['templateSelectionExpression', 'integrationResponses'],
  evidence: {
    says: 'a selection expression with an unclosed ${ selects no template key: every message falls through to $default or to no template',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-selection-expressions.html',
  },
  docs: `${DG}/websocket-api-selection-expressions.html`,
  summary: 'template selection expressions close every ${…}',
  check(f) {
    const exprs = [literal(f.templateSelectionExpression), ...knownItems(f.integrationResponses).map(r => literal(r.templateSelectionExpression))];
    return exprs.filter((e): e is string => e !== undefined && !balanced(e))
      .map(e => ({ what: 'a selection expression closes every ${…}', got: q(e), fix: 'close the expression, for example "${request.body.action}"' }));
  },
};

export const SELECTION_RULES: readonly Rule[] = [
  selectionPattern, patternNeverMatches, mockSelected, templateSelection, responseSelection, selectionSyntax,
];
