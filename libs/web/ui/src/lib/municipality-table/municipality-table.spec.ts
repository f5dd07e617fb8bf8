import { TestBed } from '@angular/core/testing';
import { MunicipalityTable, type MunicipalityRow } from './municipality-table';

const kempen: MunicipalityRow[] = [
  { id: '1', name: 'Bergeijk', cbsCode: 'GM1724', inhabitants: 18965 },
  { id: '2', name: 'Reusel-De Mierden', cbsCode: 'GM1667', inhabitants: 13672 },
];

describe('MunicipalityTable', () => {
  function render(): HTMLElement {
    const fixture = TestBed.createComponent(MunicipalityTable);
    fixture.componentRef.setInput('caption', 'Gemeenten van Kempengemeenten');
    fixture.componentRef.setInput('municipalities', kempen);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element | null) => element?.textContent?.trim();

  it('has a caption and column headers with a scope', () => {
    const table = render();
    const headers = [...table.querySelectorAll('thead th')];

    expect(text(table.querySelector('caption'))).toBe('Gemeenten van Kempengemeenten');
    expect(headers.map(text)).toEqual(['Naam', 'CBS-code', 'Inwoners']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('shows one row per gemeente, named by a row header, with inwoners in Dutch notation', () => {
    const table = render();
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));

    expect(rows).toEqual([
      ['Bergeijk', 'GM1724', '18.965'],
      ['Reusel-De Mierden', 'GM1667', '13.672'],
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('uses the NL Design System table classes', () => {
    const table = render();

    expect(table.querySelector('table')?.classList).toContain('utrecht-table');
  });
});
