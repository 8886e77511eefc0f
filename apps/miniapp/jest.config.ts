import type { Config } from 'jest';
import { fakeDateOnly } from '../../testing/clock';

const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** Unit and component tests of the mini-program, in jsdom; Taro and NutUI are replaced by small mocks. */
const config: Config = {
  displayName: 'miniapp',
  testEnvironment: 'jsdom',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc as Record<string, unknown>] },
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
    '^@/ui/nutui$': '<rootDir>/test/mocks/nutui.tsx',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@steadywork/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    '\\.(css|png|svg)$': '<rootDir>/test/file-stub.cjs',
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  // `Date` starts at the test instant (TEST_NOW), never the wall clock's.
  fakeTimers: { ...fakeDateOnly(), doNotFake: [...fakeDateOnly().doNotFake] },
  testTimeout: 30_000,
};

export default config;
