import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

@Component({
  selector: 'bk-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ t.title }}</h1>
    <p class="utrecht-paragraph">{{ t.text }}</p>
    <p class="utrecht-paragraph">
      <a class="utrecht-link" routerLink="/">{{ t.home }}</a>
    </p>
  `,
})
export class NotFoundPage {
  protected readonly t = nl.notFound;
}
