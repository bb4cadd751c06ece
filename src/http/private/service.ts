import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpBinder } from './binder';
import { credentialsArnFor } from './credentials';
import { throwInternalError } from '../../core/errors';
import { renderRequestValue } from '../../core/render/mapping';
import { ServiceAction } from '../../core/services';
import { BoundAction, boundTo } from '../../core/services/bound';
import { subtypeParameters } from '../../core/subtypes';
import { BackendCredentials } from '../../mapping/credentials';
import { RequestValue } from '../../mapping/request-value';
import { HttpApiPayloadFormatVersion, HttpApiServiceIntegrationOptions } from '../options';

/** What one AWS-service subtype factory knows. INTERNAL. */
export interface ServiceSpec {
  readonly subtype: string;
  /** Parameters the library fills from the target (`QueueUrl`, `StateMachineArn`…), exact case. */
  readonly fixed: Record<string, string>;
  /** Selection expressions of parameters the options may override, exact case. */
  readonly defaults: Record<string, string>;
  /** The typed options: each parameter `Name` is the option `name` (lower camel case). */
  readonly options: HttpApiServiceIntegrationOptions;
  /** The row's grant on the target, and the target's facts. */
  readonly bound: BoundAction;
}

/**
 * The spec of a table row (src/core/services) on its target: the subtype, the parameters the row
 * fills from the target and its defaults (`defaults` adds the factory's own, e.g. a FIFO queue's).
 */
export function serviceSpec<T>(
  row: ServiceAction<T>, target: T, options: HttpApiServiceIntegrationOptions, defaults: Record<string, string> = {},
): ServiceSpec {
  if (!row.subtype || !row.httpFixed) return throwInternalError(`${row.service}:${row.action} has no HTTP API subtype`);
  return { subtype: row.subtype, fixed: row.httpFixed(target), defaults: { ...row.httpDefaults, ...defaults }, options, bound: boundTo(row, target) };
}

/** The option of a subtype parameter (its name in lower camel case), when it is a request value. */
function optionOf(options: HttpApiServiceIntegrationOptions, name: string): RequestValue | undefined {
  const given: unknown = Object.entries(options).find(([k]) => k === name.charAt(0).toLowerCase() + name.slice(1))?.[1];
  return given instanceof RequestValue ? given : undefined;
}

/**
 * The subtype's request parameters: the names come from THE subtype table (src/core/subtypes.ts),
 * so the library always writes them in the exact case the service needs (C58).
 */
export function serviceParameters(spec: ServiceSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of subtypeParameters(spec.subtype)) {
    const given = optionOf(spec.options, name);
    const value = given ? renderRequestValue('HTTP', given) : spec.defaults[name];
    if (value !== undefined) out[name] = value;
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
    const credentials = spec.options.credentials ?? BackendCredentials.createRole();
    return this.binder.bind(options.scope, {
      type: 'AWS_PROXY',
      subtype: spec.subtype,
      payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0,
      credentialsArn: credentialsArnFor(options.scope, this.className, credentials, spec.bound.grant),
      requestParameters: serviceParameters(spec),
      target: spec.bound.target,
      options: spec.options,
    });
  }

  public complete(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
