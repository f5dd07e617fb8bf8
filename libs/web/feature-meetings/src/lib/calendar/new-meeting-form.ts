import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import type { Confidentiality } from '../generated/graphql';
import { type CalendarBody, MeetingCalendarStore } from './meeting-calendar.store';

type Field = 'bodyId' | 'title' | 'date' | 'startTime' | 'endTime';

/** Plans a meeting of a body the person organises. Date and times are read in the browser's (Dutch) time. */
@Component({
  selector: 'bk-new-meeting-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './new-meeting-form.html',
  styles: `
    :host {
      display: block;
      padding: 1rem;
      margin-block: 1rem;
      border: 1px solid var(--utrecht-color-grey-80, #ccc);
    }
    .bk-times {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
  `,
})
export class NewMeetingForm implements OnInit {
  private readonly store = inject(MeetingCalendarStore);
  readonly bodies = input.required<readonly CalendarBody[]>();
  readonly defaultBodyId = input<string | null>(null);
  readonly created = output<string>();
  readonly cancelled = output();

  protected readonly t = nl.meetings.create;
  protected readonly confidentialityLabels = nl.labels.confidentiality;
  protected readonly confidentialities: readonly Confidentiality[] = ['PUBLIC', 'CONFIDENTIAL'];
  protected readonly cancelLabel = nl.actions.cancel;
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected readonly form = new FormGroup({
    bodyId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    startTime: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endTime: new FormControl('', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true }),
    confidentiality: new FormControl<Confidentiality>('PUBLIC', { nonNullable: true }),
  });

  ngOnInit(): void {
    const body = this.bodies().find((b) => b.id === this.defaultBodyId()) ?? this.bodies()[0];
    if (body) this.form.patchValue({ bodyId: body.id, title: body.name });
  }

  protected errorOf(field: Field): string | null {
    if (!this.submitted()) return null;
    if (field === 'endTime') return this.endBeforeStart() ? this.t.endBeforeStart : null;
    return this.form.controls[field].invalid ? this.t.required[field] : null;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    const firstInvalid = (['bodyId', 'title', 'date', 'startTime', 'endTime'] as const).find((f) =>
      this.errorOf(f),
    );
    if (firstInvalid) {
      document.getElementById(`new-meeting-${firstInvalid}`)?.focus();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.store.createMeeting({
        bodyId: value.bodyId,
        title: value.title.trim(),
        startsAt: new Date(`${value.date}T${value.startTime}`).toISOString(),
        endsAt: value.endTime ? new Date(`${value.date}T${value.endTime}`).toISOString() : null,
        location: value.location.trim() || null,
        confidentiality: value.confidentiality,
        idempotencyKey: crypto.randomUUID(),
      });
      this.created.emit(value.title.trim());
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
      setTimeout(() => document.getElementById('new-meeting-failure')?.focus());
    } finally {
      this.busy.set(false);
    }
  }

  private endBeforeStart(): boolean {
    const { startTime, endTime } = this.form.getRawValue();
    return endTime !== '' && startTime !== '' && endTime <= startTime;
  }
}
