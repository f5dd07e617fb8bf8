import { LegalForm, OrganisationKind } from '@bestuurskracht/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Municipality } from './municipality.model';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(LegalForm, { name: 'LegalForm' });

@ObjectType({ description: 'A samenwerkingsorganisatie of gemeenten (gemeenschappelijke regeling)' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => LegalForm)
  legalForm: LegalForm;

  @Field({ description: 'Date of establishment, yyyy-mm-dd' })
  establishedOn: string;

  @Field(() => [Municipality], { description: 'The gemeenten taking part today, by name' })
  municipalities?: Municipality[];
}
