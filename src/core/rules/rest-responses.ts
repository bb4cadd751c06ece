import { Fact, IntegrationFacts, IntegrationResponseFacts, isKnown, knownEntries, Unknown } from '../facts';
import { q } from '../format';
import { CONTEXT, isProxy, knownType, methodResponses, NAME, QUOTED, RESPONSE_KEY, responses, STAGE_VARIABLE, STATUS } from './rest-shared';
import { Finding, Rule } from './types';

/** REST rules on responses: status codes, integration and method responses, their mappings and selection (C40–C47, C08). */

export const statusCode: Rule = {
  code: 'StatusCodeInvalid',
  catalogue: ['C42', 'C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses', 'method'],
  summary: 'integration and method response status codes are given and match [1-5]\\d\\d',
  check(f) {
    const codes: Array<[string, Fact<string>]> = [
      ...responses(f).map((r): [string, Fact<string>] => ['integration response', r.statusCode]),
      ...(methodResponses(f) ?? []).map((r): [string, Fact<string>] => ['method response', r.statusCode]),
    ];
    return codes.filter(([, c]) => c === undefined || isKnown(c) && !STATUS.test(c)).map(([where, c]) => ({
      what: `${where} status codes must match [1-5]\\d\\d`,
      got: q(c),
      fix: 'give an HTTP status code from 100 to 599',
    }));
  },
};

export const statusCodeUnique: Rule = {
  code: 'ResponseStatusCodeDuplicated',
  catalogue: ['C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses', 'method'],
  summary: 'each status code has one integration response and one method response',
  check(f) {
    const dups = (where: string, items: Array<{ readonly statusCode?: Fact<string> }>) => repeatedStatusCodes(items, true).map(c => ({
      what: `identical ${where}s are refused by CloudFormation (its schema lists them as unique items)`,
      got: `${q(c)} twice`,
      fix: `keep one ${where}`,
    }));
    return [
      ...dups('integration response', responses(f)),
      ...dups('method response', methodResponses(f) ?? []),
    ];
  },
};

