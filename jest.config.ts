/**
 * Jest reads the TypeScript configs (this one and each project's) without type-checking them: the
 * type-checked load took seconds of every jest run, and `npm run typecheck` checks them anyway.
 *
 * @jest-config-loader-options {"transpileOnly": true}
 */
import type { Config } from 'jest';

/** Every test tier of the workspace; `npm test` runs them all. */
const config: Config = {
  projects: [
    '<rootDir>/libs/shared/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/admin/jest.config.ts',
    '<rootDir>/apps/miniapp/jest.config.ts',
    '<rootDir>/e2e/jest.config.ts',
  ],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  // A global option: project configs cannot set it. Browser and import tests need the room.
  testTimeout: 120_000,
};

export default config;
