import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { ServiceAction } from '../core/services';
import { bindAction } from '../core/services/bound';
import { SFN_START_EXECUTION, SFN_START_SYNC_EXECUTION } from '../core/services/step-functions';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';

/**
 * REST API integrations with AWS Step Functions.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
 * import { RestApiStepFunctionsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const stateMachine: sfn.IStateMachine;
 * api.root.addResource('runs').addMethod('POST', RestApiStepFunctionsIntegration.startExecution(stateMachine));
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-api-gateway.html
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 */
export class RestApiStepFunctionsIntegration extends RestApiAwsIntegration {
  /**
   * `StartExecution`: the request body (JSON) is the execution input. Creates a role granted
   * through `stateMachine.grantStartExecution(role)`. The response is `{"executionArn": …, "startDate": …}`.
   */
  public static startExecution(stateMachine: sfn.IStateMachine, options: RestApiServiceIntegrationOptions = {}): RestApiStepFunctionsIntegration {
    checkArgs('RestApiStepFunctionsIntegration.startExecution', 'RestApiStepFunctionsIntegration', [['stateMachine', stateMachine, R.stateMachine], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiStepFunctionsIntegration.action(stateMachine, SFN_START_EXECUTION, options);
  }

  /**
   * `StartSyncExecution` (EXPRESS state machines only: the warning `SyncExecutionNotExpress` when
   * the state machine is known to be STANDARD): waits
   * for the result and returns Step Functions' response (`output`, `status`…). Creates a role
   * granted through `stateMachine.grantStartSyncExecution(role)`.
   */
  public static startSyncExecution(stateMachine: sfn.IStateMachine, options: RestApiServiceIntegrationOptions = {}): RestApiStepFunctionsIntegration {
    checkArgs('RestApiStepFunctionsIntegration.startSyncExecution', 'RestApiStepFunctionsIntegration', [['stateMachine', stateMachine, R.stateMachine], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiStepFunctionsIntegration.action(stateMachine, SFN_START_SYNC_EXECUTION, options);
  }

  private static action(
    stateMachine: sfn.IStateMachine, row: ServiceAction<sfn.IStateMachine>, options: RestApiServiceIntegrationOptions,
  ): RestApiStepFunctionsIntegration {
    const defaults = rowDefaults(row.rest!(stateMachine, {}), AwsServiceUri.action(row.service, row.action));
    return bindAction(new RestApiStepFunctionsIntegration(serviceProps(defaults, options)), row, stateMachine);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
