import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';

@Component({
  selector: 'bk-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="utrecht-heading-1">{{ t.greeting(access.person()?.name ?? '') }}</h1>
    <p class="utrecht-paragraph">{{ t.intro }}</p>
  `,
})
export class HomePage {
  protected readonly access = inject(AccessStore);
  protected readonly t = nl.home;
}
