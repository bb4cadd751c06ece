import { HTTP, LISTENER, url } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/uri.ts. */
export const URI_CASES: RuleCase[] = [
  // IntegrationUriRequired — C04, C06, C17, C83
  { code: 'IntegrationUriRequired', name: 'HTTP with no URI', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET' }, fails: true },
  { code: 'IntegrationUriRequired', name: 'AWS with no URI on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST' }, fails: true },
  { code: 'IntegrationUriRequired', name: 'MOCK with no URI', kind: 'WEBSOCKET', facts: { type: 'MOCK', uri: '' }, fails: false },
  // IntegrationUriNotHttpUrl — C04, C05, C17, C53
  { code: 'IntegrationUriNotHttpUrl', name: 'a relative URL', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'example.com/pets' }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'an ftp URL', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'ftp://example.com' }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'port 1000 (supported or not, it is a URL: IntegrationPortNotSupported warns)', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:1000/' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'port 70000', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:70000/' }, fails: true, mentions: '65535' },
  // IntegrationPortNotSupported — C05
  { code: 'IntegrationPortNotSupported', name: 'port 1000', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:1000/' }, fails: true, mentions: 'port 1000' },
  { code: 'IntegrationPortNotSupported', name: 'ports 443, 8443 and none', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:8443/' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'an unencoded space', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com/a b' }, fails: true, mentions: 'encoded' },
  { code: 'IntegrationUriNotHttpUrl', name: 'a token after a wrong scheme', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: new Unknown(`ftp://${HOLE}/x`) }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'a placeholder and port 8080', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'http://example.com:8080/pets/{id}' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a stage-variable host', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://${stageVariables.host}/pets' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a token host', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: new Unknown(`https://${HOLE}/x`) }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a listener ARN on an HTTP API private integration', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: LISTENER }, fails: false },
  // PrivateUriNotListenerArn — C61
  { code: 'PrivateUriNotListenerArn', name: 'a load balancer ARN', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188' }, fails: true, mentions: 'listener' },
  { code: 'PrivateUriNotListenerArn', name: 'a listener ARN', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: LISTENER }, fails: false },
  { code: 'PrivateUriNotListenerArn', name: 'a Cloud Map service ARN with filters', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abc123?stage=prod' }, fails: false },
  // UriPlaceholderNotMapped — C33
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped {id}', kind: 'REST', facts: { ...HTTP, uri: 'https://example.com/items/{id}' }, fails: true, mentions: 'integration.request.path.id' },
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped greedy {proxy+}', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com/{proxy+}', requestParameters: {} }, fails: true, mentions: 'integration.request.path.proxy' },
  { code: 'UriPlaceholderNotMapped', name: 'a mapped {id} and a stage variable', kind: 'REST', facts: { ...HTTP, uri: 'https://${stageVariables.host}/items/{id}', requestParameters: { 'integration.request.path.id': 'method.request.path.id' } }, fails: false },
  { code: 'UriPlaceholderNotMapped', name: 'an unmapped AWS service path', kind: 'REST', facts: { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:s3:path/{bucket}/{key}', requestParameters: { 'integration.request.path.bucket': "'b'" } }, fails: true, mentions: '"{key}"' },
  { code: 'UriPlaceholderNotMapped', name: 'an AWS action', kind: 'REST', facts: { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:sqs:action/SendMessage' }, fails: false },
  // UriVariableNotInRoute — C53
  { code: 'UriVariableNotInRoute', name: '{proxy} on a non-greedy route', kind: 'HTTP', facts: { ...url, routeKey: 'GET /pets' }, fails: true, mentions: '{proxy+}' },
  { code: 'UriVariableNotInRoute', name: '{id} on a route without it', kind: 'HTTP', facts: { ...url, uri: 'https://example.com/pets/{id}', routeKey: 'GET /pets/{petId}' }, fails: true },
  { code: 'UriVariableNotInRoute', name: '{proxy} on a {proxy+} route', kind: 'HTTP', facts: { ...url, routeKey: 'ANY /api/{proxy+}' }, fails: false },
  { code: 'UriVariableNotInRoute', name: 'an unknown route', kind: 'HTTP', facts: url, fails: false },
];
