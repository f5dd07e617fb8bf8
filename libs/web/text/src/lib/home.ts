/** The home page (what needs my attention) and the notifications page. */
export const home = {
  title: 'Overzicht',
  greeting: (name: string) => `Welkom, ${name}`,
  intro: 'Dit vraagt nu uw aandacht.',
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
