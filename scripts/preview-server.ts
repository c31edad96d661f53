import { spawn } from 'node:child_process';

/**
 * Serves the built app (dist/) with `vite preview` in a process of its own, and resolves once it
 * answers (its printed address is coloured under CI=true, so not parsed). A process of its own:
 * in the measuring process, a response waiting for the measurer's own work (Lighthouse handles the
 * browser's trace while the page loads) would count as the page's slowness. Stopped on exit.
 */
export async function startPreviewServer(port: number): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => server.kill();
  process.once('exit', stop);
  let exitCode: number | null = null;
  server.once('exit', (code) => (exitCode = code ?? 1));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (exitCode !== null) throw new Error(`vite preview exited (${exitCode})`);
    if (attempt === 300) throw new Error(`vite preview did not answer on port ${port} within 30 s`);
    const ready = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
