import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';

/** WebSocket API examples. */
export function addWebSocketExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigwv2.WebSocketApi(scope, 'Api', { apiName: 'example-websocket' });
  api.addRoute('send', { integration: new integrations.WebSocketLambdaIntegration('Lambda', backends.handler) });
  new apigwv2.WebSocketStage(scope, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
}
