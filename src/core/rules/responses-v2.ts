import { IntegrationFacts, isKnown, knownEntries, knownItems } from '../facts';
import { q } from '../format';
import { LIMITS } from '../limits';
import { badExpression, parseResponseKey } from '../selection';
import { PROXY_TYPES, literal, responses } from './shared';
import { CFN, CFN_V2_INTEGRATION_RESPONSE, HTTP_MAPPING, PUT_INTEGRATION_RESPONSE, V2_INTEGRATION_RESPONSES, WS_INTEGRATION_RESPONSES, WS_TRANSFORMATIONS } from './sources';
import { Finding, Rule, one } from './types';

/** HTTP API response parameters and WebSocket integration responses (C79, C80, C92, C93, C95, C97). */

const responseParameters: Rule = {
  code: 'ResponseParameterInvalid',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['responseParameters'],
  docs: PUT_INTEGRATION_RESPONSE,
  summary: `response parameters are keyed by a back-end status code ${LIMITS.HTTP.responseStatusCodeMin.value}–${LIMITS.HTTP.responseStatusCodeMax.value}; `
    + 'destinations append|overwrite|remove:header.{name} or overwrite:statuscode; sources $response.header|body, $context, $stageVariables or static',
  check(f) {
    if (!isKnown(f.responseParameters)) return [];
    const lo = LIMITS.HTTP.responseStatusCodeMin.value;
    const hi = LIMITS.HTTP.responseStatusCodeMax.value;
    const out: Finding[] = [];
    for (const [code, list] of Object.entries(f.responseParameters)) {
      if (!/^\d{3}$/.test(code) || Number(code) < lo || Number(code) > hi) {
        out.push({ what: `response parameters are keyed by the back end's status code, ${lo} to ${hi}`, got: q(code), fix: 'use a status code in that range' });
      }
      for (const m of knownItems(list)) {
        if (isKnown(m.destination) && !parseResponseKey(m.destination)) {
          out.push({ what: 'response parameter destinations must be append|overwrite|remove:header.{name} or overwrite:statuscode', got: q(m.destination), fix: 'use one of these forms' });
        }
        const bad = isKnown(m.source) ? badExpression(m.source, 'response') : undefined;
        if (bad) out.push({ what: 'response parameter sources must be static text or $response.header.x, $response.body[.jsonpath], $context.x or $stageVariables.x', got: q(bad), fix: 'fix the expression' });
      }
    }
    return out;
  },
};

const responseParamsShape: Rule = {
  code: 'ResponseParametersMalformed',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['responseParametersMalformed'],
  docs: `${CFN}/aws-properties-apigatewayv2-integration-responseparameterlist.html`,
  summary: 'response parameters are in CloudFormation\'s shape: { "<status>": { ResponseParameters: [{ Destination, Source }] } }',
  evidence: {
    says: 'CloudFormation validates ResponseParameters against the resource schema (a map of ResponseParameterMap, each with one key, '
      + 'ResponseParameters, a list of { Destination, Source }; no other properties) and refuses the template otherwise, e.g. "extraneous key '
      + '[overwrite:header.x] is not permitted"',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigatewayv2-integration-responseparameterlist.html',
  },
  check(f) {
    const bad = f.responseParametersMalformed ?? [];
    if (bad.length === 0) return [];
    return one(
      'HTTP API response parameters in a template are { "<status>": { "ResponseParameters": [{ "Destination": "overwrite:header.x", "Source": "…" }] } } (the API\'s own { "<status>": { "overwrite:header.x": "…" } } is not CloudFormation\'s shape)',
      bad.join('; '),
      'move each mapping into a { Destination, Source } item of the status code\'s ResponseParameters list',
    );
  },
};

