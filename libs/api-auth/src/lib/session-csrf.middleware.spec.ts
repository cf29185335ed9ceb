import type { Request } from 'express';
import { isForgeable } from './session-csrf.middleware';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('isForgeable (Apollo’s CSRF rule)', () => {
  it.each([
    [{}, true],
    [{ 'content-type': 'text/plain' }, true],
    [{ 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, true],
    [{ 'content-type': 'Multipart/Form-Data; boundary=x' }, true],
    [{ 'content-type': 'application/json' }, false],
    [{ 'apollo-require-preflight': 'true' }, false],
    [{ 'x-apollo-operation-name': 'Q' }, false],
    [{ 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }, false],
  ])('%j → %s', (headers, expected) => {
    expect(isForgeable(request(headers))).toBe(expected);
  });
});
