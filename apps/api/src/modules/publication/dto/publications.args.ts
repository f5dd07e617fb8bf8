import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class PublicationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;
}
