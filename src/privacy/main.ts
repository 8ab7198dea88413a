import './privacy.css';
import { loadLang, saveLang } from '../ui/langPref';
import { renderPolicy } from './render';

const root = document.getElementById('policy')!;
const show = (lang: 'en' | 'zh'): void =>
  renderPolicy(root, lang, (next) => {
    saveLang(window.localStorage, next);
    show(next);
  });
show(loadLang(window.localStorage, navigator.language));
