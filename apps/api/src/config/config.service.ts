import { Injectable } from '@nestjs/common';
import type { AppConfig } from './app-config';

/** The validated configuration as an injectable; nothing else in the API reads `process.env`. */
@Injectable()
export class ConfigService {
  constructor(private readonly config: AppConfig) {}

  get<K extends keyof AppConfig>(key: K): AppConfig[K] {
    return this.config[key];
  }

  get isProduction(): boolean {
    return this.config.nodeEnv === 'production';
  }
}
