import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateMunicipalityInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @Field({ description: 'CBS gemeentecode: GM and four digits' })
  @Matches(/^GM\d{4}$/, { message: 'must be GM followed by four digits, e.g. GM1724' })
  cbsCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(2_000_000)
  inhabitants: number;
}
