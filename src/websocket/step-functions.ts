import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { WebSocketAwsServiceIntegration } from './aws-service';
import { WebSocketServiceActionOptions } from './options';
import { serviceDefaults } from './private/service';
import { AwsServiceUri } from '../mapping/aws-service-uri';

/**
 * Starts Step Functions executions from WebSocket messages.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
 * import { WebSocketStepFunctionsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const stateMachine: sfn.IStateMachine;
 * api.addRoute('start', { integration: WebSocketStepFunctionsIntegration.startExecution(stateMachine) });
 */
export class WebSocketStepFunctionsIntegration extends WebSocketAwsServiceIntegration {
  /**
   * `StartExecution`: the message body is the execution input. The role is granted
   * `stateMachine.grantStartExecution`.
   */
  public static startExecution(stateMachine: sfn.IStateMachine, options: WebSocketServiceActionOptions = {}): WebSocketStepFunctionsIntegration {
    const template = `{"stateMachineArn": "${stateMachine.stateMachineArn}", "input": "$util.escapeJavaScript($input.body)"}`;
    return new WebSocketStepFunctionsIntegration(stateMachine, serviceDefaults(options, template));
  }

  private constructor(stateMachine: sfn.IStateMachine, options: ReturnType<typeof serviceDefaults>) {
    super(AwsServiceUri.action('states', 'StartExecution', { region: stateMachine.env.region }), options);
    this._grant = (role: iam.IGrantable) => stateMachine.grantStartExecution(role);
  }
}
