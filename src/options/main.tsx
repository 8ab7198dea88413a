import '../ui/page-strings';
import { render } from 'preact';
import '../ui/styles.css';
import './options.css';
import { browser } from '../shared/browser';
import { loadLang, saveLang } from '../ui/langPref';
import { extensionOptionsApi } from './api';
import { App } from './App';

render(
  <App
    api={extensionOptionsApi}
    initialLang={loadLang(window.localStorage, navigator.language)}
    onLangChange={(lang) => saveLang(window.localStorage, lang)}
    version={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
