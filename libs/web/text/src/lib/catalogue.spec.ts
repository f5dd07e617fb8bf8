import { nl } from './catalogue';

function leaves(value: unknown, path: string): Array<[string, unknown]> {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return [[path, value]];
}

describe('the Dutch catalogue', () => {
  const entries = leaves(nl, 'nl');

  it('has no empty texts', () => {
    const empty = entries.filter(([, value]) => typeof value === 'string' && value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has no English left in its sentences', () => {
    const english = entries.filter(
      ([, value]) => typeof value === 'string' && /\b(the|please|error|loading|save|cancel)\b/i.test(value),
    );
    expect(english).toEqual([]);
  });

  it('gives every error code a sentence that says what to do next', () => {
    for (const message of Object.values(nl.errors))
      expect(message).toMatch(/\.\s*\S.*\.$|opnieuw|contact|terug|Controleer/);
  });
});
