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

  describe('OIDC', () => {
    const oidc = {
      OIDC_ISSUER_URL: 'https://login.example/realms/bk',
      OIDC_CLIENT_ID: 'bestuurskracht',
      OIDC_CLIENT_SECRET: 's3cret',
      PUBLIC_URL: 'https://bestuurskracht.example/',
    };

    it('is off when no OIDC variable is set, even with PUBLIC_URL', () => {
      expect(loadConfig({ PUBLIC_URL: oidc.PUBLIC_URL }).oidc).toBeNull();
    });

    it('calls back to PUBLIC_URL /auth/oidc/callback', () => {
      expect(loadConfig(oidc).oidc).toEqual({
        issuerUrl: oidc.OIDC_ISSUER_URL,
        clientId: 'bestuurskracht',
        clientSecret: 's3cret',
        redirectUrl: 'https://bestuurskracht.example/auth/oidc/callback',
      });
    });

    it.each(['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'])(
      'names %s when it is missing from an OIDC configuration',
      (variable) => {
        expect(() => loadConfig({ ...oidc, [variable]: '' })).toThrow(new RegExp(`^${variable} must be set`));
      },
    );

    it.each([
      ['OIDC_ISSUER_URL', 'http://login.example/realms/bk'],
      ['OIDC_ISSUER_URL', 'login.example'],
      ['PUBLIC_URL', 'https://bestuurskracht.example/app'],
      ['PUBLIC_URL', 'ftp://bestuurskracht.example'],
    ])('refuses %s=%s', (variable, value) => {
      expect(() => loadConfig({ ...oidc, [variable]: value })).toThrow(new RegExp(`^${variable} `));
    });

    it('allows a plain-HTTP provider on this machine, for local testing', () => {
      expect(loadConfig({ ...oidc, OIDC_ISSUER_URL: 'http://127.0.0.1:4010' }).oidc?.issuerUrl).toBe(
        'http://127.0.0.1:4010',
      );
    });
  });

  it('never shows the database password in messages', () => {
    expect(redactDatabaseUrl('postgres://bk:s3cret@db:5432/bk')).toBe('postgres://bk:***@db:5432/bk');
  });
});
