import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import { HttpApiServiceIntegrationOptions } from './options';
import { ServiceBinder, ServiceSpec, serviceSpec } from './private/service';
import { serviceOptions } from './private/shapes';
import { R } from '../core/arg-shapes';
import { APPCONFIG_GET_CONFIGURATION } from '../core/services/messaging';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/** Parameters of `AppConfig-GetConfiguration` (`Application`, `Environment`, `Configuration` are set by the library). */
export interface HttpApiAppConfigIntegrationGetConfigurationOptions extends HttpApiServiceIntegrationOptions {
  /**
   * `ClientId`: identifies the caller, for gradual deployments.
   * @default RequestValue.context('requestId')
   */
  readonly clientId?: RequestValue;
  /** `ClientConfigurationVersion`: the version the caller has, so an unchanged one is not sent again. @default - none */
  readonly clientConfigurationVersion?: RequestValue;
}

/**
 * HTTP API routes to AWS AppConfig (`AWS_PROXY`, subtype `AppConfig-GetConfiguration`), with a
 * role allowed `appconfig:GetConfiguration` on that application, environment and configuration
 * profile only (AppConfig's L2s have no grant method for this action).
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as appconfig from 'aws-cdk-lib/aws-appconfig';
 * import { HttpApiAppConfigIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const environment: appconfig.IEnvironment;
 * declare const configuration: appconfig.IConfiguration;
 * api.addRoutes({
 *   path: '/config',
 *   methods: [apigwv2.HttpMethod.GET],
 *   integration: HttpApiAppConfigIntegration.getConfiguration('Config', environment, configuration),
 * });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 * @see https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfiguration.html
 */
export class HttpApiAppConfigIntegration extends apigwv2.HttpRouteIntegration {
  /** `AppConfig-GetConfiguration`: return the configuration deployed to the environment. */
  public static getConfiguration(
    id: string,
    environment: appconfig.IEnvironment,
    configuration: appconfig.IConfiguration,
    options: HttpApiAppConfigIntegrationGetConfigurationOptions = {},
  ): HttpApiAppConfigIntegration {
    checkArgs('HttpApiAppConfigIntegration.getConfiguration', 'HttpApiAppConfigIntegration', [['id', id, str], ['environment', environment, R.appConfigEnvironment], ['configuration', configuration, R.appConfigConfiguration], ['options', options, serviceOptions('HttpApiAppConfigIntegrationGetConfigurationOptions', ['clientId', 'clientConfigurationVersion'])]]);
    return new HttpApiAppConfigIntegration(id, serviceSpec(APPCONFIG_GET_CONFIGURATION, { environment, configuration }, options));
  }

  private readonly binder: ServiceBinder;

  private constructor(id: string, spec: ServiceSpec) {
    super(id);
    this.binder = new ServiceBinder(id, 'HttpApiAppConfigIntegration', spec);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    return this.binder.bind(options);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
