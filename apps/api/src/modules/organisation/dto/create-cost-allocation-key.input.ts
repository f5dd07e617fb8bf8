import { CostAllocationMethod } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../cost-allocation-key.model';
import { IsDecimalString } from './cost-share';

@InputType()
export class CostAllocationShareInput {
  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field({ description: 'A decimal such as 33.33' })
  @IsDecimalString()
  value: string;
}

@InputType()
export class CreateCostAllocationKeyInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'A service area of the same organisation' })
  @IsOptional()
  @IsUUID()
  serviceAreaId?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => CostAllocationMethod)
  @IsEnum(CostAllocationMethod, { message: 'method must be one of the cost allocation methods' })
  method: CostAllocationMethod;

  @Field(() => [CostAllocationShareInput], {
    nullable: true,
    description: 'Required for FIXED_PERCENTAGES (adding up to 100) and USAGE; not allowed otherwise',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CostAllocationShareInput)
  shares?: CostAllocationShareInput[] | null;
}
