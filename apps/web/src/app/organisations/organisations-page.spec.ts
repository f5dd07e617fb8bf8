import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Organisation, OrganisationsStore } from '@bestuurskracht/web/data-access';
import { OrganisationsPage } from './organisations-page';

const noaberkracht: Organisation = {
  id: 'org-noaberkracht',
  name: 'Noaberkracht',
  kind: 'SHARED_SERVICE_MERGER',
  legalForm: 'OPERATIONAL_ORGANISATION',
  municipalities: [
    { id: 'gm-1774', name: 'Dinkelland', cbsCode: 'GM1774', inhabitants: 27451 },
    { id: 'gm-0183', name: 'Tubbergen', cbsCode: 'GM0183', inhabitants: 21764 },
  ],
};

/** Stands in for the Apollo-backed store, so the page is tested on what it shows for each state. */
class FakeOrganisationsStore {
  readonly organisations = signal<readonly Organisation[]>([]);
  readonly loading = signal(false);
  readonly error = signal<Error | undefined>(undefined);
  readonly reload = jest.fn();
}

describe('OrganisationsPage', () => {
  let store: FakeOrganisationsStore;

  function render(): HTMLElement {
    const fixture = TestBed.createComponent(OrganisationsPage);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    store = new FakeOrganisationsStore();
    TestBed.overrideComponent(OrganisationsPage, {
      set: { providers: [{ provide: OrganisationsStore, useValue: store }] },
    });
  });

  it('is headed "Samenwerkingsorganisaties"', () => {
    expect(render().querySelector('h1')?.textContent).toBe('Samenwerkingsorganisaties');
  });

  it('says it is loading, and marks the content busy, while the store loads', () => {
    store.loading.set(true);
    const page = render();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Gegevens worden geladen…');
    expect(page.querySelector('[aria-busy]')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows an alert in Dutch with a way to try again when loading failed', () => {
    store.error.set(new Error('Failed to fetch'));
    const page = render();
    const alert = page.querySelector('[role="alert"]');

    (alert?.querySelector('button') as HTMLButtonElement).click();

    expect(alert?.textContent).toContain('konden niet worden geladen');
    expect(alert?.textContent).not.toContain('Failed to fetch');
    expect(store.reload).toHaveBeenCalledTimes(1);
  });

  it('shows each organisation with its kind and legal form in Dutch and a table of its gemeenten', () => {
    store.organisations.set([noaberkracht]);
    const page = render();
    const section = page.querySelector('section');
    const facts = [...(section?.querySelectorAll('dd') ?? [])].map((dd) => dd.textContent);

    expect(section?.querySelector('h2')?.textContent).toBe('Noaberkracht');
    expect(facts).toEqual(['ambtelijke fusie', 'bedrijfsvoeringsorganisatie']);
    expect(section?.querySelector('caption')?.textContent?.trim()).toBe('Gemeenten in Noaberkracht');
    expect(section?.querySelector('tbody')?.textContent).toContain('27.451');
    expect(page.querySelector('[aria-busy]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says so when there are no organisations yet', () => {
    expect(render().textContent).toContain('Er zijn nog geen samenwerkingsorganisaties.');
  });
});
