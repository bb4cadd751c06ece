import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { IConstruct } from 'constructs';

/**
 * Lambda wiring shared by every API kind. The default is ONE `AWS::Lambda::Permission` per
 * (function, API), scoped to that API's execute-api ARN and shared by all its methods or routes:
 * nothing grows with the number of routes (one or two per route, as aws-cdk-lib's integrations
 * added up to 2.276 at least, run into the 500-resource and 20 KB Lambda policy limits around
 * 100–250 routes).
 */

/** `arn:{partition}:execute-api:{region}:{account}:{apiId}/{rest}` in the API's stack. */
export function executeApiArn(apiScope: IConstruct, apiId: string, rest: string): string {
  return Stack.of(apiScope).formatArn({ service: 'execute-api', resource: apiId, resourceName: rest, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
}

/**
 * Lets API Gateway invoke `fn` with source ARN `sourceArn`, once: a second call with the same
 * function, scope and id is a no-op. The permission is created under `scope` (normally the API,
 * so it lives in the API's stack and no reference runs from the function's stack to the API's).
 *
 * @returns the construct id used, so callers can test for it
 */
export function grantInvokeOnce(fn: lambda.IFunction, scope: IConstruct, sourceArn: string, id: string): string {
  if (scope.node.tryFindChild(id)) return id;
  fn.addPermission(id, {
    principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    sourceArn,
    scope,
  });
  return id;
}

/**
 * Where the one permission of `fn` on `api` lives, for a method or route at `site`: under the API
 * (id {@link permissionId}) when both are in one stack. When the method or route is in another
 * stack than its API (a `Resource`, `HttpRoute` or `WebSocketRoute` created in another stack), it
 * lives in the site's stack instead, one per (function, API, stack): that stack already references
 * the API and the function, so no new edge between stacks appears. Under the API it would make the
 * API's stack depend on the function's, which a cycle forbids when the function sits next to the routes.
 */
export function permissionHome(fn: lambda.IFunction, api: IConstruct, site: IConstruct): { readonly scope: IConstruct; readonly id: string } {
  const stack = Stack.of(site);
  if (stack === Stack.of(api)) return { scope: api, id: permissionId(fn) };
  return { scope: stack, id: `${permissionId(fn)}Api${api.node.addr.slice(0, 8)}` };
}

/** A stable construct id for "the permission of this function on this API": `InvokePermission{addr}`. */
export function permissionId(fn: lambda.IFunction, prefix = 'InvokePermission'): string {
  return `${prefix}${fn.node.addr.slice(0, 16)}`;
}
