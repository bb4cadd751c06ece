import { Stack, StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { addHttpExamples } from './http';
import { addPatchExamples } from './patch';
import { addRestExamples } from './rest';
import { addWebSocketExamples } from './websocket';

/** Shared back ends of the example app. */
export interface ExampleBackends {
  /** One Lambda function behind every Lambda integration (one permission per API). */
  readonly handler: lambda.IFunction;
}

/**
 * The example app's one stack (so `cdk synth` prints one template). Each API kind adds its
 * examples in its own scope from test/example/<kind>.ts.
 */
export class ExampleStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const handler = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });'),
    });
    const backends: ExampleBackends = { handler };
    addRestExamples(new Construct(this, 'Rest'), backends);
    addHttpExamples(new Construct(this, 'Http'), backends);
    addWebSocketExamples(new Construct(this, 'WebSocket'), backends);
    addPatchExamples(new Construct(this, 'Patch'), backends);
  }
}
