import { Confidentiality, DOCUMENT_CONTENT_TYPES } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBase64,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../../integrity/confidentiality.model';

@InputType({ description: 'Exactly one parent the document is attached to' })
export class DocumentParentInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  proposalVersionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  agendaItemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  decisionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  councilViewId?: string;
}

@InputType()
export class UploadDocumentInput {
  @Field(() => DocumentParentInput)
  @ValidateNested()
  @Type(() => DocumentParentInput)
  parent: DocumentParentInput;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  title: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(255)
  @Matches(/^[^/\\\0]+$/, { message: 'must be a file name without a path' })
  fileName: string;

  @Field({ description: `One of: ${DOCUMENT_CONTENT_TYPES.join(', ')}` })
  @IsIn(DOCUMENT_CONTENT_TYPES, { message: `must be one of ${DOCUMENT_CONTENT_TYPES.join(', ')}` })
  contentType: string;

  @Field({ description: 'The file, base64-encoded' })
  @IsNotEmpty({ message: 'must contain the file' })
  @IsBase64(undefined, { message: 'must be base64-encoded content' })
  contentBase64: string;

  @Field(() => Confidentiality, { description: 'SECRET only under the geheimhouding of its parent' })
  @IsEnum(Confidentiality, { message: 'must be PUBLIC, CONFIDENTIAL or SECRET' })
  confidentiality: Confidentiality;
}
