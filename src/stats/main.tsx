import '../ui/page-strings';
import { render } from 'preact';
import '../ui/styles.css';
import '../options/options.css';
import './stats.css';
import { loadLang, saveLang } from '../ui/langPref';
import { App } from './App';

render(
  <App initialLang={loadLang(window.localStorage, navigator.language)} onLangChange={(lang) => saveLang(window.localStorage, lang)} />,
  document.getElementById('app')!,
);
