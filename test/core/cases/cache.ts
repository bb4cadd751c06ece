import { HTTP, httpProxy } from './fixtures';
import { RuleCase } from './types';

/** Cases for src/core/rules/cache.ts. */
export const CACHE_CASES: RuleCase[] = [
  // CacheKeyParameterInvalid — C34, C40
  { code: 'CacheKeyParameterInvalid', name: 'an undeclared cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.querystring.q'], method: { requestParameters: {} } }, fails: true, mentions: 'Invalid cache key parameter specified' },
  { code: 'CacheKeyParameterInvalid', name: 'a repeated cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.path.id', 'method.request.path.id'] }, fails: true, mentions: 'unique' },
  { code: 'CacheKeyParameterInvalid', name: 'a declared cache key', kind: 'REST', facts: { ...HTTP, cacheKeyParameters: ['method.request.path.id'], method: { requestParameters: { 'method.request.path.id': true } } }, fails: false },
  // CacheKeyParameterMalformed — literals, empty names
  { code: 'CacheKeyParameterMalformed', name: 'a literal', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ["'x'"] }, fails: true, mentions: "'x'" },
  { code: 'CacheKeyParameterMalformed', name: 'an empty name', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.header.'] }, fails: true },
  { code: 'CacheKeyParameterMalformed', name: 'request parameters', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.path.id', 'method.request.multivalueheader.x-id'] }, fails: false },
];
