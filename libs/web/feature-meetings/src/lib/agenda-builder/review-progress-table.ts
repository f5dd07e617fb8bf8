import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { formatDate, nl } from '@bestuurskracht/web/text';
import { EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { type MeetingDetail, MeetingStore, type ReviewProgressRow } from '../meeting/meeting.store';

/** Who has prepared what: gemeente × agenda item, with counts and dates, never the notes themselves. */
@Component({
  selector: 'bk-review-progress-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorAlert, LoadingIndicator],
  template: `
    <section aria-labelledby="review-progress-heading">
      <h3 class="utrecht-heading-3" id="review-progress-heading">{{ t.heading }}</h3>
      <p class="utrecht-paragraph">{{ t.intro }}</p>
      <div [attr.aria-busy]="loading()">
        @if (loading() && rows().length === 0) {
          <bk-loading-indicator />
        } @else if (error()) {
          <bk-error-alert [message]="t.loadFailed" (retry)="reload()" />
        } @else if (municipalities().length === 0 || store.items().length === 0) {
          <bk-empty-state [message]="t.empty" />
        } @else {
          <div class="utrecht-table-container">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">
                {{
                  t.caption
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">{{ t.municipality }}</th>
                  @for (item of store.items(); track item.id) {
                    <th scope="col" class="utrecht-table__header-cell">
                      {{ item.position }}. {{ item.title }}
                    </th>
                  }
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (municipality of municipalities(); track municipality.id) {
                  <tr class="utrecht-table__row">
                    <th scope="row" class="utrecht-table__header-cell">{{ municipality.name }}</th>
                    @for (item of store.items(); track item.id) {
                      <td class="utrecht-table__cell">{{ cell(municipality.id, item.id) }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </div>
    </section>
  `,
})
export class ReviewProgressTable implements OnInit {
  protected readonly store = inject(MeetingStore);
  private readonly destroyRef = inject(DestroyRef);
  readonly meeting = input.required<MeetingDetail>();

  protected readonly t = nl.meetings.builder.progress;
  private query: ReturnType<MeetingStore['watchReviewProgress']> | null = null;
  private readonly answer = signal<{
    loading: boolean;
    error?: ErrorLike;
    rows: readonly ReviewProgressRow[];
  }>({
    loading: true,
    rows: [],
  });
  protected readonly loading = computed(() => this.answer().loading);
  protected readonly error = computed(() => this.answer().error);
  protected readonly rows = computed(() => this.answer().rows);

  /** The gemeenten in the progress, by name. */
  protected readonly municipalities = computed(() => {
    const ids = new Set(this.rows().map((row) => row.municipalityId));
    return this.store.municipalities().filter((m) => ids.has(m.id));
  });

  private readonly byCell = computed(
    () => new Map(this.rows().map((row) => [`${row.municipalityId}|${row.agendaItemId}`, row])),
  );

  ngOnInit(): void {
    this.query = this.store.watchReviewProgress(this.meeting().id);
    this.query.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((result) =>
      this.answer.set({
        loading: result.loading,
        error: result.error,
        rows: result.dataState === 'complete' ? result.data.reviewProgress : [],
      }),
    );
  }

  protected reload(): void {
    this.query?.refetch().catch(() => undefined);
  }

  protected cell(municipalityId: string, agendaItemId: string): string {
    const row = this.byCell().get(`${municipalityId}|${agendaItemId}`);
    if (!row?.reviewed) return this.t.notReviewed;
    return this.t.reviewed(row.reviewCount, formatDate(row.lastReviewedAt, 'dateTime'));
  }
}
