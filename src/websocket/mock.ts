import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiIntegrationResponseKey } from './integration-response-key';
import { WebSocketApiTransformOptions } from './options';
import { WebSocketBinding, WebSocketRender } from './private/binding';
import { checkArgs } from '../core/shape';
import { WS_MOCK_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiMockIntegration}. */
export interface WebSocketApiMockIntegrationProps extends WebSocketApiTransformOptions {}

/**
 * A WebSocket route answered by API Gateway itself (`MOCK`): the request template chooses the
 * status code, and the integration responses shape what a two-way route returns.
 *
 * Defaults: request template `{"statusCode": 200}` under `$default` (template selection expression `\$default`), and one `$default`
 * integration response. Unlike aws-cdk-lib's `WebSocketMockIntegration` it needs no construct id
 * (so it cannot collide with the route's own logical id on `$default`), and it creates the
 * integration responses.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { WebSocketApiMockIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * api.addRoute('ping', {
 *   integration: new WebSocketApiMockIntegration({
 *     responses: [{ responseTemplates: { $default: '{"pong": true}' } }],
 *   }),
 *   returnResponse: true,
 * });
 */
export class WebSocketApiMockIntegration extends apigwv2.WebSocketRouteIntegration {
  private readonly binding: WebSocketBinding;

  /** @param props options */
  constructor(private readonly props: WebSocketApiMockIntegrationProps = {}) {
    checkArgs('WebSocketApiMockIntegration', 'WebSocketApiMockIntegration', [['props', props, WS_MOCK_PROPS]]);
    super('Integration');
    this.binding = new WebSocketBinding('WebSocketApiMockIntegration', () => this.describe());
  }

  /** Validates the integration for the route and returns aws-cdk-lib's configuration for it. */
  public bind(options: apigwv2.WebSocketRouteIntegrationBindOptions): apigwv2.WebSocketRouteIntegrationConfig {
    return this.binding.config(options);
  }

  /** @internal */
  public _bindToRoute(options: apigwv2.WebSocketRouteIntegrationBindOptions): { readonly integrationId: string } {
    return this.binding.bindToRoute(options);
  }

  private describe(): WebSocketRender {
    return {
      type: 'MOCK',
      options: {
        ...this.props,
        requestTemplates: this.props.requestTemplates ?? { $default: '{"statusCode": 200}' },
        templateSelectionExpression: this.props.templateSelectionExpression ?? (this.props.requestTemplates ? undefined : '\\$default'),
        responses: this.props.responses ?? [{ key: WebSocketApiIntegrationResponseKey.DEFAULT }],
      },
    };
  }
}
