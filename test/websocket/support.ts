import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { testStack } from '../support/common';

export { errorOf, fn, synth, warningOf } from '../support/common';

/** A stack with a WebSocket API. */
export function wsStack(): { stack: Stack; api: apigwv2.WebSocketApi } {
  const stack = testStack();
  const api = new apigwv2.WebSocketApi(stack, 'Ws');
  return { stack, api };
}

