import { aws, HTTP, LAMBDA_URI, MOCK, response, SQS_URI } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/selection.ts. */
export const SELECTION_CASES: RuleCase[] = [
  // SelectionPatternInvalid — C46
  { code: 'SelectionPatternInvalid', name: 'an unbalanced "("', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(4\\d\\d' }] }, fails: true },
  { code: 'SelectionPatternInvalid', name: 'a valid pattern', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '.*"Invalid".*' }] }, fails: false },
  { code: 'SelectionPatternInvalid', name: 'Java-only syntax: inline flags, possessive quantifiers, atomic groups, \\p classes', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(?i).*error.*' }, { statusCode: '401', selectionPattern: 'a*+b' }, { statusCode: '402', selectionPattern: '(?>ab)c' }, { statusCode: '403', selectionPattern: '\\p{Alpha}+' }] }, fails: false },
  { code: 'SelectionPatternInvalid', name: 'an unclosed class even in Java', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '400', selectionPattern: '(?i)[a-' }] }, fails: true },
  // SelectionPatternNeverMatches — C46: non-Lambda back ends are selected by status code
  { code: 'SelectionPatternNeverMatches', name: 'a body pattern on a DynamoDB (AWS) integration', kind: 'REST', facts: { ...aws('arn:aws:apigateway:us-east-1:dynamodb:action/GetItem'), integrationResponses: [{ statusCode: '404', selectionPattern: '.*"Item":null.*' }] }, fails: true, mentions: '"404"' },
  { code: 'SelectionPatternNeverMatches', name: 'an error-text pattern on an HTTP integration', kind: 'REST', facts: { ...HTTP, integrationResponses: [{ statusCode: '500', selectionPattern: 'Error.*' }] }, fails: true },
  { code: 'SelectionPatternNeverMatches', name: 'status-code patterns on an SQS integration', kind: 'REST', facts: { ...aws(SQS_URI), integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '4\\d{2}' }, { statusCode: '500', selectionPattern: '5..' }, { statusCode: '502', selectionPattern: '.+' }] }, fails: false },
  { code: 'SelectionPatternNeverMatches', name: 'a body pattern on a Lambda (AWS, non-proxy) integration: the error message is matched', kind: 'REST', facts: { ...aws(LAMBDA_URI), integrationResponses: [{ statusCode: '404', selectionPattern: '.*Not Found.*' }] }, fails: false },
  { code: 'SelectionPatternNeverMatches', name: 'an AWS integration whose service is a token', kind: 'REST', facts: { ...aws(''), uri: new Unknown(`arn:aws:apigateway:us-east-1:${HOLE}:path/x`), integrationResponses: [{ statusCode: '404', selectionPattern: '.*Item.*' }] }, fails: false },
  { code: 'SelectionPatternNeverMatches', name: 'a Java-only pattern that cannot be judged', kind: 'REST', facts: { ...HTTP, integrationResponses: [{ statusCode: '400', selectionPattern: '\\p{Alpha}+' }] }, fails: false },
  // MockResponseNotSelected — C08, C46
  { code: 'MockResponseNotSelected', name: 'a Java-only possessive pattern that selects the 200', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{"statusCode": 200}' }, integrationResponses: [{ statusCode: '200', selectionPattern: '2\\d++' }] }, fails: false },
  { code: 'MockResponseNotSelected', name: 'a 201 mock with only a 200 response for 200', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{"statusCode": 201}' }, integrationResponses: [{ statusCode: '200', selectionPattern: '200' }] }, fails: true, mentions: '"201"' },
  { code: 'MockResponseNotSelected', name: 'a mock with no integration response', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{ statusCode: 200 }' } }, fails: true },
  { code: 'MockResponseNotSelected', name: 'a default response (aws-cdk-lib CORS preflight)', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{ statusCode: 200 }' }, integrationResponses: [{ statusCode: '204' }] }, fails: false },
  { code: 'MockResponseNotSelected', name: 'a selecting pattern', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{"statusCode": 404}' }, integrationResponses: [{ statusCode: '404', selectionPattern: '4\\d\\d' }] }, fails: false },
  // TemplateSelectionExpressionNotSupported — C90
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a header reference', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.header.type}' }, fails: true },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a response reference on the integration', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${integration.response.statuscode}' }, fails: true },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a body reference', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action}' }, fails: false },
  { code: 'TemplateSelectionExpressionNotSupported', name: 'a static value', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '\\$default' }, fails: false },
  // ResponseTemplateSelectionExpressionNotSupported — C94
  { code: 'ResponseTemplateSelectionExpressionNotSupported', name: 'a querystring reference', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', templateSelectionExpression: '${request.querystring.x}' }), fails: true },
  { code: 'ResponseTemplateSelectionExpressionNotSupported', name: 'the status code', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', templateSelectionExpression: '${integration.response.statuscode}' }), fails: false },
  // SelectionExpressionMalformed
  { code: 'SelectionExpressionMalformed', name: 'an unclosed ${', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action' }, fails: true },
  { code: 'SelectionExpressionMalformed', name: 'an unclosed ${ in an integration response', kind: 'WEBSOCKET', facts: { subject: 'integrationResponse', type: 'MOCK', integrationResponses: [{ responseKey: '$default', templateSelectionExpression: '${integration.response.statuscode' }] }, fails: true },
  { code: 'SelectionExpressionMalformed', name: 'closed expressions and static values', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action}' }, fails: false },
];
