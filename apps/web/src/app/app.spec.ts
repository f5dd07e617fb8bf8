import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MeDocument } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter(appRoutes)] }),
  );

  it('shows "Pagina niet gevonden" for an address that does not exist', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/bestaat-niet');

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Pagina niet gevonden');
    expect(harness.routeNativeElement?.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('sends someone who is not signed in to the sign-in page, remembering where they were going', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/meldingen');

    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.inject(ApolloTestingController)
      .expectOne(MeDocument)
      .flush({ data: { me: { person: null, rules: '[]' } } });
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/inloggen?terug=%2Fmeldingen');
  });
});
