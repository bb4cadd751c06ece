import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationCredentials } from '../../mapping/credentials';
import { WebSocketApiServiceActionOptions } from '../options';

/** Internal: the AWS service factories' defaults, each replaceable by the user's options. */
export function serviceDefaults(options: WebSocketApiServiceActionOptions, template: string) {
  return {
    ...options,
    credentials: options.credentials ?? IntegrationCredentials.createRole(),
    requestTemplates: options.requestTemplates ?? { $default: template },
    templateSelectionExpression: options.templateSelectionExpression ?? (options.requestTemplates ? undefined : '\\$default'),
    passthroughBehavior: options.passthroughBehavior ?? apigwv2.PassthroughBehavior.NEVER,
  };
}

/** A static header value in request-parameter syntax. */
export function staticHeader(name: string, value: string): Record<string, string> {
  return { [`integration.request.header.${name}`]: `'${value}'` };
}
