import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageLayout } from './page-layout';

@Component({
  imports: [PageLayout],
  template: `<bk-page-layout productName="Bestuurskracht"
    ><h1>Samenwerkingsorganisaties</h1></bk-page-layout
  >`,
})
class Host {}

describe('PageLayout', () => {
  function render(): HTMLElement {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    document.body.appendChild(fixture.nativeElement);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => (document.body.innerHTML = ''));

  it('shows the product name in the header', () => {
    const page = render();

    expect(page.querySelector('header')?.textContent).toContain('Bestuurskracht');
  });

  it('puts the page content inside the main landmark', () => {
    const page = render();

    expect(page.querySelector('main h1')?.textContent).toBe('Samenwerkingsorganisaties');
  });

  it('starts with a skip link that points at main', () => {
    const page = render();
    const firstLink = page.querySelector('a');
    const main = page.querySelector('main');

    expect(firstLink?.textContent?.trim()).toBe('Direct naar de inhoud');
    expect(firstLink?.getAttribute('href')).toBe(`#${main?.id}`);
    expect(main?.getAttribute('tabindex')).toBe('-1');
  });

  it('moves focus to main when the skip link is followed', () => {
    const page = render();
    const skipLink = page.querySelector('a') as HTMLAnchorElement;

    skipLink.click();

    expect(document.activeElement).toBe(page.querySelector('main'));
  });
});
