export * from './options';
export * from './lambda';
