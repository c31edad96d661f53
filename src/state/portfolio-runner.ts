import { NOT_READ_TO_THE_END, PortfolioSession, type PortfolioEvent, type PortfolioRunner } from './portfolio-session.ts';

/** A worker that stops answering (crashed, or out of memory) must not leave the page waiting forever. */
const SILENCE_TIMEOUT_MS = 120_000;
const SILENT =
  "La lecture du fichier n'a pas abouti en deux minutes : enregistrez-le en .csv, ou découpez-le, puis réessayez. Rien n'a été importé.";

/**
 * Where the portfolio's session runs: a worker where the browser has them (the page keeps
 * answering), else on this thread (jsdom in component tests). Loaded only on the portfolio page.
 */
export function createPortfolioRunner(onEvent: (event: PortfolioEvent) => void): PortfolioRunner {
  if (typeof Worker === 'undefined') {
    // The worker's own lookup of the annex, on this thread.
    const session = import('../catalog/lookup.ts').then(
      ({ findCertification }) => new PortfolioSession(findCertification, onEvent),
    );
    return { send: (request) => void session.then((ready) => ready.handle(request)) };
  }
  let worker: Worker | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  /** A run was sent and has not ended: only then does a failure concern the page. */
  let running = false;
  const fail = (message: string) => {
    clearTimeout(watchdog);
    worker?.terminate();
    // The next request starts a fresh worker; the rows of the broken one are gone with it. A
    // worker that failed before any file (its script not loaded) is simply started again then.
    worker = null;
    if (running) onEvent({ kind: 'failed', run: lastRun, message });
    running = false;
  };
  const watch = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => fail(SILENT), SILENCE_TIMEOUT_MS);
  };
  const start = () => {
    const started = new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<PortfolioEvent>) => {
      const ended = event.data.kind === 'done' || event.data.kind === 'failed';
      if (ended && event.data.run === lastRun) {
        clearTimeout(watchdog);
        running = false;
      } else if (!ended) watch();
      onEvent(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      fail(NOT_READ_TO_THE_END);
    };
    return started;
  };
  worker = start();
  return {
    send(request) {
      lastRun = request.run;
      running = true;
      worker ??= start();
      watch();
      if (request.kind === 'import') worker.postMessage(request, [request.bytes]);
      else worker.postMessage(request);
    },
  };
}
