import { Tokenization } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { RestApiIntegrationOptions } from './options';
import { bindRest } from './private/bind';
import { checkArgs } from '../core/shape';
import { ResponseValue } from '../mapping/response-value';
import { REST_MOCK_PROPS } from './private/shapes';

/** Properties of a {@link RestApiMockIntegration}. */
export interface RestApiMockIntegrationProps extends RestApiIntegrationOptions {
  /**
   * The status code the mock returns: the request template answers `{"statusCode": <code>}` and
   * a matching integration response (and method response) is added. Must match `[1-5]\d\d`.
   * @default 200
   */
  readonly statusCode?: number;

  /**
   * The response body (an `application/json` response template).
   * @default - no body
   */
  readonly responseBody?: string;

  /**
   * Headers of the response: header name -> value.
   * @default - none
   */
  readonly responseHeaders?: { [name: string]: ResponseValue };
}

/**
 * A REST API integration that answers without calling any back end (`MOCK`): the status code,
 * body and headers are chosen here, typed, and the request template and the integration and
 * method responses that select them are written for you.
 *
 * Give `requestTemplates` and `integrationResponses` yourself for anything else; the rule
 * `MockResponseNotSelected` checks that the status code each template returns selects an
 * integration response.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import { ResponseValue, RestApiMockIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * api.root.addResource('health').addMethod('GET', new RestApiMockIntegration({
 *   statusCode: 200,
 *   responseBody: '{"ok": true}',
 *   responseHeaders: { 'Cache-Control': ResponseValue.literal('no-store') },
 * }));
 */
export class RestApiMockIntegration extends apigw.Integration {
  /** The options every bind renders (one object, so that binds to many methods are recognised as the same). */
  private readonly options: RestApiMockIntegrationProps;

  /** @param props options */
  constructor(props: RestApiMockIntegrationProps = {}) {
    checkArgs('RestApiMockIntegration', 'RestApiMockIntegration', [['props', props, REST_MOCK_PROPS]]);
    super({ type: apigw.IntegrationType.MOCK });
    // a token stays a token (String() would turn it into a number-like literal that rules would judge)
    const code = Tokenization.stringifyNumber(props.statusCode ?? 200);
    this.options = {
      ...props,
      requestTemplates: props.requestTemplates ?? { 'application/json': `{"statusCode": ${code}}` },
      integrationResponses: props.integrationResponses ?? [{
        statusCode: props.statusCode ?? 200,
        responseHeaders: props.responseHeaders,
        responseTemplates: props.responseBody !== undefined ? { 'application/json': props.responseBody } : undefined,
      }],
    };
  }

  /** Binds to a method: validates and returns the integration configuration. */
  public bind(method: apigw.Method): apigw.IntegrationConfig {
    return bindRest(method, 'RestApiMockIntegration', { type: apigw.IntegrationType.MOCK, options: this.options });
  }
}
