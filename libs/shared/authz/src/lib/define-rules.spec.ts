import { createAbility, defineRulesFor } from './define-rules';

describe('rules for a visitor without an account', () => {
  const ability = createAbility(defineRulesFor());

  it('may read which gemeenten take part in an organisation', () => {
    expect(
      ['Organisation', 'Municipality', 'Participation'].every((s) => ability.can('read', s as never)),
    ).toBe(true);
  });

  it('may not change the structure', () => {
    expect(ability.can('update', 'Organisation')).toBe(false);
  });

  it('recognises a GraphQL object by its __typename', () => {
    expect(ability.can('read', { __typename: 'Municipality' })).toBe(true);
  });

  it('survives serialisation, as the client receives it', () => {
    const roundTripped = createAbility(JSON.parse(JSON.stringify(defineRulesFor())));
    expect(roundTripped.can('delete', 'Municipality')).toBe(false);
  });
});
