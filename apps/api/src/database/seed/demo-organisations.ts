import { LegalForm, OrganisationKind } from '@bestuurskracht/shared/domain';

export interface DemoMunicipality {
  name: string;
  cbsCode: string;
  /** CBS, inhabitants on 1 January 2024 */
  inhabitants: number;
}

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  legalForm: LegalForm;
  establishedOn: string;
  municipalities: DemoMunicipality[];
}

/** The two organisations of domain.md: real gemeenten, real CBS codes. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Kempengemeenten',
    kind: OrganisationKind.SHARED_SERVICE_MERGER,
    legalForm: LegalForm.PUBLIC_BODY,
    establishedOn: '2010-01-01',
    municipalities: [
      { name: 'Bergeijk', cbsCode: 'GM1724', inhabitants: 18965 },
      { name: 'Bladel', cbsCode: 'GM1728', inhabitants: 20936 },
      { name: 'Eersel', cbsCode: 'GM0770', inhabitants: 19961 },
      { name: 'Oirschot', cbsCode: 'GM0823', inhabitants: 19563 },
      { name: 'Reusel-De Mierden', cbsCode: 'GM1667', inhabitants: 13884 },
    ],
  },
  {
    name: 'Noaberkracht',
    kind: OrganisationKind.SHARED_SERVICE_MERGER,
    legalForm: LegalForm.OPERATIONAL_ORGANISATION,
    establishedOn: '2013-01-01',
    municipalities: [
      { name: 'Dinkelland', cbsCode: 'GM1774', inhabitants: 26693 },
      { name: 'Tubbergen', cbsCode: 'GM0183', inhabitants: 21832 },
    ],
  },
];
