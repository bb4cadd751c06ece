import { Fact, FactMap, IntegrationFacts, isKnown, knownEntries, textOf } from '../facts';
import { oneOf, q } from '../format';
import { LIMITS } from '../limits';
import {
  cacheKeys, methodParamKey, methodParamUnique, pathParamNotInPath, requestDeclared, requestKey, requestSource, uriPlaceholders,
} from './rest-requests';
import { Finding, Rule } from './types';
import { isListenerArn, isLoadBalancerArn, isStageVariableRef } from '../uris';
import {
  methodResponseMissing, methodResponseParams, mockSelected, responseParams, responseParamsDeclared, selectionPattern, statusCode,
  statusCodeRepeated, statusCodeUnique,
} from './rest-responses';
import { isProxy, knownType, MIME, PROXY_TYPES, RESPONSE_TRANSFER_MODES, responses, REST_HTTP_METHODS } from './rest-shared';

/**
 * Rules that only REST APIs have (CONSTRAINTS.md C18–C47). Cross-checks with the method
 * (C30, C34, C43, C44) judge only when the method's facts are present: the `IntegrationChecks`
 * aspect always has them; the typed constructs run them at synth against the `CfnMethod`.
 *
 * Split by topic: the request side in `rest-requests.ts`, responses in `rest-responses.ts`, the
 * shared grammar in `rest-shared.ts`; the integration as a whole, the method and the API here.
 */

