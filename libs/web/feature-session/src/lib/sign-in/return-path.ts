/**
 * Where to go after signing in: a path inside this app from the `terug` parameter, never another site
 * (`//evil.example`, `https://…`) and never back to the sign-in page itself.
 */
export function returnPath(requested: string | null | undefined): string {
  if (!requested || !requested.startsWith('/') || requested.startsWith('//') || requested.startsWith('/\\'))
    return '/';
  return requested.startsWith('/inloggen') ? '/' : requested;
}
