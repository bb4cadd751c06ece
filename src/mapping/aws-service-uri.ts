import { ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { checkArgs, map, optional, str, struct } from '../core/shape';

const URI_OPTIONS = { subdomain: optional(str), region: optional(str) };

/** Options shared by every AWS service URI. */
export interface AwsServiceUriOptions {
  /**
   * The service's subdomain, for services that are called on one (`{subdomain}.{service}`),
   * such as an IoT data endpoint prefix.
   * @default - none
   */
  readonly subdomain?: string;

  /**
   * The Region of the service endpoint.
   * @default - the Region of the stack the integration is in
   */
  readonly region?: string;
}

/** Options of an action-style AWS service URI. */
export interface AwsServiceActionUriOptions extends AwsServiceUriOptions {
  /**
   * Query parameters of the action (`Action?Key=Value&…`), URL-encoded by the library.
   * @default - none
   */
  readonly parameters?: { [name: string]: string };
}

/**
 * The URI of an AWS service integration: an API Gateway service ARN
 * `arn:{partition}:apigateway:{region}:{subdomain.}{service}:{path|action}/{…}` (C06).
 * Built from typed parts, so the shape the service requires cannot be got wrong.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html#apigw-PutIntegration-request-uri
 *
 * @example
 * import { AwsServiceUri } from 'cdk-apigateway-integrations';
 *
 * const sendMessage = AwsServiceUri.action('sqs', 'SendMessage');
 * const getObject = AwsServiceUri.path('s3', 'my-bucket/{key}');
 */
export class AwsServiceUri {
  /** Call an API action: `…:{service}:action/{Action}`. */
  public static action(service: string, action: string, options: AwsServiceActionUriOptions = {}): AwsServiceUri {
    checkArgs('AwsServiceUri.action', 'AwsServiceUri', [['service', service, str], ['action', action, str],
      ['options', options, struct('AwsServiceActionUriOptions', { ...URI_OPTIONS, parameters: optional(map(str)) })]]);
    const params = Object.entries(options.parameters ?? {})
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    return new AwsServiceUri(service, 'action', params ? `${action}?${params}` : action, options);
  }

  /** Call a resource path: `…:{service}:path/{path}` (for example S3 `bucket/key`, Lambda `2015-03-31/functions/…`). */
  public static path(service: string, path: string, options: AwsServiceUriOptions = {}): AwsServiceUri {
    checkArgs('AwsServiceUri.path', 'AwsServiceUri', [['service', service, str], ['path', path, str], ['options', options, struct('AwsServiceUriOptions', URI_OPTIONS)]]);
    return new AwsServiceUri(service, 'path', path.replace(/^\//, ''), options);
  }

  /** The AWS service, as API Gateway names it (`sqs`, `states`, `dynamodb`, `lambda`…). */
  public readonly service: string;

  private readonly rendered = new WeakMap<Stack, string>();

  private constructor(
    service: string,
    private readonly actionType: 'action' | 'path',
    private readonly rest: string,
    private readonly options: AwsServiceUriOptions,
  ) {
    this.service = service;
  }

  /**
   * The ARN, in the stack of `scope`.
   * @internal
   */
  public _render(scope: IConstruct): string {
    // One ARN per stack: the same URI bound to many methods renders (and is judged) once.
    const stack = Stack.of(scope);
    const hit = this.rendered.get(stack);
    if (hit !== undefined) return hit;
    // API Gateway service ARNs have no account field: the service goes where the account would.
    const arn = stack.formatArn({
      service: 'apigateway',
      region: this.options.region,
      account: this.options.subdomain ? `${this.options.subdomain}.${this.service}` : this.service,
      resource: this.actionType,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      resourceName: this.rest,
    });
    this.rendered.set(stack, arn);
    return arn;
  }
}
