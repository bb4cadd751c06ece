import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpApiPayloadFormatVersion, HttpApiProxyIntegrationOptions } from './options';
import { HttpBinder, HttpIntegrationSpec, renderRequestParameters } from './private/binder';
import { RULES } from '../core/rules';
import { checkArgs, str } from '../core/shape';
import { recordVerdict } from '../core/validate';
import { HTTP_URL_PROPS } from './private/shapes';

/** The rules a route can break on its own (the integration itself is judged once, at bind). */
const ROUTE_RULES = RULES.filter(r => r.code === 'UriVariableNotInRoute');

/** Properties of an `HttpApiUrlIntegration`. */
export interface HttpApiUrlIntegrationProps extends HttpApiProxyIntegrationOptions {
  /**
   * The HTTP method API Gateway calls the URL with; `HttpMethod.ANY` passes the client's method
   * through (the service requires a method on HTTP_PROXY integrations: this one is always set).
   * @default HttpMethod.ANY (as aws-cdk-lib's `HttpUrlIntegration`)
   */
  readonly method?: apigwv2.HttpMethod;
}

/**
 * An HTTP API route to a public HTTP(S) URL (`HTTP_PROXY`).
 *
 * The URL may use the route's path variables (`https://backend.example.com/pets/{id}` on a route
 * `/pets/{id}`) and the greedy `{proxy}` of a `{proxy+}` route; every route the integration is
 * added to is checked to provide them. Timeouts up to 30 s, typed parameter mapping.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-http.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { HttpApiUrlIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * api.addRoutes({
 *   path: '/legacy/{proxy+}',
 *   methods: [apigwv2.HttpMethod.ANY],
 *   integration: new HttpApiUrlIntegration('Legacy', 'https://legacy.example.com/{proxy}', { method: apigwv2.HttpMethod.ANY }),
 * });
 */
export class HttpApiUrlIntegration extends apigwv2.HttpRouteIntegration {
  private readonly binder: HttpBinder;
  private spec?: HttpIntegrationSpec;

  /**
   * @param id the integration's construct id (under the first route that uses it)
   * @param url the absolute http:// or https:// URL to call
   * @param props options
   */
  constructor(id: string, private readonly url: string, private readonly props: HttpApiUrlIntegrationProps = {}) {
    checkArgs('HttpApiUrlIntegration', 'HttpApiUrlIntegration', [['id', id, str], ['url', url, str], ['props', props, HTTP_URL_PROPS]]);
    super(id);
    this.binder = new HttpBinder(id, 'HttpApiUrlIntegration');
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    this.spec = {
      type: 'HTTP_PROXY',
      uri: this.url,
      method: this.props.method ?? apigwv2.HttpMethod.ANY,
      payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0,
      requestParameters: renderRequestParameters(options.scope, 'HttpApiUrlIntegration', this.props),
      options: this.props,
    };
    return this.binder.bind(options.scope, this.spec);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
    // Each route must provide the URL's path variables (C53); only URLs with variables need the check.
    if (this.spec && this.url.includes('{')) {
      const routeKey = `ANY ${options.route.path ?? ''}`;
      recordVerdict(options.scope, 'HttpApiUrlIntegration', this.binder.facts(options.scope, this.spec, { routeKey }), ROUTE_RULES);
    }
  }
}
