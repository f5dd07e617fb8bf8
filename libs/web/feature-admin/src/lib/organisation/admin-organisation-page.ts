import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ErrorLike } from '@apollo/client';
import { MembershipRole, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { AccessStore, errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe, DutchNumberPipe, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { map } from 'rxjs';
import { type AdminMembership, AdminOrganisationStore, type Assignment } from './admin-organisation.store';
import { parseCostShare, totalShare } from './cost-share';

const ROLES = Object.values(MembershipRole);

@Component({
  selector: 'bk-admin-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, DutchDatePipe, DutchNumberPipe, ErrorAlert, LoadingIndicator],
  providers: [AdminOrganisationStore],
  templateUrl: './admin-organisation-page.html',
  styles: `
    .bk-share {
      inline-size: 6rem;
    }
    .bk-cell {
      display: flex;
      gap: 0.25rem;
      align-items: center;
    }
    .bk-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0.5rem 1rem;
      align-items: end;
    }
  `,
})
export class AdminOrganisationPage {
  protected readonly store = inject(AdminOrganisationStore);
  private readonly access = inject(AccessStore);
  protected readonly t = nl.admin;
  protected readonly labels = nl.labels;
  protected readonly roles = ROLES;
  protected readonly notFound = computed(() => errorCode(this.store.error()) === 'NOT_FOUND');
  protected readonly failure = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly saving = signal(false);

  protected readonly mayEditShares = computed(() => {
    const organisation = this.store.organisation();
    return (
      !!organisation &&
      this.access.can('update', { __typename: 'ServiceAssignment', organisationId: organisation.id })
    );
  });
  protected readonly mayManageMembers = computed(() => {
    const organisation = this.store.organisation();
    return (
      !!organisation &&
      this.access.can('create', { __typename: 'Membership', organisationId: organisation.id })
    );
  });

  /** Rows gemeenten, columns service areas: the assignment in each cell, if the gemeente takes part. */
  protected readonly matrix = computed(() => {
    const byCell = new Map(
      this.store.assignments().map((a) => [`${a.municipalityId}/${a.serviceAreaId}`, a]),
    );
    return this.store.municipalities().map((municipality) => ({
      municipality,
      cells: (this.store.organisation()?.serviceAreas ?? []).map((area) => ({
        area,
        assignment: byCell.get(`${municipality.id}/${area.id}`) ?? null,
      })),
    }));
  });
  protected readonly totals = computed(() =>
    (this.store.organisation()?.serviceAreas ?? []).map((area) => ({
      area,
      ...totalShare(
        this.store
          .assignments()
          .filter((a) => a.serviceAreaId === area.id)
          .map((a) => a.costSharePercent),
      ),
    })),
  );
  protected readonly shareDrafts = signal<Record<string, string>>({});
  protected readonly shareInvalid = signal<string | null>(null);

  protected readonly selectedBody = computed(
    () => this.store.organisation()?.bodies.find((b) => b.id === this.store.selectedBodyId()) ?? null,
  );
  protected readonly allMemberships = signal(false);
  protected readonly submitted = signal(false);
  protected readonly memberForm = new FormGroup({
    personId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    role: new FormControl<MembershipRole>(MembershipRole.MEMBER, { nonNullable: true }),
    municipalityId: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl(todayInNetherlands(), { nonNullable: true, validators: [Validators.required] }),
    endsOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly endDates = signal<Record<string, string>>({});

  constructor() {
    const id = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('organisationId') ?? '')), {
      initialValue: '',
    });
    effect(() => {
      if (id()) void this.store.load(id());
    });
  }

  protected shareDraft(assignment: Assignment): string {
    return this.shareDrafts()[assignment.id] ?? assignment.costSharePercent.replace('.', ',');
  }

  protected editShare(assignment: Assignment, value: string): void {
    this.shareDrafts.update((drafts) => ({ ...drafts, [assignment.id]: value }));
  }

  protected async saveShare(assignment: Assignment, municipality: string, area: string): Promise<void> {
    const share = parseCostShare(this.shareDraft(assignment));
    this.failure.set(null);
    if (share === null) {
      this.shareInvalid.set(assignment.id);
      return;
    }
    this.shareInvalid.set(null);
    this.saving.set(true);
    try {
      await this.store.updateCostShare(assignment.id, share);
      this.shareDrafts.update(({ [assignment.id]: _saved, ...rest }) => rest);
      this.announcement.set(this.t.matrix.saved(municipality, area, share.replace('.', ',')));
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected showMembers(bodyId: string): void {
    void this.store.showMembers(bodyId);
    setTimeout(() => document.getElementById('memberships')?.focus());
  }

  protected toggleAll(all: boolean): void {
    this.allMemberships.set(all);
    void this.store.showMembers(this.store.selectedBodyId(), all ? null : todayInNetherlands());
  }

  protected invalid(field: 'personId' | 'startsOn'): boolean {
    return this.submitted() && this.memberForm.controls[field].invalid;
  }

  protected endBeforeStart(): boolean {
    const { startsOn, endsOn } = this.memberForm.getRawValue();
    return this.submitted() && !!endsOn && endsOn < startsOn;
  }

  protected async addMember(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    const body = this.selectedBody();
    if (!body || this.memberForm.invalid || this.endBeforeStart()) return;
    const value = this.memberForm.getRawValue();
    this.saving.set(true);
    try {
      await this.store.addMembership({
        bodyId: body.id,
        personId: value.personId,
        role: value.role,
        municipalityId: value.municipalityId || null,
        startsOn: value.startsOn,
        endsOn: value.endsOn || null,
      });
      const name = this.store.persons().find((p) => p.id === value.personId)?.name ?? '';
      this.announcement.set(this.t.memberships.added(name));
      this.submitted.set(false);
      this.memberForm.reset();
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected endDate(membership: AdminMembership): string {
    return this.endDates()[membership.id] ?? todayInNetherlands();
  }

  protected setEndDate(membership: AdminMembership, value: string): void {
    this.endDates.update((dates) => ({ ...dates, [membership.id]: value }));
  }

  protected async endMember(membership: AdminMembership): Promise<void> {
    this.failure.set(null);
    this.saving.set(true);
    try {
      await this.store.endMembership(membership.id, this.endDate(membership));
      this.announcement.set(this.t.memberships.ended(membership.person.name));
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.saving.set(false);
    }
  }
}
