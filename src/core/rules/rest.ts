import {
  Fact, FactMap, IntegrationFacts, IntegrationResponseFacts, isKnown, knownEntries, knownItems, MethodResponseFacts, textOf, Unknown,
} from '../facts';
import { oneOf, q } from '../format';
import { LIMITS } from '../limits';
import { isListenerArn, isLoadBalancerArn, isStageVariableRef } from '../uris';
import { Finding, Rule } from './types';

/**
 * Rules that only REST APIs have (CONSTRAINTS.md C18–C47). Cross-checks with the method
 * (C30, C34, C43, C44) judge only when the method's facts are present: the `IntegrationChecks`
 * aspect always has them; the typed constructs run them at synth against the `CfnMethod`.
 */

/** Parameter, header and variable names (C29). */
const NAME = '[a-zA-Z0-9._$-]+';
const REQUEST_KEY = new RegExp(`^integration\\.request\\.(path|querystring|header)\\.${NAME}$`);
const METHOD_SOURCE = new RegExp(`^method\\.request\\.(path|querystring|header|multivaluequerystring|multivalueheader)\\.(${NAME})$`);
const METHOD_PARAM_KEY = new RegExp(`^method\\.request\\.(path|querystring|header)\\.(${NAME})$`);
const RESPONSE_KEY = new RegExp(`^method\\.response\\.header\\.${NAME}$`);
const STAGE_VARIABLE = /^stageVariables\.[A-Za-z0-9_]+$/;
const CONTEXT = new RegExp(`^context\\.${NAME}$`);
const QUOTED = /^'[^']*'$/s;
const MIME = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+*-]+(\s*;.*)?$/;
const STATUS = /^[1-5]\d\d$/;

/** HTTP methods of REST APIs (C41). */
export const REST_HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
/** C22 */
export const RESPONSE_TRANSFER_MODES = ['BUFFERED', 'STREAM'];

const PROXY_TYPES = ['AWS_PROXY', 'HTTP_PROXY'];

function knownType(f: IntegrationFacts): string | undefined {
  return isKnown(f.type) ? f.type : undefined;
}

function isProxy(f: IntegrationFacts): boolean {
  const t = knownType(f);
  return t !== undefined && PROXY_TYPES.includes(t);
}

function responses(f: IntegrationFacts): IntegrationResponseFacts[] {
  return knownItems(f.integrationResponses);
}

/** Known method responses, or `undefined` when the method or its responses cannot be judged. */
function methodResponses(f: IntegrationFacts): MethodResponseFacts[] | undefined {
  if (!f.method) return undefined;
  const mr = f.method.methodResponses;
  if (mr === undefined) return [];
  if (!isKnown(mr) || mr.some(r => !isKnown(r))) return undefined;
  return knownItems(mr);
}

/** Declared method request parameter keys, or `undefined` when the method cannot be judged. */
function declaredParams(f: IntegrationFacts): Set<string> | undefined {
  if (!f.method) return undefined;
  const rp = f.method.requestParameters;
  if (rp === undefined) return new Set();
  if (!isKnown(rp)) return undefined;
  return new Set(Object.keys(rp));
}

/** The declaration a `method.request.*` source needs: multi-value sources use the single-value declaration. */
function declarationOf(source: string): string | undefined {
  const m = METHOD_SOURCE.exec(source);
  if (!m) return undefined;
  const location = m[1].replace(/^multivalue/, '');
  return `method.request.${location}.${m[2]}`;
}

function isDeclared(declared: Set<string>, source: string): boolean {
  const need = declarationOf(source);
  return need === undefined || declared.has(need) || declared.has(source);
}

