import { BodyKind } from '@bestuurskracht/shared/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import '../body.model';

@ArgsType()
export class BodiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => BodyKind, { nullable: true })
  @IsOptional()
  @IsEnum(BodyKind, { message: 'kind must be one of the body kinds' })
  kind?: BodyKind;
}
