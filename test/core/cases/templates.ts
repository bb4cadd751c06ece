import { aws, eb, entry, MOCK, response } from './fixtures';
import { RuleCase } from './types';

/** Cases for src/core/rules/templates.ts. */
export const TEMPLATES_CASES: RuleCase[] = [
  // TemplateContentTypeInvalid — C26
  { code: 'TemplateContentTypeInvalid', name: 'a request template keyed "123"', kind: 'REST', facts: { ...MOCK, requestTemplates: { 123: '{}' } }, fails: true, mentions: '"123"' },
  { code: 'TemplateContentTypeInvalid', name: 'a response template keyed "json"', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', responseTemplates: { json: '{}' } }] }, fails: true },
  { code: 'TemplateContentTypeInvalid', name: 'MIME keys', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': '{}', 'application/x-www-form-urlencoded; charset=UTF-8': '' } }, fails: false },
  // TemplateTooLarge — C27
  { code: 'TemplateTooLarge', name: 'a 301 KB template', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': 'x'.repeat(301 * 1024) } }, fails: true },
  { code: 'TemplateTooLarge', name: 'a 300 KB template', kind: 'REST', facts: { ...MOCK, requestTemplates: { 'application/json': 'x'.repeat(300 * 1024) } }, fails: false },
  // TemplateSelectionKeyInvalid — C89
  { code: 'TemplateSelectionKeyInvalid', name: 'an empty template key', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { '': '{}' } }, fails: true, mentions: '""' },
  { code: 'TemplateSelectionKeyInvalid', name: '$default and a selected value', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: '{}', join: '{}' } }, fails: false },
  // MappingTemplateTooLarge — C89
  { code: 'MappingTemplateTooLarge', name: 'a 40000-character request template', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: 'x'.repeat(40_000) } }, fails: false },
  { code: 'MappingTemplateTooLarge', name: 'a request template over 300 KB', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: 'x'.repeat(310_000) } }, fails: true, mentions: '307200 bytes' },
  { code: 'MappingTemplateTooLarge', name: 'a 40000-character response template', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', responseTemplates: { $default: 'x'.repeat(310_000) } }), fails: true },
  { code: 'MappingTemplateTooLarge', name: 'a small template', kind: 'WEBSOCKET', facts: { type: 'MOCK', requestTemplates: { $default: '{"statusCode": 200}' } }, fails: false },
  // EventBridgeEntryInvalid — empty or oversized Source and DetailType
  { code: 'EventBridgeEntryInvalid', name: 'an empty source', kind: 'REST', facts: eb(entry('', 'Order')), fails: true, mentions: '0 characters' },
  { code: 'EventBridgeEntryInvalid', name: 'a detail type of 129 characters', kind: 'WEBSOCKET', facts: eb(entry('shop', 'x'.repeat(129))), fails: true, mentions: '129' },
  { code: 'EventBridgeEntryInvalid', name: 'a source of 257 characters', kind: 'REST', facts: eb(entry('s'.repeat(257), 'Order')), fails: true },
  { code: 'EventBridgeEntryInvalid', name: 'a reserved aws. source', kind: 'REST', facts: eb(entry('aws.s3', 'Order')), fails: true, mentions: 'aws.' },
  { code: 'EventBridgeEntryInvalid', name: 'fields of the limits, and fields VTL fills', kind: 'REST', facts: eb(entry('s'.repeat(256), 'x'.repeat(128)).replace('"Entries": [', '"Entries": [{"Source": "$input.path(\'$.s\')", "DetailType": "$input.path(\'$.d\')"}, ')), fails: false },
  { code: 'EventBridgeEntryInvalid', name: 'not an EventBridge URI', kind: 'REST', facts: { ...aws('arn:aws:apigateway:us-east-1:sqs:action/SendMessage'), requestTemplates: { 'application/json': entry('', '') } }, fails: false },
];
