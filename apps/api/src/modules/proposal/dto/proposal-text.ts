import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FinancialImpactInput } from './financial-impact.input';

/** The validation of a list of beslispunten, shared by every input that carries one. */
export function DecisionPointTexts(): PropertyDecorator {
  return (target, property) => {
    const key = property as string;
    IsArray()(target, key);
    ArrayMinSize(1, { message: 'decisionPoints must contain at least one beslispunt' })(target, key);
    ArrayMaxSize(50)(target, key);
    IsString({ each: true })(target, key);
    IsNotEmpty({ each: true, message: 'each beslispunt must have text' })(target, key);
    MaxLength(4000, { each: true })(target, key);
  };
}

/** The validation of per-gemeente financial impacts. */
export function FinancialImpactList(): PropertyDecorator {
  return (target, property) => {
    const key = property as string;
    IsArray()(target, key);
    ArrayMaxSize(100)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => FinancialImpactInput)(target, key);
  };
}
