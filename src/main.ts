import { mount } from 'svelte';
import App from './components/App.svelte';
import { Stager } from './components/stager.ts';
import { readEmbedSettings } from './embed/mode.ts';
import { OfflineSupport } from './offline/register.svelte.ts';
import { startHeightReporting } from './embed/resize.ts';
import { SimulationState } from './state/simulation.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Élément #app introuvable');

const embed = readEmbedSettings(location.search);
if (embed.embedded) {
  document.documentElement.classList.add('embed');
  startHeightReporting();
}
if (embed.accent) document.documentElement.style.setProperty('--accent', embed.accent);
const offline = new OfflineSupport();
const stager = new Stager();
// Caching the app for offline use starts once the page is whole, not merely loaded and idle:
// idle moments come between the blocks of the first render (see Stager.finished). Never in embed
// mode: the host page did not ask for a worker on its visitors' browsers.
void stager.finished.then(() => offline.registerWhenIdle({ skip: embed.embedded }));

// Evaluating the modules, reading the saved draft and rendering the page each run in a task of
// their own, so that none blocks the main thread long on a slow phone (Total Blocking Time).
setTimeout(() => {
  const sim = new SimulationState(location.search, undefined, `${location.origin}${location.pathname}`);
  sim.notices = [...embed.notices, ...sim.notices];
  setTimeout(() => mount(App, { target, props: { sim, offline, embedded: embed.embedded, stager } }), 0);
}, 0);
