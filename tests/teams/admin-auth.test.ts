import { describe, expect, it } from 'vitest';
import { adminKeyMatches } from '../../src/teams/admin-auth.js';

describe('adminKeyMatches', () => {
  const config = { adminApiKey: 'a-long-enough-admin-key' };

  it('accepts the configured key as a bearer token', () => {
    expect(adminKeyMatches(config, 'Bearer a-long-enough-admin-key')).toBe(true);
  });

  it.each([
    ['a missing header', undefined],
    ['a wrong key', 'Bearer a-long-enough-admin-kez'],
    ['a prefix of the key', 'Bearer a-long'],
    ['the key without the Bearer scheme', 'a-long-enough-admin-key'],
  ])('refuses %s', (_label, header) => {
    expect(adminKeyMatches(config, header)).toBe(false);
  });

  it('refuses everything when no key is configured', () => {
    expect(adminKeyMatches({ adminApiKey: undefined }, 'Bearer anything')).toBe(false);
  });
});
