import { Tokenization } from 'aws-cdk-lib';
import { responseValue } from '../core/arg-shapes';
import { checkArgs, int, str } from '../core/shape';
import { ResponseValue } from '../mapping/response-value';

/**
 * One change to the back end's response before an HTTP API returns it: append, overwrite or
 * remove a header, or overwrite the status code. Used in `HttpApiResponseMapping`, per back-end
 * status code. Values come from the shared `ResponseValue` vocabulary.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 *
 * @example
 * import { ResponseValue } from 'cdk-apigateway-integrations';
 * import { HttpApiResponseParameter } from 'cdk-apigateway-integrations';
 *
 * const requestId = HttpApiResponseParameter.appendHeader('x-request-id', ResponseValue.context('requestId'));
 * const hideServer = HttpApiResponseParameter.removeHeader('Server');
 * const forbidden = HttpApiResponseParameter.overwriteStatusCode(403);
 */
export class HttpApiResponseParameter {
  /** Add a value to a response header (`append:header.{name}`). */
  public static appendHeader(name: string, value: ResponseValue): HttpApiResponseParameter {
    checkArgs('HttpApiResponseParameter.appendHeader', 'HttpApiResponseParameter', [['name', name, str], ['value', value, responseValue]]);
    return new HttpApiResponseParameter(`append:header.${name}`, value);
  }

  /** Replace a response header (`overwrite:header.{name}`). */
  public static overwriteHeader(name: string, value: ResponseValue): HttpApiResponseParameter {
    checkArgs('HttpApiResponseParameter.overwriteHeader', 'HttpApiResponseParameter', [['name', name, str], ['value', value, responseValue]]);
    return new HttpApiResponseParameter(`overwrite:header.${name}`, value);
  }

  /** Remove a response header (`remove:header.{name}`). */
  public static removeHeader(name: string): HttpApiResponseParameter {
    checkArgs('HttpApiResponseParameter.removeHeader', 'HttpApiResponseParameter', [['name', name, str]]);
    return new HttpApiResponseParameter(`remove:header.${name}`);
  }

  /** Return another status code to the client (`overwrite:statuscode`). */
  public static overwriteStatusCode(statusCode: number): HttpApiResponseParameter {
    checkArgs('HttpApiResponseParameter.overwriteStatusCode', 'HttpApiResponseParameter', [['statusCode', statusCode, int]]);
    return new HttpApiResponseParameter('overwrite:statuscode', ResponseValue.literal(Tokenization.stringifyNumber(statusCode)));
  }

  /** @internal */
  public readonly _key: string;
  /** @internal */
  public readonly _value?: ResponseValue;

  private constructor(key: string, value?: ResponseValue) {
    this._key = key;
    this._value = value;
  }
}
