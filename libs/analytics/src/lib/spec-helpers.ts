import fc from 'fast-check';

/** Runs a fast-check property as an assertion (a name the jest lint rule recognizes). */
export function expectProperty<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void {
  fc.assert(property, params);
}
