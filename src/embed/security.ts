/**
 * Content-Security-Policy of the built page: scripts and styles only from this origin, no eval,
 * no request anywhere else. frame-ancestors cannot be set in a meta element: hosts add it in the
 * header (README, "Intégrer le simulateur").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
