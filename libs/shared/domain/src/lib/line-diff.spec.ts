import { lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('keeps what stayed, strikes what went and adds what came, in order', () => {
    expect(
      lineDiff(
        ['In te stemmen met het plan', 'Het budget vast te stellen op € 1 mln', 'De raden te informeren'],
        [
          'In te stemmen met het plan',
          'Het budget vast te stellen op € 1,2 mln',
          'De raden te informeren',
          'Te evalueren in 2028',
        ],
      ),
    ).toEqual([
      { kind: 'SAME', text: 'In te stemmen met het plan' },
      { kind: 'REMOVED', text: 'Het budget vast te stellen op € 1 mln' },
      { kind: 'ADDED', text: 'Het budget vast te stellen op € 1,2 mln' },
      { kind: 'SAME', text: 'De raden te informeren' },
      { kind: 'ADDED', text: 'Te evalueren in 2028' },
    ]);
  });

  it('handles empty sides', () => {
    expect([lineDiff([], ['a']), lineDiff(['a'], []), lineDiff([], [])]).toEqual([
      [{ kind: 'ADDED', text: 'a' }],
      [{ kind: 'REMOVED', text: 'a' }],
      [],
    ]);
  });
});
