import { QuotaKind } from '@bestuurskracht/shared/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import '../quota.model';

@ArgsType()
export class QuotasArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;

  @Field(() => QuotaKind, { nullable: true })
  @IsOptional()
  @IsEnum(QuotaKind, { message: 'must be a QuotaKind' })
  kind?: QuotaKind;
}
