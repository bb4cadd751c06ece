import { Tokenization } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IConstruct } from 'constructs';
import { watchApi } from '../../core/cfn/api';
import { v2IntegrationFacts } from '../../core/cfn-facts';
import { throwUsageError } from '../../core/errors';
import { IntegrationFacts } from '../../core/facts';
import { renderRequestValue, renderResponseValue } from '../../core/render/mapping';
import type { TargetFacts } from '../../core/services';
import { assertLiteralKeys, recordVerdict, throwUnbuildable } from '../../core/validate';
import { HttpApiIntegrationOptions, HttpApiProxyIntegrationOptions } from '../options';

/** What an HTTP API integration class knows about itself at bind time. INTERNAL. */
export interface HttpIntegrationSpec {
  readonly type: 'AWS_PROXY' | 'HTTP_PROXY';
  readonly uri?: string;
  readonly subtype?: string;
  readonly method?: string;
  readonly connectionType?: 'INTERNET' | 'VPC_LINK';
  readonly connectionId?: string;
  readonly serverNameToVerify?: string;
  readonly payloadFormatVersion: string;
  readonly credentialsArn?: string;
  /** Rendered request parameters: subtype parameters, or `append:header.x` style keys. */
  readonly requestParameters?: Record<string, string>;
  /** Service subtypes: the facts of the target (a queue's FIFO-ness, a state machine's type), for the service rules. */
  readonly target?: TargetFacts;
  readonly options: HttpApiIntegrationOptions;
}

type Json = Record<string, unknown>;

/** Request parameter transformations -> `{ "append:header.x": "$request.header.y" }`; duplicates are refused. */
export function renderRequestParameters(
  scope: IConstruct,
  className: string,
  options: HttpApiProxyIntegrationOptions,
  extra: Record<string, string> = {},
): Record<string, string> | undefined {
  const out: Record<string, string> = { ...extra };
  for (const p of options.requestParameters ?? []) {
    if (p._key in out) {
      throwUsageError(scope.node.path, className, { code: 'RequestParameterDuplicated', what: 'each request parameter can be changed once', got: `${JSON.stringify(p._key)} twice`, fix: 'keep one of them (a private integration\'s stripStagePrefix already overwrites the path)' });
    }
    out[p._key] = p._value ? renderRequestValue('HTTP', p._value) : "''";
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Response parameters in CloudFormation's shape: `{ "404": { ResponseParameters: [{ Destination, Source }] } }` (C79). */
function renderResponseParameters(scope: IConstruct, className: string, options: HttpApiIntegrationOptions): Json | undefined {
  if (!options.responseParameters || options.responseParameters.length === 0) return undefined;
  const out: Json = {};
  for (const m of options.responseParameters) {
    const code = Tokenization.stringifyNumber(m.statusCode);
    if (code in out) {
      throwUsageError(scope.node.path, className, { code: 'ResponseParameterDuplicated', what: 'each back-end status code has one set of response parameters', got: `status code ${code} twice`, fix: 'merge their parameters into one HttpApiResponseMapping' });
    }
    out[code] = {
      ResponseParameters: m.parameters.map(p => ({ Destination: p._key, Source: p._value ? renderResponseValue('HTTP', p._value) : "''" })),
    };
  }
  return out;
}

/** The integration's CloudFormation properties, as the template will have them (without ApiId). */
function cfnProperties(scope: IConstruct, className: string, spec: HttpIntegrationSpec): Json {
  const o = spec.options;
  const props: Json = {
    IntegrationType: spec.type,
    IntegrationSubtype: spec.subtype,
    IntegrationUri: spec.uri,
    IntegrationMethod: spec.method,
    ConnectionType: spec.connectionType,
    ConnectionId: spec.connectionId,
    CredentialsArn: spec.credentialsArn,
    Description: o.description,
    PayloadFormatVersion: spec.payloadFormatVersion,
    RequestParameters: spec.requestParameters,
    ResponseParameters: renderResponseParameters(scope, className, o),
    TimeoutInMillis: o.timeout?.toMilliseconds(),
    TlsConfig: spec.serverNameToVerify === undefined ? undefined : { ServerNameToVerify: spec.serverNameToVerify },
  };
  for (const k of Object.keys(props)) if (props[k] === undefined) delete props[k];
  return props;
}

/**
 * The part every HTTP API integration class shares: validate once at bind (errors name the
 * route's construct path), hand aws-cdk-lib the fields its `HttpIntegration` understands, and set
 * the rest (timeout up to 30 s, description, credentials, mappings, TLS) on the L1 it created.
 */
export class HttpBinder {
  private props?: Json;
  private finished = false;

  constructor(private readonly id: string, private readonly className: string) {}

  /** The facts of `spec`, as the rule table and the `IntegrationChecks` aspect see them. */
  public facts(scope: IConstruct, spec: HttpIntegrationSpec, extra: Partial<IntegrationFacts> = {}): IntegrationFacts {
    return { ...v2IntegrationFacts(cfnProperties(scope, this.className, spec), { kinds: ['HTTP'], ...spec.target }), ...extra };
  }

  public bind(scope: IConstruct, spec: HttpIntegrationSpec): apigwv2.HttpRouteIntegrationConfig {
    // aws-cdk-lib binds with the route as scope
    if (scope instanceof apigwv2.HttpRoute) watchApi(scope.httpApi);
    const props = cfnProperties(scope, this.className, spec);
    assertLiteralKeys(scope, this.className, props);
    const verdict = recordVerdict(scope, this.className, v2IntegrationFacts(props, { kinds: ['HTTP'], ...spec.target }));
    // aws-cdk-lib's HttpIntegration refuses an integration with neither a URI nor a subtype
    if (spec.uri === '' && spec.subtype === undefined && verdict.errors.length > 0) throwUnbuildable(scope, this.className, verdict);
    this.props = props;
    return {
      type: spec.type as apigwv2.HttpIntegrationType,
      subtype: spec.subtype as apigwv2.HttpIntegrationSubtype | undefined,
      uri: spec.uri,
      method: spec.method as apigwv2.HttpMethod | undefined,
      connectionType: spec.connectionType as apigwv2.HttpConnectionType | undefined,
      connectionId: spec.connectionId,
      payloadFormatVersion: apigwv2.PayloadFormatVersion.custom(spec.payloadFormatVersion),
    };
  }

  /** Sets what aws-cdk-lib's `HttpIntegration` cannot on the L1, once (the first route's `completeBind`). */
  public complete(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    if (this.finished || !this.props) return;
    this.finished = true;
    const integration = options.scope.node.tryFindChild(this.id);
    const cfn = integration?.node.defaultChild as apigwv2.CfnIntegration | undefined;
    if (!cfn) return;
    const p = this.props;
    if (p.TimeoutInMillis !== undefined) cfn.timeoutInMillis = p.TimeoutInMillis as number;
    if (p.Description !== undefined) cfn.description = p.Description as string;
    if (p.CredentialsArn !== undefined) cfn.credentialsArn = p.CredentialsArn as string;
    if (p.RequestParameters !== undefined) cfn.requestParameters = p.RequestParameters;
    if (p.ResponseParameters !== undefined) cfn.responseParameters = p.ResponseParameters;
    if (p.TlsConfig !== undefined) cfn.tlsConfig = { serverNameToVerify: (p.TlsConfig as Json).ServerNameToVerify as string };
  }
}
