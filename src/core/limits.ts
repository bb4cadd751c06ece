import { ApiKind } from './facts';

/**
 * THE limits table: every number the service enforces on integrations, once, per API kind,
 * each citing the catalogue ids (CONSTRAINTS.md C01–C105) it comes from. Rules read limits only
 * from here; the README's limits section is generated from this table (see `test/readme.test.ts`).
 */
export interface Limit {
  /** The number. */
  readonly value: number;
  /** Unit shown to users. */
  readonly unit: 'ms' | 'characters' | 'bytes' | 'count' | 'port';
  /** What it limits, in the service's words. */
  readonly what: string;
  /** Catalogue ids. */
  readonly catalogue: readonly string[];
}

export interface KindLimits {
  readonly timeoutMinMs: Limit;
  /** The largest timeout accepted without any quota increase. */
  readonly timeoutMaxMs: Limit;
  readonly [name: string]: Limit;
}

export const LIMITS: Record<ApiKind, KindLimits> = {
  REST: {
    timeoutMinMs: { value: 50, unit: 'ms', what: 'integration timeout, minimum', catalogue: ['C21'] },
    timeoutMaxMs: { value: 29_000, unit: 'ms', what: 'integration timeout, default quota (the only maximum for edge-optimized APIs)', catalogue: ['C21'] },
    timeoutStreamMaxMs: { value: 900_000, unit: 'ms', what: 'integration timeout with response streaming (`STREAM`), on every endpoint type', catalogue: ['C22'] },
    mappingTemplateMaxBytes: { value: 300 * 1024, unit: 'bytes', what: 'mapping template size', catalogue: ['C27'] },
    httpPortReservedMax: { value: 1024, unit: 'port', what: 'HTTP endpoint ports other than 80 and 443 must be above this', catalogue: ['C05'] },
    resourcesPerApi: { value: 300, unit: 'count', what: 'resources per API, default quota (increasable)', catalogue: ['C105'] },
    eventSourceMaxLength: { value: 256, unit: 'characters', what: 'EventBridge event Source a PutEvents template writes', catalogue: ['C66'] },
    eventDetailTypeMaxLength: { value: 128, unit: 'characters', what: 'EventBridge event DetailType a PutEvents template writes', catalogue: ['C66'] },
  },
  HTTP: {
    timeoutMinMs: { value: 50, unit: 'ms', what: 'integration timeout, minimum', catalogue: ['C65'] },
    timeoutMaxMs: { value: 30_000, unit: 'ms', what: 'integration timeout, maximum (not increasable)', catalogue: ['C65'] },
    uriMaxLength: { value: 2048, unit: 'characters', what: 'integration URI length', catalogue: ['C54'] },
    integrationMethodMaxLength: { value: 64, unit: 'characters', what: 'integration method length', catalogue: ['C54'] },
    descriptionMaxLength: { value: 1024, unit: 'characters', what: 'description length', catalogue: ['C54'] },
    connectionIdMaxLength: { value: 1024, unit: 'characters', what: 'connection id length', catalogue: ['C54'] },
    mappingValueMaxLength: { value: 512, unit: 'characters', what: 'parameter mapping value length', catalogue: ['C77'] },
    serverNameMaxLength: { value: 512, unit: 'characters', what: 'TLS server name to verify length', catalogue: ['C64'] },
    integrationsPerApi: { value: 300, unit: 'count', what: 'integrations per API (not increasable)', catalogue: ['C81'] },
    routesPerApi: { value: 300, unit: 'count', what: 'routes per API, default quota (increasable)', catalogue: ['C81'] },
    subtypeMaxLength: { value: 128, unit: 'characters', what: 'integration subtype length', catalogue: ['C54'] },
    responseStatusCodeMin: { value: 200, unit: 'count', what: 'back-end status code a response mapping may match, lowest', catalogue: ['C79'] },
    responseStatusCodeMax: { value: 599, unit: 'count', what: 'back-end status code a response mapping may match, highest', catalogue: ['C79'] },
    statusCodeOverwriteMin: { value: 100, unit: 'count', what: 'status code overwrite:statuscode may set, lowest', catalogue: ['C79'] },
    statusCodeOverwriteMax: { value: 599, unit: 'count', what: 'status code overwrite:statuscode may set, highest', catalogue: ['C79'] },
  },
  WEBSOCKET: {
    timeoutMinMs: { value: 50, unit: 'ms', what: 'integration timeout, minimum', catalogue: ['C84'] },
    timeoutMaxMs: { value: 29_000, unit: 'ms', what: 'integration timeout, maximum (not increasable)', catalogue: ['C84'] },
    uriMaxLength: { value: 2048, unit: 'characters', what: 'integration URI length', catalogue: ['C54'] },
    integrationMethodMaxLength: { value: 64, unit: 'characters', what: 'integration method length', catalogue: ['C54'] },
    descriptionMaxLength: { value: 1024, unit: 'characters', what: 'description length', catalogue: ['C54'] },
    connectionIdMaxLength: { value: 1024, unit: 'characters', what: 'connection id length', catalogue: ['C54'] },
    mappingTemplateMaxBytes: { value: 300 * 1024, unit: 'bytes', what: 'mapping template size (quota, not increasable)', catalogue: ['C89', 'C27'] },
    mappingValueMaxLength: { value: 512, unit: 'characters', what: 'parameter mapping value length', catalogue: ['C88'] },
    integrationsPerApi: { value: 300, unit: 'count', what: 'integrations per API, default quota (increasable through AWS Support)', catalogue: ['C98'] },
    routesPerApi: { value: 300, unit: 'count', what: 'routes per API, default quota (increasable)', catalogue: ['C98'] },
    eventSourceMaxLength: { value: 256, unit: 'characters', what: 'EventBridge event Source a PutEvents template writes', catalogue: ['C66'] },
    eventDetailTypeMaxLength: { value: 128, unit: 'characters', what: 'EventBridge event DetailType a PutEvents template writes', catalogue: ['C66'] },
  },
};
