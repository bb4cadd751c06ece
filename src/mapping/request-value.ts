import { checkArgs, str } from '../core/shape';

/**
 * Where an integration request parameter takes its value from.
 *
 * One vocabulary for every API kind: the same `RequestValue.header('x-id')` renders as
 * `method.request.header.x-id` on a REST API, `$request.header.x-id` on an HTTP API and
 * `route.request.header.x-id` on a WebSocket API. A source an API kind does not have (a
 * multi-value header on an HTTP API, a path parameter on a WebSocket API) is reported with a
 * rule code when the integration is bound.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 *
 * @example
 * import { RequestValue } from 'cdk-apigateway-integrations';
 *
 * const id = RequestValue.path('id');
 * const tenant = RequestValue.header('x-tenant');
 * const requestId = RequestValue.context('requestId');
 * const contentType = RequestValue.literal('application/json');
 */
export class RequestValue {
  /** A request header. */
  public static header(name: string): RequestValue {
    checkArgs('RequestValue.header', 'RequestValue', [['name', name, str]]);
    return new RequestValue('header', name);
  }

  /** Every value of a request header (REST and WebSocket APIs). */
  public static multiValueHeader(name: string): RequestValue {
    checkArgs('RequestValue.multiValueHeader', 'RequestValue', [['name', name, str]]);
    return new RequestValue('multiValueHeader', name);
  }

  /** A query-string parameter. */
  public static querystring(name: string): RequestValue {
    checkArgs('RequestValue.querystring', 'RequestValue', [['name', name, str]]);
    return new RequestValue('querystring', name);
  }

  /** Every value of a query-string parameter (REST and WebSocket APIs). */
  public static multiValueQuerystring(name: string): RequestValue {
    checkArgs('RequestValue.multiValueQuerystring', 'RequestValue', [['name', name, str]]);
    return new RequestValue('multiValueQuerystring', name);
  }

  /** A path parameter: `{name}` in the resource path or route (REST and HTTP APIs). */
  public static path(name: string): RequestValue {
    checkArgs('RequestValue.path', 'RequestValue', [['name', name, str]]);
    return new RequestValue('path', name);
  }

  /** The whole request path (HTTP APIs: `$request.path`, used to strip the stage prefix). */
  public static wholePath(): RequestValue {
    return new RequestValue('wholePath');
  }

  /** The whole request body. */
  public static body(): RequestValue {
    return new RequestValue('body');
  }

  /**
   * A part of a JSON request body, by JSONPath: `$.order.id` (or `order.id`).
   * Recursive descent (`..`) and filters are not supported by the service.
   */
  public static bodyPath(jsonPath: string): RequestValue {
    checkArgs('RequestValue.bodyPath', 'RequestValue', [['jsonPath', jsonPath, str]]);
    return new RequestValue('bodyPath', jsonPath.replace(/^\$\.?/, ''));
  }

  /** A context variable, such as `requestId`, `identity.sourceIp` or `connectionId` (WebSocket). */
  public static context(variable: string): RequestValue {
    checkArgs('RequestValue.context', 'RequestValue', [['variable', variable, str]]);
    return new RequestValue('context', variable.replace(/^\$?context\./, ''));
  }

  /** A stage variable, as a whole value (the service does not substitute part of a mapping value). */
  public static stageVariable(name: string): RequestValue {
    checkArgs('RequestValue.stageVariable', 'RequestValue', [['name', name, str]]);
    return new RequestValue('stageVariable', name);
  }

  /**
   * A static value. Give it as it should arrive: the library adds the quotes REST and WebSocket
   * APIs need (`'value'`).
   */
  public static literal(value: string): RequestValue {
    checkArgs('RequestValue.literal', 'RequestValue', [['value', value, str]]);
    return new RequestValue('literal', value);
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
