export * from './aws-service-uri';
export * from './credentials';
export * from './request-value';
export * from './response-value';
