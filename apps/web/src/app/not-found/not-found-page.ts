import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'bk-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">Pagina niet gevonden</h1>
    <p class="utrecht-paragraph">
      Deze pagina bestaat niet (meer). Controleer het adres of ga naar de
      <a class="utrecht-link" routerLink="/">samenwerkingsorganisaties</a>.
    </p>
  `,
})
export class NotFoundPage {}
