import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../graphql/errors';
import { LoginThrottle } from './login-throttle';
import { unknownAccountHash, verifyPassword } from './password-hash';
import { SessionService } from './session.service';

const WRONG_CREDENTIALS = 'wrong e-mail address or password';

/** Sign-in with e-mail address and password. */
@Injectable()
export class PasswordLoginService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
  ) {}

  /** The first unknown e-mail address must not be slower than the rest. */
  async onModuleInit(): Promise<void> {
    await unknownAccountHash();
  }

  /**
   * A new session for an active person whose password matches. An unknown address, a wrong password, an
   * inactive person and an account without a password all give the same error after the same hashing work.
   */
  async logIn(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date }> {
    const emailKey = email.trim().toLowerCase();
    const attemptId = await this.throttle.admit(emailKey, address);
    const [person]: { id: string; active: boolean; password_hash: string | null }[] =
      await this.dataSource.query(`SELECT id, active, password_hash FROM person WHERE lower(email) = $1`, [
        emailKey,
      ]);
    const matches = await verifyPassword(person?.password_hash ?? (await unknownAccountHash()), password);
    if (!person?.active || !person.password_hash || !matches) throw unauthenticated(WRONG_CREDENTIALS);
    await this.throttle.forget(attemptId);
    return this.sessions.create(person.id, 'PASSWORD');
  }
}
