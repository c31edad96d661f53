// A plain page on another origin (port 4174) that embeds the simulator the way the README says,
// for the browser tests of the embed protocol. Serves only this page.
import { createServer } from 'node:http';

const port = Number(process.env.HOST_PORT ?? 4174);
const simulator = process.env.SIMULATOR_ORIGIN ?? 'http://127.0.0.1:4173';
const page = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page hôte de test</title></head>
<body>
  <h1>Page d'un site partenaire</h1>
  <script src="${simulator}/embed.js" data-certification="RNCP37443" data-debut="2026-09-01" data-type="cdd" data-fin="2027-08-31" async></script>
  <p id="after-first">Texte entre deux intégrations.</p>
  <script src="${simulator}/embed.js" data-type="cdi" async></script>
  <p>Pied de page.</p>
</body>
</html>`;

createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(page);
}).listen(port, '127.0.0.1', () => console.log(`test host on http://127.0.0.1:${port}`));
