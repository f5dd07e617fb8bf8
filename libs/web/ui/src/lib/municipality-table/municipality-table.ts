import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DutchNumberPipe } from '../dutch-number/dutch-number.pipe';

/** What the table needs to know about a gemeente. */
export interface MunicipalityRow {
  readonly id: string;
  readonly name: string;
  readonly cbsCode: string;
  readonly inhabitants: number;
}

/** The gemeenten of one organisation: naam, CBS-code and inwoners. */
@Component({
  selector: 'bk-municipality-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DutchNumberPipe],
  template: `
    <div class="utrecht-table-container utrecht-table-container--overflow-inline">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Naam</th>
            <th class="utrecht-table__header-cell" scope="col">CBS-code</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              Inwoners
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (municipality of municipalities(); track municipality.id) {
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{{ municipality.name }}</th>
              <td class="utrecht-table__cell">{{ municipality.cbsCode }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column">
                {{ municipality.inhabitants | dutchNumber }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class MunicipalityTable {
  readonly caption = input.required<string>();
  readonly municipalities = input.required<readonly MunicipalityRow[]>();
}
