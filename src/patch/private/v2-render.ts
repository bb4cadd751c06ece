import { Construct } from 'constructs';
import { apiGatewayArn, applyUpdate, assertChanges, patchStatements, redeploy } from './apply';
import { assertId } from './ids';
import { credentialsOf } from './rest-render';
import { v2IntegrationFacts } from '../../core/cfn-facts';
import { ApiKind, Unknown } from '../../core/facts';
import { renderRequestValue } from '../../core/render/mapping';
import { recordVerdict } from '../../core/validate';
import { RequestValue } from '../../mapping/request-value';
import { HttpApiIntegrationChange, WebSocketApiIntegrationChange } from '../v2-change';

/** The v2 (HTTP and WebSocket) patch: plain UpdateIntegration fields, judged by the kind's rules. INTERNAL. */

type AnyChange = HttpApiIntegrationChange & WebSocketApiIntegrationChange;

function mappings(kind: ApiKind, m: Record<string, RequestValue> | undefined): Record<string, string> | undefined {
  if (m === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const k of Object.keys(m).sort()) out[k] = renderRequestValue(kind, m[k]);
  return out;
}

/** The UpdateIntegration fields of a change (PascalCase, as the v2 SDK takes them), absent fields left out. */
export function renderV2Change(scopePath: string, subject: string, kind: ApiKind, c: AnyChange): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    TimeoutInMillis: c.timeout?.toMilliseconds(),
    IntegrationUri: c.integrationUri,
    IntegrationMethod: c.integrationMethod,
    ConnectionType: c.connection?.connectionType,
    ConnectionId: c.connection && c.connection.connectionId !== '' ? c.connection.connectionId : undefined,
    CredentialsArn: c.credentials ? credentialsOf(scopePath, subject, c.credentials).arn : undefined,
    Description: c.description,
    RequestParameters: mappings(kind, c.requestParameters),
    PayloadFormatVersion: c.payloadFormatVersion,
    TlsConfig: c.serverNameToVerify === undefined ? undefined : { ServerNameToVerify: c.serverNameToVerify },
    RequestTemplates: c.requestTemplates,
    TemplateSelectionExpression: c.templateSelectionExpression,
    PassthroughBehavior: c.passthroughBehavior,
    ContentHandlingStrategy: c.contentHandling,
  };
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return fields;
}

/** What the v2 patch constructs take. */
export interface V2PatchOptions {
  readonly apiId: string;
  readonly integrationId: string;
  readonly change: AnyChange;
  readonly restoreOnDelete?: AnyChange;
  readonly redeployStage?: string;
}

/** Renders, judges (as `kind`) and applies a v2 change. Returns the fields applied on create and update. */
export function applyV2Patch(scope: Construct, subject: string, kind: ApiKind, o: V2PatchOptions): Record<string, unknown> {
  const path = scope.node.path;
  assertId(path, subject, 'the API id', o.apiId);
  assertId(path, subject, 'the integration id', o.integrationId);
  const fields = renderV2Change(path, subject, kind, o.change);
  assertChanges(path, subject, Object.keys(fields).length);
  const restore = o.restoreOnDelete ? renderV2Change(path, subject, kind, o.restoreOnDelete) : undefined;
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
