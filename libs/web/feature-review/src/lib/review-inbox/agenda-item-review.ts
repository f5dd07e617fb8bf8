import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark, DutchDatePipe } from '@bestuurskracht/web/ui';
import type { ReviewVisibility } from '../generated/graphql';
import { type ReviewAgendaItem, ReviewInboxStore, type ReviewNote } from './review-inbox.store';

type NoteForm = FormGroup<{
  text: FormControl<string>;
  visibility: FormControl<ReviewVisibility>;
}>;

const noteForm = (text = '', visibility: ReviewVisibility = 'OWN_MUNICIPALITY'): NoteForm =>
  new FormGroup({
    text: new FormControl(text, { nonNullable: true, validators: [blank] }),
    visibility: new FormControl<ReviewVisibility>(visibility, { nonNullable: true }),
  });

/** Required, and more than spaces. */
function blank(control: AbstractControl<string>): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}

/**
 * One agenda item in the review inbox: the proposal, the committee's advice, the notes the person may read, and
 * writing, changing and deleting their own notes.
 */
@Component({
  selector: 'bk-agenda-item-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, ConfidentialityMark, DutchDatePipe],
  templateUrl: './agenda-item-review.html',
  styles: `
    .bk-item {
      padding-block: 1rem;
      border-block-start: 2px solid var(--utrecht-color-grey-80, #ccc);
    }
    .bk-badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    .bk-note {
      padding: 0.75rem;
      margin-block-end: 0.5rem;
      border-inline-start: 4px solid var(--utrecht-color-grey-60, #888);
      background: var(--utrecht-color-grey-95, #f5f5f5);
    }
    .bk-note__text {
      white-space: pre-line;
    }
    .bk-plain {
      list-style: none;
      padding-inline-start: 0;
    }
    .bk-radios {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .utrecht-textarea {
      inline-size: 100%;
      box-sizing: border-box;
    }
  `,
})
export class AgendaItemReview {
  readonly item = input.required<ReviewAgendaItem>();

  protected readonly store = inject(ReviewInboxStore);
  protected readonly t = nl.review;
  protected readonly labels = nl.labels;
  protected readonly errors = nl.errors;
  protected readonly common = nl.actions;
  protected readonly visibilities: readonly ReviewVisibility[] = ['OWN_MUNICIPALITY', 'SHARED'];

  protected readonly reviewed = computed(() => this.store.reviewedItemIds().has(this.item().id));
  protected readonly canWrite = computed(() => this.store.canWrite(this.item()));
  protected readonly limitedTo = computed(() =>
    this.store.municipalityNamesOf(this.item().municipalityScope),
  );
  protected readonly proposalLimitedTo = computed(() =>
    this.store.municipalityNamesOf(this.item().proposal?.municipalityScope ?? []),
  );
  protected readonly prefix = computed(() => `item-${this.item().id}`);

  /** The committee's advice: on this item, else the adopted advice on its proposal (the DB item carries none). */
  protected readonly advice = computed(() => {
    const item = this.item();
    const advices = item.proposal?.advices ?? [];
    const adopted = advices.filter((a) => a.status === 'ADOPTED');
    return item.advice ?? adopted.at(-1) ?? advices.at(-1) ?? null;
  });

  /** The item's papers and those of the proposal's current version, each once. */
  protected readonly papers = computed(() => {
    const item = this.item();
    const all = [...item.documents, ...(item.proposal?.currentVersion?.documents ?? [])];
    return all.filter((paper, index) => all.findIndex((p) => p.id === paper.id) === index);
  });

  protected paperUrl(paper: { id: string; fileName: string }): string {
    return `/export/documents/${encodeURIComponent(paper.id)}/${encodeURIComponent(paper.fileName)}`;
  }

  protected paperDetails(paper: { contentType: string; sizeBytes: number; fileName: string }): string {
    const extension = paper.fileName.includes('.')
      ? paper.fileName.split('.').at(-1)?.toUpperCase()
      : undefined;
    return this.t.paperDetails(
      extension ?? paper.contentType,
      Math.max(1, Math.round(paper.sizeBytes / 1024)),
    );
  }

  protected readonly newNote = noteForm();
  protected readonly newSubmitted = signal(false);
  protected readonly saving = signal<'new' | 'no-remarks' | 'edit' | 'delete' | null>(null);
  protected readonly failure = signal<{ code: ReturnType<typeof errorCode> } | null>(null);
  protected readonly done = signal('');

  protected readonly editing = signal<string | null>(null);
  protected readonly editNote = noteForm();
  protected readonly editSubmitted = signal(false);
  protected readonly confirmingDelete = signal<string | null>(null);

  private readonly newText = viewChild<ElementRef<HTMLTextAreaElement>>('newText');
  private readonly editText = viewChild<ElementRef<HTMLTextAreaElement>>('editText');

  protected newInvalid(): boolean {
    return this.newSubmitted() && this.newNote.controls.text.invalid;
  }

  protected editInvalid(): boolean {
    return this.editSubmitted() && this.editNote.controls.text.invalid;
  }

  protected async writeNote(): Promise<void> {
    this.newSubmitted.set(true);
    if (this.newNote.invalid) {
      this.newText()?.nativeElement.focus();
      return;
    }
    const { text, visibility } = this.newNote.getRawValue();
    if (await this.run('new', () => this.store.write(this.item().id, text.trim(), visibility))) {
      this.newNote.reset();
      this.newSubmitted.set(false);
    }
  }

  protected async writeNoRemarks(): Promise<void> {
    await this.run('no-remarks', () =>
      this.store.write(this.item().id, this.t.noRemarksText, 'OWN_MUNICIPALITY'),
    );
  }

  protected startEdit(note: ReviewNote): void {
    this.failure.set(null);
    this.confirmingDelete.set(null);
    this.editNote.reset({ text: note.text, visibility: note.visibility });
    this.editSubmitted.set(false);
    this.editing.set(note.id);
    setTimeout(() => this.editText()?.nativeElement.focus());
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.failure.set(null);
  }

  protected async saveEdit(note: ReviewNote): Promise<void> {
    this.editSubmitted.set(true);
    if (this.editNote.invalid) {
      this.editText()?.nativeElement.focus();
      return;
    }
    const { text, visibility } = this.editNote.getRawValue();
    if (await this.run('edit', () => this.store.update(note, text.trim(), visibility))) {
      this.editing.set(null);
    }
  }

  protected askDelete(note: ReviewNote): void {
    this.failure.set(null);
    this.confirmingDelete.set(note.id);
  }

  protected async deleteNote(note: ReviewNote): Promise<void> {
    if (await this.run('delete', () => this.store.remove(note), this.t.deleted)) {
      this.confirmingDelete.set(null);
    }
  }

  protected reloadLatest(): void {
    this.failure.set(null);
    this.store.reload();
  }

  protected isMine(note: ReviewNote): boolean {
    return this.store.canChange(note, 'update');
  }

  /** Runs one save, showing progress; on failure the form keeps what the person typed. */
  private async run(
    what: 'new' | 'no-remarks' | 'edit' | 'delete',
    save: () => Promise<void>,
    message: string = this.t.saved,
  ): Promise<boolean> {
    this.saving.set(what);
    this.failure.set(null);
    this.done.set('');
    try {
      await save();
      this.done.set(message);
      return true;
    } catch (error) {
      this.failure.set({ code: errorCode(error as ErrorLike) });
      return false;
    } finally {
      this.saving.set(null);
    }
  }
}
