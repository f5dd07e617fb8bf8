import { returnPath } from './return-path';

describe('returnPath', () => {
  it('returns to the page the person was on', () => {
    expect(returnPath('/vergaderingen/123?tab=agenda')).toBe('/vergaderingen/123?tab=agenda');
  });

  it('never sends the person to another site', () => {
    expect(
      ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)'].map(returnPath),
    ).toEqual(['/', '/', '/', '/']);
  });

  it('goes home instead of back to the sign-in page', () => {
    expect(returnPath('/inloggen?sessie=verlopen')).toBe('/');
    expect(returnPath(null)).toBe('/');
  });
});
