/**
 * Content-Security-Policy of the built page: scripts and styles only from this origin, no eval,
 * no request anywhere else. frame-ancestors cannot be set in a meta element: hosts add it in the
 * header (README, "Intégrer le simulateur"). Workers may also come from blob: URLs: the portfolio's
 * spreadsheet writer (write-excel-file, through fflate) zips large exports in workers it builds
 * from its own code, in the page; nothing is fetched for them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
