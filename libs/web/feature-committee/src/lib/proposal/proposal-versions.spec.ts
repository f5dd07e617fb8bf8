import { TestBed } from '@angular/core/testing';
import { ProposalVersions } from './proposal-versions';
import type { ProposalVersion } from './proposal.store';

const version = (number: number, body: string, points: string[]): ProposalVersion => ({
  id: `v${number}`,
  number,
  body,
  changeNote: number > 1 ? 'Budget verhoogd na de commissie' : null,
  createdAt: `2026-11-0${number}T10:00:00.000Z`,
  decisionPoints: points.map((text, index) => ({ id: `v${number}-${index}`, number: index + 1, text })),
});

const versions = [
  version(1, 'Aanleiding\nHet budget is € 1 mln.', [
    'In te stemmen met het plan.',
    'Het budget op € 1 mln te stellen.',
  ]),
  version(2, 'Aanleiding\nHet budget is € 1,2 mln.', [
    'In te stemmen met het plan.',
    'Het budget op € 1,2 mln te stellen.',
  ]),
  version(3, 'Aanleiding\nHet budget is € 1,2 mln.\nEvaluatie in 2028.', [
    'In te stemmen met het plan.',
    'Het budget op € 1,2 mln te stellen.',
  ]),
];

describe('ProposalVersions', () => {
  function render() {
    const fixture = TestBed.createComponent(ProposalVersions);
    fixture.componentRef.setInput('versions', versions);
    fixture.detectChanges();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  const lines = (host: HTMLElement, selector: string) =>
    [...host.querySelectorAll(selector)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

  it('lists every version with its date and why it was made', () => {
    const { host } = render();

    const rows = [...host.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1', '1 november 2026', 'eerste versie'],
      ['2', '2 november 2026', 'Budget verhoogd na de commissie'],
      ['3', '3 november 2026', 'Budget verhoogd na de commissie'],
    ]);
  });

  it('compares the last two versions at first: only the added line of the body', () => {
    const { host } = render();

    expect(lines(host, 'ins')).toEqual(['+toegevoegd: Evaluatie in 2028.']);
    expect(lines(host, 'del')).toEqual([]);
  });

  it('compares two chosen versions: a changed beslispunt is removed and added, in words', () => {
    const { fixture, host } = render();
    const from = host.querySelector('#diff-from') as HTMLSelectElement;
    from.value = '1';
    from.dispatchEvent(new Event('change'));
    fixture.detectChanges();

    expect(lines(host, 'del')).toContain('−verwijderd: 2. Het budget op € 1 mln te stellen.');
    expect(lines(host, 'ins')).toContain('+toegevoegd: 2. Het budget op € 1,2 mln te stellen.');
  });

  it('asks for two different versions when the same one is chosen twice', () => {
    const { fixture, host } = render();
    const to = host.querySelector('#diff-to') as HTMLSelectElement;
    to.value = '2';
    to.dispatchEvent(new Event('change'));
    fixture.detectChanges();

    expect(host.textContent).toContain('Kies twee verschillende versies.');
  });
});
