import type { LegalForm, OrganisationKind } from '@bestuurskracht/web/data-access';

/** Dutch names for the kinds of cooperation and the legal forms (domain.md); some values are both. */
export const organisationLabels: Readonly<Record<OrganisationKind | LegalForm, string>> = {
  SHARED_SERVICE_MERGER: 'ambtelijke fusie',
  OPERATIONAL_ORGANISATION: 'bedrijfsvoeringsorganisatie',
  PUBLIC_BODY: 'openbaar lichaam',
  REGIONAL_TABLE: 'regietafel',
  JOINT_BODY: 'gemeenschappelijk orgaan',
};
