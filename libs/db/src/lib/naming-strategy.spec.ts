import { SnakeNamingStrategy, snakeCase } from './naming-strategy';

describe('snakeCase', () => {
  it.each([
    ['createdAt', 'created_at'],
    ['organizationId', 'organization_id'],
    ['APIKey', 'api_key'],
    ['dimensionKey', 'dimension_key'],
    ['value', 'value'],
  ])('%s → %s', (input, expected) => {
    expect(snakeCase(input)).toBe(expected);
  });
});

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('names tables, columns and constraints the PostgreSQL way', () => {
    expect(strategy.tableName('ApiKeyEntity', 'api_key')).toBe('api_key');
    expect(strategy.columnName('lastUsedAt', undefined, [])).toBe('last_used_at');
    expect(strategy.columnName('name', undefined, ['period'])).toBe('period_name');
    expect(strategy.primaryKeyName('membership')).toBe('membership_pkey');
    expect(strategy.foreignKeyName('membership', ['account_id'])).toBe(
      'membership_account_id_fkey',
    );
  });
});
