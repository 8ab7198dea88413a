/**
 * The person's own message templates: a list, and an editor that checks an Amazon text against
 * the messaging rules while it is typed (the same check the hint shows before copying).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CustomTemplate, Result } from '../../messages/protocol';
import { PLATFORMS, type Platform } from '../../rules/types';
import { checkAmazonCompliance } from '../../templates/compliance';
import { answersBuyerCancelRequest } from '../../templates/render';
import { templateIds } from '../../templates/ids';
import { TEMPLATES } from '../../templates/library';
import { isLanguage, LANGUAGES, PLACEHOLDERS } from '../../templates/types';
import { errorText } from '../../ui/error-text';
import { languageName, pick, t, type UiLang } from '../../ui/i18n';
import { platformLabel } from '../../ui/labels';
import type { OptionsApi } from '../api';

const AUDIENCES = ['buyer', 'supplier', 'customer'] as const;
const AUDIENCE_KEYS = { buyer: 'audience_buyer', supplier: 'audience_supplier', customer: 'audience_customer' } as const;
const MAX_BODY = 4_000;

const blank = (): CustomTemplate => ({ platform: 'amazon', audience: 'buyer', language: 'en', title: '', body: '', situations: [] });

export function TemplatesSection(props: { api: OptionsApi; lang: UiLang }) {
  const { api, lang } = props;
  const [list, setList] = useState<Result<CustomTemplate[]> | null>(null);
  const [editing, setEditing] = useState<CustomTemplate | null>(null);
  const [status, setStatus] = useState('');

  const reload = async () => setList(await api.templates());
  useEffect(() => {
    void reload();
  }, [api]);

  const save = async (template: CustomTemplate) => {
    const saved = await api.saveTemplate(template);
    setStatus(saved.ok ? t('options_saved', lang) : t('options_save_failed', lang, errorText(saved.error, lang)));
    if (saved.ok) {
      setEditing(null);
      await reload();
    }
  };
  const remove = async (template: CustomTemplate) => {
    if (!template.id) return;
    const deleted = await api.deleteTemplate(template.id);
    setStatus(deleted.ok ? t('options_saved', lang) : t('options_save_failed', lang, errorText(deleted.error, lang)));
    await reload();
  };

  return (
    <section class="options-section" aria-labelledby="opt-templates">
      <h2 id="opt-templates">{t('options_templates', lang)}</h2>
      <p class="coc-muted">{t('options_templates_help', lang, PLACEHOLDERS.map((p) => `{${p}}`).join(' '))}</p>
      {list && !list.ok && <p class="options-error">{t('options_templates_load_failed', lang, errorText(list.error, lang))}</p>}
      {list?.ok && list.value.length === 0 && <p>{t('options_templates_empty', lang)}</p>}
      {list?.ok && list.value.length > 0 && (
        <ul class="options-templates">
          {list.value.map((tpl) => (
            <li key={tpl.id} data-template={tpl.id}>
              <span class="options-template-title">{tpl.title}</span>{' '}
              <span class="coc-muted">
                {platformLabel(tpl.platform, lang)} · {languageName(tpl.language, lang)} ·{' '}
                {tpl.situations.length === 0 ? t('options_template_for_all', lang) : tpl.situations.join(', ')}
              </span>
              <span class="options-row">
                <button
                  type="button"
                  class="coc-btn"
                  aria-label={t('options_template_edit_label', lang, tpl.title)}
                  onClick={() => setEditing({ ...tpl })}
                >
                  {t('options_template_edit', lang)}
                </button>
                <button
                  type="button"
                  class="coc-btn"
                  aria-label={t('options_template_delete_label', lang, tpl.title)}
                  onClick={() => void remove(tpl)}
                >
                  {t('options_template_delete', lang)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <TemplateEditor
          key={editing.id ?? 'new'}
          initial={editing}
          lang={lang}
          onSave={(tpl) => void save(tpl)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="coc-btn coc-btn-primary" onClick={() => setEditing(blank())}>
          {t('options_template_new', lang)}
        </button>
      )}
      <p class="coc-muted" role="status">
        {status}
      </p>
    </section>
  );
}

function TemplateEditor(props: { initial: CustomTemplate; lang: UiLang; onSave(t: CustomTemplate): void; onCancel(): void }) {
  const { lang } = props;
  const [tpl, setTpl] = useState(props.initial);
  const [tried, setTried] = useState(false);
  const change = (over: Partial<CustomTemplate>) => setTpl((prev) => ({ ...prev, ...over }));
  const problems =
    tpl.platform === 'amazon' && tpl.body.trim()
      ? checkAmazonCompliance(tpl.body, { answersBuyerCancelRequest: answersBuyerCancelRequest(tpl.situations) }).problems
      : [];
  const complete = tpl.title.trim() !== '' && tpl.body.trim() !== '';
  const ids = templateIds.filter((id) => id.startsWith(`${tpl.platform}.`));

  return (
    <form
      class="options-editor"
      aria-labelledby="opt-template-editor"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (complete) props.onSave({ ...tpl, title: tpl.title.trim(), situations: tpl.situations.filter((s) => ids.includes(s as never)) });
      }}
    >
      <h3 id="opt-template-editor">{t(tpl.id ? 'options_template_editing' : 'options_template_new', lang)}</h3>
      <div class="options-grid">
        <label>
          {t('options_template_platform', lang)}
          <select value={tpl.platform} onChange={(e) => change({ platform: e.currentTarget.value as Platform, situations: [] })}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options_template_audience', lang)}
          <select value={tpl.audience} onChange={(e) => change({ audience: e.currentTarget.value as CustomTemplate['audience'] })}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(AUDIENCE_KEYS[a], lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options_template_language', lang)}
          <select
            value={tpl.language}
            onChange={(e) => {
              const code = e.currentTarget.value;
              if (isLanguage(code)) change({ language: code });
            }}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="options-field">
        {t('options_template_title', lang)}
        <input type="text" maxLength={120} value={tpl.title} required onInput={(e) => change({ title: e.currentTarget.value })} />
      </label>
      <label class="options-field">
        {t('options_template_body', lang)}
        <textarea
          rows={6}
          maxLength={MAX_BODY}
          value={tpl.body}
          required
          aria-describedby="opt-template-check"
          onInput={(e) => change({ body: e.currentTarget.value })}
        />
      </label>
      <div id="opt-template-check" aria-live="polite">
        {problems.length > 0 ? (
          <div class="coc-tpl-problems" data-problems={problems.map((p) => p.id).join(' ')}>
            <strong>{t('template_problems', lang)}</strong>
            <ul class="coc-list">
              {problems.map((p) => (
                <li key={p.id}>{pick(p, lang)}</li>
              ))}
            </ul>
          </div>
        ) : (
          tpl.platform === 'amazon' && tpl.body.trim() !== '' && <p class="options-ok">{t('options_template_ok', lang)}</p>
        )}
      </div>
      <fieldset class="options-situations">
        <legend>{t('options_template_situations', lang)}</legend>
        {ids.map((id) => (
          <label key={id} class="options-check">
            <input
              type="checkbox"
              checked={tpl.situations.includes(id)}
              onChange={(e) =>
                change({ situations: e.currentTarget.checked ? [...tpl.situations, id] : tpl.situations.filter((s) => s !== id) })
              }
            />
            <span>{pick(TEMPLATES[id].title, lang)}</span>
          </label>
        ))}
      </fieldset>
      {tried && !complete && (
        <p class="options-error" role="alert">
          {t('options_template_required', lang)}
        </p>
      )}
      <div class="options-row">
        <button type="submit" class="coc-btn coc-btn-primary">
          {t('options_template_save', lang)}
        </button>
        <button type="button" class="coc-btn" onClick={props.onCancel}>
          {t('options_template_cancel', lang)}
        </button>
      </div>
    </form>
  );
}
