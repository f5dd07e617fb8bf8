import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field({ description: 'e.g. Decision' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(64)
  subjectType: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  subjectId: string;
}
