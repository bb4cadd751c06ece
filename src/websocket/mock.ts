import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiIntegrationResponseKey } from './integration-response-key';
import { WebSocketApiTransformOptions } from './options';
import { WebSocketRender } from './private/binding';
import { WebSocketApiRouteIntegration } from './private/route-integration';
import { checkArgs, str } from '../core/shape';
import { WS_MOCK_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiMockIntegration}. */
export interface WebSocketApiMockIntegrationProps extends WebSocketApiTransformOptions {}

/**
 * A WebSocket route answered by API Gateway itself (`MOCK`): the request template chooses the
 * status code, and the integration responses shape what a two-way route returns.
 *
 * Defaults: request template `{"statusCode": 200}` under `$default` (template selection expression `\$default`), and one `$default`
 * integration response. Unlike aws-cdk-lib's `WebSocketMockIntegration` it creates the
 * integration responses; it takes the same first argument (the construct id).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { WebSocketApiMockIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * api.addRoute('ping', {
 *   integration: new WebSocketApiMockIntegration('Ping', {
 *     responses: [{ responseTemplates: { $default: '{"pong": true}' } }],
 *   }),
 *   returnResponse: true,
 * });
 */
export class WebSocketApiMockIntegration extends WebSocketApiRouteIntegration {
  /**
   * @param id the integration's construct id (under the first route that uses it), as in aws-cdk-lib's `WebSocketMockIntegration`
   * @param props options
   */
  constructor(id: string, private readonly props: WebSocketApiMockIntegrationProps = {}) {
    checkArgs('WebSocketApiMockIntegration', 'WebSocketApiMockIntegration', [['id', id, str], ['props', props, WS_MOCK_PROPS]]);
    super(id, 'WebSocketApiMockIntegration');
  }

  /** @internal */
  protected _describe(_options: apigwv2.WebSocketRouteIntegrationBindOptions): WebSocketRender {
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
