import { type Actor, createAbility, defineRulesFor } from '@bestuurskracht/shared/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { type CurrentSession, SessionService } from '../auth/session.service';
import { loadActor, loadSignedInActor } from './actor.loader';
import { SubjectTables } from './subject-tables';
import { Viewer } from './viewer';

/** Builds the viewer of one request: actor facts from the database, then the shared rules. */
@Injectable()
export class ViewerFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tables: SubjectTables,
    private readonly sessions: SessionService,
  ) {}

  async forPerson(personId: string | null): Promise<Viewer> {
    return this.viewerOf(await loadActor(this.dataSource, personId));
  }

  /** The request's session and viewer, read in one statement (the session cookie's, or a visitor's). */
  async forRequest(req: Request): Promise<{ session: CurrentSession | null; viewer: Viewer }> {
    const params = this.sessions.liveSessionParams(req);
    if (params === null) return { session: null, viewer: await this.forPerson(null) };
    const signedIn = await loadSignedInActor(this.dataSource, params);
    const session = await this.sessions.accept(signedIn.session);
    return { session, viewer: this.viewerOf(signedIn.actor) };
  }

  private viewerOf(actor: Actor): Viewer {
    return new Viewer(actor, createAbility(defineRulesFor(actor)), this.tables);
  }
}
