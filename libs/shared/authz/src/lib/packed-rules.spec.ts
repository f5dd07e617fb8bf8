import { MembershipRole } from '@bestuurskracht/shared/domain';
import { ANONYMOUS } from './actor';
import { defineRulesFor } from './define-rules';
import { abilityFromPackedRules, packRulesToJson } from './packed-rules';

const administrator = {
  ...ANONYMOUS,
  personId: 'person-1',
  memberships: [
    {
      organisationId: 'org-kempen',
      role: MembershipRole.ADMINISTRATOR,
      bodyId: null,
      bodyKind: null,
      portfolioId: null,
      municipalityId: null,
    },
  ],
};

describe('packed rules', () => {
  it('keep their conditions through packing, JSON and unpacking', () => {
    const ability = abilityFromPackedRules(packRulesToJson(defineRulesFor(administrator)));

    expect([
      ability.can('update', { __typename: 'Organisation', id: 'org-kempen' } as never),
      ability.can('update', { __typename: 'Organisation', id: 'org-noaberkracht' } as never),
    ]).toEqual([true, false]);
  });

  it.each(['', 'niet json', '{"a":1}'])('allow nothing when the text is not packed rules: %j', (text) => {
    const ability = abilityFromPackedRules(text);

    expect([ability.can('read', 'Organisation'), ability.rules.length]).toEqual([false, 0]);
  });
});
