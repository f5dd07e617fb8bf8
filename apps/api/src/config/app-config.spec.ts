import { ConfigError, loadConfig, redactDatabaseUrl } from './app-config';

describe('configuration', () => {
  it('runs on an embedded database with demo data when nothing is set', () => {
    const config = loadConfig({}, '/srv/bk');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      seedDemoData: true,
      dataDir: '/srv/bk/.data',
      clientDir: '/srv/bk/dist/apps/web/browser',
    });
  });

  it('does not seed demo data into a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://bk:s3cret@db:5432/bk' }).seedDemoData).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['SEED_DEMO_DATA', 'maybe'],
    ['DATABASE_URL', 'mysql://db/bk'],
    ['DATABASE_URL', 'postgres://db:5432'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s and names the variable', (variable, value) => {
    const attempt = () => loadConfig({ [variable]: value });
    expect(attempt).toThrow(new RegExp(`^${variable} `));
  });

  it('reports a bad value as a ConfigError', () => {
    expect(() => loadConfig({ PORT: '-1' })).toThrow(ConfigError);
  });

  it('never shows the database password in messages', () => {
    expect(redactDatabaseUrl('postgres://bk:s3cret@db:5432/bk')).toBe('postgres://bk:***@db:5432/bk');
  });
});
