import { requestValue } from '../core/arg-shapes';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/**
 * One change to a request before an HTTP API sends it to the back end (parameter mapping):
 * append, overwrite or remove a header or query-string parameter, or overwrite the path.
 * Values come from the shared `RequestValue` vocabulary.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 *
 * @example
 * import { RequestValue } from 'cdk-apigateway-integrations';
 * import { HttpApiRequestParameter } from 'cdk-apigateway-integrations';
 *
 * const tenant = HttpApiRequestParameter.appendHeader('x-tenant', RequestValue.context('authorizer.tenant'));
 * const noDebug = HttpApiRequestParameter.removeQuerystring('debug');
 * const path = HttpApiRequestParameter.overwritePath(RequestValue.wholePath());
 */
export class HttpApiRequestParameter {
  /** Add a value to a header (`append:header.{name}`). */
  public static appendHeader(name: string, value: RequestValue): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.appendHeader', 'HttpApiRequestParameter', [['name', name, str], ['value', value, requestValue]]);
    return new HttpApiRequestParameter(`append:header.${name}`, value);
  }

  /** Replace a header (`overwrite:header.{name}`). */
  public static overwriteHeader(name: string, value: RequestValue): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.overwriteHeader', 'HttpApiRequestParameter', [['name', name, str], ['value', value, requestValue]]);
    return new HttpApiRequestParameter(`overwrite:header.${name}`, value);
  }

  /** Remove a header (`remove:header.{name}`). */
  public static removeHeader(name: string): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.removeHeader', 'HttpApiRequestParameter', [['name', name, str]]);
    return new HttpApiRequestParameter(`remove:header.${name}`);
  }

  /** Add a value to a query-string parameter (`append:querystring.{name}`). */
  public static appendQuerystring(name: string, value: RequestValue): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.appendQuerystring', 'HttpApiRequestParameter', [['name', name, str], ['value', value, requestValue]]);
    return new HttpApiRequestParameter(`append:querystring.${name}`, value);
  }

  /** Replace a query-string parameter (`overwrite:querystring.{name}`). */
  public static overwriteQuerystring(name: string, value: RequestValue): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.overwriteQuerystring', 'HttpApiRequestParameter', [['name', name, str], ['value', value, requestValue]]);
    return new HttpApiRequestParameter(`overwrite:querystring.${name}`, value);
  }

  /** Remove a query-string parameter (`remove:querystring.{name}`). */
  public static removeQuerystring(name: string): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.removeQuerystring', 'HttpApiRequestParameter', [['name', name, str]]);
    return new HttpApiRequestParameter(`remove:querystring.${name}`);
  }

  /**
   * Replace the path sent to the back end (`overwrite:path`). `RequestValue.wholePath()` is the
   * request path without the stage name.
   */
  public static overwritePath(value: RequestValue): HttpApiRequestParameter {
    checkArgs('HttpApiRequestParameter.overwritePath', 'HttpApiRequestParameter', [['value', value, requestValue]]);
    return new HttpApiRequestParameter('overwrite:path', value);
  }

  /** @internal */
  public readonly _key: string;
  /** @internal */
  public readonly _value?: RequestValue;

  private constructor(key: string, value?: RequestValue) {
    this._key = key;
    this._value = value;
  }
}
