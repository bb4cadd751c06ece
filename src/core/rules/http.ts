import { IntegrationFacts, isKnown, knownEntries, knownItems, textOf } from '../facts';
import { oneOf, q } from '../format';
import { LIMITS } from '../limits';
import {
  badExpression, isJsonLiteral, isReservedHeader, parseRequestKey, parseResponseKey, RESERVED_HEADERS,
} from '../selection';
import { SUBTYPE_NAMES, SUBTYPES, subtypeParameters } from '../subtypes';
import { isLambdaFunctionArn, isLambdaInvocationText } from '../uris';
import { isLambdaProxy } from './common';
import { Finding, one, Rule } from './types';

/** Rules that only HTTP APIs have (C49–C81). */

const SUBTYPE_CATALOGUE = SUBTYPE_NAMES.map(s => SUBTYPES[s].catalogue);


const payloadRequired: Rule = {
  code: 'PayloadFormatVersionRequired',
  catalogue: ['C50'],
  appliesTo: ['HTTP'],
  severity: 'error',
  summary: 'HTTP API integrations state their payload format version (CloudFormation has no default)',
  check(f) {
    // An integration whose type is unknown is a partial view (an UpdateIntegration patch): absence means "unchanged".
    if (f.payloadFormatVersion !== undefined || !isKnown(f.type)) return [];
    return one('HTTP API integrations created by CloudFormation need a payload format version', 'nothing', `set it to "1.0"${isLambdaProxy(f) ? ' or "2.0"' : ''}`);
  },
};

