import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import type { AttentionQuery } from '../generated/graphql';
import { HomePage } from './home-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const nothing: AttentionQuery['attention'] = {
  agendasToReview: [],
  advicesToAdopt: [],
  agendasToPublish: [],
  tasks: [],
  councilViewProcedures: [],
};

describe('HomePage', () => {
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
    controller = TestBed.inject(ApolloTestingController);
  });

  async function render(attention: AttentionQuery['attention']): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    await settle();
    controller.expectOne('Attention').flush({ data: { attention } });
    await settle();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows review progress, late tasks in words and zienswijze deadlines', async () => {
    const page = await render({
      ...nothing,
      agendasToReview: [
        {
          meeting: {
            id: 'm1',
            title: 'DB 14 december',
            startsAt: '2026-12-14T18:30:00.000Z',
            body: { id: 'b1', name: 'Dagelijks Bestuur' },
          },
          itemCount: 12,
          reviewedCount: 3,
        },
      ],
      tasks: [
        {
          id: 't1',
          title: 'Bespreek DB-agenda in college',
          dueOn: '2026-11-20',
          late: true,
          status: 'OPEN',
          municipalityId: 'g1',
          confidentiality: 'PUBLIC',
        },
      ],
      councilViewProcedures: [
        {
          id: 'c1',
          title: 'Ontwerpbegroting 2027',
          subject: 'DRAFT_BUDGET',
          deadlineOn: '2026-12-01',
          daysLeft: 8,
          overdue: false,
        },
      ],
    });

    const sections = [...page.querySelectorAll('section')].map((s) =>
      s.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(sections).toEqual([
      expect.stringContaining('3 van 12 agendapunten bekeken door uw gemeente'),
      expect.stringMatching(/Bespreek DB-agenda in college.*20 november 2026.*te laat/),
      expect.stringMatching(/Ontwerpbegroting 2027 \(ontwerpbegroting\).*1 december 2026.*nog 8 dagen/),
    ]);
  });

  it('says so when nothing needs attention', async () => {
    const page = await render(nothing);

    expect(page.textContent).toContain('Er vraagt nu niets uw aandacht');
    expect(page.querySelectorAll('section')).toHaveLength(0);
  });
});
