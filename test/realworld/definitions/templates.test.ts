// CloudFormation and SAM templates that deployed (aws-samples, aws-cloudformation-templates) or that follow
// the AWS documentation, through `cdk-apigateway-integrations check`: REST methods, HTTP API bodies, WebSocket
// integrations and integration responses. Exact findings are pinned; errors only where AWS refuses.
import { cliFindings, RealWorldCase } from './run';

const ACCEPTED: RealWorldCase[] = [
  { file: 'sp-apigw-sfn-http.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-sfn/template.yaml' },
  { file: 'sp-apigw-http-api-fifo-sqs.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-http-api-fifo-sqs-lambda-sns-sam/api.yaml' },
  { file: 'sp-apigw-ddb-openapi-crud.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-ddb-openapi-crud/api.yaml' },
  { file: 'sp-apigw-kinesis.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-kinesis/template.yaml' },
  { file: 'sp-apigw-rest-api-dynamodb.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-rest-api-dynamodb/template.yml' },
  { file: 'sp-apigw-cors-nonproxy.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-cors-nonproxy/template.yaml' },
  { file: 'sp-apigw-websocket-sqs.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-websocket-api-sqs-lambda/template.yaml' },
  { file: 'sp-apigw-websocket-api-vpclink.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-websocket-api-vpclink/template.yml' },
  { file: 'sp-apigw-http-api-eventbridge-java.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-http-api-eventbridge-java/template.yaml' },
  { file: 'simple-websockets-chat-app.template.yaml', findings: [], source: 'https://github.com/aws-samples/simple-websockets-chat-app/blob/master/template.yaml' },
  { file: 'cfn-templates-apigateway-lambda-integration.template.yaml', findings: [], source: 'https://github.com/aws-cloudformation/aws-cloudformation-templates/blob/main/APIGateway/apigateway_lambda_integration.yaml' },
  { file: 'docs-websocket-integration-responses.template.yaml', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html' },
  // the values above behind Ref, Fn::Sub (both forms), GetAtt, Join, If, Select, FindInMap, ImportValue and AWS::NoValue
  { file: 'intrinsics-everywhere.template.yaml', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-kinesis/template.yaml' },
];

describe('templates that deployed raise no error, and exactly the findings pinned', () => {
  test.each(ACCEPTED)('$file ($source)', ({ file, findings }) => {
    const r = cliFindings(file);
    expect(r.findings).toEqual(findings);
    expect(r.status).toBe(0);
  });
});

describe('variants the documentation says AWS refuses are errors', () => {
  test('a Lambda HTTP API integration without a payload format version, a VPC link without its id, a 10 ms timeout', () => {
    // sources in the fixture's header comment
    const r = cliFindings('refused-variants.template.yaml');
    expect(r.findings).toEqual([
      'error PayloadFormatVersionRequired LambdaNoPayloadFormat Properties',
      'error TimeoutOutOfRange TimeoutTooShort Properties.Integration',
      'error VpcLinkWithoutConnectionId PrivateNoConnectionId Properties.Integration',
    ]);
    expect(r.status).toBe(1);
  });
});
