import { SERVICE_ACTIONS, SubtypeSpec } from './services';

/**
 * THE table of HTTP API AWS-service integration subtypes (CONSTRAINTS.md C66–C75): each subtype's
 * exact, case-sensitive request parameter names, required and optional. Derived from the
 * service-action table (src/core/services), whose rows the typed `HttpApi…Integration` factories
 * build from, so the names the library writes are the names the rules (C58) accept. INTERNAL.
 */
export type { SubtypeSpec } from './services';

export const SUBTYPES: Readonly<Record<string, SubtypeSpec>> = Object.fromEntries(
  SERVICE_ACTIONS.filter(r => r.subtype !== undefined && r.parameters !== undefined).map(r => [r.subtype!, r.parameters!]),
);

/** Every subtype name. */
export const SUBTYPE_NAMES: readonly string[] = Object.keys(SUBTYPES);

/** Every parameter a subtype accepts. */
export function subtypeParameters(subtype: string): readonly string[] {
  const spec = SUBTYPES[subtype];
  return spec ? [...spec.required, ...spec.optional] : [];
}
