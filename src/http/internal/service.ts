import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { HttpBinder } from './binder';
import { credentialsArnFor } from './credentials';
import { renderRequestValue } from '../../core/render/mapping';
import { subtypeParameters } from '../../core/subtypes';
import { IntegrationCredentials } from '../../mapping/credentials';
import { RequestValue } from '../../mapping/request-value';
import { HttpApiPayloadFormatVersion, HttpApiServiceIntegrationOptions } from '../options';

/** What one AWS-service subtype factory knows. INTERNAL. */
export interface ServiceSpec {
  readonly subtype: string;
  /** Parameters the library fills from the target (`QueueUrl`, `StateMachineArn`…), exact case. */
  readonly fixed: Record<string, string>;
  /** Values of parameters the options may override, exact case. */
  readonly defaults?: Record<string, RequestValue>;
  /** The typed options: each parameter `Name` is the option `name` (lower camel case). */
  readonly options: HttpApiServiceIntegrationOptions;
  /** Grants the one action on the target, through the target's own grant method. */
  readonly grant: (grantee: iam.IGrantable) => void;
  readonly stateMachineType?: string;
}

/**
 * The subtype's request parameters: the names come from THE subtype table (src/core/subtypes.ts),
 * so the library always writes them in the exact case the service needs (C58).
 */
export function serviceParameters(spec: ServiceSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of subtypeParameters(spec.subtype)) {
    const given: unknown = Reflect.get(spec.options, name.charAt(0).toLowerCase() + name.slice(1));
    const value = given instanceof RequestValue ? given : spec.defaults?.[name];
    if (value) out[name] = renderRequestValue('HTTP', value);
  }
  return { ...out, ...spec.fixed };
}

/** Binds a subtype integration: a least-privilege role, payload format 1.0, every rule checked. INTERNAL. */
export class ServiceBinder {
  private readonly binder: HttpBinder;

  constructor(id: string, private readonly className: string, private readonly spec: ServiceSpec) {
    this.binder = new HttpBinder(id, className);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    const spec = this.spec;
    const credentials = spec.options.credentials ?? IntegrationCredentials.createRole();
    return this.binder.bind(options.scope, {
      type: 'AWS_PROXY',
      subtype: spec.subtype,
      payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0,
      credentialsArn: credentialsArnFor(options.scope, this.className, credentials, spec.grant),
      requestParameters: serviceParameters(spec),
      stateMachineType: spec.stateMachineType,
      options: spec.options,
    });
  }

  public complete(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
