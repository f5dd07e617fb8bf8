import { packRulesToJson } from '@bestuurskracht/shared/authz';
import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity } from '../modules/person/person.entity';
import { toPerson } from '../modules/person/person.mapper';
import { CurrentViewer } from './current-viewer.decorator';
import { Me } from './me.model';
import { Public } from './public.decorator';
import { SignedInGuard } from './signed-in.guard';
import type { Viewer } from './viewer';

@Resolver(() => Me)
@UseGuards(SignedInGuard)
export class MeResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => Me, { description: 'The signed-in person (or none) and their packed rules' })
  async me(@CurrentViewer() viewer: Viewer): Promise<Me> {
    const person = viewer.personId
      ? await this.dataSource.getRepository(PersonEntity).findOneBy({ id: viewer.personId })
      : null;
    return {
      person: person ? toPerson(person) : null,
      rules: packRulesToJson(viewer.ability.rules),
    };
  }
}
