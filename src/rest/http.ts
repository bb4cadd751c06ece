import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { RestApiConnection } from './connection';
import { RestApiIntegrationOptions } from './options';
import { bindRest } from './private/bind';
import { checkArgs, str } from '../core/shape';
import { REST_HTTP_PROPS } from './private/shapes';
import { RestApiResponseTransferMode } from './response-transfer-mode';
import { applyTlsConfigPatch } from '../patch/private/tls';

/**
 * TLS settings of a REST integration's connection to an HTTPS back end. CloudFormation cannot set
 * them (`AWS::ApiGateway::Method` has no `TlsConfig`), so they are applied after the method is
 * created, with an `UpdateIntegration` call (a `RestApiIntegrationPatch` with id `TlsConfig` under the
 * method).
 */
export interface RestApiTlsConfig {
  /**
   * Skip verifying that the back end's certificate was issued by a supported certificate
   * authority (expiry, host name and root CA are still checked). Insecure: a warning
   * (`TlsVerificationSkipped`) is reported. Only for HTTP and HTTP_PROXY integrations (C23).
   * @default false
   */
  readonly insecureSkipVerification?: boolean;
}

/** Properties of a {@link RestApiHttpIntegration}. */
export interface RestApiHttpIntegrationProps extends RestApiIntegrationOptions {
  /**
   * HTTP proxy integration (`HTTP_PROXY`): the request and response pass through. `false` makes
   * an `HTTP` integration that transforms them with templates and integration responses.
   * @default true
   */
  readonly proxy?: boolean;

  /**
   * The HTTP method to call the back end with.
   * @default - the method's own verb (`ANY` passes the client's verb through)
   */
  readonly httpMethod?: apigwv2.HttpMethod;

  /**
   * How to reach the back end.
   * @default RestApiConnection.internet()
   */
  readonly connection?: RestApiConnection;

  /**
   * Response streaming (`STREAM`, proxies only), which allows timeouts up to 15 minutes.
   * @default - BUFFERED
   */
  readonly responseTransferMode?: RestApiResponseTransferMode;

  /**
   * TLS settings of the connection to the back end, applied with an UpdateIntegration call
   * because CloudFormation cannot express them (see the README, "Changing integrations
   * CloudFormation does not own").
   * @default - the back end's certificate is verified
   */
  readonly tlsConfig?: RestApiTlsConfig;
}

/**
 * A REST API integration with an HTTP back end: a public URL, or a private one through a VPC link
 * (v1 with a Network Load Balancer, or v2 with an Application or Network Load Balancer).
 *
 * The URL is checked at synth time (absolute http(s), port 80, 443 or above 1024, encoded), and
 * every `{placeholder}` in it must be mapped with `requestParameters.paths`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import { RequestValue, RestApiHttpIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * api.root.addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}', {
 *   requestParameters: { paths: { id: RequestValue.path('id') } },
 * }));
 */
export class RestApiHttpIntegration extends apigw.Integration {
  private readonly url: string;
  private readonly httpProps: RestApiHttpIntegrationProps;

  /**
   * @param url the back end's URL; for private integrations the load balancer's URL (it supplies the Host header and TLS name)
   * @param props options
   */
  constructor(url: string, props: RestApiHttpIntegrationProps = {}) {
    checkArgs('RestApiHttpIntegration', 'RestApiHttpIntegration', [['url', url, str], ['props', props, REST_HTTP_PROPS]]);
    // aws-cdk-lib's base class throws its own error for an empty verb: bind() renders and judges the given one.
    super({ type: props.proxy === false ? apigw.IntegrationType.HTTP : apigw.IntegrationType.HTTP_PROXY, uri: url, integrationHttpMethod: props.httpMethod || 'ANY' });
    this.url = url;
    this.httpProps = props;
  }

  /** Binds to a method: validates and returns the integration configuration. */
  public bind(method: apigw.Method): apigw.IntegrationConfig {
    const type = this.httpProps.proxy === false ? apigw.IntegrationType.HTTP : apigw.IntegrationType.HTTP_PROXY;
    const config = bindRest(method, 'RestApiHttpIntegration', {
      type,
      integrationHttpMethod: this.httpProps.httpMethod ?? method.httpMethod,
      uri: this.url,
      options: this.httpProps,
      connection: this.httpProps.connection?._rendered,
      responseTransferMode: this.httpProps.responseTransferMode,
    });
    applyTlsConfigPatch(method, type, this.httpProps.tlsConfig?.insecureSkipVerification ?? false);
    return config;
  }
}