/** The static (literal) mappings of HTTP API response parameters: `[status, destination, source]`. */
function staticResponseMappings(f: IntegrationFacts): Array<[string, string | undefined, string]> {
  if (!isKnown(f.responseParameters)) return [];
  return Object.entries(f.responseParameters).flatMap(([code, list]) => knownItems(list)
    .map(m => [code, literal(m.destination), literal(m.source)] as const)
    .filter((m): m is readonly [string, string | undefined, string] => m[2] !== undefined)
    .map(([c, d, s]) => [c, d, s] as [string, string | undefined, string]));
}

const statusOverwrite: Rule = {
  code: 'StatusCodeNotWhole',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['responseParameters'],
  evidence: {
    says: 'overwrite:statuscode sets the status code the client gets; a value that is not a whole number between 100 and 599 is not a status code, so the response cannot be returned as mapped',
    source: HTTP_MAPPING,
  },
  docs: HTTP_MAPPING,
  summary: `a static overwrite:statuscode value is a whole status code ${LIMITS.HTTP.statusCodeOverwriteMin.value}–${LIMITS.HTTP.statusCodeOverwriteMax.value}`,
  check(f) {
    const lo = LIMITS.HTTP.statusCodeOverwriteMin.value;
    const hi = LIMITS.HTTP.statusCodeOverwriteMax.value;
    const whole = (s: string) => /^\d{3}$/.test(s) && Number(s) >= lo && Number(s) <= hi;
    return staticResponseMappings(f).filter(([, d, s]) => d === 'overwrite:statuscode' && s !== '' && !s.startsWith('$') && !whole(s))
      .map(([, , s]) => ({ what: `overwrite:statuscode takes a whole status code between ${lo} and ${hi}`, got: q(s), fix: 'give a status code such as 404' }));
  },
};

const emptySources: Rule = {
  code: 'ResponseParameterSourceEmpty',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['responseParameters'],
  evidence: {
    says: 'a response parameter maps its destination from its source; an empty source gives the header or status code no value, so the mapping does nothing the client can see',
    source: HTTP_MAPPING,
  },
  docs: HTTP_MAPPING,
  summary: 'no HTTP API response parameter source is empty',
  check(f) {
    return staticResponseMappings(f).filter(([, , s]) => s === '')
      .map(([c, d]) => ({ what: 'response parameter sources are not empty', got: `an empty source for ${q(d)} (status ${c})`, fix: 'give a value, or remove the mapping' }));
  },
};

