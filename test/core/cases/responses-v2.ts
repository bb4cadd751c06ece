import { httpProxy, response, url } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/responses-v2.ts. */
export const RESPONSES_V2_CASES: RuleCase[] = [
  // ResponseParametersMalformed — C79 (CloudFormation's schema refuses any other shape)
  { code: 'ResponseParametersMalformed', name: 'the API\'s own shape in a template', kind: 'HTTP', facts: { ...url, responseParametersMalformed: ['ResponseParameters.404 has "overwrite:header.x"'] }, fails: true, mentions: 'overwrite:header.x' },
  { code: 'ResponseParametersMalformed', name: 'CloudFormation\'s shape', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'overwrite:statuscode', source: '200' }] } }, fails: false },
  // ResponseParameterInvalid — C79
  { code: 'ResponseParameterInvalid', name: 'status code 100', kind: 'HTTP', facts: { ...url, responseParameters: { 100: [{ destination: 'overwrite:statuscode', source: '200' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: 'a querystring destination', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'append:querystring.x', source: 'a' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: 'a request source', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'append:header.x', source: '$request.header.y' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: '404 overwritten to 403 with a header', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'overwrite:statuscode', source: '403' }, { destination: 'append:header.x', source: '$response.header.y' }] } }, fails: false },
  // IntegrationResponseOnProxy — C92
  { code: 'IntegrationResponseOnProxy', name: 'a response on AWS_PROXY', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }, 'AWS_PROXY'), fails: true, mentions: 'AWS_PROXY' },
  { code: 'IntegrationResponseOnProxy', name: 'a response on HTTP', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }, 'HTTP'), fails: false },
  // IntegrationResponseKeyInvalid — C93
  { code: 'IntegrationResponseKeyInvalid', name: 'a bare status code', kind: 'WEBSOCKET', facts: response({ responseKey: '404' }), fails: true, mentions: '/404/' },
  { code: 'IntegrationResponseKeyInvalid', name: 'a regex that does not compile', kind: 'WEBSOCKET', facts: response({ responseKey: '/4(\\d/' }), fails: true },
  { code: 'IntegrationResponseKeyInvalid', name: 'no key', kind: 'WEBSOCKET', facts: response({}), fails: true },
  { code: 'IntegrationResponseKeyInvalid', name: '$default', kind: 'WEBSOCKET', facts: response({ responseKey: '$default' }), fails: false },
  { code: 'IntegrationResponseKeyInvalid', name: '/4\\d{2}/', kind: 'WEBSOCKET', facts: response({ responseKey: '/4\\d{2}/' }), fails: false },
  // ResponseParameterNotSupported — C95
  { code: 'ResponseParameterNotSupported', name: 'a request source', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'method.response.header.x': 'route.request.body.x' } }), fails: true },
  { code: 'ResponseParameterNotSupported', name: 'an HTTP API destination', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'append:header.x': '\'v\'' } }), fails: true },
  { code: 'ResponseParameterNotSupported', name: 'a header and a static value', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseParameters: { 'method.response.header.x': 'integration.response.header.x', 'method.response.header.y': '\'v\'' } }), fails: false },
  // StatusCodeNotWhole — NaN, 1.5, empty sources
  { code: 'StatusCodeNotWhole', name: 'a status code 1.5', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'overwrite:statuscode', source: '1.5' }] } }, fails: true, mentions: '1.5' },
  { code: 'StatusCodeNotWhole', name: 'a status code NaN', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'overwrite:statuscode', source: 'NaN' }] } }, fails: true },
  // ResponseParameterSourceEmpty
  { code: 'ResponseParameterSourceEmpty', name: 'an empty source', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.x', source: '' }] } }, fails: true, mentions: 'empty' },
  { code: 'ResponseParameterSourceEmpty', name: 'sources', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.x', source: 'x' }, { destination: 'append:header.y', source: new Unknown() }] } }, fails: false },
  { code: 'StatusCodeNotWhole', name: 'a status code and a header', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 500: [{ destination: 'overwrite:statuscode', source: '503' }, { destination: 'append:header.x', source: '$response.header.y' }] } }, fails: false },
  // IntegrationResponseKeyDuplicated — two $default
  { code: 'IntegrationResponseKeyDuplicated', name: 'two $default', kind: 'WEBSOCKET', facts: { type: 'MOCK', integrationResponses: [{ responseKey: '$default' }, { responseKey: '$default' }] }, fails: true, mentions: '$default' },
  { code: 'IntegrationResponseKeyDuplicated', name: 'different keys', kind: 'WEBSOCKET', facts: { type: 'MOCK', integrationResponses: [{ responseKey: '$default' }, { responseKey: '/4\\d{2}/' }] }, fails: false },
];
