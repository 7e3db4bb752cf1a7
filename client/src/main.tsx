import { render } from 'solid-js/web';
import { App } from './app/App.tsx';
import './app/tokens.css';
import './app/base.css';
import './app/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root manquant dans index.html');
render(() => <App />, root);
