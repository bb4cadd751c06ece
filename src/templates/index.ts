export * from './mapping-template';
export * from './rest-integration-preview';
