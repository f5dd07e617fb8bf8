import { Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NotSecret } from './not-secret';

@InputType()
export class CreateMeetingInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Optional UUID chosen by the client: sending it again within 24 hours answers the first result',
  })
  @IsOptional()
  @IsUUID('all')
  idempotencyKey?: string | null;

  @Field(() => ID)
  @IsUUID('all')
  bodyId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'After startsAt' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @Field(() => Confidentiality, {
    description: 'PUBLIC or CONFIDENTIAL; geheimhouding is imposed separately',
  })
  @NotSecret()
  confidentiality: Confidentiality;
}
