import { Aws, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { PatchOperation, pointer } from './operations';
import { assertLocations, cacheKeyNames, namesOf, parameterDestinations, parametersByDestination } from './rest-names';
import { REST_CHANGE } from './shapes';
import { throwUsageError } from '../../core/errors';
import { Fact, FactMap, IntegrationFacts, isKnown, Unknown } from '../../core/facts';
import { q } from '../../core/format';
import { renderRequestValue } from '../../core/render/mapping';
import { checkArgs } from '../../core/shape';
import { booleanFact, listFact, mapFact, numberFact, stringFact } from '../../core/values';
import { BackendCredentials } from '../../mapping/credentials';
import { RestApiCacheKeyParametersChange, RestApiIntegrationChange } from '../rest-change';

/** Rendering a typed REST change to patch operations and to facts. INTERNAL. */

/** The rule code of a typed change that names one key twice, or asks for what a patch cannot do. */
export const PATCH_CHANGE_RULE = 'PatchChangeConflict';

/** The caller-credentials pass-through ARN, in the stack's partition. */
export function callerCredentialsArn(): string {
  return `arn:${Aws.PARTITION}:iam::*:user/*`;
}

/** The credentials ARN, and the role to pass (if any). */
export function credentialsOf(scopePath: string, subject: string, c: BackendCredentials): { arn: string; role?: iam.IRole } {
  if (c._kind === 'caller') return { arn: callerCredentialsArn() };
  if (c._kind === 'role' && c._role) return { arn: c._role.roleArn, role: c._role };
  return throwUsageError(scopePath, subject, {
    code: PATCH_CHANGE_RULE,
    what: 'a patch cannot create a role: it does not know the back end to grant the role access to',
    got: 'BackendCredentials.createRole()',
    fix: 'create the role yourself, grant it what the back end needs, and pass BackendCredentials.fromRole(role)',
  });
}

/** A number as patch values carry it: its decimal text, or a string token. */
export function numberText(n: number): string {
  return Token.isUnresolved(n) ? Token.asString(n) : String(n);
}

function sorted<T>(m: Record<string, T> | undefined): Array<[string, T]> {
  return Object.entries(m ?? {}).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedNames(l: readonly string[] | undefined): string[] {
  return [...(l ?? [])].sort();
}

/** Refuses a name given under two operations of one map (add and remove of the same header). */
function assertDistinct(scopePath: string, subject: string, field: string, groups: Record<string, readonly string[]>): void {
  const seen = new Map<string, string>();
  for (const [op, names] of Object.entries(groups)) {
    for (const n of names) {
      const before = seen.get(n);
      if (before !== undefined) {
        throwUsageError(scopePath, subject, {
          code: PATCH_CHANGE_RULE,
          what: `each ${field} name may appear under one operation only`,
          got: `${q(n)} under both ${before} and ${op}`,
          fix: 'keep it under one of them',
        });
      }
      seen.set(n, op);
    }
  }
}

/**
 * Refuses a token among the names that become JSON-pointer segments: RFC 6901 escaping (`/` to
 * `~1`) happens at synth, and a name known only at deploy time would reach the service unescaped.
 */
function assertLiteralNames(scopePath: string, subject: string, c: RestApiIntegrationChange): void {
  const p = c.requestParameters;
  const t = c.requestTemplates;
  const names = [
    ...Object.keys(parametersByDestination(p?.add)), ...Object.keys(parametersByDestination(p?.replace)), ...parameterDestinations(p?.remove),
    ...Object.keys(t?.add ?? {}), ...Object.keys(t?.replace ?? {}), ...(t?.remove ?? []),
    ...(t?.addPassthrough ?? []), ...(t?.replaceWithPassthrough ?? []),
    ...cacheKeyNames(c.cacheKeyParameters?.add), ...cacheKeyNames(c.cacheKeyParameters?.remove),
  ];
  const tokens = names.filter(n => typeof n === 'string' && Token.isUnresolved(n));
  if (tokens.length === 0) return;
  throwUsageError(scopePath, subject, {
    code: 'MapKeyIsToken',
    what: 'parameter names, content types and cache key parameters become JSON-pointer paths (RFC 6901, escaped at synth) and must be known at synth time',
    got: tokens.map(n => q(n)).join(', '),
    fix: 'give the name as a literal string',
  });
}

/**
 * The patch operations of a change, in a fixed order: scalar fields first (in the order of
 * {@link RestApiIntegrationChange}), then each map's removals, replacements and additions, each
 * sorted by name. The service applies them in this order, so the result never depends on the
 * order the user wrote the keys in.
 */
export function renderRestChange(scopePath: string, subject: string, c: RestApiIntegrationChange, field = 'change'): PatchOperation[] {
  checkArgs(scopePath, subject, [[field, c, REST_CHANGE]]);
  assertLocations(scopePath, subject, c, field);
  assertLiteralNames(scopePath, subject, c);
  const ops: PatchOperation[] = [];
  const replace = (path: string, value: string | undefined) => {
    if (value !== undefined) ops.push({ op: 'replace', path, value });
  };
  replace('/timeoutInMillis', c.timeout === undefined ? undefined : numberText(c.timeout.toMilliseconds()));
  replace('/uri', c.uri);
  replace('/httpMethod', c.integrationHttpMethod);
  if (c.connection) {
    replace('/connectionType', c.connection.connectionType);
    replace('/connectionId', c.connection.connectionId);
    replace('/integrationTarget', c.connection.integrationTarget);
  }
  if (c.credentials) replace('/credentials', credentialsOf(scopePath, subject, c.credentials).arn);
  replace('/passthroughBehavior', c.passthroughBehavior);
  replace('/contentHandling', c.contentHandling);
  replace('/cacheNamespace', c.cacheNamespace);
  replace('/tlsConfig/insecureSkipVerification', c.insecureSkipVerification === undefined ? undefined : String(c.insecureSkipVerification));

  const p = c.requestParameters;
  if (p) {
    const add = parametersByDestination(p.add);
    const replaced = parametersByDestination(p.replace);
    const removed = parameterDestinations(p.remove);
    assertDistinct(scopePath, subject, 'request parameter', { add: Object.keys(add), replace: Object.keys(replaced), remove: removed });
    for (const n of sortedNames(removed)) ops.push({ op: 'remove', path: pointer('requestParameters', n) });
    for (const [n, v] of sorted(replaced)) ops.push({ op: 'replace', path: pointer('requestParameters', n), value: renderRequestValue('REST', v) });
    for (const [n, v] of sorted(add)) ops.push({ op: 'add', path: pointer('requestParameters', n), value: renderRequestValue('REST', v) });
  }
  const t = c.requestTemplates;
  if (t) {
    assertDistinct(scopePath, subject, 'request template', {
      add: Object.keys(t.add ?? {}),
      replace: Object.keys(t.replace ?? {}),
      remove: t.remove ?? [],
      addPassthrough: t.addPassthrough ?? [],
      replaceWithPassthrough: t.replaceWithPassthrough ?? [],
    });
    for (const n of sortedNames(t.remove)) ops.push({ op: 'remove', path: pointer('requestTemplates', n) });
    for (const [n, v] of sorted(t.replace)) ops.push({ op: 'replace', path: pointer('requestTemplates', n), value: v });
    for (const n of sortedNames(t.replaceWithPassthrough)) ops.push({ op: 'replace', path: pointer('requestTemplates', n) });
    for (const [n, v] of sorted(t.add)) ops.push({ op: 'add', path: pointer('requestTemplates', n), value: v });
    for (const n of sortedNames(t.addPassthrough)) ops.push({ op: 'add', path: pointer('requestTemplates', n) });
  }
  const k = c.cacheKeyParameters;
  if (k) {
    const add = cacheKeyNames(k.add);
    const removed = cacheKeyNames(k.remove);
    assertDistinct(scopePath, subject, 'cache key parameter', { add, remove: removed });
    for (const n of sortedNames(removed)) ops.push({ op: 'remove', path: pointer('cacheKeyParameters', n) });
    for (const n of sortedNames(add)) ops.push({ op: 'add', path: pointer('cacheKeyParameters', n), value: '' });
  }
  return ops;
}

/**
 * What deleting the patch can restore, as a change: what was added is removed again, and TLS
 * verification is turned back on (the service default). Replaced values and removed entries
 * cannot be known, so they are not restored. `undefined` when there is nothing to restore.
 */
export function inverseRestChange(c: RestApiIntegrationChange): RestApiIntegrationChange | undefined {
  const params = namesOf(c.requestParameters?.add);
  const templates = [...Object.keys(c.requestTemplates?.add ?? {}), ...(c.requestTemplates?.addPassthrough ?? [])];
  const cacheKeys = c.cacheKeyParameters?.add ?? [];
  const inverse: RestApiIntegrationChange = {
    ...(params ? { requestParameters: { remove: params } } : {}),
    ...(templates.length > 0 ? { requestTemplates: { remove: templates } } : {}),
    ...(cacheKeys.length > 0 ? { cacheKeyParameters: { remove: [...cacheKeys] } } : {}),
    ...(c.insecureSkipVerification === true ? { insecureSkipVerification: false } : {}),
  };
  return Object.keys(inverse).length > 0 ? inverse : undefined;
}

/**
 * The facts of a patched integration, as far as the change shows them: only the changed fields
 * are present, and the type is what the caller knows (unknown for an integration outside the app).
 */
export function restChangeFacts(scopePath: string, subject: string, c: RestApiIntegrationChange, type?: string): IntegrationFacts {
  const params: Record<string, string> = {};
  const given = [...sorted(parametersByDestination(c.requestParameters?.replace)), ...sorted(parametersByDestination(c.requestParameters?.add))];
  for (const [n, v] of given) params[n] = renderRequestValue('REST', v);
  const passthrough = [...(c.requestTemplates?.addPassthrough ?? []), ...(c.requestTemplates?.replaceWithPassthrough ?? [])];
  const templates: Record<string, string> = { ...(c.requestTemplates?.replace ?? {}), ...(c.requestTemplates?.add ?? {}) };
  for (const n of passthrough) templates[n] = ''; // a template with no body: input passthrough
  return {
    kinds: ['REST'],
    subject: 'integration',
    type: type ?? new Unknown(),
    timeoutMs: c.timeout === undefined ? undefined : numberFact(c.timeout.toMilliseconds()),
    uri: stringFact(c.uri),
    integrationMethod: stringFact(c.integrationHttpMethod),
    connectionType: c.connection ? c.connection.connectionType : undefined,
    connectionId: c.connection && c.connection.connectionId !== '' ? stringFact(c.connection.connectionId) : undefined,
    integrationTarget: stringFact(c.connection?.integrationTarget),
    vpcLinkVersion: c.connection?._vpcLinkVersion,
    credentials: c.credentials ? stringFact(credentialsOf(scopePath, subject, c.credentials).arn) : undefined,
    requestParameters: Object.keys(params).length > 0 ? mapFact(params, stringFact) : undefined,
    requestTemplates: Object.keys(templates).length > 0 ? mapFact(templates, stringFact) : undefined,
    passthroughBehavior: stringFact(c.passthroughBehavior),
    contentHandling: stringFact(c.contentHandling),
    cacheNamespace: stringFact(c.cacheNamespace),
    cacheKeyParameters: c.cacheKeyParameters?.add ? listFact(cacheKeyNames(c.cacheKeyParameters.add), stringFact) : undefined,
    insecureSkipVerification: booleanFact(c.insecureSkipVerification),
  };
}

/**
 * The facts of an integration after the change: `base` (the integration as CloudFormation will
 * create it, for a method of this app) with every changed field overridden, removed map entries
 * and cache key parameters taken out, added and replaced ones put in.
 */
export function patchedFacts(base: IntegrationFacts, changed: IntegrationFacts, c: RestApiIntegrationChange): IntegrationFacts {
  // The merged fields are merged below; the type is the base's (a patch never changes it).
  const merged = new Set(['type', 'requestParameters', 'requestTemplates', 'cacheKeyParameters']);
  const scalars = Object.fromEntries(Object.entries(changed).filter(([k, v]) => v !== undefined && !merged.has(k)));
  const removedParameters = c.requestParameters?.remove ? parameterDestinations(c.requestParameters.remove) : undefined;
  return {
    ...base,
    ...scalars,
    connectionId: c.connection && c.connection.connectionId === '' ? undefined : (scalars.connectionId ?? base.connectionId),
    // a new connection brings its own target and link version (none for the internet or a link v1)
    ...(c.connection ? { integrationTarget: changed.integrationTarget, vpcLinkVersion: changed.vpcLinkVersion } : {}),
    requestParameters: mergeMap(base.requestParameters, changed.requestParameters, removedParameters),
    requestTemplates: mergeMap(base.requestTemplates, changed.requestTemplates, c.requestTemplates?.remove),
    cacheKeyParameters: c.cacheKeyParameters ? patchedCacheKeys(base.cacheKeyParameters, c.cacheKeyParameters) : base.cacheKeyParameters,
  };
}

function patchedCacheKeys(base: Fact<Fact<string>[]>, k: RestApiCacheKeyParametersChange): Fact<Fact<string>[]> {
  if (base instanceof Unknown) return base;
  const removed = new Set(cacheKeyNames(k.remove));
  const kept = isKnown(base) ? base.filter(x => !(typeof x === 'string' && removed.has(x))) : [];
  return [...kept, ...cacheKeyNames(k.add)];
}

function mergeMap<T>(base: Fact<FactMap<T>>, changed: Fact<FactMap<T>>, removed: readonly string[] | undefined): Fact<FactMap<T>> {
  if (base instanceof Unknown) return base;
  if (changed === undefined && removed === undefined) return base;
  const out: FactMap<T> = { ...(isKnown(base) ? base : {}), ...(isKnown(changed) ? changed : {}) };
  for (const n of removed ?? []) delete out[n];
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The facts of an integration seen only through a change (outside the app, or not built yet):
 * what the change leaves alone is present but unknown, so no rule mistakes "unchanged" for "absent".
 */
export function changeOnlyFacts(changed: IntegrationFacts): IntegrationFacts {
  return {
    ...changed,
    uri: changed.uri ?? new Unknown(),
    integrationMethod: changed.integrationMethod ?? new Unknown(),
    credentials: changed.credentials ?? new Unknown(),
  };
}
