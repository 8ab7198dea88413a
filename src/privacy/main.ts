import './privacy.css';
import { loadLang } from '../ui/langPref';
import { renderPolicy } from './render';

// Opens in the interface language of the other extension pages; the switch on the page is for
// reading the other version and changes no setting.
const root = document.getElementById('policy')!;
const show = (lang: 'en' | 'zh'): void => renderPolicy(root, lang, show);
show(loadLang(window.localStorage, navigator.language));
