import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: 'Fields left out stay as they are' })
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'Unique regardless of case' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'false stops the person from signing in' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
