import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { throwUsageError } from '../core/errors';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

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
 */
export class RestApiStepFunctionsIntegration extends RestApiAwsIntegration {
  /**
   * `StartExecution`: the request body (JSON) is the execution input. Creates a role granted
   * through `stateMachine.grantStartExecution(role)`. The response is `{"executionArn": …, "startDate": …}`.
   */
  public static startExecution(stateMachine: sfn.IStateMachine, options: RestApiAwsServiceOptions = {}): RestApiStepFunctionsIntegration {
    checkArgs('RestApiStepFunctionsIntegration.startExecution', 'RestApiStepFunctionsIntegration', [['stateMachine', stateMachine, R.stateMachine], ['options', options, REST_SERVICE_OPTIONS]]);
    return RestApiStepFunctionsIntegration.action(stateMachine, 'StartExecution', options, role => stateMachine.grantStartExecution(role));
  }

  /**
   * `StartSyncExecution` (EXPRESS state machines only; checked when the type is known): waits
   * for the result and returns Step Functions' response (`output`, `status`…). Creates a role
   * granted through `stateMachine.grantStartSyncExecution(role)`.
   */
  public static startSyncExecution(stateMachine: sfn.IStateMachine, options: RestApiAwsServiceOptions = {}): RestApiStepFunctionsIntegration {
    checkArgs('RestApiStepFunctionsIntegration.startSyncExecution', 'RestApiStepFunctionsIntegration', [['stateMachine', stateMachine, R.stateMachine], ['options', options, REST_SERVICE_OPTIONS]]);
    const integration = RestApiStepFunctionsIntegration.action(stateMachine, 'StartSyncExecution', options, role => stateMachine.grantStartSyncExecution(role));
    integration.expressOnly = stateMachine;
    return integration;
  }

  private static action(
    stateMachine: sfn.IStateMachine, action: string, options: RestApiAwsServiceOptions, grant: (grantee: iam.IGrantable) => void,
  ): RestApiStepFunctionsIntegration {
    return withGrant(new RestApiStepFunctionsIntegration(serviceProps({
      uri: AwsServiceUri.action('states', action),
      contentType: 'application/x-amz-json-1.0',
      requestTemplate: `{"input": "$util.escapeJavaScript($input.json('$'))", "stateMachineArn": ${vtlJsonString(stateMachine.stateMachineArn)}}`,
    }, options)), grant);
  }

  private expressOnly?: sfn.IStateMachine;

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }

  /** @internal */
  protected _checkTarget(method: apigw.Method): void {
    const sm = this.expressOnly;
    if (sm instanceof sfn.StateMachine && sm.stateMachineType !== sfn.StateMachineType.EXPRESS) {
      throwUsageError(method.node.path, 'RestApiStepFunctionsIntegration', {
        code: 'StartSyncExecutionNotExpress',
        what: 'StartSyncExecution runs EXPRESS state machines only',
        got: `${sm.node.path} of type ${sm.stateMachineType}`,
        fix: 'use startExecution, or make the state machine EXPRESS',
      });
    }
  }
}
