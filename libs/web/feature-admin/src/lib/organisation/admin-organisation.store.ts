import { computed, inject, Injectable, type Signal, signal } from '@angular/core';
import type { ErrorLike } from '@apollo/client';
import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AddMembershipDocument,
  type AddMembershipInput,
  AdminOrganisationDocument,
  type AdminOrganisationQuery,
  BodyMembershipsDocument,
  type BodyMembershipsQuery,
  EndMembershipDocument,
  UpdateCostShareDocument,
} from '../generated/graphql';

export type AdminOrganisation = AdminOrganisationQuery['organisation'];
export type Assignment = AdminOrganisationQuery['serviceAssignments']['nodes'][number];
export type AdminMembership = BodyMembershipsQuery['memberships']['nodes'][number];

/** One organisation's structure for its administrator; provided on the page, `load(id)` starts it. */
@Injectable()
export class AdminOrganisationStore {
  private readonly apollo = inject(Apollo);
  private organisationId = '';

  private readonly answer = signal<AdminOrganisationQuery | null>(null);
  readonly loading = signal(true);
  readonly error = signal<ErrorLike | null>(null);

  readonly organisation: Signal<AdminOrganisation | null> = computed(
    () => this.answer()?.organisation ?? null,
  );
  readonly persons = computed(() => this.answer()?.persons.nodes ?? []);
  readonly assignments: Signal<readonly Assignment[]> = computed(
    () => this.answer()?.serviceAssignments.nodes ?? [],
  );
  /** Gemeenten taking part today, by name. */
  readonly municipalities = computed(() =>
    (this.organisation()?.participations ?? [])
      .filter((p) => !p.endsOn || p.endsOn >= todayInNetherlands())
      .map((p) => p.municipality)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );

  readonly selectedBodyId = signal<string | null>(null);
  readonly activeOn = signal<string | null>(todayInNetherlands());
  readonly memberships = signal<readonly AdminMembership[]>([]);
  readonly membershipsLoading = signal(false);

  async load(id: string): Promise<void> {
    this.organisationId = id;
    this.loading.set(true);
    this.error.set(null);
    try {
      const { data } = await firstValueFrom(
        this.apollo.query({
          query: AdminOrganisationDocument,
          variables: { id, activeOn: todayInNetherlands() },
          fetchPolicy: 'network-only',
        }),
      );
      this.answer.set(data ?? null);
    } catch (error) {
      this.error.set(error as ErrorLike);
    } finally {
      this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    return this.load(this.organisationId);
  }

  async showMembers(bodyId: string | null, activeOn = this.activeOn()): Promise<void> {
    this.selectedBodyId.set(bodyId);
    this.activeOn.set(activeOn);
    if (!bodyId) return;
    this.membershipsLoading.set(true);
    try {
      const { data } = await firstValueFrom(
        this.apollo.query({
          query: BodyMembershipsDocument,
          variables: { bodyId, activeOn },
          fetchPolicy: 'network-only',
        }),
      );
      this.memberships.set(data?.memberships.nodes ?? []);
    } finally {
      this.membershipsLoading.set(false);
    }
  }

  async addMembership(input: Omit<AddMembershipInput, 'organisationId'>): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: AddMembershipDocument,
        variables: { input: { ...input, organisationId: this.organisationId } },
      }),
    );
    await this.showMembers(this.selectedBodyId());
  }

  async endMembership(id: string, endsOn: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: EndMembershipDocument, variables: { input: { id, endsOn } } }),
    );
    await this.showMembers(this.selectedBodyId());
  }

  async updateCostShare(id: string, costSharePercent: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: UpdateCostShareDocument,
        variables: { input: { id, costSharePercent } },
      }),
    );
    await this.reload();
  }
}
