import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RestApiIntegrationOptions } from './options';
import { bindRest } from './private/bind';
import { resolveCredentials } from './private/credentials';
import { REST_AWS_PROPS } from './private/shapes';
import { ROLE_RULES } from '../core/rules/credentials';
import { boundAction } from '../core/services/bound';
import { checkArgs } from '../core/shape';
import { recordVerdict } from '../core/validate';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { BackendCredentials } from '../mapping/credentials';

/** Options of the AWS-service factories (`RestApiSqsIntegration.sendMessage(queue, options)` …). */
export interface RestApiServiceIntegrationOptions extends RestApiIntegrationOptions {
  /**
   * How API Gateway authenticates to the service. A created role is granted only the action,
   * through the target's own grant method; a given role is used as is (grant it yourself, or
   * pass `fromRole(role, { grant: true })`).
   * @default BackendCredentials.createRole()
   */
  readonly credentials?: BackendCredentials;
}

/** Properties of a {@link RestApiAwsIntegration}. */
export interface RestApiAwsIntegrationProps extends RestApiIntegrationOptions {
  /** The service action or path to call. */
  readonly uri: AwsServiceUri;

  /**
   * The HTTP method to call the service with.
   * @default HttpMethod.POST
   */
  readonly httpMethod?: apigwv2.HttpMethod;

  /**
   * How API Gateway authenticates to the service (required by every service but Lambda).
   * @default - none
   */
  readonly credentials?: BackendCredentials;

  /**
   * Statements added to the role created by `BackendCredentials.createRole()`.
   * @default - none
   */
  readonly policyStatements?: iam.PolicyStatement[];

  /**
   * `AWS_PROXY` (Lambda and Firehose only) instead of `AWS`.
   * @default false
   */
  readonly proxy?: boolean;
}

/**
 * A REST API integration that calls an AWS service action or path (`AWS`), with a typed service
 * URI and credentials. The service-specific classes (`RestApiSqsIntegration`, `RestApiSnsIntegration`,
 * `RestApiDynamoDbIntegration`, …) add default templates, responses and a least-privilege role.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-integration-settings.html
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { AwsServiceUri, BackendCredentials, RestApiAwsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const role: iam.IRole;
 * api.root.addMethod('POST', new RestApiAwsIntegration({
 *   uri: AwsServiceUri.action('sqs', 'ListQueues'),
 *   credentials: BackendCredentials.fromRole(role),
 *   integrationResponses: [{ statusCode: 200 }],
 * }));
 */
export class RestApiAwsIntegration extends apigw.Integration {
  private readonly awsProps: RestApiAwsIntegrationProps;
  private readonly roleCache: { role?: iam.IRole } = {};

  /** @param props the service URI, credentials and options */
  constructor(props: RestApiAwsIntegrationProps) {
    checkArgs('RestApiAwsIntegration', 'RestApiAwsIntegration', [['props', props, REST_AWS_PROPS]]);
    // aws-cdk-lib's base class throws its own error for an empty verb: bind() renders and judges the given one.
    super({ type: props.proxy ? apigw.IntegrationType.AWS_PROXY : apigw.IntegrationType.AWS, integrationHttpMethod: props.httpMethod || 'POST' });
    this.awsProps = props;
  }

  /** Binds to a method: validates, creates and grants the role if asked, returns the configuration. */
  public bind(method: apigw.Method): apigw.IntegrationConfig {
    const p = this.awsProps;
    const creds = resolveCredentials(p.credentials, method, this.roleCache);
    const config = bindRest(method, this.constructor.name, {
      type: p.proxy ? apigw.IntegrationType.AWS_PROXY : apigw.IntegrationType.AWS,
      integrationHttpMethod: p.httpMethod ?? 'POST',
      uri: p.uri._render(method),
      options: p,
      credentialsRole: creds.role,
      credentialsPassthrough: creds.passthrough,
      target: boundAction(this)?.target,
    });
    if (creds.created) this._grantCreatedRole(creds.created);
    if (creds.createdRoleStatements) {
      // a generic integration does not know the action: a created role granted nothing denies every request
      recordVerdict(method, this.constructor.name, {
        kinds: ['REST'], subject: 'integration', type: 'AWS', createdRoleStatements: creds.createdRoleStatements(),
      }, ROLE_RULES);
    }
    return config;
  }

  /** Grants a role this integration created what it needs. @internal */
  protected _grantCreatedRole(grantee: iam.IGrantable): void {
    boundAction(this)?.grant(grantee);
    this.awsProps.policyStatements?.forEach(s => grantee.grantPrincipal.addToPrincipalPolicy(s));
  }
}
