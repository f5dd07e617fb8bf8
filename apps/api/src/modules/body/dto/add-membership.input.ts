import { MembershipRole } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../membership.model';

@InputType({
  description:
    'ADMINISTRATOR and DIRECTOR act in the organisation (no body or portfolio); STAFF in a portfolio; other roles in a body',
})
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole, { message: 'role must be one of the membership roles' })
  role: MembershipRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  portfolioId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The gemeente acted for; it must take part in the organisation',
  })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field({ description: 'First day, yyyy-mm-dd' })
  @IsCalendarDate()
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;
}
