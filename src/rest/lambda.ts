import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RestApiIntegrationOptions } from './options';
import { bindRest } from './private/bind';
import { resolveCredentials } from './private/credentials';
import { RestApiResponseTransferMode } from './response-transfer-mode';
import { R } from '../core/arg-shapes';
import { grantInvokeOnce, permissionHome, permissionId } from '../core/permissions';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { BackendCredentials } from '../mapping/credentials';
import { REST_LAMBDA_PROPS } from './private/shapes';

/** Properties of a {@link RestApiLambdaIntegration}. */
export interface RestApiLambdaIntegrationProps extends RestApiIntegrationOptions {
  /**
   * Lambda proxy integration (`AWS_PROXY`): the function receives the whole request and returns
   * the whole response. `false` makes a custom (`AWS`) integration that transforms the request
   * with `requestTemplates` and the response with `integrationResponses`.
   * @default true
   */
  readonly proxy?: boolean;

  /**
   * Response streaming: `STREAM` calls the function's response-streaming invocation and allows
   * timeouts up to 15 minutes. Proxy integrations only.
   * @default - BUFFERED
   */
  readonly responseTransferMode?: RestApiResponseTransferMode;

  /**
   * Scope the Lambda permission to each method (two permissions per method: the method's ARN
   * and its test-invoke ARN), as aws-cdk-lib's `LambdaIntegration` does by default. Costs two
   * resources and two policy statements per method: large APIs hit the 500-resource and 20 KB
   * function-policy limits.
   * @default false - ONE permission per (function, API), covering every method, stage and test-invoke
   */
  readonly scopePermissionToMethod?: boolean;

  /**
   * How API Gateway is allowed to invoke the function: by default a resource-based permission on
   * the function; with credentials, a role: a created one (or one given with `{ grant: true }`) is
   * granted `lambda:InvokeFunction` through `fn.grantInvoke(role)`, a given one is used as is, and
   * no permission is added to the function.
   * @default - a Lambda permission (see `scopePermissionToMethod`)
   */
  readonly credentials?: BackendCredentials;
}

/**
 * A REST API integration that invokes a Lambda function: proxy (`AWS_PROXY`) by default, custom
 * (`AWS`) with templates and integration responses on request, always called with `POST`.
 *
 * Creates ONE `AWS::Lambda::Permission` per (function, API), scoped to that API's execute-api
 * ARN and shared by all its methods (test-invoke included): nothing grows with the number of
 * methods. Use `scopePermissionToMethod` for per-method permissions.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as lambda from 'aws-cdk-lib/aws-lambda';
 * import { RestApiLambdaIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const fn: lambda.IFunction;
 * api.root.addResource('items').addMethod('GET', new RestApiLambdaIntegration(fn));
 */
export class RestApiLambdaIntegration extends apigw.Integration {
  private readonly roleCache: { role?: iam.IRole } = {};
  private readonly uris = new WeakMap<Stack, string>();
  private readonly handler: lambda.IFunction;
  private readonly lambdaProps: RestApiLambdaIntegrationProps;
  /** The options every bind renders (one object, so that binds to many methods are recognised as the same). */
  private readonly options: RestApiLambdaIntegrationProps;

  /**
   * @param handler the function to invoke
   * @param props options
   */
  constructor(handler: lambda.IFunction, props: RestApiLambdaIntegrationProps = {}) {
    checkArgs('RestApiLambdaIntegration', 'RestApiLambdaIntegration', [['handler', handler, R.function], ['props', props, REST_LAMBDA_PROPS]]);
    super({ type: props.proxy === false ? apigw.IntegrationType.AWS : apigw.IntegrationType.AWS_PROXY, integrationHttpMethod: 'POST' });
    this.handler = handler;
    this.lambdaProps = props;
    const proxy = props.proxy !== false;
    this.options = { ...props, integrationResponses: props.integrationResponses ?? (proxy ? undefined : [{ statusCode: 200 }]) };
  }

  /**
   * Binds to a method: validates, grants API Gateway the right to invoke the function, and
   * returns the integration configuration.
   */
  public bind(method: apigw.Method): apigw.IntegrationConfig {
    const proxy = this.lambdaProps.proxy !== false;
    const stream = this.lambdaProps.responseTransferMode === RestApiResponseTransferMode.STREAM;
    const path = stream
      ? `2021-11-15/functions/${this.handler.functionArn}/response-streaming-invocations`
      : `2015-03-31/functions/${this.handler.functionArn}/invocations`;
    const creds = resolveCredentials(this.lambdaProps.credentials, method, this.roleCache);
    const config = bindRest(method, 'RestApiLambdaIntegration', {
      type: proxy ? apigw.IntegrationType.AWS_PROXY : apigw.IntegrationType.AWS,
      integrationHttpMethod: 'POST',
      uri: this.uriIn(method, path),
      options: this.options,
      credentialsRole: creds.role,
      credentialsPassthrough: creds.passthrough,
      responseTransferMode: this.lambdaProps.responseTransferMode,
      // a new function version/alias re-deploys the API
      deploymentToken: JSON.stringify({ functionName: this.handler.functionName }),
    });
    if (creds.role) {
      if (creds.created) this.handler.grantInvoke(creds.created);
    } else if (!creds.passthrough) {
      this.grantInvoke(method);
    }
    return config;
  }

  /** The invocation ARN, rendered once per stack. */
  private uriIn(method: apigw.Method, path: string): string {
    const stack = Stack.of(method);
    let uri = this.uris.get(stack);
    if (uri === undefined) {
      uri = AwsServiceUri.path('lambda', path)._render(method);
      this.uris.set(stack, uri);
    }
    return uri;
  }

  private grantInvoke(method: apigw.Method): void {
    if (this.lambdaProps.scopePermissionToMethod) {
      const id = `${permissionId(this.handler)}${method.httpMethod}`;
      grantInvokeOnce(this.handler, method, method.methodArn, id);
      grantInvokeOnce(this.handler, method, method.testMethodArn, `${id}Test`);
    } else {
      // the permission covers the whole API: once per API (the ARN is not even built again)
      const { scope, id } = permissionHome(this.handler, method.api, method);
      if (!scope.node.tryFindChild(id)) grantInvokeOnce(this.handler, scope, method.api.arnForExecuteApi(), id);
    }
  }
}
