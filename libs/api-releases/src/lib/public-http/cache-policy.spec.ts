import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { cachePolicyOf } from './cache-policy';

const policyOf = (text: string, variables: Record<string, unknown> = {}) => {
  const document = parse(text);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return cachePolicyOf(document, operation, variables);
};

describe('cachePolicyOf', () => {
  it.each([
    ['{ series(metric: "m", releaseId: "r") { value } }', {}, 'immutable'],
    ['query ($r: ID) { series(metric: "m", releaseId: $r) { value } }', { r: 'x' }, 'immutable'],
    [
      'query ($r: ID = "x") { breakdown(metric: "m", dimension: "d", period: "p", releaseId: $r) { count } }',
      {},
      'immutable',
    ],
    [
      '{ takedownTimes(releaseId: "r") { data } redistribution(releaseId: "r") { data } __typename }',
      {},
      'immutable',
    ],
    ['{ series(metric: "m") { value } }', {}, 'latest'],
    ['{ series(metric: "m", releaseId: null) { value } }', {}, 'latest'],
    ['query ($r: ID) { series(metric: "m", releaseId: $r) { value } }', {}, 'latest'],
    ['query ($r: ID) { series(metric: "m", releaseId: $r) { value } }', { r: null }, 'latest'],
    ['{ series(metric: "m", releaseId: "r") { value } latestRelease { id } }', {}, 'latest'],
    ['{ release(id: "r") { status } }', {}, 'latest'],
    ['{ releases { id } }', {}, 'latest'],
    ['{ annotations { text } }', {}, 'latest'],
    [
      '{ ...F } fragment F on Query { series(metric: "m", releaseId: "r") { value } }',
      {},
      'immutable',
    ],
    ['{ ... on Query { latestRelease { id } } }', {}, 'latest'],
  ])('%s with %j → %s', (text, variables, expected) => {
    expect(policyOf(text, variables)).toBe(expected);
  });

  it.each([
    ['{ series(metric: "m", releaseId: "r") { value } me { label } }'],
    ['{ metrics { code } }'],
    ['{ ...F } fragment F on Query { organizations { slug } }'],
    ['mutation { logout }'],
  ])('never caches %s', (text) => {
    expect(policyOf(text)).toBeNull();
  });
});
