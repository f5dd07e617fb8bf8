import { TestBed } from '@angular/core/testing';
import { AccessStore } from '@bestuurskracht/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { DecisionItem } from './decision-item';
import {
  type DecisionAgendaItem,
  type DecisionMeeting,
  MeetingDecisionsStore,
} from './meeting-decisions.store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const meeting = {
  id: 'm1',
  title: 'Dagelijks Bestuur 26 november 2026',
  startsAt: '2026-11-26T08:30:00.000Z',
  status: 'PUBLISHED',
  bodyId: 'db',
  organisationId: 'kempen',
  body: { id: 'db', name: 'Dagelijks Bestuur' },
  agendaItems: [],
} as unknown as DecisionMeeting;

const item = {
  id: 'i1',
  position: 1,
  title: 'Opening',
  purpose: 'INFORMATION',
  confidentiality: 'PUBLIC',
  municipalityScope: [],
  proposal: null,
} as unknown as DecisionAgendaItem;

describe('DecisionItem', () => {
  let controller: ApolloTestingController;
  let recorded: unknown[];

  beforeEach(() => {
    recorded = [];
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        { provide: AccessStore, useValue: { can: () => true } },
        {
          provide: MeetingDecisionsStore,
          useValue: {
            municipalities: () => [],
            recordDecision: async (input: unknown) => void recorded.push(input),
          },
        },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  async function render() {
    const fixture = TestBed.createComponent(DecisionItem);
    fixture.componentRef.setInput('item', item);
    fixture.componentRef.setInput('meeting', meeting);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const step = async () => {
      await settle();
      fixture.detectChanges();
    };
    return { root, step };
  }

  it('asks for the text in Dutch before recording anything', async () => {
    const { root, step } = await render();
    root.querySelector<HTMLButtonElement>('button')?.click();
    await step();

    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await step();

    expect(root.querySelector('.utrecht-form-field-error-message')?.textContent?.trim()).toBe(
      'Vul de tekst van het besluit in.',
    );
    expect(recorded).toEqual([]);
  });

  it('records the decision on the meeting day, with the item title as its title', async () => {
    const { root, step } = await render();
    root.querySelector<HTMLButtonElement>('button')?.click();
    await step();
    const text = root.querySelector<HTMLTextAreaElement>('textarea');
    if (!text) throw new Error('no text field');
    text.value = 'Het DB neemt kennis van de mededelingen.';
    text.dispatchEvent(new Event('input'));

    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await step();

    expect(recorded).toEqual([
      {
        agendaItemId: 'i1',
        outcome: 'ADOPTED',
        title: 'Opening',
        text: 'Het DB neemt kennis van de mededelingen.',
        decidedOn: '2026-11-26',
        retentionClass: 'KEEP',
      },
    ]);
  });
});