const proxyMappings: Rule = {
  code: 'ProxyResponseMappingIgnored',
  catalogue: ['C36'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
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

/** Integration types whose TLS verification can be turned off (C23). */
const TLS_TYPES = ['HTTP', 'HTTP_PROXY'];

const tlsSkipNotHttp: Rule = {
  code: 'TlsSkipVerificationNotHttp',
  catalogue: ['C23'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['insecureSkipVerification'],
  summary: 'TLS verification (`tlsConfig.insecureSkipVerification`) can be skipped only for HTTP and HTTP_PROXY integrations',
  check(f) {
    if (f.insecureSkipVerification !== true || !isKnown(f.type) || TLS_TYPES.includes(f.type)) return [];
    return [{
      what: `TLS verification settings apply only to ${oneOf(TLS_TYPES)} integrations: on others the setting has no effect`,
      got: `type ${q(f.type)} with insecureSkipVerification true`,
      fix: 'remove insecureSkipVerification; it only applies to calls to an HTTP back end',
    }];
  },
};

const tlsSkipped: Rule = {
  code: 'TlsVerificationSkipped',
  catalogue: ['C23'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['insecureSkipVerification'],
  summary: 'skipping TLS verification of the back end\'s certificate is legal but insecure (expiry, host name and root CA are still checked)',
  check(f) {
    if (f.insecureSkipVerification !== true) return [];
    return [{
      what: 'API Gateway will accept a back-end certificate from any issuer (it still checks expiry, host name and the root CA list), so a man in the middle can read and change traffic',
      got: 'insecureSkipVerification true',
      fix: 'give the back end a certificate from a CA API Gateway trusts, then drop the option; or acknowledge this warning',
    }];
  },
};

const transferMode: Rule = {
  code: 'ResponseTransferModeNotSupported',
  catalogue: ['C22'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['responseTransferMode'],
  summary: 'the response transfer mode is BUFFERED or STREAM, and STREAM is used only with AWS_PROXY or HTTP_PROXY',
  check(f) {
    if (!isKnown(f.responseTransferMode)) return [];
    const m = f.responseTransferMode;
    if (!RESPONSE_TRANSFER_MODES.includes(m)) return [{ what: `the response transfer mode must be ${oneOf(RESPONSE_TRANSFER_MODES)}`, got: q(m), fix: 'use one of these' }];
    const t = knownType(f);
    if (m !== 'STREAM' || t === undefined || PROXY_TYPES.includes(t)) return [];
    return [{ what: 'response streaming (STREAM) is supported only for AWS_PROXY and HTTP_PROXY integrations', got: `type ${q(t)}`, fix: 'use a proxy integration, or BUFFERED' }];
  },
};

function templateMaps(f: IntegrationFacts): Array<[string, Fact<FactMap<string>>]> {
  return [['request templates', f.requestTemplates], ...responses(f).map((r): [string, Fact<FactMap<string>>] => [`response templates of ${q(textOf(r.statusCode))}`, r.responseTemplates])];
}

const templateKeys: Rule = {
  code: 'TemplateContentTypeInvalid',
  catalogue: ['C26'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  summary: 'request and response templates are keyed by a MIME content type',
  check(f) {
    const out: Finding[] = [];
    for (const [where, m] of templateMaps(f)) {
      if (!isKnown(m)) continue;
      for (const k of Object.keys(m).filter(key => !MIME.test(key))) {
        out.push({ what: `${where} must be keyed by content type ("Invalid content type specified")`, got: q(k), fix: 'use a MIME type such as "application/json"' });
      }
    }
    return out;
  },
};

const templateSize: Rule = {
  code: 'TemplateTooLarge',
  catalogue: ['C27'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestTemplates', 'integrationResponses'],
  summary: 'each mapping template is at most 300 KB',
  check(f) {
    const max = LIMITS.REST.mappingTemplateMaxBytes.value;
    const out: Finding[] = [];
    for (const [where, m] of templateMaps(f)) {
      for (const [k, v] of knownEntries(m)) {
        const size = Buffer.byteLength(v, 'utf8');
        if (size > max) out.push({ what: `mapping templates must be at most ${max} bytes`, got: `${size} bytes in ${where} ${q(k)}`, fix: 'move logic to the back end, or split the template' });
      }
    }
    return out;
  },
};

const methodVerb: Rule = {
  code: 'MethodHttpMethodInvalid',
  catalogue: ['C41'],
  appliesTo: ['REST'],
  subjects: ['integration', 'method'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'the method\'s own HTTP method is GET, PUT, POST, DELETE, PATCH, OPTIONS, HEAD or ANY',
  check(f) {
    const m = f.method?.httpMethod;
    if (!isKnown(m) || REST_HTTP_METHODS.includes(m)) return [];
    return [{ what: `the method's HTTP method must be ${oneOf(REST_HTTP_METHODS)}`, got: q(m), fix: 'use one of these (upper case)' }];
  },
};

const integrationTarget: Rule = {
  code: 'IntegrationTargetInvalid',
  catalogue: ['C18'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationTarget', 'vpcLinkVersion'],
  summary: 'an integration target (an ALB or NLB, or one of its listeners) is given only with a VPC_LINK connection, and always with a VPC link v2',
  check(f) {
    if (f.integrationTarget === undefined) {
      if (f.vpcLinkVersion !== 'V2' || f.connectionType !== 'VPC_LINK') return [];
      return [{ what: 'private integrations through a VPC link v2 need an integration target ("IntegrationTarget is required for VpcLinkV2")', got: 'no integration target', fix: 'give the load balancer (or listener) to send requests to' }];
    }
    if (isKnown(f.connectionType) && f.connectionType !== 'VPC_LINK' || f.connectionType === undefined) {
      return [{ what: 'an integration target is only valid with connection type VPC_LINK (a VPC link v2)', got: `connection type ${q(f.connectionType ?? 'INTERNET')}`, fix: 'connect through a VPC link v2, or remove the target' }];
    }
    const t = f.integrationTarget;
    if (!isKnown(t) || isLoadBalancerArn(t) || isListenerArn(t) || isStageVariableRef(t)) return [];
    return [{ what: 'the integration target must be an Application or Network Load Balancer ARN (or a listener ARN)', got: q(t), fix: 'pass the load balancer' }];
  },
};


/** Rules that only REST APIs have. */
const resourcesQuota: Rule = {
  code: 'ResourcesPerApiAboveDefaultQuota',
  catalogue: ['C105'],
  appliesTo: ['REST'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['resourceCount'],
  summary: 'a REST API has at most 300 resources (one integration per resource and method) unless the account\'s "Resources per API" quota is raised',
  check(f) {
    const max = LIMITS.REST.resourcesPerApi.value;
    if (f.resourceCount === undefined || f.resourceCount <= max) return [];
    return [{
      what: `REST APIs have at most ${max} resources by default (Service Quotas: "Resources per API", increasable)`,
      got: `${f.resourceCount} resources`,
      fix: 'request the increase before deploying, then acknowledge this warning; or split the API (a greedy {proxy+} resource serves many paths)',
    }];
  },
};

const deployable: Rule = {
  code: 'RestApiNotDeployable',
  catalogue: ['C48'],
  appliesTo: ['REST'],
  subjects: ['api'],
  severity: 'error',
  onlyWhen: ['deployed'],
  summary: 'a deployed REST API has at least one method, and every method has an integration',
  check(f) {
    if (f.deployed !== true) return [];
    if (f.methodCount === 0) {
      return [{ what: 'a deployment needs at least one method ("The REST API doesn\'t contain any methods")', got: 'no methods', fix: 'add a method, or deploy the API once it has one' }];
    }
    const missing = f.methodsWithoutIntegration ?? [];
    if (missing.length === 0) return [];
    return [{
      what: 'every method of a deployed REST API needs an integration ("No integration defined for method")',
      got: `no integration on ${missing.map(p => q(p)).join(', ')}`,
      fix: 'give each method an integration (a MOCK integration answers without a back end)',
    }];
  },
};

export const REST_RULES: readonly Rule[] = [
  requestKey, requestSource, requestDeclared, methodParamKey, pathParamNotInPath, methodParamUnique, uriPlaceholders, cacheKeys, proxyMappings,
  tlsSkipNotHttp, tlsSkipped, transferMode, templateKeys, templateSize, statusCode, statusCodeUnique, statusCodeRepeated, methodResponseMissing,
  responseParamsDeclared, responseParams, selectionPattern, methodResponseParams, methodVerb, integrationTarget, mockSelected,
  resourcesQuota, deployable,
];

/**
 * The rules that need the method's own declarations (request parameters, method responses).
 * Typed constructs run these at synth against the `CfnMethod`, after the integration itself was
 * judged at bind.
 */
export const REST_METHOD_RULE_CODES: readonly string[] = [
  'MethodRequestParameterUndeclared', 'MethodPathParameterNotInPath', 'CacheKeyParameterInvalid', 'MethodResponseMissing', 'ResponseParameterUndeclared',
  'MethodRequestParameterKeyInvalid', 'MethodRequestParameterNameNotUnique', 'MethodResponseParameterInvalid', 'StatusCodeInvalid',
  'ResponseStatusCodeDuplicated', 'ResponseStatusCodeRepeated',
];
