import type { Translation } from '@steadywork/shared';
import type { authMessages as zh } from '../zh-CN/auth';

/** Signing in and changing a password. */
export const authMessages: Translation<typeof zh> = {
  login: {
    username: 'Username',
    usernamePlaceholder: 'Username',
    password: 'Password',
    passwordPlaceholder: 'Password',
    submit: 'Sign in',
    locked: 'Account locked',
    failed: 'Sign-in failed',
  },
  password: {
    title: 'Change password',
    forcedTitle: 'Please change your initial password',
    forcedHint:
      'For the security of your account, change the initial or temporary password set by the administrator before you continue.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    rule: 'At least 8 characters, with at least 3 of: upper-case letters, lower-case letters, digits, symbols',
    mismatch: 'The two passwords do not match',
    changed: 'Password changed. Please sign in again with the new password',
  },
};
