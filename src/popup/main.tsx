import '../ui/page-strings';
import { render } from 'preact';
// One stylesheet for the first load: popup.css takes in the shared card styles (../ui/styles.css).
import './popup.css';
import { loadLang } from '../ui/langPref';
import { extensionApi } from './api';
import { askWorker } from '../messages/client';
import { App } from './App';
import { createPopupStore } from './store';

const store = createPopupStore({
  api: extensionApi,
  storage: window.localStorage,
  initialLang: loadLang(window.localStorage, navigator.language),
});
render(<App store={store} links={extensionApi} search={askWorker} />, document.getElementById('app')!);
void store.getState().load();
