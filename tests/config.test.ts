import { describe, expect, it } from 'vitest';
import { ConfigError, isOrganizer, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs in local mode on 127.0.0.1:3978 with the embedded store and the Playground when nothing is set', () => {
    const config = loadConfig({}, '/srv/bot');
    expect(config).toMatchObject({ port: 3978, host: '127.0.0.1', localMode: true, playground: true, dataDir: '/srv/bot/data', mongodbUri: undefined });
    expect(config.corpusDirs).toEqual(['/srv/bot/corpus']);
    expect(config.timeZone).toBe('Europe/Stockholm');
  });

  it('switches to production, listening on all interfaces without the Playground, when an app id is set', () => {
    const config = loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' });
    expect(config).toMatchObject({ localMode: false, host: '0.0.0.0', playground: false });
  });

  it('reports every problem at once, one line each, naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', MicrosoftAppId: 'abc', MONGODB_URI: 'postgres://x', ADMIN_API_KEY: 'short', AGENDA_POST_TIME: '8am' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'MONGODB_URI', 'ADMIN_API_KEY', 'AGENDA_POST_TIME', 'MicrosoftAppPassword']) expect(problems).toContain(name);
  });

  it('never puts secret values into the error message', () => {
    try {
      loadConfig({ ADMIN_API_KEY: 'tooshort-secret', MONGODB_URI: 'http://user:hunter2@db' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('tooshort-secret');
    }
  });

  it('answers on worker threads, one core less than the machine has (at most four), unless ANSWER_THREADS says otherwise', () => {
    expect(loadConfig({}, '/srv/bot', 2).answerThreads).toBe(1);
    expect(loadConfig({}, '/srv/bot', 1).answerThreads).toBe(0);
    expect(loadConfig({}, '/srv/bot', 16).answerThreads).toBe(4);
    expect(loadConfig({ ANSWER_THREADS: '0' }, '/srv/bot', 8).answerThreads).toBe(0);
    expect(loadConfig({ ANSWER_THREADS: '3' }, '/srv/bot', 2).answerThreads).toBe(3);
    expect(() => loadConfig({ ANSWER_THREADS: 'many' })).toThrow(/ANSWER_THREADS/);
    expect(() => loadConfig({ ANSWER_THREADS: '-1' })).toThrow(/ANSWER_THREADS/);
  });

  it('parses comma lists of tenants and admins', () => {
    const config = loadConfig({ ALLOWED_TENANTS: ' t1, t2 ,,', ADMIN_USERS: 'a1' });
    expect(config.allowedTenants).toEqual(['t1', 't2']);
    expect(config.adminUsers).toEqual(['a1']);
  });
});

describe('isOrganizer', () => {
  it('lets everyone organize in local mode when ADMIN_USERS is unset', () => {
    expect(isOrganizer(loadConfig({}), undefined)).toBe(true);
  });

  it('lets nobody organize in production when ADMIN_USERS is unset', () => {
    expect(isOrganizer(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }), 'aad-1')).toBe(false);
  });

  it('lets exactly the listed AAD object ids organize when ADMIN_USERS is set', () => {
    const config = loadConfig({ ADMIN_USERS: 'aad-1,aad-2' });
    expect(isOrganizer(config, 'aad-2')).toBe(true);
    expect(isOrganizer(config, 'aad-3')).toBe(false);
    expect(isOrganizer(config, undefined)).toBe(false);
  });
});
