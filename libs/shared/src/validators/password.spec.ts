import { checkPassword } from './password';

describe('password policy: at least 8 characters, 3 of 4 character classes', () => {
  it.each(['Demo@2026!', 'Abcdefg1', 'abcdef1!', 'ABCDEF1!'])('accepts %s', (p) => {
    expect(checkPassword(p)).toBeNull();
  });

  it.each([
    ['Ab1!', '至少 8 位'],
    ['abcdefgh', '至少 3 类'],
    ['abcdefg1', '至少 3 类'],
    ['ABCDEFG!', '至少 3 类'],
  ])('refuses %s', (p, message) => {
    expect(checkPassword(p)).toContain(message);
  });
});
