import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ServiceBinder, ServiceSpec } from './internal/service';
import { HttpApiServiceIntegrationOptions } from './options';
import { R } from '../core/arg-shapes';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';
import { serviceOptions } from './internal/shapes';

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

/** The state machine's type when the app knows it (a `StateMachine` created in it). */
function typeOf(stateMachine: sfn.IStateMachine): string | undefined {
  const t = (stateMachine as Partial<sfn.StateMachine>).stateMachineType;
  return typeof t === 'string' ? t : undefined;
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
 */
export class HttpApiStepFunctionsIntegration extends apigwv2.HttpRouteIntegration {
  /** `StepFunctions-StartExecution`: start an execution and answer at once; grants `grantStartExecution`. */
  public static startExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStartExecutionOptions = {},
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.startExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStartExecutionOptions', ['input', 'name'], [])]]);
    return new HttpApiStepFunctionsIntegration(id, {
      subtype: 'StepFunctions-StartExecution',
      fixed: { StateMachineArn: stateMachine.stateMachineArn },
      defaults: { Input: RequestValue.body() },
      options,
      grant: g => stateMachine.grantStartExecution(g),
    });
  }

  /**
   * `StepFunctions-StartSyncExecution`: run an EXPRESS state machine and answer with its result;
   * grants `grantStartSyncExecution`. A STANDARD state machine created in the app is refused.
   */
  public static startSyncExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStartSyncExecutionOptions = {},
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.startSyncExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStartSyncExecutionOptions', ['input', 'name', 'traceHeader'], [])]]);
    return new HttpApiStepFunctionsIntegration(id, {
      subtype: 'StepFunctions-StartSyncExecution',
      fixed: { StateMachineArn: stateMachine.stateMachineArn },
      defaults: { Input: RequestValue.body() },
      options,
      grant: g => stateMachine.grantStartSyncExecution(g),
      stateMachineType: typeOf(stateMachine),
    });
  }

  /** `StepFunctions-StopExecution`: stop an execution of this state machine; grants `states:StopExecution` on its executions. */
  public static stopExecution(
    id: string,
    stateMachine: sfn.IStateMachine,
    options: HttpApiStepFunctionsIntegrationStopExecutionOptions,
  ): HttpApiStepFunctionsIntegration {
    checkArgs('HttpApiStepFunctionsIntegration.stopExecution', 'HttpApiStepFunctionsIntegration', [['id', id, str], ['stateMachine', stateMachine, R.stateMachine], ['options', options, serviceOptions('HttpApiStepFunctionsIntegrationStopExecutionOptions', ['cause', 'error'], ['executionArn'])]]);
    return new HttpApiStepFunctionsIntegration(id, {
      subtype: 'StepFunctions-StopExecution',
      fixed: {},
      options,
      grant: g => stateMachine.grantExecution(g, 'states:StopExecution'),
    });
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
