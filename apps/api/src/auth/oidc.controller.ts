import { Controller, Get, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OidcService } from './oidc.service';

const FAILED = '/inloggen?fout=oidc';

/** Browser redirects of the OIDC sign-in; every failure lands on the sign-in page, the reason only in the log. */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OIDC');

  constructor(private readonly oidc: OidcService) {}

  @Get('login')
  async logIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException('OIDC sign-in is not configured');
    await this.redirect(res, () => this.oidc.begin(req, res));
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException('OIDC sign-in is not configured');
    await this.redirect(res, async () => {
      await this.oidc.finish(req, res);
      return '/';
    });
  }

  private async redirect(res: Response, to: () => Promise<string>): Promise<void> {
    let location: string;
    try {
      location = await to();
    } catch (error) {
      this.logger.warn(`sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
      location = FAILED;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(location);
  }
}