const requestKey: Rule = {
  code: 'RequestParameterKeyInvalid',
  catalogue: ['C28'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  summary: 'request parameter keys are integration.request.{path|querystring|header}.{name}',
  check(f) {
    if (!isKnown(f.requestParameters)) return [];
    return Object.keys(f.requestParameters).filter(k => !REQUEST_KEY.test(k)).map(k => ({
      what: 'request parameter keys must be "integration.request.{path|querystring|header}.{name}"',
      got: q(k),
      fix: 'name the integration request header, query string or path parameter to set',
    }));
  },
};

/** Why a REST request-parameter source is refused, or undefined when it is fine (C29, C38). */
function sourceProblem(v: string): Finding | undefined {
  if (METHOD_SOURCE.test(v) || v === 'method.request.body' || STAGE_VARIABLE.test(v) || CONTEXT.test(v) || QUOTED.test(v)) return undefined;
  if (/^method\.request\.body\.\S+$/.test(v) && !v.startsWith('method.request.body.$')) return undefined;
  if (v.includes('stageVariables.')) {
    return { what: 'stage variables can be mapped only as a whole value "stageVariables.{name}" (names: letters, digits, _)', got: q(v), fix: 'map the stage variable alone, or build the value in a mapping template' };
  }
  if (v.startsWith('method.request.body.$')) return { what: 'body JSONPath sources are written without "$"', got: q(v), fix: `write ${q(v.replace('method.request.body.$', 'method.request.body').replace('body..', 'body.'))}` };
  return {
    what: 'request parameter values must be method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}, method.request.body[.{JSONPath}], context.{variable}, stageVariables.{name} or a single-quoted static value',
    got: q(v),
    fix: /^method\.|^context\.|^stageVariables/.test(v) ? 'fix the source expression' : `quote static values: ${q(`'${v.replace(/^["']|["']$/g, '')}'`)}`,
  };
}

const requestSource: Rule = {
  code: 'RequestParameterSourceInvalid',
  catalogue: ['C29', 'C38'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  summary: 'request parameter values are method request parameters, the body (JSONPath), context or whole stage variables, or single-quoted static values',
  check(f) {
    return knownEntries(f.requestParameters).map(([, v]) => sourceProblem(v)).filter((x): x is Finding => x !== undefined);
  },
};

const requestDeclared: Rule = {
  code: 'MethodRequestParameterUndeclared',
  catalogue: ['C30'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'every method.request.* source the integration maps is declared in the method\'s request parameters',
  check(f) {
    const declared = declaredParams(f);
    if (!declared) return [];
    const missing = knownEntries(f.requestParameters).map(([, v]) => v).filter(v => !isDeclared(declared, v));
    if (missing.length === 0) return [];
    const placeholders = pathPlaceholders(f);
    const strayPath = placeholders ? missing.map(m => /^method\.request\.path\.(.+)$/.exec(m)?.[1]).filter((n): n is string => n !== undefined && !placeholders.has(n)) : [];
    return [{
      what: 'method request parameters used by the integration must be declared on the method ("Invalid mapping expression parameter specified")',
      got: `undeclared ${missing.map(m => q(declarationOf(m))).join(', ')}`,
      fix: strayPath.length > 0
        ? `the resource path ${q(textOf(f.method?.resourcePath))} has no ${strayPath.map(n => `{${n}}`).join(', ')}: map one of its own parameters${placeholders!.size > 0 ? ` (${[...placeholders!].map(p => `{${p}}`).join(', ')})` : ''}, or add it to the path`
        : 'add them to the method\'s requestParameters (true when required)',
    }];
  },
};

const methodParamKey: Rule = {
  code: 'MethodRequestParameterKeyInvalid',
  catalogue: ['C31'],
  appliesTo: ['REST'],
  subjects: ['integration', 'method'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'method request parameter keys are method.request.{querystring|path|header}.{name}',
  check(f) {
    if (!f.method || !isKnown(f.method.requestParameters)) return [];
    return Object.keys(f.method.requestParameters).filter(k => !METHOD_PARAM_KEY.test(k)).map(k => ({
      what: 'method request parameter keys must be "method.request.{querystring|path|header}.{name}"',
      got: q(k),
      fix: 'name the location and the parameter',
    }));
  },
};

/** The `{name}` / `{name+}` placeholders of a resource path (`/items/{id}` -> id), or undefined when not known. */
function pathPlaceholders(f: IntegrationFacts): Set<string> | undefined {
  const path = f.method?.resourcePath;
  if (!isKnown(path)) return undefined;
  return new Set([...path.matchAll(/\{([^{}+]+)\+?\}/g)].map(m => m[1]));
}

/** Path parameter names the method declares or the integration maps from (`method.request.path.X`). */
function pathParametersUsed(f: IntegrationFacts): string[] {
  const declared = f.method && isKnown(f.method.requestParameters) ? Object.keys(f.method.requestParameters) : [];
  const mapped = [...knownEntries(f.requestParameters).map(([, v]) => v), ...knownItems(f.cacheKeyParameters)];
  const names = [...declared, ...mapped].map(k => /^method\.request\.path\.(.+)$/.exec(k)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

const pathParamNotInPath: Rule = {
  code: 'MethodPathParameterNotInPath',
  catalogue: ['C30', 'C31'],
  appliesTo: ['REST'],
  subjects: ['integration', 'method'],
  severity: 'warning',
  onlyWhen: ['method'],
  summary: 'every method.request.path.{name} a method declares or its integration maps is a {name} of the resource path',
  check(f) {
    const placeholders = pathPlaceholders(f);
    if (!placeholders) return [];
    const stray = pathParametersUsed(f).filter(n => !placeholders.has(n));
    if (stray.length === 0) return [];
    const have = [...placeholders].map(p => `{${p}}`).join(', ');
    return [{
      what: `path parameters come only from the resource path ${q(textOf(f.method?.resourcePath))}: a name it does not have is always empty, so what is mapped from it never reaches the back end`,
      got: stray.map(n => q(`method.request.path.${n}`)).join(', '),
      fix: have ? `use the resource path's own ${have} (path parameter names are case-sensitive)` : 'add the parameter to the resource path, or map a query string or header instead',
    }];
  },
};

const methodParamUnique: Rule = {
  code: 'MethodRequestParameterNameNotUnique',
  catalogue: ['C32'],
  appliesTo: ['REST'],
  subjects: ['integration', 'method'],
  severity: 'error',
  onlyWhen: ['method'],
  summary: 'a method request parameter name is used in one location only (querystring, header or path)',
  check(f) {
    if (!f.method || !isKnown(f.method.requestParameters)) return [];
    const where = new Map<string, string[]>();
    for (const k of Object.keys(f.method.requestParameters)) {
      const m = METHOD_PARAM_KEY.exec(k);
      if (m) where.set(m[2], [...(where.get(m[2]) ?? []), m[1]]);
    }
    return [...where.entries()].filter(([, locs]) => locs.length > 1).map(([name, locs]) => ({
      what: 'parameter names must be unique across querystring, header and path',
      got: `${q(name)} in ${locs.join(' and ')}`,
      fix: 'rename one of them',
    }));
  },
};

const uriPlaceholders: Rule = {
  code: 'UriPlaceholderNotMapped',
  catalogue: ['C33'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['uri'],
  summary: 'every {placeholder} of an HTTP URI or AWS service path is mapped from integration.request.path.{placeholder}',
  check(f) {
    const t = knownType(f);
    const uri = textOf(f.uri);
    if (uri === undefined || f.requestParameters !== undefined && !isKnown(f.requestParameters)) return [];
    // HTTP URLs, and AWS service paths (`…:s3:path/{bucket}/{key}`) are filled the same way.
    if (!uri.includes('{')) return [];
    if (t !== 'HTTP' && t !== 'HTTP_PROXY' && !(t === 'AWS' && /:apigateway:[^:]*:[^:]+:path\//.test(uri))) return [];
    const mapped = new Set(Object.keys(f.requestParameters ?? {}));
    const text = t === 'AWS' ? uri.replace(/^.*?:path\//s, '') : uri;
    const names = [...text.matchAll(/(?<!\$)\{([^{}]+?)\+?\}/g)].map(m => m[1]);
    const missing = [...new Set(names)].filter(n => !mapped.has(`integration.request.path.${n}`));
    if (missing.length === 0) return [];
    return [{
      what: 'URI placeholders are filled only from integration.request.path.{name} mappings: otherwise every request calls the back end with the literal "{name}"',
      got: `unmapped ${missing.map(n => q(`{${n}}`)).join(', ')}`,
      fix: `map ${missing.map(n => q(`integration.request.path.${n}`)).join(', ')} (for example from method.request.path.${missing[0]})`,
    }];
  },
};

const cacheKeys: Rule = {
  code: 'CacheKeyParameterInvalid',
  catalogue: ['C34', 'C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['cacheKeyParameters'],
  summary: 'cache key parameters are unique and each is declared in the method\'s request parameters',
  check(f) {
    const keys = knownItems(f.cacheKeyParameters);
    const out: Finding[] = [];
    const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (dup.length > 0) out.push({ what: 'cache key parameters must be unique', got: `${[...new Set(dup)].map(d => q(d)).join(', ')} repeated`, fix: 'list each once' });
    const declared = declaredParams(f);
    if (declared) {
      const missing = [...new Set(keys)].filter(k => k.startsWith('method.request.') && !isDeclared(declared, k));
      if (missing.length > 0) {
        out.push({ what: 'cache key parameters must be declared method request parameters ("Invalid cache key parameter specified")', got: `undeclared ${missing.map(m => q(m)).join(', ')}`, fix: 'declare them in the method\'s requestParameters' });
      }
    }
    return out;
  },
};

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

const statusCode: Rule = {
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

const statusCodeUnique: Rule = {
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

const statusCodeRepeated: Rule = {
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

const methodResponseMissing: Rule = {
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

const responseParamsDeclared: Rule = {
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

const responseParams: Rule = {
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

const selectionPattern: Rule = {
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

const methodResponseParams: Rule = {
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

const mockSelected: Rule = {
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
