import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ErrorLike } from '@apollo/client';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES } from '@bestuurskracht/shared/domain';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { fileSize } from '../file-size';
import type { Confidentiality } from '../generated/graphql';
import { MeetingStore } from '../meeting/meeting.store';

type Field = 'agendaItemId' | 'file' | 'title';

/** What a person recognises in the file picker, for the accepted content types. */
const EXTENSIONS = '.pdf,.txt,.md,.docx,.xlsx,.png,.jpg,.jpeg';
const TYPE_NAMES = 'PDF, Word (.docx), Excel (.xlsx), tekst (.txt, .md), PNG en JPEG';

/** Attaches a paper to an agenda item: read in the browser, sent base64-encoded. */
@Component({
  selector: 'bk-document-upload-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './document-upload-form.html',
})
export class DocumentUploadForm {
  protected readonly store = inject(MeetingStore);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly t = nl.meetings.builder.upload;
  protected readonly confidentialityLabels = nl.labels.confidentiality;
  protected readonly confidentialities: readonly Confidentiality[] = ['PUBLIC', 'CONFIDENTIAL'];
  protected readonly accept = [...DOCUMENT_CONTENT_TYPES, ...EXTENSIONS.split(',')].join(',');
  protected readonly hint = this.t.fileHint(TYPE_NAMES, fileSize(DOCUMENT_MAX_BYTES));
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);

  protected readonly form = new FormGroup({
    agendaItemId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    confidentiality: new FormControl<Confidentiality>('PUBLIC', { nonNullable: true }),
  });

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    if (file && !this.form.controls.title.value) {
      this.form.controls.title.setValue(file.name.replace(/\.[^.]+$/, ''));
    }
  }

  protected errorOf(field: Field): string | null {
    if (!this.submitted()) return null;
    if (field !== 'file') return this.form.controls[field].invalid ? this.t.required[field] : null;
    const file = this.file();
    if (!file) return this.t.required.file;
    if (file.size > DOCUMENT_MAX_BYTES) return this.t.tooLarge(fileSize(DOCUMENT_MAX_BYTES));
    if (!contentTypeOf(file)) return this.t.wrongType;
    return null;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    const firstInvalid = (['agendaItemId', 'file', 'title'] as const).find((f) => this.errorOf(f));
    if (firstInvalid) {
      document.getElementById(`upload-${firstInvalid}`)?.focus();
      return;
    }
    const file = this.file() as File;
    const { agendaItemId, title, confidentiality } = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.store.uploadDocument({
        parent: { agendaItemId },
        title: title.trim(),
        fileName: file.name,
        contentType: contentTypeOf(file) as string,
        contentBase64: await base64Of(file),
        confidentiality,
      });
      this.store.announce(this.t.uploaded(title.trim()));
      this.submitted.set(false);
      this.form.reset();
      this.file.set(null);
      this.fileInput().nativeElement.value = '';
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.busy.set(false);
    }
  }
}

/** The browser's type, or one from the extension (some systems give .md or .docx no type). */
function contentTypeOf(file: File): string | null {
  const accepted: readonly string[] = DOCUMENT_CONTENT_TYPES;
  if (accepted.includes(file.type)) return file.type;
  const byExtension: Record<string, string> = {
    pdf: 'application/pdf',
    txt: 'text/plain',
    md: 'text/markdown',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
  };
  return byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