/** A canonical text of a response's facts, equal for identical items. */
function itemKey(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'undefined';
  if (Array.isArray(x)) return `[${x.map(itemKey).join(',')}]`;
  return `{${Object.keys(x).sort().map(k => `${k}:${itemKey((x as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Status codes given to more than one item: `identical` picks those items that are the same in every field, or else those that differ. */
function repeatedStatusCodes(items: Array<{ readonly statusCode?: Fact<string> }>, identical: boolean): string[] {
  const byCode = new Map<string, string[]>();
  for (const item of items) {
    if (!isKnown(item.statusCode) || Object.values(item).some(v => v instanceof Unknown)) continue;
    byCode.set(item.statusCode, [...(byCode.get(item.statusCode) ?? []), itemKey(item)]);
  }
  return [...byCode].filter(([, keys]) => keys.length > 1 && (identical ? new Set(keys).size < keys.length : new Set(keys).size > 1)).map(([c]) => c);
}

export const statusCodeRepeated: Rule = {
  code: 'ResponseStatusCodeRepeated',
  catalogue: ['C40'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['integrationResponses', 'method'],
  summary: 'each status code has one integration response and one method response (the service keeps one per status code)',
  check(f) {
    const repeated = (where: string, items: Array<{ readonly statusCode?: Fact<string> }>) => repeatedStatusCodes(items, false).map(c => ({
      what: `the service keeps one ${where} per status code, so only one of these takes effect and the other's selection pattern, mappings and templates never apply`,
      got: `${q(c)} in two different ${where}s`,
      fix: `merge them into one ${where}, or give them different status codes`,
    }));
    return [
      ...repeated('integration response', responses(f)),
      ...repeated('method response', methodResponses(f) ?? []),
    ];
  },
};

export const methodResponseMissing: Rule = {
  code: 'MethodResponseMissing',
  catalogue: ['C43'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['method'],
  summary: 'every integration response status code of a non-proxy integration has a method response (otherwise requests that select it fail with 500)',
  check(f) {
    const mrs = methodResponses(f);
    if (!mrs || isProxy(f)) return []; // proxies ignore integration responses (ProxyResponseMappingIgnored)
    const have = new Set(mrs.map(m => m.statusCode).filter(isKnown));
    const missing = [...new Set(responses(f).map(r => r.statusCode).filter((c): c is string => isKnown(c) && !have.has(c)))];
    if (missing.length === 0) return [];
    return [{
      what: 'requests whose back-end response selects these integration responses fail with 500 ("Output mapping refers to an invalid method response"): the method has no method response with their status code',
      got: `no method response for ${missing.map(m => q(m)).join(', ')}`,
      fix: 'add the method responses',
    }];
  },
};

export const responseParamsDeclared: Rule = {
  code: 'ResponseParameterUndeclared',
  catalogue: ['C44'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'every header an integration response of a non-proxy integration sets is declared in a method response of the same status code',
  check(f) {
    const mrs = methodResponses(f);
    if (!mrs || isProxy(f)) return [];
    const out: Finding[] = [];
    for (const r of responses(f)) {
      if (!isKnown(r.statusCode) || !isKnown(r.responseParameters)) continue;
      // without a method response of that status code nothing is declared: the service refuses the
      // header mappings all the same (MethodResponseMissing warns about the status code itself)
      const mr = mrs.find(m => m.statusCode === r.statusCode);
      if (mr && !isKnown(mr.responseParameters) && mr.responseParameters !== undefined) continue;
      const declared = new Set(Object.keys(mr?.responseParameters ?? {}));
      const missing = Object.keys(r.responseParameters).filter(k => RESPONSE_KEY.test(k) && !declared.has(k));
      if (missing.length > 0) {
        out.push({ what: `response headers set by the ${q(r.statusCode)} integration response must be declared in its method response`, got: `undeclared ${missing.map(m => q(m)).join(', ')}`, fix: 'add them to the method response\'s responseParameters' });
      }
    }
    return out;
  },
};

function responseSourceOk(v: string): boolean {
  return new RegExp(`^integration\\.response\\.(header|multivalueheader)\\.${NAME}$`).test(v)
    || v === 'integration.response.body' || /^integration\.response\.body\.[^$]\S*$/.test(v)
    || STAGE_VARIABLE.test(v) || CONTEXT.test(v) || QUOTED.test(v);
}

export const responseParams: Rule = {
  code: 'ResponseParameterInvalid',
  catalogue: ['C44', 'C45'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
  summary: 'integration response parameters map method.response.header.{name} from an integration response header or body, context, a stage variable or a single-quoted static value',
  check(f) {
    const out: Finding[] = [];
    for (const r of responses(f)) {
      for (const [k, v] of knownEntries(r.responseParameters)) {
        if (!RESPONSE_KEY.test(k)) out.push({ what: 'integration response parameter keys must be "method.response.header.{name}"', got: q(k), fix: 'name the response header to set' });
        if (!responseSourceOk(v)) {
          out.push({
            what: 'integration response parameter values must be integration.response.{header|multivalueheader}.{name}, integration.response.body[.{JSONPath}], context.{variable}, stageVariables.{name} or a single-quoted static value',
            got: q(v),
            fix: /^integration\.|^context\.|^stageVariables/.test(v) ? 'fix the source expression' : `quote static values: ${q(`'${v.replace(/^["']|["']$/g, '')}'`)}`,
          });
        }
      }
    }
    return out;
  },
};

/**
 * Whether a selection pattern compiles as the Java regular expression API Gateway matches with.
 * Judged with JavaScript's engine after rewriting what only Java has (inline flags, atomic groups,
 * possessive quantifiers, \Q…\E quoting); a pattern using anything else JavaScript lacks is not
 * judged (true), so a Java-only pattern is never refused.
 */
function compilesAsJava(pattern: string): boolean {
  const js = pattern
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .replace(/\(\?[idmsux-]+\)/g, '')
    .replace(/\(\?[idmsux-]+:/g, '(?:')
    .replace(/\(\?>/g, '(?:')
    .replace(/([*+?}])\+/g, '$1');
  try {
    new RegExp(js);
    return true;
  } catch {
    // \p{…} classes, \h, \z, … exist in Java only: not ours to judge
    return /\\[pPhHvVzZAGRX]|\\k<|\[\[|&&/.test(pattern);
  }
}

export const selectionPattern: Rule = {
  code: 'SelectionPatternInvalid',
  catalogue: ['C46'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
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

export const methodResponseParams: Rule = {
  code: 'MethodResponseParameterInvalid',
  catalogue: ['C47'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'method response parameter keys are method.response.header.{name}',
  check(f) {
    return (methodResponses(f) ?? []).flatMap(mr => (isKnown(mr.responseParameters) ? Object.keys(mr.responseParameters) : []))
      .filter(k => !RESPONSE_KEY.test(k))
      .map(k => ({ what: 'method response parameter keys must be "method.response.header.{name}"', got: q(k), fix: 'name the response header' }));
  },
};


/** The status codes a MOCK request template returns (`{"statusCode": 200}`, or `{ statusCode: 200 }`). */
function mockStatusCodes(f: IntegrationFacts): string[] {
  return knownEntries(f.requestTemplates).flatMap(([, t]) => [...t.matchAll(/"?statusCode"?\s*:\s*"?(\d{3})\b/g)].map(m => m[1]));
}

function selects(r: IntegrationResponseFacts, code: string): boolean {
  if (r.selectionPattern === undefined || r.selectionPattern === '') return true;
  if (!isKnown(r.selectionPattern)) return true;
  try {
    return new RegExp(`^(?:${r.selectionPattern})$`).test(code);
  } catch {
    return false;
  }
}

export const mockSelected: Rule = {
  code: 'MockResponseNotSelected',
  catalogue: ['C08', 'C46'],
  appliesTo: ['REST'],
  severity: 'warning',
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

