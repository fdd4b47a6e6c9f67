import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { mountAnnouncer } from './lib/announce';

const target = document.getElementById('app');
if (!target) throw new Error('Plenary: #app element missing from index.html');

// The live regions exist before anything is said (screen readers skip a region that
// arrives with its text).
mountAnnouncer();

export default mount(App, { target });
