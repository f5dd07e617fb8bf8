import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to find, as in a web search: "exact phrase", or, -without' })
  @IsString()
  @Matches(/\S/, { message: 'must contain a word to search for' })
  @MaxLength(500)
  text: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;

  @Field(() => Int, { defaultValue: 20, description: 'Number of hits, 1 to 100' })
  @Min(1)
  @Max(100)
  first = 20;
}
