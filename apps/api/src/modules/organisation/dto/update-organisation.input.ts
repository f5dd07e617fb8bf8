import { LegalForm, OrganisationKind } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../organisation.model';

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind, { message: 'kind must be one of the organisation kinds' })
  kind?: OrganisationKind;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm, { message: 'legalForm must be one of the legal forms' })
  legalForm?: LegalForm;

  @Field({ nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate()
  establishedOn?: string;
}
