import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { RestConnection } from './connection';
import { RestIntegrationOptions } from './options';
import { bindRest } from './private/bind';

/** Properties of a {@link RestHttpIntegration}. */
export interface RestHttpIntegrationProps extends RestIntegrationOptions {
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
  readonly httpMethod?: string;

  /**
   * How to reach the back end.
   * @default RestConnection.internet()
   */
  readonly connection?: RestConnection;

  /**
   * Response streaming (`STREAM`, proxies only), which allows timeouts up to 15 minutes.
   * @default - BUFFERED
   */
  readonly responseTransferMode?: apigw.ResponseTransferMode;
}

/**
 * A REST API integration with an HTTP back end: a public URL, or a private one through a VPC link
 * (v1 with a Network Load Balancer, or v2 with an Application or Network Load Balancer).
 *
 * The URL is checked at synth time (absolute http(s), port 80, 443 or above 1024, encoded), and
 * every `{placeholder}` in it must be mapped with `requestParameters.paths`.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import { RequestValue, RestHttpIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * api.root.addResource('{id}').addMethod('GET', new RestHttpIntegration('https://example.com/items/{id}', {
 *   requestParameters: { paths: { id: RequestValue.path('id') } },
 * }));
 */
export class RestHttpIntegration extends apigw.Integration {
  private readonly url: string;
  private readonly httpProps: RestHttpIntegrationProps;

  /**
   * @param url the back end's URL; for private integrations the load balancer's URL (it supplies the Host header and TLS name)
   * @param props options
   */
  constructor(url: string, props: RestHttpIntegrationProps = {}) {
    // aws-cdk-lib's base class throws its own error for an empty verb: bind() renders and judges the given one.
    super({ type: props.proxy === false ? apigw.IntegrationType.HTTP : apigw.IntegrationType.HTTP_PROXY, uri: url, integrationHttpMethod: props.httpMethod || 'ANY' });
    this.url = url;
    this.httpProps = props;
  }

  /** Binds to a method: validates and returns the integration configuration. */
  public bind(method: apigw.Method): apigw.IntegrationConfig {
    return bindRest(method, 'RestHttpIntegration', {
      type: this.httpProps.proxy === false ? apigw.IntegrationType.HTTP : apigw.IntegrationType.HTTP_PROXY,
      integrationHttpMethod: this.httpProps.httpMethod ?? method.httpMethod,
      uri: this.url,
      options: this.httpProps,
      connection: this.httpProps.connection?._rendered,
      responseTransferMode: this.httpProps.responseTransferMode,
    });
  }
}
