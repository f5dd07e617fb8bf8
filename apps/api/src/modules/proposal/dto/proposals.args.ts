import { ProposalState } from '@bestuurskracht/shared/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import '../proposal.model';

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalState, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalState)
  state?: ProposalState;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  portfolioId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}
