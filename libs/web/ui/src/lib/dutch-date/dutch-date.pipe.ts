import { Pipe, type PipeTransform } from '@angular/core';
import { type DateStyle, formatDate } from '@bestuurskracht/web/text';

/** `{{ meeting.startsAt | bkDate: 'dateTime' }}` → "23 november 2026 om 19:30", in Dutch time. */
@Pipe({ name: 'bkDate' })
export class DutchDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    return formatDate(value, style);
  }
}
