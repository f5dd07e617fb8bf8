import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter(appRoutes)] }));

  it('shows "Pagina niet gevonden" for an address that does not exist', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/bestaat-niet');

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Pagina niet gevonden');
    expect(harness.routeNativeElement?.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('gives every page a Dutch title naming the product', () => {
    expect(appRoutes.map((route) => route.title)).toEqual([
      'Samenwerkingsorganisaties – Bestuurskracht',
      'Pagina niet gevonden – Bestuurskracht',
    ]);
  });
});
