import * as s3 from 'aws-cdk-lib/aws-s3';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { ServiceAction } from '../core/services';
import { bindAction } from '../core/services/bound';
import { S3_GET_OBJECT, S3_PUT_OBJECT } from '../core/services/data';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { RequestValue } from '../mapping/request-value';
import { ResponseValue } from '../mapping/response-value';
import { REST_S3_GET_OPTIONS, REST_S3_PUT_OPTIONS } from './private/shapes';

/** Options of {@link RestApiS3Integration.getObject}. */
export interface RestApiS3IntegrationGetObjectOptions extends RestApiServiceIntegrationOptions {
  /**
   * Where the object key comes from.
   * @default RequestValue.path('key') - the resource path needs a `{key}` part
   */
  readonly key?: RequestValue;
}

/** Options of {@link RestApiS3Integration.putObject}. */
export interface RestApiS3IntegrationPutObjectOptions extends RestApiServiceIntegrationOptions {
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
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html
 */
export class RestApiS3Integration extends RestApiAwsIntegration {
  /**
   * `GetObject`: returns the object with its `Content-Type`. Creates a role granted only
   * `s3:GetObject` on the bucket's objects (and `kms:Decrypt` on its key, if it has one) (the
   * policy `BucketGrants.actionsOnObjectKeys` writes). Without `s3:ListBucket` a missing key answers 403, not 404.
   */
  public static getObject(bucket: s3.IBucket, options: RestApiS3IntegrationGetObjectOptions = {}): RestApiS3Integration {
    checkArgs('RestApiS3Integration.getObject', 'RestApiS3Integration', [['bucket', bucket, R.bucket], ['options', options, REST_S3_GET_OPTIONS]]);
    return RestApiS3Integration.object(bucket, 'GET', S3_GET_OBJECT, options);
  }

  /**
   * `PutObject`: stores the request body, with the request's `Content-Type`. Creates a role
   * granted only `s3:PutObject` on the bucket's objects (and `kms:GenerateDataKey` on its key, if
   * it has one), the policy `BucketGrants.actionsOnObjectKeys` writes.
   */
  public static putObject(bucket: s3.IBucket, options: RestApiS3IntegrationPutObjectOptions = {}): RestApiS3Integration {
    checkArgs('RestApiS3Integration.putObject', 'RestApiS3Integration', [['bucket', bucket, R.bucket], ['options', options, REST_S3_PUT_OPTIONS]]);
    return RestApiS3Integration.object(bucket, 'PUT', S3_PUT_OBJECT, options);
  }

  private static object(
    bucket: s3.IBucket, httpMethod: string, row: ServiceAction<s3.IBucket>, options: RestApiS3IntegrationGetObjectOptions,
  ): RestApiS3Integration {
    return bindAction(new RestApiS3Integration(serviceProps({
      uri: AwsServiceUri.path('s3', `${bucket.bucketName}/{key}`),
      httpMethod,
      paths: { key: options.key ?? RequestValue.path('key') },
      headers: httpMethod === 'PUT' ? { 'Content-Type': RequestValue.header('Content-Type') } : undefined,
      responseHeaders: httpMethod === 'GET' ? { 'Content-Type': ResponseValue.header('Content-Type') } : undefined,
    }, options)), row, bucket);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
