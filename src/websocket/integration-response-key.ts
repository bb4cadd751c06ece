import { Tokenization } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { checkArgs, int, str } from '../core/shape';
import { ResponseValue } from '../mapping/response-value';

/**
 * Which back-end responses an integration response applies to: `$default` (the catch-all), or a
 * regular expression wrapped in slashes, matched against the status code of HTTP and MOCK
 * integrations or against the `errorMessage` of a custom Lambda integration.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
 *
 * @example
 * import { WebSocketApiIntegrationResponseKey } from 'cdk-apigateway-integrations';
 *
 * const all = WebSocketApiIntegrationResponseKey.DEFAULT;
 * const notFound = WebSocketApiIntegrationResponseKey.statusCode(404);
 * const clientErrors = WebSocketApiIntegrationResponseKey.statusPattern('4\\d{2}');
 * const lambdaErrors = WebSocketApiIntegrationResponseKey.errorPattern('.*Error.*');
 */
export class WebSocketApiIntegrationResponseKey {
  /** The catch-all: every response no other key matches. */
  public static readonly DEFAULT = new WebSocketApiIntegrationResponseKey('$default');

  /** Every 4xx status code (`/4\d{2}/`). */
  public static readonly CLIENT_ERROR = new WebSocketApiIntegrationResponseKey('/4\\d{2}/');

  /** Every 5xx status code (`/5\d{2}/`). */
  public static readonly SERVER_ERROR = new WebSocketApiIntegrationResponseKey('/5\\d{2}/');

  /** One status code (HTTP and MOCK integrations): `/404/`. */
  public static statusCode(code: number): WebSocketApiIntegrationResponseKey {
    checkArgs('WebSocketApiIntegrationResponseKey.statusCode', 'WebSocketApiIntegrationResponseKey', [['code', code, int]]);
    return new WebSocketApiIntegrationResponseKey(`/${Tokenization.stringifyNumber(code)}/`);
  }

  /** Status codes matching a regular expression (HTTP and MOCK integrations), given without slashes. */
  public static statusPattern(regex: string): WebSocketApiIntegrationResponseKey {
    checkArgs('WebSocketApiIntegrationResponseKey.statusPattern', 'WebSocketApiIntegrationResponseKey', [['regex', regex, str]]);
    return new WebSocketApiIntegrationResponseKey(`/${regex}/`);
  }

  /** Lambda `errorMessage` values matching a regular expression (custom Lambda integrations), given without slashes. */
  public static errorPattern(regex: string): WebSocketApiIntegrationResponseKey {
    checkArgs('WebSocketApiIntegrationResponseKey.errorPattern', 'WebSocketApiIntegrationResponseKey', [['regex', regex, str]]);
    return new WebSocketApiIntegrationResponseKey(`/${regex}/`);
  }

  /** A key as the service spells it (`$default` or `/regex/`); checked when bound. */
  public static of(key: string): WebSocketApiIntegrationResponseKey {
    checkArgs('WebSocketApiIntegrationResponseKey.of', 'WebSocketApiIntegrationResponseKey', [['key', key, str]]);
    return new WebSocketApiIntegrationResponseKey(key);
  }

  /** The key as the service spells it. */
  public readonly key: string;

  private constructor(key: string) {
    this.key = key;
  }
}

/** An integration response of a non-proxy WebSocket integration. */
export interface WebSocketApiIntegrationResponseOptions {
  /**
   * Which back-end responses this applies to.
   * @default WebSocketApiIntegrationResponseKey.DEFAULT
   */
  readonly key?: WebSocketApiIntegrationResponseKey;

  /**
   * Response templates (VTL), keyed by template-selection key (`$default` as the catch-all).
   * @default - none: the back-end payload is returned unchanged
   */
  readonly responseTemplates?: { [selectionKey: string]: string };

  /**
   * Chooses the response template: `${integration.response.statuscode}`,
   * `${integration.response.header.name}`, `${request.body.jsonPath}` or a static value.
   * @default - none
   */
  readonly templateSelectionExpression?: string;

  /**
   * Response headers, by name (`method.response.header.{name}`), from the back end's response.
   * @default - none
   */
  readonly responseParameters?: { [header: string]: ResponseValue };

  /**
   * How binary and text payloads are converted on the way back.
   * @default - payloads pass through unchanged
   */
  readonly contentHandling?: apigwv2.ContentHandling;
}
