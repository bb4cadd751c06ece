import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsRequest } from '../../core/services';
import { BackendCredentials } from '../../mapping/credentials';
import { WebSocketApiServiceIntegrationOptions } from '../options';

/** Internal: the AWS service factories' defaults, each replaceable by the user's options. */
export function serviceDefaults(options: WebSocketApiServiceIntegrationOptions, template: string) {
  return {
    ...options,
    credentials: options.credentials ?? BackendCredentials.createRole(),
    requestTemplates: options.requestTemplates ?? { $default: template },
    templateSelectionExpression: options.templateSelectionExpression ?? (options.requestTemplates ? undefined : '\\$default'),
    passthroughBehavior: options.passthroughBehavior ?? apigwv2.PassthroughBehavior.NEVER,
  };
}

/** The static headers of a table row's request (src/core/services): `Content-Type`, `X-Amz-Target`. */
export function rowHeaders(request: AwsRequest): Record<string, string> | undefined {
  const out = {
    ...(request.amzTarget ? staticHeader('X-Amz-Target', request.amzTarget) : {}),
    ...(request.contentType ? staticHeader('Content-Type', request.contentType) : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A static header value in request-parameter syntax. */
export function staticHeader(name: string, value: string): Record<string, string> {
  return { [`integration.request.header.${name}`]: `'${value}'` };
}
