import { IAspect } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { checkDefinition } from './openapi';
import { factsOfApi } from '../core/cfn/api';
import { isCfnOfType } from '../core/cfn/l1';
import { factsOfCfnMethod } from '../core/cfn/rest';
import { factsOfCfnIntegration, factsOfCfnIntegrationResponse } from '../core/cfn/v2';
import { annotate } from '../core/validate';

/**
 * Runs this library's rule table on every API Gateway integration in a construct tree — whoever
 * made it: this library's constructs, aws-cdk-lib's own integrations, or raw L1 resources.
 *
 * It reads every `AWS::ApiGateway::Method` (its integration, integration responses, method
 * responses and request parameters, and the RestApi's endpoint type when it can be resolved),
 * every `AWS::ApiGatewayV2::Integration` (the API's protocol resolved from `ApiId` when it refers
 * to an API in the app), every `AWS::ApiGatewayV2::IntegrationResponse`, and every API with what
 * the app puts in it (resource, route and integration quotas; a deployed REST API's methods and
 * their integrations), every `x-amazon-apigateway-integration` of an OpenAPI definition given
 * inline or as a local asset file (`SpecRestApi`, `RestApi` with `apiDefinition`, `CfnRestApi.body`,
 * an HTTP API's `CfnApi.body`: findings name the operation, `paths./items/{id}.get`), and reports each
 * violation as an error annotation on that resource, whose message starts with `[<RuleCode>]`.
 * Account-dependent or insecure-but-legal settings are reported as warnings, which can be
 * acknowledged with `Annotations.of(scope).acknowledgeWarning('cdk-apigateway-integrations:<RuleCode>')`.
 *
 * Values that are not known at synth time (tokens, intrinsic functions) are never judged.
 *
 * @see https://docs.aws.amazon.com/cdk/v2/guide/aspects.html
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html
 *
 * @example
 * import { App, Aspects } from 'aws-cdk-lib';
 * import { IntegrationChecks } from 'cdk-apigateway-integrations';
 *
 * const app = new App();
 * // ... stacks with REST, HTTP and WebSocket APIs ...
 * Aspects.of(app).add(new IntegrationChecks());
 */
export class IntegrationChecks implements IAspect {
  public visit(node: IConstruct): void {
    if (isCfnOfType(node, 'AWS::ApiGateway::Method')) {
      const facts = factsOfCfnMethod(node);
      if (facts) annotate(node, facts);
    } else if (isCfnOfType(node, 'AWS::ApiGatewayV2::Integration')) {
      annotate(node, factsOfCfnIntegration(node));
    } else if (isCfnOfType(node, 'AWS::ApiGatewayV2::IntegrationResponse')) {
      annotate(node, factsOfCfnIntegrationResponse(node));
    } else if (isCfnOfType(node, 'AWS::ApiGateway::RestApi') || isCfnOfType(node, 'AWS::ApiGatewayV2::Api')) {
      const facts = factsOfApi(node);
      if (facts) annotate(node, facts);
      checkDefinition(node);
    }
  }
}
