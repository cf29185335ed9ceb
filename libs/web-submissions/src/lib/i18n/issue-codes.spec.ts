import { VALIDATION_CODES, WARNING_CODES } from '@candor/catalogue';
import { en } from './en';

// Every code the validator can send has a short title in the namespace (the parity spec of the
// app checks that every language has the same keys as English).
describe('issue titles', () => {
  it.each([...Object.values(VALIDATION_CODES), ...Object.values(WARNING_CODES)])(
    'has a title for %s',
    (code) => {
      expect(Object.keys(en.issue)).toContain(code);
    },
  );
});
