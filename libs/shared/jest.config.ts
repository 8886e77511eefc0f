export default {
  displayName: 'shared',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': '@swc/jest' },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
