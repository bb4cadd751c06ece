import { ApiKind, Fact, IntegrationFacts, isKnown, isPresent } from '../facts';
import { kindName, oneOf, q } from '../format';
import { LIMITS } from '../limits';
import { knownType } from './shared';
import { CFN_METHOD_INTEGRATION, CFN_V2_INTEGRATION, DG, GH, LS, V2_INTEGRATIONS, V2_INTEGRATION_RESPONSES } from './sources';
import { Finding, Rule, one } from './types';

/** What each API kind accepts: the integration types, the fields of one kind only, v2 field lengths, list items (C01, C49, C54, C64, C80, C82, C87). */

/** The integration types each API kind accepts (C01, C49, C82). */
const INTEGRATION_TYPES: Record<ApiKind, readonly string[]> = {
  REST: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'],
  HTTP: ['AWS_PROXY', 'HTTP_PROXY'],
  WEBSOCKET: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'],
};

const integrationType: Rule = {
  code: 'IntegrationTypeNotSupported',
  catalogue: ['C01', 'C49', 'C82', 'C99'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  docs: `${DG}/api-gateway-api-integration-types.html`,
  evidence: {
    says: 'PutIntegration: "1 validation error detected: Value \'HTTPS_PROXY\' at \'putIntegrationInput.type\' failed to satisfy constraint: Member must '
      + 'satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]"; HTTP API CreateIntegration: "Currently, an API with a protocol type of '
      + 'HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY)"; CloudFormation schemas require Type / IntegrationType',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegration::test_put_integration_wrong_type, recorded 2024-04-15); `
      + `${GH}/aws/aws-cli/issues/6363; ${CFN_V2_INTEGRATION}`,
  },
  summary: 'the integration type is given and is one the API kind accepts (HTTP APIs: AWS_PROXY and HTTP_PROXY only)',
  check(f, kind) {
    const allowed = INTEGRATION_TYPES[kind];
    if (f.type === undefined) return one('an integration type is required', 'nothing', `set it to ${oneOf(allowed)}`);
    const t = knownType(f);
    if (t === undefined || allowed.includes(t)) return [];
    const fix = kind === 'HTTP'
      ? 'HTTP APIs take only proxy integrations: use AWS_PROXY or HTTP_PROXY, or a REST or WebSocket API for AWS, HTTP and MOCK integrations'
      : `use ${oneOf(allowed)}`;
    return one(`the integration type must be ${oneOf(allowed)} for ${kindName(kind)}`, q(t), fix);
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
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented: PassthroughBehavior, ContentHandlingStrategy, RequestTemplates and TemplateSelectionExpression are "supported only for '
      + 'WebSocket APIs", and integration responses exist for WebSocket APIs only (no rejection text from an identifiable source recorded)',
    source: `${V2_INTEGRATIONS}; ${V2_INTEGRATION_RESPONSES}`,
  },
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

const httpOnly: Rule = {
  code: 'HttpApiOnlySetting',
  catalogue: ['C87'],
  appliesTo: ['WEBSOCKET'],
  severity: 'error',
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented only: IntegrationSubtype, TlsConfig and integration ResponseParameters are "supported only for HTTP APIs"; no rejection of them on a '
      + 'WebSocket integration is recorded',
    source: V2_INTEGRATIONS,
  },
  summary: 'HTTP-API-only settings (IntegrationSubtype, TlsConfig, integration-level ResponseParameters) are not set on WebSocket integrations',
  check(f) {
    const set = [
      isPresent(f.subtype) ? 'IntegrationSubtype' : undefined,
      isPresent(f.serverNameToVerify) ? 'TlsConfig' : undefined,
      isPresent(f.responseParameters) ? 'ResponseParameters' : undefined,
    ].filter((x): x is string => x !== undefined);
    if (set.length === 0) return [];
    return [{ what: `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} supported only for HTTP APIs`, got: set.join(', '), fix: 'remove them; WebSocket integrations shape responses with integration responses (AWS::ApiGatewayV2::IntegrationResponse)' }];
  },
};

/** v2 string fields with a length limit (C54, C64): the field, its name in findings, the limits-table row, its name in the summary. */
const V2_LENGTHS: ReadonlyArray<[keyof IntegrationFacts, string, string, string]> = [
  ['uri', 'integration URI', 'uriMaxLength', 'URI'],
  ['integrationMethod', 'integration method', 'integrationMethodMaxLength', 'method'],
  ['subtype', 'integration subtype', 'subtypeMaxLength', 'subtype'],
  ['description', 'description', 'descriptionMaxLength', 'description'],
  ['connectionId', 'connection id', 'connectionIdMaxLength', 'connection id'],
  ['serverNameToVerify', 'TLS server name to verify', 'serverNameMaxLength', 'TLS server name'],
];

const valueTooLong: Rule = {
  code: 'ValueTooLong',
  catalogue: ['C54', 'C64'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri', 'integrationMethod', 'subtype', 'description', 'connectionId', 'serverNameToVerify'],
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Documented only: the v2 API model bounds IntegrationUri to 2048, IntegrationMethod to 64, IntegrationSubtype to 128, Description and '
      + 'ConnectionId to 1024 and ServerNameToVerify to 512 characters; no rejection text is recorded',
    source: V2_INTEGRATIONS,
  },
  summary: `v2 integration strings fit the service's lengths: ${V2_LENGTHS.map(([, , name, short]) => `${short} ${LIMITS.HTTP[name].value}`).join(', ')} characters`,
  check(f, kind) {
    const out: Finding[] = [];
    for (const [field, name, limitName] of V2_LENGTHS) {
      const v = f[field];
      const max = LIMITS[kind][limitName]?.value;
      if (max === undefined || typeof v !== 'string' || v.length <= max) continue;
      out.push({ what: `the ${name} must be at most ${max} characters`, got: `${v.length} characters`, fix: 'shorten it' });
    }
    return out;
  },
};

const listItems: Rule = {
  code: 'ListItemMissing',
  catalogue: ['C40', 'C99'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  evidence: {
    says: 'CloudFormation validates each list item against the resource schema ("expected type: String, found: Null"): a null item fails the deploy',
    source: CFN_METHOD_INTEGRATION,
  },
  docs: CFN_METHOD_INTEGRATION,
  summary: 'lists (cache key parameters, integration responses, method responses) hold no null items',
  check(f) {
    const lists: Array<[string, Fact<Fact<unknown>[]>]> = [
      ['CacheKeyParameters', f.cacheKeyParameters],
      ['IntegrationResponses', f.integrationResponses],
      ['MethodResponses', f.method?.methodResponses],
    ];
    return lists.filter(([, l]) => isKnown(l) && l.some(x => x === undefined)).map(([name, l]) => ({
      what: `${name} items must be given (a null item is refused)`,
      got: `a list of ${(l as unknown[]).length} with ${(l as unknown[]).filter(x => x === undefined).length} null`,
      fix: 'remove the null items',
    }));
  },
};

export const KIND_RULES: readonly Rule[] = [
  integrationType, webSocketOnly, httpOnly, valueTooLong, listItems,
];
