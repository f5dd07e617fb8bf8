import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AccessStore } from '../access/access.store';

/** Pages for signed-in people: anyone else goes to the sign-in page, and comes back here afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return inject(AccessStore)
    .settled()
    .pipe(
      map((person) =>
        person ? true : router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } }),
      ),
    );
};
