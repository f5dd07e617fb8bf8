/** What kind of cooperation an organisation is (domain.md, `Organisation`). */
export enum OrganisationKind {
  /** ambtelijke fusie: one civil service for several gemeenten */
  SHARED_SERVICE_MERGER = 'SHARED_SERVICE_MERGER',
  /** bedrijfsvoeringsorganisatie */
  OPERATIONAL_ORGANISATION = 'OPERATIONAL_ORGANISATION',
  /** openbaar lichaam */
  PUBLIC_BODY = 'PUBLIC_BODY',
  /** regietafel */
  REGIONAL_TABLE = 'REGIONAL_TABLE',
}

/** The legal form under the Wet gemeenschappelijke regelingen; it decides which bodies exist. */
export enum LegalForm {
  /** openbaar lichaam: AB + DB + voorzitter */
  PUBLIC_BODY = 'PUBLIC_BODY',
  /** bedrijfsvoeringsorganisatie: one bestuur, no AB/DB split */
  OPERATIONAL_ORGANISATION = 'OPERATIONAL_ORGANISATION',
  /** gemeenschappelijk orgaan */
  JOINT_BODY = 'JOINT_BODY',
  /** regietafel: not a Wgr form, an agreement between gemeenten and province */
  REGIONAL_TABLE = 'REGIONAL_TABLE',
}
