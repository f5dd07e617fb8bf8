import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { MeetingCalendarPage } from './meeting-calendar-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const bodies = {
  organisations: [
    {
      __typename: 'Organisation',
      id: 'kempen',
      name: 'Kempengemeenten',
      bodies: [
        {
          __typename: 'Body',
          id: 'ab',
          name: 'Algemeen Bestuur',
          kind: 'GENERAL_BOARD',
          organisationId: 'kempen',
        },
        {
          __typename: 'Body',
          id: 'db',
          name: 'Dagelijks Bestuur',
          kind: 'EXECUTIVE_BOARD',
          organisationId: 'kempen',
        },
      ],
    },
  ],
};

function calendarMeeting(id: string, title: string, startsAt: string, status: string) {
  return {
    __typename: 'Meeting',
    id,
    title,
    startsAt,
    endsAt: null,
    location: null,
    status,
    confidentiality: 'CONFIDENTIAL',
    bodyId: 'db',
    organisationId: 'kempen',
  };
}

describe('MeetingCalendarPage', () => {
  let controller: ApolloTestingController;
  let mayCreate: boolean;

  beforeEach(() => {
    mayCreate = false;
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([]),
        {
          provide: AccessStore,
          useValue: { can: () => mayCreate, memberships: signal([{ bodyId: 'db' }]) },
        },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(MeetingCalendarPage);
    fixture.detectChanges();
    await settle();
    controller.expectOne('MeetingBodies').flush({ data: bodies });
    await settle();
    fixture.detectChanges();
    await settle();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the meetings of the first body the person sits in, upcoming first, each linking to it', async () => {
    const { fixture, element } = await render();
    const request = controller.expectOne('BodyMeetings');
    expect(request.operation.variables['bodyId']).toBe('db');
    request.flush({
      data: {
        upcoming: {
          __typename: 'MeetingConnection',
          nodes: [calendarMeeting('m2', 'Dagelijks Bestuur', '2026-12-10T08:30:00.000Z', 'PLANNED')],
        },
        past: {
          __typename: 'MeetingConnection',
          nodes: [
            calendarMeeting('m0', 'DB oktober', '2026-10-01T07:30:00.000Z', 'CLOSED'),
            calendarMeeting('m1', 'DB november', '2026-11-05T08:30:00.000Z', 'CLOSED'),
          ],
        },
      },
    });
    await settle();
    fixture.detectChanges();

    expect(element.querySelector('select')?.value).toBe('db');
    const tables = element.querySelectorAll('table');
    expect(tables[0].querySelector('caption')?.textContent).toContain(
      'Komende vergaderingen van Dagelijks Bestuur',
    );
    expect(tables[0].textContent).toContain('10 december 2026 om 09:30');
    expect(tables[0].textContent).toContain('gepland');
    expect(tables[0].textContent).toContain('vertrouwelijk');
    expect(tables[0].querySelector('a')?.getAttribute('href')).toBe('/vergaderingen/m2');
    expect([...tables[1].querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'DB november',
      'DB oktober',
    ]);
    expect(element.textContent).not.toContain('Nieuwe vergadering');
  });

  it('makes a private agenda link for the body and shows it to copy', async () => {
    const { fixture, element } = await render();
    controller.expectOne('BodyMeetings').flush({
      data: {
        upcoming: { __typename: 'MeetingConnection', nodes: [] },
        past: { __typename: 'MeetingConnection', nodes: [] },
      },
    });
    await settle();
    fixture.detectChanges();

    [...element.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Maak een agendalink')
      ?.click();
    await settle();
    const subscribe = controller.expectOne('SubscribeToCalendar');
    expect(subscribe.operation.variables).toEqual({ bodyId: 'db' });
    subscribe.flush({ data: { subscribeToCalendar: '/calendar/abc123.ics' } });
    await settle();
    fixture.detectChanges();

    const url = element.querySelector<HTMLInputElement>('#calendar-url');
    expect(url?.readOnly).toBe(true);
    expect(url?.value).toMatch(/\/calendar\/abc123\.ics$/);
    expect(element.textContent).toContain('Link intrekken');
  });

  it('keeps what was typed in the new meeting form and says what went wrong when planning fails', async () => {
    mayCreate = true;
    const { fixture, element } = await render();
    controller.expectOne('BodyMeetings').flush({
      data: {
        upcoming: { __typename: 'MeetingConnection', nodes: [] },
        past: { __typename: 'MeetingConnection', nodes: [] },
      },
    });
    await settle();
    fixture.detectChanges();
    [...element.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Nieuwe vergadering')
      ?.click();
    fixture.detectChanges();

    const submit = () =>
      element.querySelector<HTMLFormElement>('bk-new-meeting-form form')?.dispatchEvent(new Event('submit'));
    submit();
    fixture.detectChanges();
    expect(element.querySelector('#new-meeting-date-error')?.textContent).toContain('Vul een datum in.');
    expect(document.activeElement?.id).toBe('new-meeting-date');

    const type = (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('new-meeting-date', '2027-01-21');
    type('new-meeting-startTime', '09:30');
    submit();
    await settle();
    const create = controller.expectOne('CreateMeeting');
    expect(create.operation.variables['input']).toMatchObject({ bodyId: 'db', title: 'Dagelijks Bestuur' });
    create.networkError(new Error('offline'));
    await settle();
    fixture.detectChanges();

    expect(element.querySelector('bk-new-meeting-form [role=alert]')?.textContent).toContain(
      'Er is geen verbinding met de server',
    );
    expect(element.querySelector<HTMLInputElement>('#new-meeting-date')?.value).toBe('2027-01-21');
  });
});
