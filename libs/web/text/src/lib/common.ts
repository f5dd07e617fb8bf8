/** Text of the shell and of what every page shares: navigation, sign-in, actions, states and errors. */
export const common = {
  productName: 'Bestuurskracht',
  skipLink: 'Direct naar de inhoud',
  pageTitleSuffix: ' – Bestuurskracht',
  navigation: {
    label: 'Hoofdmenu',
    home: 'Overzicht',
    meetings: 'Vergaderingen',
    committee: 'Commissiewerk',
    decisions: 'Besluiten',
    review: 'Voorbereiding DB',
    tasks: 'Taken',
    councilViews: 'Zienswijzen',
    admin: 'Beheer',
    notifications: 'Meldingen',
    unread: (count: number) => (count === 1 ? '1 ongelezen melding' : `${count} ongelezen meldingen`),
    signedInAs: 'Ingelogd als',
    signOut: 'Uitloggen',
  },
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met uw e-mailadres en wachtwoord.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    orOidc: 'Of log in met het account van uw organisatie',
    oidc: 'Inloggen met organisatieaccount',
    emailRequired: 'Vul uw e-mailadres in.',
    passwordRequired: 'Vul uw wachtwoord in.',
    wrongCredentials: 'Het e-mailadres of wachtwoord klopt niet. Controleer beide en probeer het opnieuw.',
    tooManyAttempts:
      'Er is te vaak een verkeerd wachtwoord ingevuld. Wacht een kwartier en probeer het dan opnieuw.',
    oidcFailed:
      'Inloggen met uw organisatieaccount is niet gelukt. Probeer het opnieuw of log in met uw wachtwoord.',
    sessionExpired: 'Uw sessie is verlopen. Log opnieuw in; u komt daarna terug op de pagina waar u was.',
    signedOut: 'U bent uitgelogd.',
  },
  actions: {
    retry: 'Probeer het opnieuw',
    save: 'Opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    delete: 'Verwijderen',
    close: 'Sluiten',
    back: 'Terug',
    search: 'Zoeken',
    filter: 'Filteren',
    clearFilters: 'Filters wissen',
    download: 'Downloaden',
    loadMore: 'Meer laden',
    follow: 'Volgen',
    unfollow: 'Niet meer volgen',
  },
  states: {
    loading: 'Gegevens worden geladen…',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen.',
    empty: 'Er is hier nog niets.',
    updatedLive: 'Bijgewerkt: er is iets veranderd.',
  },
  marks: {
    limitedTo: 'Alleen voor',
    limitedToMunicipalities: (names: string) => `Alleen voor ${names}`,
    confidentialHint: 'Niet openbaar: deel de inhoud niet buiten de kring die het mag zien.',
    late: 'te laat',
  },
  errors: {
    NOT_FOUND:
      'Dit onderdeel bestaat niet (meer), of u heeft er geen toegang toe. Ga terug naar het overzicht.',
    CONFLICT:
      'Iemand anders heeft dit intussen gewijzigd. Uw invoer staat er nog; laad de nieuwste versie en probeer het opnieuw.',
    BAD_USER_INPUT: 'Niet alles is goed ingevuld. Controleer de gemarkeerde velden.',
    FORBIDDEN:
      'U mag dit niet doen. Neem contact op met de secretaris of directeur als u denkt dat dit wel zou moeten.',
    UNAUTHENTICATED: 'Uw sessie is verlopen. Log opnieuw in.',
    TOO_MANY_ATTEMPTS: 'Dat ging te vaak achter elkaar. Wacht even en probeer het dan opnieuw.',
    SERVICE_UNAVAILABLE:
      'De database is even niet bereikbaar. Er is niets verloren gegaan van wat al was opgeslagen; probeer het over een minuut opnieuw.',
    NETWORK: 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    UNKNOWN:
      'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, meld het dan bij de functioneel beheerder.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet, of u heeft er geen toegang toe.',
    home: 'Naar het overzicht',
  },
} as const;

export type ErrorCode = keyof typeof common.errors;
