import { LegalForm, OrganisationKind } from '@bestuurskracht/shared/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../organisation.model';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind, { message: 'kind must be one of the organisation kinds' })
  kind: OrganisationKind;

  @Field(() => LegalForm)
  @IsEnum(LegalForm, { message: 'legalForm must be one of the legal forms' })
  legalForm: LegalForm;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  establishedOn: string;
}
