export * from './lib/types';
export * from './lib/dimensions';
export * from './lib/metrics';
