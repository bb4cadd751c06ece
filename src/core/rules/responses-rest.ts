import { Fact, Unknown, isKnown, knownEntries } from '../facts';
import { q } from '../format';
import { CONTEXT, NAME, QUOTED, RESPONSE_KEY, STAGE_VARIABLE, STATUS, isProxy, knownType, methodResponses, responses } from './shared';
import { API, CFN_METHOD_INTEGRATION, DG, GH, HTTP_MAPPING, LS, PUT_INTEGRATION_RESPONSE } from './sources';
import { Finding, Rule } from './types';

/** REST responses: status codes, integration and method responses, their mappings, and what proxies ignore (C36, C40, C42–C45, C47). */

const proxyMappings: Rule = {
  code: 'ProxyResponseMappingIgnored',
  catalogue: ['C36'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  docs: `${DG}/api-gateway-api-integration-types.html`,
  evidence: {
    says: 'Deploys, but proxy integrations pass the request and the back end\'s response through: the request templates, integration responses and '
      + 'response mappings given are never applied',
    source: `${DG}/api-gateway-api-integration-types.html`,
  },
  summary: 'proxy integrations (AWS_PROXY, HTTP_PROXY) ignore request templates, integration responses and response mappings',
  check(f) {
    const t = knownType(f);
    if (t === undefined || !isProxy(f)) return [];
    const ignored: string[] = [];
    if (knownEntries(f.requestTemplates).length > 0) ignored.push('request templates');
    if (responses(f).length > 0) ignored.push('integration responses');
    if (ignored.length === 0) return [];
    return [{ what: `${t} integrations pass the request and response through unchanged`, got: ignored.join(' and '), fix: 'remove them, or use a non-proxy (AWS or HTTP) integration to transform' }];
  },
};

const statusCode: Rule = {
  code: 'StatusCodeInvalid',
  catalogue: ['C42', 'C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses', 'method'],
  docs: PUT_INTEGRATION_RESPONSE,
  evidence: {
    says: 'PutIntegrationResponse: "1 validation error detected: Value \'wrong\' at \'statusCode\' failed to satisfy constraint: Member must satisfy '
      + 'regular expression pattern: [1-5]\\d\\d"; CloudFormation requires StatusCode on every integration and method response',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode, recorded 2025-06-18)`,
  },
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

const statusCodeUnique: Rule = {
  code: 'ResponseStatusCodeDuplicated',
  catalogue: ['C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses', 'method'],
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'CloudFormation schema: Integration.IntegrationResponses and MethodResponses are uniqueItems, so identical items fail template validation',
    source: CFN_METHOD_INTEGRATION,
  },
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

const statusCodeRepeated: Rule = {
  code: 'ResponseStatusCodeRepeated',
  catalogue: ['C40'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['integrationResponses', 'method'],
  docs: PUT_INTEGRATION_RESPONSE,
  evidence: {
    says: 'Deploys: the service keeps one response per status code (a second put of the same code replaces the first), so only one of two different '
      + 'responses with one status code takes effect',
    source: `${PUT_INTEGRATION_RESPONSE}; ${API}/API_PutMethodResponse.html`,
  },
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

const methodResponseMissing: Rule = {
  code: 'MethodResponseMissing',
  catalogue: ['C43'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['method'],
  docs: `${API}/API_PutMethodResponse.html`,
  evidence: {
    says: 'Deploys (AWS accepts an integration response with no method response of its status code), but requests that select that status fail with '
      + '500 Internal server error: "Execution failed due to configuration error: Output mapping refers to an invalid method response: {status}"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_lifecycle_integration_response, recorded 2025-06-11); `
      + `${GH}/serverless-operations/serverless-apigateway-service-proxy/issues/179`,
  },
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

const responseParamsDeclared: Rule = {
  code: 'ResponseParameterUndeclared',
  catalogue: ['C44'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['method'],
  docs: PUT_INTEGRATION_RESPONSE,
  evidence: {
    says: 'PutIntegrationResponse: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression '
      + 'parameter specified: method.response.header.Access-Control-Allow-Origin]"',
    source: `${GH}/awslabs/aws-solutions-constructs/issues/1130; ${PUT_INTEGRATION_RESPONSE}`,
  },
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

const responseParams: Rule = {
  code: 'ResponseParameterInvalid',
  catalogue: ['C44', 'C45'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
  docs: PUT_INTEGRATION_RESPONSE,
  evidence: {
    says: 'REST (unquoted static value): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression '
      + 'specified: "*"]"; HTTP APIs: response mappings are documented as keyed by a back-end status code 200-599 with append|overwrite|remove:'
      + 'header.{name} or overwrite:statuscode destinations (no rejection text recorded)',
    source: `${PUT_INTEGRATION_RESPONSE}; ${GH}/awsdocs/amazon-api-gateway-developer-guide/issues/7; ${HTTP_MAPPING}`,
  },
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

const methodResponseParams: Rule = {
  code: 'MethodResponseParameterInvalid',
  catalogue: ['C47'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['method'],
  docs: `${API}/API_PutMethodResponse.html`,
  evidence: {
    says: 'Documented only: method response parameter keys are method.response.header.{name}; no PutMethodResponse rejection text is recorded '
      + '(UpdateMethodResponse answers unknown names with "Invalid parameter name specified")',
    source: `${API}/API_PutMethodResponse.html; ${LS}/test_apigateway_api.snapshot.json (TestApigatewayMethodResponse::test_update_method_wrong_param_names)`,
  },
  summary: 'method response parameter keys are method.response.header.{name}',
  check(f) {
    return (methodResponses(f) ?? []).flatMap(mr => (isKnown(mr.responseParameters) ? Object.keys(mr.responseParameters) : []))
      .filter(k => !RESPONSE_KEY.test(k))
      .map(k => ({ what: 'method response parameter keys must be "method.response.header.{name}"', got: q(k), fix: 'name the response header' }));
  },
};

export const REST_RESPONSE_RULES: readonly Rule[] = [
  proxyMappings, statusCode, statusCodeUnique, statusCodeRepeated, methodResponseMissing, responseParamsDeclared, responseParams,
  methodResponseParams,
];
