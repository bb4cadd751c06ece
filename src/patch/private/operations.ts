import { throwUsageError } from '../../core/errors';
import { q } from '../../core/format';

/**
 * REST `UpdateIntegration` patch operations (RFC 6902 as API Gateway applies it): rendering
 * paths (RFC 6901 JSON pointers), the table of paths the service patches (C39), and the check
 * every rendered operation passes before it leaves the construct. INTERNAL.
 */

/** One patch operation, in the shape the API Gateway SDK takes (`PatchOperation`). */
export interface PatchOperation {
  readonly op: 'add' | 'replace' | 'remove' | 'copy' | 'move' | 'test';
  readonly path: string;
  readonly value?: string;
  readonly from?: string;
}

/** The rule code of every refused patch operation. */
export const PATCH_PATH_RULE = 'PatchPathNotSupported';

/** RFC 6901: `~` -> `~0` first, then `/` -> `~1`. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** RFC 6901 inverse of {@link escapePointer}. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/requestTemplates/application~1json` from `['requestTemplates', 'application/json']`. */
export function pointer(...segments: string[]): string {
  return segments.map(s => `/${escapePointer(s)}`).join('');
}

type Op = PatchOperation['op'];

/**
 * What REST `UpdateIntegration` patches (C39), by JSON pointer, with the operations each path
 * takes. A trailing `{}` is one map key or list item, escaped. Scalars are only replaced; map
 * entries are added, replaced and removed by name; cache key parameters are added and removed
 * by name. Everything else (`/type`, a whole map such as `/requestParameters`, `copy`, `move`,
 * `test`) is refused by the service.
 */
export const REST_PATCH_PATHS: ReadonlyArray<{ readonly path: string; readonly ops: readonly Op[] }> = [
  { path: '/uri', ops: ['replace'] },
  { path: '/httpMethod', ops: ['replace'] },
  { path: '/connectionType', ops: ['replace'] },
  { path: '/connectionId', ops: ['replace'] },
  { path: '/credentials', ops: ['replace'] },
  { path: '/timeoutInMillis', ops: ['replace'] },
  { path: '/passthroughBehavior', ops: ['replace'] },
  { path: '/contentHandling', ops: ['replace'] },
  { path: '/cacheNamespace', ops: ['replace'] },
  { path: '/integrationTarget', ops: ['replace'] },
  { path: '/responseTransferMode', ops: ['replace'] },
  { path: '/tlsConfig/insecureSkipVerification', ops: ['replace'] },
  { path: '/requestParameters/{}', ops: ['add', 'replace', 'remove'] },
  { path: '/requestTemplates/{}', ops: ['add', 'replace', 'remove'] },
  { path: '/cacheKeyParameters/{}', ops: ['add', 'remove'] },
];

/** The table row a path falls under, if any. */
function rowOf(path: string): { readonly path: string; readonly ops: readonly Op[] } | undefined {
  return REST_PATCH_PATHS.find(r => {
    if (!r.path.endsWith('/{}')) return r.path === path;
    const prefix = r.path.slice(0, -2);
    const rest = path.slice(prefix.length);
    return path.startsWith(prefix) && rest.length > 0 && !rest.includes('/');
  });
}

/**
 * Refuses (with one error naming the path, the operation and rule {@link PATCH_PATH_RULE}) any
 * operation the service does not accept. `path` and `subject` name the construct.
 */
export function assertPatchable(scopePath: string, subject: string, ops: readonly PatchOperation[]): void {
  for (const o of ops) {
    const row = rowOf(o.path);
    if (!row) {
      throwUsageError(scopePath, subject, {
        code: PATCH_PATH_RULE,
        what: `UpdateIntegration does not patch ${q(o.path)} (it patches ${REST_PATCH_PATHS.map(r => r.path).join(', ')})`,
        got: `${q(o.op)} ${q(o.path)}`,
        fix: 'change the integration through a path the service patches, or replace the integration (PutIntegration) instead',
      });
    }
    if (!row.ops.includes(o.op)) {
      throwUsageError(scopePath, subject, {
        code: PATCH_PATH_RULE,
        what: `UpdateIntegration takes only ${row.ops.map(x => q(x)).join(', ')} on ${q(row.path)}`,
        got: `${q(o.op)} ${q(o.path)}`,
        fix: row.ops.length === 1 ? `use ${q(row.ops[0])}` : 'use one of these operations',
      });
    }
    // A request template added or replaced with no value is input passthrough (the AWS CLI
    // reference's own example); every other add and replace needs a value.
    if (o.op !== 'remove' && o.value === undefined && !o.path.startsWith('/requestTemplates/')) {
      throwUsageError(scopePath, subject, {
        code: PATCH_PATH_RULE,
        what: `${q(o.op)} needs a value`,
        got: `${q(o.op)} ${q(o.path)} without a value`,
        fix: 'give the value to set',
      });
    }
  }
}
