import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('marks the matching words and keeps the rest as plain text', () => {
    expect(snippetParts('De <b>leges</b> voor <b>2027</b> stijgen')).toEqual([
      { text: 'De ', match: false },
      { text: 'leges', match: true },
      { text: ' voor ', match: false },
      { text: '2027', match: true },
      { text: ' stijgen', match: false },
    ]);
  });

  it('never turns other markup into HTML: it stays text', () => {
    expect(snippetParts('<img src=x onerror=alert(1)> <b>x</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'x', match: true },
    ]);
  });
});
