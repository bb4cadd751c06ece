import { IntegrationFacts, isKnown, knownEntries, knownItems, textOf } from '../facts';
import { q } from '../format';
import {
  CONTEXT, declarationOf, declaredParams, isDeclared, knownType, METHOD_PARAM_KEY, METHOD_SOURCE, QUOTED, REQUEST_KEY, STAGE_VARIABLE,
} from './rest-shared';
import { Finding, Rule } from './types';

/** REST rules on the integration request: parameter mappings, method request parameters, URI placeholders, cache keys (C28–C34, C38). */

export const requestKey: Rule = {
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

export const requestSource: Rule = {
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

export const requestDeclared: Rule = {
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

export const methodParamKey: Rule = {
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

export const pathParamNotInPath: Rule = {
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

export const methodParamUnique: Rule = {
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

export const uriPlaceholders: Rule = {
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

export const cacheKeys: Rule = {
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
