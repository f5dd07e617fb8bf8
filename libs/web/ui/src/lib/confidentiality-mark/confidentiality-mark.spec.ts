import { TestBed } from '@angular/core/testing';
import { ConfidentialityMark } from './confidentiality-mark';

function render(inputs: Record<string, unknown>): HTMLElement {
  const fixture = TestBed.createComponent(ConfidentialityMark);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ConfidentialityMark', () => {
  it('says nothing about an openbaar item for every gemeente', () => {
    expect(render({ confidentiality: 'PUBLIC' }).textContent?.trim()).toBe('');
  });

  it('marks a confidential item in words', () => {
    expect(render({ confidentiality: 'CONFIDENTIAL' }).textContent?.trim()).toBe('vertrouwelijk');
  });

  it('names the gemeenten a limited item is for', () => {
    const badges = render({ confidentiality: 'SECRET', limitedTo: ['Bladel', 'Eersel'] }).querySelectorAll(
      'span',
    );
    expect([...badges].map((badge) => badge.textContent?.trim())).toEqual([
      'geheim',
      'Alleen voor Bladel en Eersel',
    ]);
  });
});
