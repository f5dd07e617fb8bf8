import { AdviceOutcome, Confidentiality, DecisionOutcome } from '@bestuurskracht/shared/domain';
import type { KempenPortfolio } from './kempengemeenten-structure';

/**
 * Kempengemeenten's demo proposals and where each is in the flow. `db` is the DB meeting (0 = the next one,
 * negative = past, 1 = the one after) it is decided at; without `db`, `committee` says whether it was advised at
 * the last commission meeting or waits for the next. The proposal's state follows from this plan.
 */
export interface DemoProposal {
  key: string;
  portfolio: KempenPortfolio;
  area: string;
  title: string;
  summary: string;
  points: string[];
  /** Total financial effect in euro cents, divided over the gemeenten by cost share (0: none) */
  cents: number;
  db?: number;
  committee?: 'last' | 'next';
  advice?: AdviceOutcome;
  adviceDraft?: boolean;
  decision?: DecisionOutcome;
  /** Also decided by the AB after the DB */
  ab?: boolean;
  handling?: 'CONSENT' | 'DEBATE';
  confidentiality?: Confidentiality;
  /** Limited to these gemeenten (CBS codes); 'VTH' means the four gemeenten that place VTH */
  scope?: 'VTH' | string[];
  withdrawn?: boolean;
  secondVersion?: string;
  document?: boolean;
  /** Days after the decision that its follow-up tasks are due */
  taskDays?: number;
  taskTitle?: string;
}

