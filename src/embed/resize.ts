/**
 * The iframe side of the embed protocol: whenever the page's height changes, tell the parent
 * with { source: 'aide-contrat-pro', kind: 'resize-height', value: <px> } (the kind/value shape
 * of other French public simulators' embeds). The one message it listens to is the loader's
 * { source: 'aide-contrat-pro', kind: 'visible-area', top, bottom }: which part of the frame the
 * host page shows, so that the estimate's summary stays on the visitor's screen (see app.css).
 */
export const EMBED_SOURCE = 'aide-contrat-pro';

export interface ResizeMessage {
  source: typeof EMBED_SOURCE;
  kind: 'resize-height';
  value: number;
}

export function startHeightReporting(target: Window = window.parent, observed: HTMLElement = document.body): () => void {
  if (target === window || typeof ResizeObserver === 'undefined') return () => {};
  let lastSent = -1;
  const report = () => {
    // The body's own height, not the viewport's: the iframe is sized to it, so measuring the
    // viewport would feed the new height back into the next measure.
    const height = Math.ceil(observed.getBoundingClientRect().height);
    if (height === lastSent) return;
    lastSent = height;
    const message: ResizeMessage = { source: EMBED_SOURCE, kind: 'resize-height', value: height };
    // The host's origin is not known in advance (the Région and partners embed it); the message
    // carries only a height.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(observed);
  report();
  return () => observer.disconnect();
}

export interface VisibleAreaMessage {
  source: typeof EMBED_SOURCE;
  kind: 'visible-area';
  /** Frame coordinates (px) of the top and bottom of the part shown on the host's screen. */
  top: number;
  bottom: number;
}

function isVisibleArea(data: unknown): data is VisibleAreaMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  const inRange = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1_000_000;
  return (
    message.source === EMBED_SOURCE &&
    message.kind === 'visible-area' &&
    inRange(message.top) &&
    inRange(message.bottom) &&
    (message.bottom as number) >= (message.top as number)
  );
}

/**
 * Follows the part of the frame shown by the host page. Only messages from the parent window
 * with the documented shape are read; whatever a page sends, it can only move the summary.
 */
export function followVisibleArea(parent: Window = window.parent, root: HTMLElement = document.documentElement): () => void {
  if (parent === window) return () => {};
  const listener = (event: MessageEvent) => {
    if (event.source !== parent || !isVisibleArea(event.data)) return;
    root.style.setProperty('--visible-bottom', `${Math.round(event.data.bottom)}px`);
    root.classList.add('has-visible-area');
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
