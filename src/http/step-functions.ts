import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { HttpApiServiceIntegrationOptions } from './options';
import { ServiceBinder, ServiceSpec, serviceSpec } from './private/service';
import { serviceOptions } from './private/shapes';
import { R } from '../core/arg-shapes';
import { SFN_START_EXECUTION, SFN_START_SYNC_EXECUTION, SFN_STOP_EXECUTION } from '../core/services/step-functions';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/** Parameters of `StepFunctions-StartExecution` (the `StateMachineArn` is set by the library). */
export interface HttpApiStepFunctionsIntegrationStartExecutionOptions extends HttpApiServiceIntegrationOptions {
  /**
   * `Input`: the execution's input (JSON).
   * @default RequestValue.body() - the whole request body
   */
  readonly input?: RequestValue;
  /** `Name`: the execution's name (unique per state machine for 90 days). @default - a generated name */
  readonly name?: RequestValue;
}

/** Parameters of `StepFunctions-StartSyncExecution` (the `StateMachineArn` is set by the library). */
export interface HttpApiStepFunctionsIntegrationStartSyncExecutionOptions extends HttpApiStepFunctionsIntegrationStartExecutionOptions {
  /** `TraceHeader` (X-Ray). @default - none */
  readonly traceHeader?: RequestValue;
}

/** Parameters of `StepFunctions-StopExecution`. */
export interface HttpApiStepFunctionsIntegrationStopExecutionOptions extends HttpApiServiceIntegrationOptions {
  /** `ExecutionArn`: the execution to stop (of this state machine: the role may stop only those). */
  readonly executionArn: RequestValue;
  /** `Cause`. @default - none */
  readonly cause?: RequestValue;
  /** `Error`. @default - none */
  readonly error?: RequestValue;
}

/**
 * HTTP API routes to AWS Step Functions (`AWS_PROXY` with the `StepFunctions-*` subtypes). Takes
 * any `IStateMachine` (imported ones too), with a role granted only the one action through the
 * state machine's grant methods.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
 * import { HttpApiStepFunctionsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const express: sfn.IStateMachine;
 * api.addRoutes({
 *   path: '/quote',
 *   methods: [apigwv2.HttpMethod.POST],
 *   integration: HttpApiStepFunctionsIntegration.startSyncExecution('Quote', express),
 * });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html
 */
export class HttpApiStepFunctionsIntegration extends apigwv2.HttpRouteIntegration {
  /** `StepFunctions-StartExecution`: start an execution and answer at once; grants `grantStartExecution`. */
  public static startExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStartExecutionOptions = {},
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.startExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStartExecutionOptions', ['input', 'name'], [])]]);
    return new HttpApiStepFunctionsIntegration(id, serviceSpec(SFN_START_EXECUTION, stateMachine, options));
  }

  /**
   * `StepFunctions-StartSyncExecution`: run an EXPRESS state machine and answer with its result;
   * grants `grantStartSyncExecution`. A STANDARD state machine of the app gets the warning `SyncExecutionNotExpress`.
   */
  public static startSyncExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStartSyncExecutionOptions = {},
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.startSyncExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStartSyncExecutionOptions', ['input', 'name', 'traceHeader'], [])]]);
    return new HttpApiStepFunctionsIntegration(id, serviceSpec(SFN_START_SYNC_EXECUTION, stateMachine, options));
  }

  /** `StepFunctions-StopExecution`: stop an execution of this state machine; grants `states:StopExecution` on its executions. */
  public static stopExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStopExecutionOptions,
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.stopExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStopExecutionOptions', ['cause', 'error'], ['executionArn'])]]);
    return new HttpApiStepFunctionsIntegration(id, serviceSpec(SFN_STOP_EXECUTION, stateMachine, options));
  }

  private readonly binder: ServiceBinder;

  private constructor(id: string, spec: ServiceSpec) {
    super(id);
    this.binder = new ServiceBinder(id, 'HttpApiStepFunctionsIntegration', spec);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    return this.binder.bind(options);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
