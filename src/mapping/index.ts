export * from './request-value';
export * from './response-value';