const responseOnProxy: Rule = {
  code: 'IntegrationResponseOnProxy',
  catalogue: ['C92'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'warning',
  docs: WS_INTEGRATION_RESPONSES,
  evidence: {
    says: 'Documented only: integration responses shape the results of non-proxy integrations (AWS, HTTP, MOCK), proxy integrations pass the back '
      + 'end\'s payload through; no rejection of one on a proxy integration is recorded',
    source: WS_INTEGRATION_RESPONSES,
  },
  summary: 'integration responses belong to non-proxy integrations (AWS, HTTP, MOCK) only',
  check(f) {
    if (!isKnown(f.type) || !PROXY_TYPES.includes(f.type)) return [];
    return [{ what: 'proxy integrations return the back end\'s payload as it is: integration responses on them are never used', got: `an integration response on a ${q(f.type)} integration`, fix: 'remove the integration response, or use a non-proxy (AWS or HTTP) integration with templates' }];
  },
};

/** True when `key` is `$default` or a slash-wrapped regular expression that compiles. */
function validResponseKey(key: string): boolean {
  if (key === '$default') return true;
  const m = /^\/(.+)\/$/s.exec(key);
  if (!m) return false;
  try {
    new RegExp(m[1]);
    return true;
  } catch {
    return false;
  }
}

const responseKey: Rule = {
  code: 'IntegrationResponseKeyInvalid',
  catalogue: ['C93', 'C97'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  docs: CFN_V2_INTEGRATION_RESPONSE,
  evidence: {
    says: 'CloudFormation schema: AWS::ApiGatewayV2::IntegrationResponse requires IntegrationResponseKey; its form ($default, or a regular expression '
      + 'wrapped in slashes such as /4\\d{2}/) is documented, with no rejection text recorded for other forms',
    source: `${CFN_V2_INTEGRATION_RESPONSE}; ${WS_INTEGRATION_RESPONSES}`,
  },
  summary: 'an integration response key is $default or a regular expression wrapped in slashes (/4\\d{2}/)',
  check(f) {
    return responses(f).flatMap((r): Finding[] => {
      if (r.responseKey === undefined) return [{ what: 'an integration response needs a key', got: 'nothing', fix: 'use "$default" or a slash-wrapped regular expression such as "/4\\d{2}/"' }];
      if (!isKnown(r.responseKey) || validResponseKey(r.responseKey)) return [];
      const fix = /^\d{3}$/.test(r.responseKey) ? `wrap it in slashes: "/${r.responseKey}/"` : 'use "$default" or a valid regular expression wrapped in slashes, such as "/4\\d{2}/"';
      return [{ what: 'integration response keys are "$default" or a regular expression wrapped in slashes', got: q(r.responseKey), fix }];
    });
  },
};

const WS_RESPONSE_KEY = /^method\.response\.header\.[^\s.][^\s]*$/;

const WS_RESPONSE_VALUE = [/^integration\.response\.header\.[^\s]+$/, /^integration\.response\.body(\.[^\s$][^\s]*)?$/, /^'[^']*'$/s];

const responseParameter: Rule = {
  code: 'ResponseParameterNotSupported',
  catalogue: ['C95'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['integrationResponse'],
  severity: 'error',
  docs: V2_INTEGRATION_RESPONSES,
  evidence: {
    says: 'Documented only: WebSocket integration response parameters map method.response.header.{name} from integration.response.header.{name}, '
      + 'integration.response.body.{expression} or a quoted static value; no rejection text is recorded',
    source: `${V2_INTEGRATION_RESPONSES}; ${WS_TRANSFORMATIONS}`,
  },
  summary: 'integration response parameters map method.response.header.{name} from integration.response.header.{name}, integration.response.body.{expression} or a quoted static value',
  check(f) {
    const out: Finding[] = [];
    for (const r of responses(f)) {
      if (!isKnown(r.responseParameters)) continue;
      for (const key of Object.keys(r.responseParameters)) {
        if (!WS_RESPONSE_KEY.test(key)) out.push({ what: 'response parameter keys must be method.response.header.{name}', got: q(key), fix: 'rename the destination' });
      }
      for (const [key, v] of knownEntries(r.responseParameters)) {
        if (!WS_RESPONSE_VALUE.some(x => x.test(v))) out.push({ what: 'response parameter values are integration.response.header.{name}, integration.response.body.{expression} or a quoted \'static\' value', got: `${q(v)} for ${q(key)}`, fix: 'use one of these sources (quote static values)' });
      }
    }
    return out;
  },
};

const duplicateKeys: Rule = {
  code: 'IntegrationResponseKeyDuplicated',
  catalogue: ['C93'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['integrationResponses'],
  evidence: {
    says: 'CreateIntegrationResponse answers ConflictException when the integration already has a response with that key: the second one fails the deploy',
    source: V2_INTEGRATION_RESPONSES,
  },
  docs: V2_INTEGRATION_RESPONSES,
  summary: 'each integration response key ($default, /regex/) is used once per integration',
  check(f) {
    const keys = knownItems(f.integrationResponses).map(r => literal(r.responseKey)).filter((k): k is string => k !== undefined);
    const dup = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    return dup.map(k => ({ what: 'each integration response key is used once', got: `${q(k)} twice`, fix: 'merge the two responses into one' }));
  },
};

/** The rows the typed WebSocket door runs over an integration's responses together (the table judges them one by one). */
export const RESPONSE_SET_RULES: readonly Rule[] = [duplicateKeys];

export const V2_RESPONSE_RULES: readonly Rule[] = [
  responseParameters, responseParamsShape, statusOverwrite, emptySources, responseOnProxy, responseKey, responseParameter, duplicateKeys,
];
