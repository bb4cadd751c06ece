import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { grantOnObjects } from '../core/compat';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { RequestValue } from '../mapping/request-value';
import { ResponseValue } from '../mapping/response-value';
import { REST_S3_OPTIONS } from './private/shapes';

/** Options of {@link RestApiS3Integration.getObject} and {@link RestApiS3Integration.putObject}. */
export interface RestApiS3IntegrationObjectOptions extends RestApiAwsServiceOptions {
  /**
   * Where the object key comes from.
   * @default RequestValue.path('key') - the resource path needs a `{key}` part
   */
  readonly key?: RequestValue;
}

/**
 * REST API integrations with Amazon S3 objects.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as s3 from 'aws-cdk-lib/aws-s3';
 * import { RestApiS3Integration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const bucket: s3.IBucket;
 * const object = api.root.addResource('files').addResource('{key}');
 * object.addMethod('GET', RestApiS3Integration.getObject(bucket));
 * object.addMethod('PUT', RestApiS3Integration.putObject(bucket));
 */
export class RestApiS3Integration extends RestApiAwsIntegration {
  /**
   * `GetObject`: returns the object with its `Content-Type`. Creates a role granted only
   * `s3:GetObject` on the bucket's objects (and `kms:Decrypt` on its key, if it has one) (the
   * policy `BucketGrants.actionsOnObjectKeys` writes). Without `s3:ListBucket` a missing key answers 403, not 404.
   */
  public static getObject(bucket: s3.IBucket, options: RestApiS3IntegrationObjectOptions = {}): RestApiS3Integration {
    checkArgs('RestApiS3Integration.getObject', 'RestApiS3Integration', [['bucket', bucket, R.bucket], ['options', options, REST_S3_OPTIONS]]);
    // only the one object action (and the key's decrypt): grantRead would add s3:GetBucket*, s3:List* and wildcard actions
    return RestApiS3Integration.object(bucket, 'GET', options, role => grantOnObjects(bucket, role, ['s3:GetObject'], ['kms:Decrypt']));
  }

  /**
   * `PutObject`: stores the request body, with the request's `Content-Type`. Creates a role
   * granted only `s3:PutObject` on the bucket's objects (and `kms:GenerateDataKey` on its key, if
   * it has one), the policy `BucketGrants.actionsOnObjectKeys` writes.
   */
  public static putObject(bucket: s3.IBucket, options: RestApiS3IntegrationObjectOptions = {}): RestApiS3Integration {
    checkArgs('RestApiS3Integration.putObject', 'RestApiS3Integration', [['bucket', bucket, R.bucket], ['options', options, REST_S3_OPTIONS]]);
    // PutObject with SSE-KMS needs kms:GenerateDataKey (grantPut would add s3:Abort*, tagging, retention and legal hold)
    return RestApiS3Integration.object(bucket, 'PUT', options, role => grantOnObjects(bucket, role, ['s3:PutObject'], ['kms:GenerateDataKey']));
  }

  private static object(
    bucket: s3.IBucket, httpMethod: string, options: RestApiS3IntegrationObjectOptions, grant: (grantee: iam.IGrantable) => void,
  ): RestApiS3Integration {
    return withGrant(new RestApiS3Integration(serviceProps({
      uri: AwsServiceUri.path('s3', `${bucket.bucketName}/{key}`),
      httpMethod,
      paths: { key: options.key ?? RequestValue.path('key') },
      headers: httpMethod === 'PUT' ? { 'Content-Type': RequestValue.header('Content-Type') } : undefined,
      responseHeaders: httpMethod === 'GET' ? { 'Content-Type': ResponseValue.header('Content-Type') } : undefined,
    }, options)), grant);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
