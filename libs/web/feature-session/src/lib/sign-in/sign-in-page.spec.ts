import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { SignInPage } from './sign-in-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SignInPage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(SignInPage);
    fixture.detectChanges();
    await settle();
    controller.expectOne('SignInOptions').flush({ data: { signInOptions: { oidcLoginPath: null } } });
    await settle();
    fixture.detectChanges();
    const page = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await settle();
      fixture.detectChanges();
    };
    return { fixture, page, type, submit };
  }

  it('asks for both fields in Dutch before sending anything', async () => {
    const { page, submit } = await render();

    await submit();

    expect(
      [...page.querySelectorAll('.utrecht-form-field-error-message')].map((e) => e.textContent?.trim()),
    ).toEqual(['Vul uw e-mailadres in.', 'Vul uw wachtwoord in.']);
    controller.expectNone('LogIn');
  });

  it('says the combination is wrong without telling which half, and empties the password', async () => {
    const { page, type, submit, fixture } = await render();
    type('sign-in-email', 'directeur@kempengemeenten.example');
    type('sign-in-password', 'fout');

    await submit();
    controller.expectOne('LogIn').flush({
      errors: [{ message: 'Wrong e-mail address or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await settle();
    await settle();
    fixture.detectChanges();

    expect(page.querySelector('[role=alert]')?.textContent).toContain(
      'Het e-mailadres of wachtwoord klopt niet',
    );
    expect(page.querySelector<HTMLInputElement>('#sign-in-password')?.value).toBe('');
  });
});
