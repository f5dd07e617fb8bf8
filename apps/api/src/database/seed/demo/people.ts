/**
 * The demo's people: fictional names (never real persons) and e-mail addresses under `.example` domains. The
 * logins of domain.md's demo logins table are among them; all sign in with DEMO_PASSWORD.
 */
/** The one password of every demo account, published in the README. */
export const DEMO_PASSWORD = 'bestuurskracht-demo';

export interface DemoPerson {
  email: string;
  name: string;
}

/** Kempengemeenten's gemeenten by CBS code, with their e-mail domain. */
export const KEMPEN_GEMEENTEN = [
  { cbsCode: 'GM1724', name: 'Bergeijk', domain: 'bergeijk.example' },
  { cbsCode: 'GM1728', name: 'Bladel', domain: 'bladel.example' },
  { cbsCode: 'GM0770', name: 'Eersel', domain: 'eersel.example' },
  { cbsCode: 'GM0823', name: 'Oirschot', domain: 'oirschot.example' },
  { cbsCode: 'GM1667', name: 'Reusel-De Mierden', domain: 'reusel-demierden.example' },
] as const;

export type KempenCbs = (typeof KEMPEN_GEMEENTEN)[number]['cbsCode'];

/** Per gemeente: gemeentesecretaris, burgemeester, and the wethouders in the commissions (no VTH in Bergeijk). */
export const KEMPEN_GEMEENTE_PEOPLE: Record<
  KempenCbs,
  { secretaris: string; burgemeester: string; md: string; vth: string | null; financien: string }
> = {
  GM1724: {
    secretaris: 'Joost Hermkens-Aalders',
    burgemeester: 'Ingrid Waalboer',
    md: 'Theo Brouwers-Sleegers',
    vth: null,
    financien: 'Fenna Luijkx',
  },
  GM1728: {
    secretaris: 'Miriam Coppelmans',
    burgemeester: 'Bart van Oerle-Keunen',
    md: 'Ellen Spapens-Hoeks',
    vth: 'Ruud Loonstra',
    financien: 'Harm Verspagen',
  },
  GM0770: {
    secretaris: 'Koen Adriaansen-Vos',
    burgemeester: 'Anouk Slegers-Timmer',
    md: 'Willemijn Bavelaar',
    vth: 'Pieter Kolsteren',
    financien: 'Lotte Hezemans',
  },
  GM0823: {
    secretaris: 'Sandra Vingerhoets',
    burgemeester: 'Geert-Jan Meulendijks',
    md: 'Nadia el Amrani-Swinkels',
    vth: 'Frank Reijnders-Lavrijsen',
    financien: 'Yvonne Kuijpers-Braam',
  },
  GM1667: {
    secretaris: 'Erik Daniëls-Maas',
    burgemeester: 'Monique Panhuijzen',
    md: 'Stijn Vermeulen-Adams',
    vth: 'Carla Wuijts',
    financien: 'Tom Beerens-Hoogeveen',
  },
};

export const KEMPEN_STAFF = {
  director: { email: 'directeur@kempengemeenten.example', name: 'Marloes Verbeek-Hoogland' },
  administrator: { email: 'beheerder@kempengemeenten.example', name: 'Ruud van Gilst-Mertens' },
  vth: { email: 'beleid.vth@kempengemeenten.example', name: 'Sanne Verhagen-Aerts' },
  md: { email: 'beleid.md@kempengemeenten.example', name: 'Dewi Soetens' },
  bic: { email: 'beleid.bedrijfsvoering@kempengemeenten.example', name: 'Maarten Klerx-Bosma' },
  fc: { email: 'controller@kempengemeenten.example', name: 'Ilse van Rooij-Dekkers' },
  formerAlderman: { email: 'oud-wethouder@oirschot.example', name: 'Henk Swaanen-de Wit' },
} satisfies Record<string, DemoPerson>;

export const NOABER_GEMEENTEN = [
  { cbsCode: 'GM1774', name: 'Dinkelland', domain: 'dinkelland.example' },
  { cbsCode: 'GM0183', name: 'Tubbergen', domain: 'tubbergen.example' },
] as const;

export type NoaberCbs = (typeof NOABER_GEMEENTEN)[number]['cbsCode'];

export const NOABER_GEMEENTE_PEOPLE: Record<
  NoaberCbs,
  { secretaris: string; burgemeester: string; sociaal: string; ruimte: string; financien: string }
> = {
  GM1774: {
    secretaris: 'Gerdien Oude Lenferink',
    burgemeester: 'Wim Nijhuis-Kampman',
    sociaal: 'Annet Busscher-Leferink',
    ruimte: 'Jos Paus-Olthof',
    financien: 'Rianne Ter Keurst',
  },
  GM0183: {
    secretaris: 'Bennie Morshuis-Vos',
    burgemeester: 'Margriet Schuttenbeld',
    sociaal: 'Hans Lohuis-Wiggers',
    ruimte: 'Ineke Pieper-Oosterik',
    financien: 'Gert Steggink',
  },
};

export const NOABER_STAFF = {
  director: { email: 'directeur@noaberkracht.example', name: 'Jeroen Hofsté-Engbers' },
  administrator: { email: 'beheerder@noaberkracht.example', name: 'Marjolein Kuipers-Wessels' },
  sociaal: { email: 'beleid.sociaal@noaberkracht.example', name: 'Femke Oude Hengel' },
  ruimte: { email: 'beleid.ruimte@noaberkracht.example', name: 'Niels Tijhuis' },
  bedrijfsvoering: { email: 'beleid.bedrijfsvoering@noaberkracht.example', name: 'Sabine Leusink-Grob' },
} satisfies Record<string, DemoPerson>;
