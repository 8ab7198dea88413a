/**
 * The privacy policy page: plain DOM built from src/privacy/policy.ts, as text (no HTML parsing), in
 * the interface language the other extension pages use, with a switch to the other language.
 */
import { PRIVACY_POLICY, type PolicyLang } from './policy';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderPolicy(root: HTMLElement, lang: PolicyLang, onLang: (next: PolicyLang) => void): void {
  const doc = root.ownerDocument;
  const policy = PRIVACY_POLICY[lang];
  doc.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  doc.title = policy.title;
  const other: PolicyLang = lang === 'zh' ? 'en' : 'zh';
  const switcher = el(doc, 'button', PRIVACY_POLICY[lang].otherLanguage);
  switcher.type = 'button';
  switcher.className = 'policy-lang';
  switcher.lang = other === 'zh' ? 'zh-CN' : 'en';
  switcher.addEventListener('click', () => onLang(other));
  const parts: Node[] = [switcher, el(doc, 'h1', policy.title), el(doc, 'p', policy.intro)];
  for (const section of policy.sections) {
    parts.push(el(doc, 'h2', section.heading));
    for (const p of section.paragraphs ?? []) parts.push(el(doc, 'p', p));
    if (section.items) {
      const list = el(doc, 'ul');
      for (const item of section.items) list.append(el(doc, 'li', item));
      parts.push(list);
    }
  }
  root.replaceChildren(...parts);
}
