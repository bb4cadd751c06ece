import { Construct } from 'constructs';
import { apiGatewayArn, applyUpdate, assertChanges, patchStatements, redeploy } from './apply';
import { assertId } from './ids';
import { credentialsOf } from './rest-render';
import { assertKnownKeys, HTTP_CHANGE, WEBSOCKET_CHANGE } from './shapes';
import { v2IntegrationFacts } from '../../core/cfn-facts';
import { throwUsageError } from '../../core/errors';
import { ApiKind, Unknown } from '../../core/facts';
import { q } from '../../core/format';
import { renderRequestValue } from '../../core/render/mapping';
import { checkArgs } from '../../core/shape';
import { recordVerdict } from '../../core/validate';
import { BackendCredentials } from '../../mapping/credentials';
import { HttpApiIntegrationChange } from '../http-change';
import { WebSocketApiIntegrationChange } from '../websocket-change';

/** The v2 (HTTP and WebSocket) patch: plain UpdateIntegration fields, judged by the kind's rules. INTERNAL. */

/** The v2 UpdateIntegration fields of a change (PascalCase, as the v2 SDK takes them). */
export type V2Fields = Record<string, unknown>;

/** What both kinds' changes have, rendered. */
interface Common {
  readonly timeout?: { toMilliseconds(): number };
  readonly integrationUri?: string;
  readonly integrationMethod?: string;
  readonly connection?: { readonly connectionType: string; readonly connectionId: string };
  readonly credentials?: BackendCredentials;
  readonly description?: string;
}

/** The fields both kinds share, absent ones left out by {@link compact}. */
function commonFields(scopePath: string, subject: string, c: Common): V2Fields {
  return {
    TimeoutInMillis: c.timeout?.toMilliseconds(),
    IntegrationUri: c.integrationUri,
    IntegrationMethod: c.integrationMethod,
    ConnectionType: c.connection?.connectionType,
    ConnectionId: c.connection && c.connection.connectionId !== '' ? c.connection.connectionId : undefined,
    CredentialsArn: c.credentials ? credentialsOf(scopePath, subject, c.credentials).arn : undefined,
    Description: c.description,
  };
}

function compact(fields: V2Fields): V2Fields {
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return fields;
}

/** Sorted by key, so the fields never depend on the order the user wrote them in. */
function sortedMap(m: Record<string, string>): Record<string, string> | undefined {
  const keys = Object.keys(m).sort();
  return keys.length > 0 ? Object.fromEntries(keys.map(k => [k, m[k]])) : undefined;
}

/** The UpdateIntegration fields of an HTTP API change; request parameters rendered as the HTTP integrations render them. */
export function httpFields(scopePath: string, subject: string, c: HttpApiIntegrationChange, field: string): V2Fields {
  checkArgs(scopePath, subject, [[field, c, HTTP_CHANGE]]);
  let parameters: Record<string, string> | undefined;
  if (c.requestParameters || c.serviceParameters) {
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(c.serviceParameters ?? {})) out[name] = renderRequestValue('HTTP', v);
    for (const p of c.requestParameters ?? []) {
      if (p._key in out) {
        throwUsageError(scopePath, subject, { code: 'RequestParameterDuplicated', what: 'each request parameter can be changed once', got: `${q(p._key)} twice`, fix: 'keep one of them' });
      }
      out[p._key] = p._value ? renderRequestValue('HTTP', p._value) : "''";
    }
    parameters = sortedMap(out);
  }
  return compact({
    ...commonFields(scopePath, subject, c),
    RequestParameters: parameters,
    PayloadFormatVersion: c.payloadFormatVersion,
    TlsConfig: c.serverNameToVerify === undefined ? undefined : { ServerNameToVerify: c.serverNameToVerify },
  });
}

/** The UpdateIntegration fields of a WebSocket API change; request parameters rendered as the WebSocket integrations render them. */
export function webSocketFields(scopePath: string, subject: string, c: WebSocketApiIntegrationChange, field: string): V2Fields {
  checkArgs(scopePath, subject, [[field, c, WEBSOCKET_CHANGE]]);
  assertKnownKeys(scopePath, subject, `${field}.requestParameters`, c.requestParameters, ['headers', 'querystrings']);
  let parameters: Record<string, string> | undefined;
  const p = c.requestParameters;
  if (p) {
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(p.headers ?? {})) out[`integration.request.header.${name}`] = renderRequestValue('WEBSOCKET', v);
    for (const [name, v] of Object.entries(p.querystrings ?? {})) out[`integration.request.querystring.${name}`] = renderRequestValue('WEBSOCKET', v);
    parameters = sortedMap(out);
  }
  return compact({
    ...commonFields(scopePath, subject, c),
    RequestParameters: parameters,
    RequestTemplates: c.requestTemplates,
    TemplateSelectionExpression: c.templateSelectionExpression,
    PassthroughBehavior: c.passthroughBehavior,
    ContentHandlingStrategy: c.contentHandling,
  });
}

/** What the v2 patch constructs take: the integration, the change, its restore and the stage to deploy. */
export interface V2PatchOptions<C> {
  readonly apiId: string;
  readonly integrationId: string;
  readonly change: C;
  readonly restoreOnDelete?: C;
  readonly redeployStage?: string;
}

/**
 * Renders (with `render`), judges (as `kind`) and applies a v2 change: the change on create and
 * update, `restoreOnDelete` on delete. Returns the fields applied on create and update.
 */
export function applyV2Patch<C extends { readonly credentials?: BackendCredentials }>(
  scope: Construct, subject: string, kind: ApiKind, o: V2PatchOptions<C>, render: (change: C, field: string) => V2Fields,
): V2Fields {
  const path = scope.node.path;
  assertId(path, subject, 'the API id', o.apiId);
  assertId(path, subject, 'the integration id', o.integrationId);
  const fields = render(o.change, 'change');
  const restore = o.restoreOnDelete ? render(o.restoreOnDelete, 'restoreOnDelete') : undefined;
  assertChanges(path, subject, Object.keys(fields).length);
  for (const f of [fields, restore]) {
    // The integration type cannot be known for an integration outside the app.
    if (f) recordVerdict(scope, subject, { ...v2IntegrationFacts(f, { kinds: [kind] }), type: new Unknown() });
  }
  const target = { ApiId: o.apiId, IntegrationId: o.integrationId };
  const statements = patchStatements(apiGatewayArn(scope, `/apis/${o.apiId}/integrations/${o.integrationId}`), [o.change.credentials, o.restoreOnDelete?.credentials]
    .map(c => (c ? credentialsOf(path, subject, c).role : undefined)));
  const update = {
    api: 'v2' as const,
    target,
    apply: fields,
    restore: restore && Object.keys(restore).length > 0 ? restore : undefined,
    statements,
  };
  const resource = applyUpdate(scope, update);
  if (o.redeployStage !== undefined) {
    redeploy(scope, {
      api: 'v2',
      parameters: { ApiId: o.apiId, StageName: o.redeployStage, Description: `UpdateIntegration ${path}` },
      deploymentsArn: apiGatewayArn(scope, `/apis/${o.apiId}/deployments`),
      after: resource,
      update,
    });
  }
  return fields;
}