export const KEMPEN_PROPOSALS: DemoProposal[] = [
  {
    key: 'bezwaarcommissie',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Vergoedingsregeling bezwaarschriftencommissie',
    summary: 'Harmonisatie van de vergoedingen voor externe leden van de bezwaarschriftencommissies.',
    points: [
      'De vergoedingsregeling bezwaarschriftencommissie vast te stellen.',
      'De regeling in te laten gaan per 1 januari.',
    ],
    cents: 1_850_000,
    db: -11,
    advice: AdviceOutcome.NEGATIVE,
    decision: DecisionOutcome.REJECTED,
    handling: 'DEBATE',
  },
  {
    key: 'jeugdinkoop',
    portfolio: 'MD',
    area: 'JEUGD',
    title: 'Inkoopstrategie Jeugdhulp 2027',
    summary: 'Keuze voor een open-house-inkoop met resultaatfinanciering voor de specialistische jeugdhulp.',
    points: [
      'In te stemmen met de inkoopstrategie Jeugdhulp 2027.',
      'De directeur te machtigen de inkoopprocedure te starten.',
    ],
    cents: 0,
    db: -10,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.DEFERRED,
    handling: 'DEBATE',
    confidentiality: Confidentiality.CONFIDENTIAL,
  },
  {
    key: 'kadernota',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Kadernota 2028',
    summary:
      'De financiële kaders voor de begroting 2028 van de Kempengemeenten, met loon- en prijsindexatie.',
    points: [
      'De Kadernota 2028 vast te stellen.',
      'De kadernota ter kennisname aan de raden te zenden.',
      'De indexatie voor 2028 te bepalen op 3,2%.',
    ],
    cents: 42_500_000,
    db: -9,
    advice: AdviceOutcome.POSITIVE_WITH_CHANGES,
    decision: DecisionOutcome.ADOPTED_AMENDED,
    ab: true,
    handling: 'DEBATE',
    secondVersion: 'Indexatie verlaagd van 3,4% naar 3,2% na het advies van de commissie.',
    taskTitle: 'Verwerk de Kadernota 2028 in de eigen kadernota',
    taskDays: 60,
  },
  {
    key: 'handhaving',
    portfolio: 'VTH',
    area: 'VTH',
    title: 'Handhavingsbeleid VTH 2026-2029',
    summary:
      'Gezamenlijk handhavingsbeleid met prioriteiten, sanctiestrategie en de landelijke handhavingsstrategie.',
    points: [
      'Het Handhavingsbeleid VTH 2026-2029 vast te stellen.',
      'De colleges te adviseren het beleid als gemeentelijk beleid over te nemen.',
    ],
    cents: 0,
    db: -8,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'DEBATE',
    scope: 'VTH',
    document: true,
    taskTitle: 'Laat het college het Handhavingsbeleid VTH 2026-2029 vaststellen',
  },
  {
    key: 'jaarstukken',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Jaarstukken 2025',
    summary:
      'Jaarverslag en jaarrekening 2025 met een positief resultaat en het voorstel tot resultaatbestemming.',
    points: [
      'De jaarstukken 2025 voorlopig vast te stellen.',
      'Het positieve resultaat van € 412.000 terug te laten vloeien naar de gemeenten naar rato van de kostenverdeling.',
    ],
    cents: -41_200_000,
    db: -7,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    ab: true,
    handling: 'CONSENT',
    document: true,
    taskTitle: 'Verwerk de teruggave uit de Jaarstukken 2025',
  },
  {
    key: 'leerlingenvervoer',
    portfolio: 'MD',
    area: 'WMO',
    title: 'Aanbesteding leerlingenvervoer',
    summary: 'Gunning van de Europese aanbesteding leerlingenvervoer 2027-2031 (twee percelen).',
    points: [
      'Het leerlingenvervoer 2027-2031 te gunnen aan de inschrijvers met de economisch meest voordelige inschrijving.',
      'Geheimhouding op te leggen op de inschrijvingen tot de gunning definitief is.',
    ],
    cents: 310_000_000,
    db: -6,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'DEBATE',
    confidentiality: Confidentiality.SECRET,
    taskTitle: 'Informeer ouders en scholen over de nieuwe vervoerder',
  },
  {
    key: 'dvo-ict',
    portfolio: 'BIC',
    area: 'ICT',
    title: 'Verlenging DVO ICT',
    summary:
      'Verlenging van de dienstverleningsovereenkomst ICT met vijf jaar, met een nieuwe dienstencatalogus.',
    points: [
      'De DVO ICT te verlengen tot en met 2031.',
      'De geactualiseerde dienstencatalogus vast te stellen.',
    ],
    cents: 12_000_000,
    db: -5,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'CONSENT',
    taskTitle: 'Laat de verlengde DVO ICT ondertekenen door de burgemeester',
  },
  {
    key: 'glasvezel',
    portfolio: 'BIC',
    area: 'GEO',
    title: 'Glasvezel buitengebied: ambtelijke inzet',
    summary: 'Inzet van de afdeling GEO bij de aanleg van glasvezel in het buitengebied.',
    points: ['In te stemmen met 1,5 fte tijdelijke inzet voor de glasvezelaanleg.'],
    cents: 16_500_000,
    db: -4,
    advice: AdviceOutcome.NO_ADVICE,
    decision: DecisionOutcome.WITHDRAWN,
    handling: 'DEBATE',
    withdrawn: true,
  },
  {
    key: 'wmo-loket-reusel',
    portfolio: 'MD',
    area: 'WMO',
    title: 'Pilot Wmo-loket aan huis Reusel-De Mierden',
    summary:
      'Een jaar lang keukentafelgesprekken op afspraak bij inwoners thuis, alleen in Reusel-De Mierden.',
    points: [
      'In te stemmen met de pilot Wmo-loket aan huis.',
      'De kosten ten laste van Reusel-De Mierden te brengen.',
    ],
    cents: 4_800_000,
    db: -4,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'CONSENT',
    scope: ['GM1667'],
  },
  {
    key: 'ontwerpbegroting',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Ontwerpbegroting 2027',
    summary: 'De ontwerpbegroting 2027 en meerjarenraming 2028-2030, voor zienswijze naar de raden.',
    points: [
      'De ontwerpbegroting 2027 voorlopig vast te stellen.',
      'De ontwerpbegroting voor zienswijze aan de raden te zenden (termijn twaalf weken).',
    ],
    cents: 1_080_000_000,
    db: -2,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    ab: true,
    handling: 'DEBATE',
    document: true,
  },
  {
    key: 'sociaal-plan',
    portfolio: 'BIC',
    area: 'ICT',
    title: 'Sociaal plan reorganisatie team Applicatiebeheer',
    summary:
      'Afspraken met de ondernemingsraad over de herplaatsing van medewerkers van team Applicatiebeheer.',
    points: ['In te stemmen met het sociaal plan.', 'Geheimhouding op te leggen op het plan en de bijlagen.'],
    cents: 38_000_000,
    db: -2,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'DEBATE',
    confidentiality: Confidentiality.SECRET,
  },
  {
    key: 'begrotingswijziging',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Tweede begrotingswijziging 2026',
    summary: 'Verwerking van de meicirculaire, hogere energielasten en de cao-stijging in de begroting 2026.',
    points: [
      'De tweede begrotingswijziging 2026 vast te stellen.',
      'De bijdragen van de gemeenten aan te passen.',
    ],
    cents: 27_500_000,
    db: -1,
    advice: AdviceOutcome.POSITIVE,
    decision: DecisionOutcome.ADOPTED,
    handling: 'CONSENT',
    taskTitle: 'Verwerk de tweede begrotingswijziging 2026 in de gemeentebegroting',
    taskDays: 14,
  },
  {
    key: 'uitvoeringsplan-wmo',
    portfolio: 'MD',
    area: 'WMO',
    title: 'Uitvoeringsplan Wmo 2027',
    summary:
      'Het uitvoeringsplan Wmo 2027: inzet op preventie, de wachttijden voor indicaties en mantelzorg.',
    points: [
      'Het Uitvoeringsplan Wmo 2027 vast te stellen.',
      'Het budget voor mantelzorgondersteuning met € 150.000 te verhogen.',
      'De raden te informeren met bijgevoegde raadsinformatiebrief.',
    ],
    cents: 15_000_000,
    db: 0,
    advice: AdviceOutcome.POSITIVE_WITH_CHANGES,
    handling: 'DEBATE',
    secondVersion: 'Beslispunt 2 toegevoegd na het advies van de commissie (mantelzorgondersteuning).',
    document: true,
  },
  {
    key: 'informatiebeveiliging',
    portfolio: 'BIC',
    area: 'ICT',
    title: 'Informatiebeveiligingsbeleid',
    summary:
      'Het informatiebeveiligingsbeleid op basis van de BIO 2.0, met rollen en jaarlijkse ENSIA-verantwoording.',
    points: [
      'Het informatiebeveiligingsbeleid vast te stellen.',
      'De CISO te belasten met de jaarlijkse rapportage.',
    ],
    cents: 0,
    db: 0,
    advice: AdviceOutcome.POSITIVE,
    handling: 'CONSENT',
    document: true,
  },
  {
    key: 'beleidsregels-jeugd',
    portfolio: 'MD',
    area: 'JEUGD',
    title: 'Beleidsregels Jeugdhulp 2027',
    summary: 'Geactualiseerde beleidsregels voor de toegang tot jeugdhulp na de Hervormingsagenda Jeugd.',
    points: ['De beleidsregels Jeugdhulp 2027 vast te stellen.'],
    cents: 0,
    db: 1,
    advice: AdviceOutcome.POSITIVE,
    handling: 'CONSENT',
  },
  {
    key: 'uitvoeringsprogramma-vth',
    portfolio: 'VTH',
    area: 'VTH',
    title: 'Uitvoeringsprogramma VTH 2027',
    summary: 'Het jaarlijkse uitvoeringsprogramma met de toezichtscapaciteit per gemeente.',
    points: [
      'Het uitvoeringsprogramma VTH 2027 vast te stellen.',
      'De capaciteit per gemeente vast te leggen.',
    ],
    cents: 2_400_000,
    db: 1,
    advice: AdviceOutcome.POSITIVE_WITH_CHANGES,
    handling: 'DEBATE',
    scope: 'VTH',
  },
  {
    key: 'leges-vth',
    portfolio: 'VTH',
    area: 'VTH',
    title: 'Tarieven leges omgevingsvergunning 2027',
    summary: 'Kostendekkende legestarieven voor de omgevingsvergunning onder de Omgevingswet.',
    points: ['De colleges te adviseren de legestarieven 2027 over te nemen in de legesverordening.'],
    cents: 0,
    committee: 'last',
    advice: AdviceOutcome.POSITIVE,
    scope: 'VTH',
  },
  {
    key: 'dvo-geo',
    portfolio: 'BIC',
    area: 'GEO',
    title: 'Dienstverleningsovereenkomst GEO en BAG 2027',
    summary: 'Nieuwe afspraken over levertijden en kwaliteit van GEO-informatie en de BAG-registratie.',
    points: ['De DVO GEO en BAG 2027 vast te stellen.'],
    cents: 3_500_000,
    committee: 'last',
    advice: AdviceOutcome.NO_ADVICE,
  },
  {
    key: 'participatie-formatie',
    portfolio: 'MD',
    area: 'PARTICIPATIE',
    title: 'Uitbreiding formatie Participatie',
    summary: 'Uitbreiding met 3 fte klantmanagers voor de begeleiding van statushouders naar werk.',
    points: ['In te stemmen met de uitbreiding van de formatie met 3 fte.'],
    cents: 27_000_000,
    committee: 'last',
    advice: AdviceOutcome.NEGATIVE,
    withdrawn: true,
  },
  {
    key: 'armoedebeleid',
    portfolio: 'MD',
    area: 'PARTICIPATIE',
    title: 'Armoedebeleid Kempen 2027-2030',
    summary: 'Eén armoedebeleid voor de vijf gemeenten, met een kindpakket en schuldpreventie.',
    points: [
      'Het armoedebeleid Kempen 2027-2030 vast te stellen.',
      'De raden te vragen om wensen en bedenkingen.',
    ],
    cents: 9_000_000,
    committee: 'next',
  },
  {
    key: 'normenkader',
    portfolio: 'FC',
    area: 'FINANCIEN',
    title: 'Normenkader rechtmatigheid 2026',
    summary: 'Het normenkader voor de rechtmatigheidsverantwoording door het dagelijks bestuur.',
    points: ['Het normenkader rechtmatigheid 2026 vast te stellen.'],
    cents: 0,
    committee: 'next',
    advice: AdviceOutcome.POSITIVE,
    adviceDraft: true,
  },
  {
    key: 'huisvesting',
    portfolio: 'BIC',
    area: 'ICT',
    title: 'Verduurzaming huisvesting Kempengemeenten',
    summary: 'Zonnepanelen en een warmtepomp voor het kantoor van de Kempengemeenten.',
    points: ['Een krediet van € 640.000 beschikbaar te stellen voor de verduurzaming.'],
    cents: 64_000_000,
  },
  {
    key: 'evaluatie-wmo-loket',
    portfolio: 'MD',
    area: 'WMO',
    title: 'Evaluatie Wmo-loket',
    summary: 'Evaluatie van de bereikbaarheid en doorlooptijden van het Wmo-loket.',
    points: ['Kennis te nemen van de evaluatie van het Wmo-loket.'],
    cents: 0,
  },
  {
    key: 'vuurwerk',
    portfolio: 'VTH',
    area: 'VTH',
    title: 'Regionale aanpak vuurwerkhandhaving',
    summary: 'Gezamenlijke inzet van boa’s rond de jaarwisseling in de vier VTH-gemeenten.',
    points: ['In te stemmen met de regionale aanpak vuurwerkhandhaving.'],
    cents: 1_200_000,
    scope: 'VTH',
  },
];

