/**
 * The iframe side of the embed protocol: whenever the page's height changes, tell the parent
 * with { source: 'aide-contrat-pro', kind: 'resize-height', value: <px> } (the kind/value shape
 * of other French public simulators' embeds). The app listens to no incoming message at all.
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
