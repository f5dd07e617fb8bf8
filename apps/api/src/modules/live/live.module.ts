import { Global, Module } from '@nestjs/common';
import { AuthzModule } from '../../authz/authz.module';
import { LiveEvents } from './live-events.service';
import { LiveResolver } from './live.resolver';

/** Global so that any service can publish what changed once its transaction has committed. */
@Global()
@Module({ imports: [AuthzModule], providers: [LiveEvents, LiveResolver], exports: [LiveEvents] })
export class LiveModule {}
