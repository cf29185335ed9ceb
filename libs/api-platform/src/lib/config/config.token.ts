export const CANDOR_CONFIG = Symbol('CANDOR_CONFIG');
