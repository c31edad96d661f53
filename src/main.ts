import { mount } from 'svelte';
import App from './components/App.svelte';
import { readEmbedSettings } from './embed/mode.ts';
import { OfflineSupport } from './offline/register.svelte.ts';
import { AppState } from './state/app.svelte.ts';
import { SimulationState } from './state/simulation.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Élément #app introuvable');

const embed = readEmbedSettings(location.search);
if (embed.embedded) {
  document.documentElement.classList.add('embed');
  // Only embedded pages report their height to the host page: loaded for them alone.
  void import('./embed/resize.ts').then((resize) => {
    resize.startHeightReporting();
    resize.followVisibleArea();
  });
}
if (embed.accent) document.documentElement.style.setProperty('--accent', embed.accent);
const offline = new OfflineSupport();
const sim = new SimulationState(location.search, undefined, `${location.origin}${location.pathname}`);
sim.notices = [...embed.notices, ...sim.notices];
mount(App, {
  target,
  props: {
    app: new AppState(sim, location.hash),
    offline,
    embedded: embed.embedded,
    portfolioLink: !embed.embedded || embed.portfolio,
  },
});
// Caching the app for offline use starts once the page is rendered, loaded and the browser idle:
// its install fetches and stores every file and must not take the CPU from the first visit.
// Never in embed mode: the host page did not ask for a worker on its visitors' browsers.
offline.registerWhenIdle({ skip: embed.embedded });
