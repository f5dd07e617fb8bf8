import { TestBed } from '@angular/core/testing';
import { ErrorAlert } from './error-alert';

describe('ErrorAlert', () => {
  function render() {
    const fixture = TestBed.createComponent(ErrorAlert);
    fixture.componentRef.setInput('message', 'De gegevens konden niet worden geladen.');
    fixture.detectChanges();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('shows the message as an alert', () => {
    const { host } = render();
    const alert = host.querySelector('[role="alert"]');

    expect(alert?.textContent).toContain('De gegevens konden niet worden geladen.');
    expect(alert?.classList).toContain('utrecht-alert--error');
  });

  it('offers to try again, and says so when the button is pressed', () => {
    const { fixture, host } = render();
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);
    const button = host.querySelector('button') as HTMLButtonElement;

    button.click();

    expect(button.textContent?.trim()).toBe('Probeer het opnieuw');
    expect(button.type).toBe('button');
    expect(retried).toHaveBeenCalledTimes(1);
  });
});
