// A plain page on another origin (port 4174) that embeds the simulator the way the README says,
// for the browser tests of the embed protocol.
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

// /telephone: a partner's article read on a phone, the simulator in the middle of a page that
// scrolls, for the test that the estimate's summary stays on the visitor's screen.
const filler = '<p>' + 'Texte de la page du partenaire. '.repeat(60) + '</p>';
const phonePage = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article d'un partenaire</title></head>
<body>
  <h1>Embaucher en contrat de professionnalisation</h1>
  ${filler}
  <script src="${simulator}/embed.js" async></script>
  ${filler}
</body>
</html>`;

createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(request.url === '/telephone' ? phonePage : page);
}).listen(port, '127.0.0.1', () => console.log(`test host on http://127.0.0.1:${port}`));
