import { IntegrationFacts, isKnown, knownEntries, knownItems, textOf } from '../facts';
import { q } from '../format';
import { CONTEXT, METHOD_PARAM_KEY, METHOD_SOURCE, QUOTED, REQUEST_KEY, STAGE_VARIABLE, declarationOf, declaredParams, isDeclared } from './shared';
import { API, DG, GH, HTTP_MAPPING, LS, PUT_INTEGRATION } from './sources';
import { Finding, Rule } from './types';

/** REST request parameters: the integration's mappings and the method request parameters they read (C28–C32, C38). */

const requestKey: Rule = {
  code: 'RequestParameterKeyInvalid',
  catalogue: ['C28'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['requestParameters'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'Documented key forms (REST: integration.request.{path|querystring|header}.{name}; HTTP APIs: append|overwrite|remove:header.{name}, '
      + 'append|overwrite|remove:querystring.{name}, overwrite:path); malformed mappings are refused as "Invalid mapping expression specified: '
      + 'Validation Result: warnings : [], errors : […]"',
    source: `${PUT_INTEGRATION}; ${HTTP_MAPPING}`,
  },
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
  docs: `${DG}/rest-api-parameter-mapping-sources.html`,
  evidence: {
    says: 'PutIntegration (unquoted static value): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping '
      + 'expression specified: test-value]"',
    source: `${DG}/rest-api-parameter-mapping-sources.html; ${GH}/aws/aws-cdk/issues/11306`,
  },
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
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'PutIntegration: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter '
      + 'specified: method.request.path.page]"',
    source: `${GH}/aws/aws-cdk/issues/17318; ${PUT_INTEGRATION}`,
  },
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
  docs: `${API}/API_PutMethod.html`,
  evidence: {
    says: 'PutMethod (request parameter key "paths"): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid '
      + 'mapping expression specified: paths]"',
    source: `${API}/API_PutMethod.html; ${GH}/serverless/serverless/issues/2798`,
  },
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
  docs: `${DG}/rest-api-parameter-mapping.html`,
  evidence: {
    says: 'Not refused at deploy as far as any recording shows: path parameters are the {name} placeholders of the resource path, so a '
      + 'method.request.path.{name} the path lacks is always empty and what is mapped from it never reaches the back end',
    source: `${DG}/rest-api-parameter-mapping.html; ${API}/API_PutMethod.html`,
  },
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
  docs: `${API}/API_PutMethod.html`,
  evidence: {
    says: 'PutMethod: "Parameter names must be unique across querystring, header and path"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApiGatewayApiMethod::test_method_request_parameters, recorded 2024-04-15)`,
  },
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

export const REST_PARAMETER_RULES: readonly Rule[] = [
  requestKey, requestSource, requestDeclared, methodParamKey, pathParamNotInPath, methodParamUnique,
];
