import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceActionOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { SFN_START_EXECUTION } from '../core/services/step-functions';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';

/**
 * Starts Step Functions executions from WebSocket messages.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
 * import { WebSocketApiStepFunctionsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const stateMachine: sfn.IStateMachine;
 * api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution(stateMachine) });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 */
export class WebSocketApiStepFunctionsIntegration extends WebSocketApiAwsIntegration {
  /**
   * `StartExecution`: the message body is the execution input. The role is granted
   * `stateMachine.grantStartExecution`.
   */
  public static startExecution(
    stateMachine: sfn.IStateMachine,
    options: WebSocketApiServiceActionOptions = {},
  ): WebSocketApiStepFunctionsIntegration {
    checkArgs('WebSocketApiStepFunctionsIntegration.startExecution', 'WebSocketApiStepFunctionsIntegration', [['stateMachine', stateMachine, R.stateMachine], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = SFN_START_EXECUTION.websocket!(stateMachine, {}).template;
    return bindAction(new WebSocketApiStepFunctionsIntegration(stateMachine, serviceDefaults(options, template)), SFN_START_EXECUTION, stateMachine);
  }

  private constructor(stateMachine: sfn.IStateMachine, options: ReturnType<typeof serviceDefaults>) {
    super(AwsServiceUri.action('states', 'StartExecution', { region: stateMachine.env.region }), options);
  }
}
