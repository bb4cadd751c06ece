import { assertKnownKeys } from './shapes';
import { renderRequestValue } from '../../core/render/mapping';
import { RequestValue } from '../../mapping/request-value';
import { RestApiRequestParameters } from '../../rest/options';
import { RestApiIntegrationChange, RestApiRequestParameterNames } from '../rest-change';

/**
 * The names a typed REST change renders to: request parameters by destination
 * (`integration.request.header.x-id`) and cache key parameters (`method.request.path.id`), as the
 * REST integrations render them. INTERNAL.
 */

/** The locations of REST integration request parameters: field of the typed maps -> destination segment. */
const LOCATIONS = [['headers', 'header'], ['querystrings', 'querystring'], ['paths', 'path']] as const;

/** Typed request parameters by destination name (`integration.request.header.x-id`), as the REST integrations render them. */
export function parametersByDestination(p: RestApiRequestParameters | undefined): Record<string, RequestValue> {
  const out: Record<string, RequestValue> = {};
  for (const [field, location] of LOCATIONS) {
    for (const [name, v] of Object.entries(p?.[field] ?? {})) if (v !== undefined) out[`integration.request.${location}.${name}`] = v;
  }
  return out;
}

/** Parameter names by destination name (`integration.request.querystring.debug`). */
export function parameterDestinations(n: RestApiRequestParameterNames | undefined): string[] {
  return LOCATIONS.flatMap(([field, location]) => (n?.[field] ?? []).map(name => `integration.request.${location}.${name}`));
}

/** Cache key parameters by name, as the REST integrations render them (`method.request.path.id`). */
export function cacheKeyNames(l: readonly RequestValue[] | undefined): string[] {
  return (l ?? []).map(v => renderRequestValue('REST', v));
}

/** Refuses a key other than `headers`, `querystrings` and `paths` in the request parameters of a change. */
export function assertLocations(scopePath: string, subject: string, c: RestApiIntegrationChange, field: string): void {
  const known = LOCATIONS.map(([key]) => key);
  for (const op of ['add', 'replace', 'remove'] as const) assertKnownKeys(scopePath, subject, `${field}.requestParameters.${op}`, c.requestParameters?.[op], known);
}

/** The typed maps' names that were given, or undefined when none was. */
export function namesOf(p: RestApiRequestParameters | undefined): RestApiRequestParameterNames | undefined {
  const out: Record<string, string[]> = {};
  for (const [field] of LOCATIONS) {
    const names = Object.keys(p?.[field] ?? {});
    if (names.length > 0) out[field] = names;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
