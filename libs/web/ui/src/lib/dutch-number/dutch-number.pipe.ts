import { Pipe, type PipeTransform } from '@angular/core';

const dutchNumber = new Intl.NumberFormat('nl-NL');

/**
 * 27451 → "27.451". Intl instead of Angular's DecimalPipe keeps the `nl` locale data out of the bundle.
 */
@Pipe({ name: 'dutchNumber' })
export class DutchNumberPipe implements PipeTransform {
  transform(value: number): string {
    return dutchNumber.format(value);
  }
}
