export * from './courses';
export * from './targets';
export * from './attendance';
export * from './bases';
export * from './online-learning';
export * from './dashboard';
