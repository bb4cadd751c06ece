import { knownItems } from '../facts';
import { q } from '../format';
import { PARAMETER_NAME, declaredParams, isDeclared } from './shared';
import { CFN_METHOD_INTEGRATION, DG, PUT_INTEGRATION } from './sources';
import { Finding, Rule } from './types';

/** REST cache key parameters (C34, C40). */

const cacheKeys: Rule = {
  code: 'CacheKeyParameterInvalid',
  catalogue: ['C34', 'C40'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['cacheKeyParameters'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'Documented: cache key parameters must also be declared in the method\'s requestParameters, and CloudFormation\'s AWS::ApiGateway::Method schema '
      + 'makes Integration.CacheKeyParameters uniqueItems; the rejection reported for an undeclared one is "Invalid cache key parameter specified"',
    source: `${PUT_INTEGRATION}; ${CFN_METHOD_INTEGRATION}`,
  },
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

const cacheKeyShape: Rule = {
  code: 'CacheKeyParameterMalformed',
  catalogue: ['C34'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['cacheKeyParameters'],
  evidence: {
    says: 'cache key parameters name method request parameters (method.request.{location}.{name}); a literal or an empty name keys nothing, so responses are cached across different requests',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  docs: `${DG}/api-gateway-caching.html`,
  summary: 'cache key parameters are method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}, never literals or empty names',
  check(f) {
    return knownItems(f.cacheKeyParameters).filter(k => {
      const m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.*)$/s.exec(k);
      return !m || !PARAMETER_NAME.test(m[2]);
    }).map(k => ({ what: 'cache key parameters name method request parameters: method.request.{location}.{name}', got: q(k), fix: 'key the cache on a request parameter (RequestValue.header, querystring or path)' }));
  },
};

export const CACHE_RULES: readonly Rule[] = [
  cacheKeys, cacheKeyShape,
];
