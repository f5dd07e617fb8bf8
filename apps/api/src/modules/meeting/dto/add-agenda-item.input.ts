import { AgendaItemHandling, AgendaItemPurpose, Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { NotSecret } from './not-secret';

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all')
  meetingId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => AgendaItemPurpose)
  @IsEnum(AgendaItemPurpose)
  purpose: AgendaItemPurpose;

  @Field(() => AgendaItemHandling)
  @IsEnum(AgendaItemHandling)
  handling: AgendaItemHandling;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The item this one is forwarded from (lineage)' })
  @IsOptional()
  @IsUUID('all')
  sourceAgendaItemId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  serviceAreaId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Limit the item to these gemeenten; empty means all' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique({ message: 'municipalityScope must not name a gemeente twice' })
  @ArrayMaxSize(100)
  municipalityScope?: string[] | null;

  @Field(() => Confidentiality, {
    description: 'PUBLIC or CONFIDENTIAL; geheimhouding is imposed separately',
  })
  @NotSecret()
  confidentiality: Confidentiality;
}
