import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { PageLayout } from '@bestuurskracht/web/ui';

@Component({
  selector: 'bk-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLayout, RouterOutlet],
  template: `
    <bk-page-layout productName="Bestuurskracht">
      <router-outlet />
    </bk-page-layout>
  `,
})
export class App {}
