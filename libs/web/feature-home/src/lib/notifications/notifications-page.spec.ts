import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { NotificationsPage } from './notifications-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('NotificationsPage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(NotificationsPage);
    fixture.detectChanges();
    await settle();
    return fixture;
  }

  it('lists the notifications, unread ones marked, each linking to its proposal', async () => {
    const fixture = await render();
    controller.expectOne('Notifications').flush({
      data: {
        notifications: [
          {
            __typename: 'Notification',
            id: 'n1',
            text: 'Het voorstel Jeugdhulp 2027 is geadviseerd',
            read: false,
            createdAt: '2026-11-20T09:00:00.000Z',
            proposalId: 'p1',
          },
        ],
      },
    });
    await settle();
    fixture.detectChanges();

    const item = (fixture.nativeElement as HTMLElement).querySelector('li');
    expect(item?.textContent).toContain('ongelezen');
    expect(item?.textContent).toContain('20 november 2026 om 10:00');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/voorstellen/p1');
  });

  it('says how to get notifications when there are none', async () => {
    const fixture = await render();
    controller.expectOne('Notifications').flush({ data: { notifications: [] } });
    await settle();
    fixture.detectChanges();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Volg een voorstel');
  });
});