const lambdaUri: Rule = {
  code: 'LambdaUriNotFunction',
  catalogue: ['C51'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['uri'],
  summary: 'Lambda proxy integrations point at a Lambda function ARN (or its …:lambda:path/2015-03-31/functions/{arn}/invocations form)',
  check(f) {
    if (!isLambdaProxy(f) || !isKnown(f.uri) || f.uri === '') return [];
    if (isLambdaFunctionArn(f.uri) || isLambdaInvocationText(f.uri) && f.uri.startsWith('arn:')) return [];
    return one('AWS_PROXY integrations without a subtype call a Lambda function: the URI must be its ARN or invocation ARN', q(f.uri), 'give the function ARN, or set a subtype for an AWS service integration');
  },
};

const subtypeXorUri: Rule = {
  code: 'SubtypeUriExclusive',
  catalogue: ['C55'],
  appliesTo: ['HTTP'],
  severity: 'error',
  summary: 'an AWS_PROXY integration has exactly one of a subtype (AWS service) or a URI (Lambda)',
  check(f) {
    if (f.type !== 'AWS_PROXY') return [];
    const hasUri = f.uri !== undefined && f.uri !== '';
    if (f.subtype !== undefined && hasUri) {
      return one('AWS_PROXY integrations take a subtype (AWS service) or a URI (Lambda), not both', `subtype ${q(textOf(f.subtype))} and URI ${q(textOf(f.uri))}`, 'remove the URI for a service integration, or the subtype for a Lambda integration');
    }
    if (f.subtype === undefined && !hasUri) {
      return one('AWS_PROXY integrations need a subtype (AWS service) or a URI (Lambda)', 'neither', 'give the Lambda function ARN, or a subtype with its parameters');
    }
    return [];
  },
};

const subtypeSupported: Rule = {
  code: 'SubtypeNotSupported',
  catalogue: ['C56', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  summary: 'an integration subtype is one of the ten AWS-service subtypes, on an AWS_PROXY integration',
  check(f) {
    if (f.subtype === undefined) return [];
    if (isKnown(f.type) && f.type !== 'AWS_PROXY') {
      return one('an integration subtype is only valid on AWS_PROXY integrations', `subtype ${q(textOf(f.subtype))} on ${q(f.type)}`, 'set the type to AWS_PROXY, or remove the subtype');
    }
    if (!isKnown(f.subtype) || SUBTYPES[f.subtype]) return [];
    const near = SUBTYPE_NAMES.find(s => s.toLowerCase() === f.subtype!.toString().toLowerCase().replace(/_/g, '-'));
    return one(`the integration subtype must be one of ${oneOf(SUBTYPE_NAMES)} (case-sensitive)`, q(f.subtype), near ? `use ${q(near)}` : 'use one of these');
  },
};

/** The subtype's spec when it is known and valid. */
function knownSubtype(f: IntegrationFacts): string | undefined {
  return isKnown(f.subtype) && SUBTYPES[f.subtype] ? f.subtype : undefined;
}

const subtypeParamName: Rule = {
  code: 'SubtypeParameterNotSupported',
  catalogue: ['C58', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  summary: 'subtype request parameters are the subtype\'s own parameter names, exact case ("Parameter: … does not fit schema")',
  check(f) {
    const s = knownSubtype(f);
    if (!s || !isKnown(f.requestParameters)) return [];
    const allowed = subtypeParameters(s);
    return Object.keys(f.requestParameters).filter(k => !allowed.includes(k)).map(k => {
      const near = allowed.find(a => a.toLowerCase() === k.toLowerCase());
      return {
        what: `${s} takes only the parameters ${oneOf(allowed)} (names are case-sensitive)`,
        got: q(k),
        fix: near ? `rename it to ${q(near)}` : 'remove it',
      };
    });
  },
};

const subtypeParamRequired: Rule = {
  code: 'SubtypeParameterRequired',
  catalogue: ['C58', ...SUBTYPE_CATALOGUE],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  summary: 'every required parameter of the subtype is mapped',
  check(f) {
    const s = knownSubtype(f);
    if (!s || f.requestParameters !== undefined && !isKnown(f.requestParameters)) return [];
    const given = Object.keys(f.requestParameters ?? {});
    const missing = SUBTYPES[s].required.filter(r => !given.includes(r));
    if (missing.length === 0) return [];
    return one(`${s} requires the parameters ${oneOf(SUBTYPES[s].required)}`, `no ${oneOf(missing)}`, 'map each of them to a value or a selection expression');
  },
};

const subtypeParamValue: Rule = {
  code: 'SubtypeParameterValueInvalid',
  catalogue: ['C59', 'C77'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['subtype'],
  summary: 'subtype parameter values are static text or $request/$context/$stageVariables selection expressions, never JSON object literals',
  check(f) {
    if (f.subtype === undefined) return [];
    const max = LIMITS.HTTP.mappingValueMaxLength.value;
    const out: Finding[] = [];
    for (const [k, v] of knownEntries(f.requestParameters)) {
      if (isJsonLiteral(v)) {
        out.push({ what: `a JSON object literal is not a valid source for ${k} ("Invalid source … specified for destination")`, got: q(v), fix: 'map it from the request body ($request.body.x) or a header, or send it as a string' });
        continue;
      }
      const bad = badExpression(v, 'subtype');
      if (bad) out.push({ what: `${k} must be static text or a selection expression ($request.header|querystring|path.x, $request.body[.jsonpath], $context.x, $stageVariables.x)`, got: q(bad), fix: 'fix the expression' });
      else if (v.length === 0 || v.length > max) out.push({ what: `parameter values are 1 to ${max} characters`, got: `${v.length} characters for ${k}`, fix: 'shorten it' });
    }
    return out;
  },
};

const tlsPrivateOnly: Rule = {
  code: 'ServerNameOnPublicIntegration',
  catalogue: ['C64'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['serverNameToVerify'],
  summary: 'a TLS server name to verify is set on private (VPC_LINK) integrations only; elsewhere the service silently drops it',
  check(f) {
    if (f.serverNameToVerify === undefined || f.connectionType === 'VPC_LINK' || f.connectionType !== undefined && !isKnown(f.connectionType)) return [];
    return one('the TLS server name to verify applies to private integrations only (the service accepts it on others and does not keep it)', q(textOf(f.serverNameToVerify)), 'remove it, or use a private integration over a VPC link');
  },
};

const requestKey: Rule = {
  code: 'RequestParameterKeyInvalid',
  catalogue: ['C76'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  summary: 'request parameter keys are append|overwrite|remove:header.{name}, append|overwrite|remove:querystring.{name} or overwrite:path',
  check(f) {
    // With an unknown type (a patch of an integration outside the app) the keys may be subtype parameters.
    if (f.subtype !== undefined || !isKnown(f.type) || !isKnown(f.requestParameters)) return [];
    return Object.keys(f.requestParameters).filter(k => !parseRequestKey(k)).map(k => ({
      what: 'request parameter keys must be append|overwrite|remove:header.{name}, append|overwrite|remove:querystring.{name} or overwrite:path',
      got: q(k),
      fix: 'use one of these forms (the action and location are lower case)',
    }));
  },
};

const requestValue: Rule = {
  code: 'RequestParameterValueInvalid',
  catalogue: ['C77'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  summary: 'request parameter values are static text or $request.header|querystring|path|body, $context or $stageVariables expressions of 1 to 512 characters',
  check(f) {
    if (f.subtype !== undefined) return [];
    const max = LIMITS.HTTP.mappingValueMaxLength.value;
    const out: Finding[] = [];
    for (const [k, v] of knownEntries(f.requestParameters)) {
      if (!parseRequestKey(k)) continue;
      const bad = badExpression(v, 'request');
      if (bad) out.push({ what: `the value of ${k} must be static text or a selection expression ($request.header|querystring.x, $request.path[.x], $request.body[.jsonpath], $context.x, $stageVariables.x)`, got: q(bad), fix: 'fix the expression (HTTP APIs have no multi-value sources)' });
      // a remove takes no value: "''" and "" are both used by deployed configurations
      else if (v.length > max || v.length === 0 && !k.startsWith('remove:')) out.push({ what: `request parameter values are 1 to ${max} characters`, got: `${v.length} characters for ${k}`, fix: 'shorten it' });
    }
    return out;
  },
};

function reservedProblem(where: string, name: string): Finding {
  return { what: `reserved headers cannot be mapped in ${where} (${RESERVED_HEADERS.join(', ')})`, got: q(name), fix: 'map another header' };
}

const reservedHeader: Rule = {
  code: 'ReservedHeaderMapped',
  catalogue: ['C78'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['requestParameters', 'responseParameters'],
  summary: 'reserved headers (Authorization, Content-Length, Host-related, x-amz-*, apigw-*, …) are not mapped in requests or responses',
  check(f) {
    const out: Finding[] = [];
    if (f.subtype === undefined && isKnown(f.requestParameters)) {
      for (const k of Object.keys(f.requestParameters)) {
        const p = parseRequestKey(k);
        if (p?.location === 'header' && isReservedHeader(p.name!)) out.push(reservedProblem('requests', p.name!));
      }
    }
    for (const list of Object.values(isKnown(f.responseParameters) ? f.responseParameters : {})) {
      for (const m of knownItems(list)) {
        const p = isKnown(m.destination) ? parseResponseKey(m.destination) : undefined;
        if (p?.location === 'header' && isReservedHeader(p.name!)) out.push(reservedProblem('responses', p.name!));
      }
    }
    return out;
  },
};

const responseParameters: Rule = {
  code: 'ResponseParameterInvalid',
  catalogue: ['C79'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['responseParameters'],
  summary: 'response parameters are keyed by a back-end status code 200–599; destinations append|overwrite|remove:header.{name} or overwrite:statuscode; sources $response.header|body, $context, $stageVariables or static',
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

const WEBSOCKET_ONLY: ReadonlyArray<[keyof IntegrationFacts, string]> = [
  ['passthroughBehavior', 'PassthroughBehavior'],
  ['contentHandling', 'ContentHandlingStrategy'],
  ['requestTemplates', 'RequestTemplates'],
  ['templateSelectionExpression', 'TemplateSelectionExpression'],
];

const webSocketOnly: Rule = {
  code: 'WebSocketOnlyField',
  catalogue: ['C80'],
  appliesTo: ['HTTP'],
  subjects: ['integration', 'integrationResponse'],
  severity: 'error',
  summary: 'HTTP API integrations set no WebSocket-only field (PassthroughBehavior, ContentHandlingStrategy, RequestTemplates, TemplateSelectionExpression) and have no IntegrationResponse',
  check(f) {
    if (f.subject === 'integrationResponse') {
      return one('HTTP APIs have no integration responses ("IntegrationResponses are currently not supported for this API protocol type")', 'an AWS::ApiGatewayV2::IntegrationResponse', 'remove it; map response headers and status codes with the integration\'s response parameters');
    }
    return WEBSOCKET_ONLY.filter(([k]) => f[k] !== undefined).map(([, name]) => ({
      what: `${name} is supported only for WebSocket APIs`,
      got: `${name} set`,
      fix: 'remove it (HTTP APIs use parameter mapping instead of templates)',
    }));
  },
};

/** `{name}` placeholders of a URL, and whether the route provides them. */
const uriVariables: Rule = {
  code: 'UriVariableNotInRoute',
  catalogue: ['C53'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['routeKey'],
  summary: 'path variables in an HTTP_PROXY URL ({id}, greedy {proxy}) exist on the route ({id}, {proxy+})',
  check(f) {
    if (f.type !== 'HTTP_PROXY' || f.connectionType === 'VPC_LINK' || !isKnown(f.uri) || !isKnown(f.routeKey)) return [];
    const routePath = f.routeKey.split(' ')[1] ?? '';
    const routeVars = new Set([...routePath.matchAll(/\{([^}]+)\}/g)].map(m => m[1].replace(/\+$/, '')));
    const url = f.uri.replace(/\$\{[^}]*\}/g, '');
    return [...url.matchAll(/\{([^}]+)\}/g)].map(m => m[1]).filter(v => !routeVars.has(v)).map(v => ({
      what: `the URL uses the path variable {${v}}, which the route does not have: the back end receives the literal text`,
      got: `route ${q(f.routeKey)}`,
      fix: v === 'proxy' ? 'use a greedy {proxy+} route, or remove {proxy} from the URL' : `add {${v}} to the route path, or remove it from the URL`,
    }));
  },
};

/** Rules that only HTTP APIs have. */
const integrationsLimit: Rule = {
  code: 'IntegrationsPerApiExceeded',
  catalogue: ['C81'],
  appliesTo: ['HTTP'],
  subjects: ['api'],
  severity: 'error',
  onlyWhen: ['integrationCount'],
  summary: 'an HTTP API has at most 300 integrations (a quota that cannot be raised)',
  check(f) {
    const max = LIMITS.HTTP.integrationsPerApi.value;
    if (f.integrationCount === undefined || f.integrationCount <= max) return [];
    return one(`HTTP APIs have at most ${max} integrations, and this quota cannot be raised`, `${f.integrationCount} integrations`, 'share integrations between routes (one integration object added to many routes is one integration), use a greedy {proxy+} route, or split the API');
  },
};

export const HTTP_RULES: readonly Rule[] = [
  payloadRequired, lambdaUri, subtypeXorUri, subtypeSupported, subtypeParamName, subtypeParamRequired,
  subtypeParamValue, tlsPrivateOnly, requestKey, requestValue, reservedHeader, responseParameters, responseParamsShape,
  webSocketOnly, uriVariables, integrationsLimit,
];
