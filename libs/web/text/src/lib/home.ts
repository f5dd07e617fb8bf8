/** The home page (what needs my attention) and the notifications page. */
export const home = {
  title: 'Overzicht',
  greeting: (name: string) => `Welkom, ${name}`,
  intro: 'Dit vraagt nu uw aandacht.',
  nothing: 'Er vraagt nu niets uw aandacht. Nieuwe agenda’s, adviezen en taken verschijnen hier vanzelf.',
  loadFailed: 'Uw overzicht kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  review: {
    title: 'Voorbereiden voor het directeurenoverleg',
    progress: (reviewed: number, total: number) =>
      `${reviewed} van ${total} agendapunten bekeken door uw gemeente`,
    open: 'Naar de voorbereiding',
  },
  advice: {
    title: 'Advies vast te stellen',
    outcome: 'Concept-advies',
    untitled: 'Voorstel',
  },
  publish: {
    title: 'Agenda te publiceren',
    due: 'Uiterlijk openbaar bij de start, volgens de Woo:',
  },
  tasks: {
    title: 'Taken van uw gemeente',
    due: 'Uiterlijk',
    all: 'Alle taken van uw gemeente',
  },
  councilViews: {
    title: 'Zienswijzen met een termijn',
    deadline: 'Termijn tot',
    overdue: 'termijn verstreken',
    daysLeft: (days: number) => (days === 1 ? 'nog 1 dag' : `nog ${days} dagen`),
    all: 'Alle zienswijzen',
  },
} as const;

export const notifications = {
  title: 'Meldingen',
  intro: 'Nieuws over de voorstellen die u volgt.',
  empty: 'U heeft geen meldingen. Volg een voorstel om hier te zien wat ermee gebeurt.',
  markAllRead: 'Alles als gelezen markeren',
  markRead: 'Markeer als gelezen',
  unread: 'ongelezen',
  openProposal: 'Bekijk het voorstel',
  loadFailed: 'De meldingen konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
} as const;
