import { checkArgs, str } from '../core/shape';

/**
 * Where a response parameter (a header returned to the client) takes its value from.
 *
 * Renders as `integration.response.header.x` in REST and WebSocket integration responses and as
 * `$response.header.x` in HTTP API response parameters. A source an API kind does not have is
 * reported with a rule code when the integration is bound.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 *
 * @example
 * import { ResponseValue } from 'cdk-apigateway-integrations';
 *
 * const etag = ResponseValue.header('ETag');
 * const allowOrigin = ResponseValue.literal('*');
 */
export class ResponseValue {
  /** A header of the back end's response. */
  public static header(name: string): ResponseValue {
    checkArgs('ResponseValue.header', 'ResponseValue', [['name', name, str]]);
    return new ResponseValue('header', name);
  }

  /** Every value of a back-end response header (REST APIs). */
  public static multiValueHeader(name: string): ResponseValue {
    checkArgs('ResponseValue.multiValueHeader', 'ResponseValue', [['name', name, str]]);
    return new ResponseValue('multiValueHeader', name);
  }

  /** The whole back-end response body (REST APIs). */
  public static body(): ResponseValue {
    return new ResponseValue('body');
  }

  /** A part of a JSON back-end response body, by JSONPath: `$.id` (or `id`). */
  public static bodyPath(jsonPath: string): ResponseValue {
    checkArgs('ResponseValue.bodyPath', 'ResponseValue', [['jsonPath', jsonPath, str]]);
    return new ResponseValue('bodyPath', jsonPath.replace(/^\$\.?/, ''));
  }

  /** A context variable, such as `requestId`. */
  public static context(variable: string): ResponseValue {
    checkArgs('ResponseValue.context', 'ResponseValue', [['variable', variable, str]]);
    return new ResponseValue('context', variable.replace(/^\$?context\./, ''));
  }

  /** A stage variable. */
  public static stageVariable(name: string): ResponseValue {
    checkArgs('ResponseValue.stageVariable', 'ResponseValue', [['name', name, str]]);
    return new ResponseValue('stageVariable', name);
  }

  /** A static value; quoted for REST and WebSocket APIs by the library. */
  public static literal(value: string): ResponseValue {
    checkArgs('ResponseValue.literal', 'ResponseValue', [['value', value, str]]);
    return new ResponseValue('literal', value);
  }

  /** @internal */
  public readonly _source: string;
  /** @internal */
  public readonly _name?: string;

  private constructor(source: string, name?: string) {
    this._source = source;
    this._name = name;
  }
}
