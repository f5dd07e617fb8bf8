import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigService } from '../config/config.service';

const EVERY_HOUR = 60 * 60 * 1000;

/**
 * Deletes sessions that can no longer sign anyone in, login attempts long past the throttling window, and
 * idempotency keys past their 24 hours (see database/idempotent.ts).
 */
@Injectable()
export class AuthHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuthHousekeeping.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`housekeeping failed: ${String(error)}`));
    }, EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<{ sessions: number; loginAttempts: number; idempotencyKeys: number }> {
    const [, sessions]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM session
        WHERE revoked_at IS NOT NULL OR expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [this.config.get('sessionIdleMinutes')],
    );
    const [, loginAttempts]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
    );
    const [, idempotencyKeys]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE created_at < now() - interval '1 day'`,
    );
    return { sessions, loginAttempts, idempotencyKeys };
  }
}
