import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(
      await hashPassword('same password here'),
    );
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword('anything', 'plaintext')).resolves.toBe(false);
  });

  it.each([
    ['short', 'A password needs at least 12 characters.'],
    ['x'.repeat(201), 'A password can have at most 200 characters.'],
    ['long enough passphrase', null],
  ])('passwordProblem(%j)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
