import { TestBed } from '@angular/core/testing';
import { LoadingIndicator } from './loading-indicator';

describe('LoadingIndicator', () => {
  it('announces in Dutch that data is loading, as a status', () => {
    const fixture = TestBed.createComponent(LoadingIndicator);
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.getAttribute('role')).toBe('status');
    expect(host.textContent?.trim()).toBe('Gegevens worden geladen…');
  });

  it('says what is loading when given a label', () => {
    const fixture = TestBed.createComponent(LoadingIndicator);
    fixture.componentRef.setInput('label', 'Agenda wordt geladen…');
    fixture.detectChanges();

    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('Agenda wordt geladen…');
  });

  it('hides the spinner from assistive technology', () => {
    const fixture = TestBed.createComponent(LoadingIndicator);
    fixture.detectChanges();

    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.bk-spinner')?.getAttribute('aria-hidden'),
    ).toBe('true');
  });
});
