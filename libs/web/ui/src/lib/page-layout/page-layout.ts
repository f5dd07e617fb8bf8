import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';

/**
 * The frame of every page: a skip link, the header with the product name, what the shell projects into the
 * header (`[bkHeaderEnd]`: who is signed in) and below it (`[bkNavigation]`: the main menu, an alert), and the
 * `<main>` landmark the skip link jumps to. Page content is projected into `<main>`.
 */
@Component({
  selector: 'bk-page-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      class="utrecht-skip-link utrecht-skip-link--visible-on-focus"
      [href]="'#' + mainId"
      (click)="skipToContent($event)"
      >Direct naar de inhoud</a
    >
    <div class="utrecht-page">
      <header class="utrecht-page-header">
        <div class="utrecht-page-header__content">
          <p class="bk-product-name">{{ productName() }}</p>
          <ng-content select="[bkHeaderEnd]" />
        </div>
      </header>
      <ng-content select="[bkNavigation]" />
      <main #main class="utrecht-page-content" [id]="mainId" tabindex="-1">
        <ng-content />
      </main>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .utrecht-page-header__content {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1.5rem;
    }
    .bk-product-name {
      font-size: var(--utrecht-heading-3-font-size, 1.25rem);
      font-weight: var(--utrecht-heading-font-weight, bold);
      margin: 0;
      padding-block: 1rem;
    }
  `,
})
export class PageLayout {
  readonly productName = input('Bestuurskracht');

  protected readonly mainId = 'inhoud';
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * With `<base href="/">` a bare fragment link resolves against the base, not the current route, and the
   * router would navigate away; so focus the landmark directly.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
