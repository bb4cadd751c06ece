import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceIntegrationOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { SFN_START_EXECUTION } from '../core/services/step-functions';
import { checkArgs, str } from '../core/shape';
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
 * api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution('Start', stateMachine) });
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
    id: string,
    stateMachine: sfn.IStateMachine,
    options: WebSocketApiServiceIntegrationOptions = {},
  ): WebSocketApiStepFunctionsIntegration {
    checkArgs('WebSocketApiStepFunctionsIntegration.startExecution', 'WebSocketApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = SFN_START_EXECUTION.websocket!(stateMachine, {}).template;
    const integration = new WebSocketApiStepFunctionsIntegration(id, stateMachine, serviceDefaults(options, template));
    return bindAction(integration, SFN_START_EXECUTION, stateMachine);
  }

  private constructor(id: string, stateMachine: sfn.IStateMachine, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('states', 'StartExecution', { region: stateMachine.env.region }) });
  }
}