/** The body text of a proposal version, in Markdown. */
export function proposalBody(proposal: DemoProposal, version: number): string {
  const euros = (Math.abs(proposal.cents) / 100).toLocaleString('nl-NL', { maximumFractionDigits: 0 });
  return [
    `# ${proposal.title}`,
    '',
    '## Aanleiding',
    proposal.summary,
    '',
    '## Voorstel',
    ...proposal.points.map((point, index) => `${index + 1}. ${point}`),
    '',
    '## Financiële gevolgen',
    proposal.cents === 0
      ? 'Het voorstel past binnen de bestaande begroting.'
      : `Het voorstel heeft een ${proposal.cents < 0 ? 'voordelig' : 'nadelig'} effect van € ${euros}, verdeeld naar de kostenverdeelsleutel van het taakveld.`,
    '',
    '## Vervolg',
    version > 1
      ? `Versie ${version}: ${proposal.secondVersion}`
      : 'Na besluitvorming worden de colleges geïnformeerd.',
  ].join('\n');
}

export const REVIEW_TEXTS = {
  own: [
    'Aandachtspunt voor ons college: de bijdrage past niet binnen de huidige raming; dekking voorstellen in de voorjaarsnota.',
    'Portefeuillehouder vooraf bijpraten; de raad heeft eerder vragen gesteld over dit onderwerp.',
    'Geen bezwaren vanuit onze organisatie; wel de communicatie met onze inwoners afstemmen.',
  ],
  shared: [
    'Vraag aan het overleg: is de uitvoering per gemeente gelijk, of is maatwerk mogelijk?',
    'Graag in het DB toelichten hoe het advies van de commissie is verwerkt.',
    'Wij missen een risicoparagraaf; graag aanvullen voor de DB-vergadering.',
  ],
};

export const ADVICE_TEXTS: Record<string, string> = {
  POSITIVE: 'De commissie adviseert het dagelijks bestuur positief: het voorstel is helder en uitvoerbaar.',
  POSITIVE_WITH_CHANGES:
    'De commissie adviseert positief, mits het voorstel wordt aangepast zoals in de vergadering besproken.',
  NEGATIVE:
    'De commissie adviseert negatief: de noodzaak en de financiële onderbouwing zijn onvoldoende aangetoond.',
  NO_ADVICE: 'De commissie geeft geen advies: de standpunten van de gemeenten lopen uiteen.',
};
