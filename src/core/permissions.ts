import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { IConstruct } from 'constructs';

/**
 * Lambda wiring shared by every API kind. The default is ONE `AWS::Lambda::Permission` per
 * (function, API), scoped to that API's execute-api ARN and shared by all its methods or routes:
 * nothing grows with the number of routes (aws-cdk-lib's default makes one or two per route and
 * runs into the 500-resource and 20 KB Lambda policy limits around 100–250 routes).
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

/** A stable construct id for "the permission of this function on this API": `InvokePermission{addr}`. */
export function permissionId(fn: lambda.IFunction, prefix = 'InvokePermission'): string {
  return `${prefix}${fn.node.addr.slice(0, 16)}`;
}
