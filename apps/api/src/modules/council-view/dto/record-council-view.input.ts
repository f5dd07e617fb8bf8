import { CouncilViewStatus } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../council-view.model';

@InputType()
export class RecordCouncilViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  procedureId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId: string;

  @Field(() => CouncilViewStatus, { description: 'SUBMITTED, or NO_VIEW when the raad gives none' })
  @IsIn([CouncilViewStatus.SUBMITTED, CouncilViewStatus.NO_VIEW], { message: 'must be SUBMITTED or NO_VIEW' })
  status: CouncilViewStatus;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  submittedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  summary?: string;
}
