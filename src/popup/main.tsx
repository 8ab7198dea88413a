import '../ui/page-strings';
import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { loadLang } from '../ui/langPref';
import { extensionApi } from './api';
import { App } from './App';
import { createPopupStore } from './store';

const store = createPopupStore({
  api: extensionApi,
  storage: window.localStorage,
  initialLang: loadLang(window.localStorage, navigator.language),
});
render(<App store={store} links={extensionApi} />, document.getElementById('app')!);
void store.getState().load();
