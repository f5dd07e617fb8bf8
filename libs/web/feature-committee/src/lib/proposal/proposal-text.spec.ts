import { proposalTextBlocks } from './proposal-text';

describe('proposalTextBlocks', () => {
  it('reads the headings, numbered points and paragraphs of a proposal, headings below the page outline', () => {
    expect(
      proposalTextBlocks(
        [
          '# Armoedebeleid Kempen',
          '',
          '## Aanleiding',
          'Eén armoedebeleid',
          'voor de vijf gemeenten.',
          '',
          '## Voorstel',
          '1. Het armoedebeleid vast te stellen.',
          '2. De raden te vragen om wensen en bedenkingen.',
          '- een kindpakket',
        ].join('\n'),
      ),
    ).toEqual([
      { kind: 'heading', level: 3, text: 'Armoedebeleid Kempen' },
      { kind: 'heading', level: 4, text: 'Aanleiding' },
      { kind: 'paragraph', text: 'Eén armoedebeleid voor de vijf gemeenten.' },
      { kind: 'heading', level: 4, text: 'Voorstel' },
      {
        kind: 'list',
        ordered: true,
        items: ['Het armoedebeleid vast te stellen.', 'De raden te vragen om wensen en bedenkingen.'],
      },
      { kind: 'list', ordered: false, items: ['een kindpakket'] },
    ]);
  });

  it('keeps markup as text: nothing becomes HTML', () => {
    expect(proposalTextBlocks('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
});
