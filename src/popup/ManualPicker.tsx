/** The by-hand state picker: every field labeled, a plain form, submit with Enter or the button. */
import { useId } from 'preact/hooks';
import { perspectivesOf, PLATFORM_DEFINITIONS, platformDefinition } from '../platforms/registry';
import type { Perspective, Platform, Stage } from '../rules/types';
import { pick, t, type UiLang } from '../ui/i18n';
import { platformLabel } from '../ui/labels';
import { PICKABLE_STAGES, stageLabel } from '../ui/order-labels';
import { factsOffered, type ManualForm } from './manual';

export interface ManualPickerProps {
  form: ManualForm;
  busy: boolean;
  lang: UiLang;
  onChange(change: Partial<ManualForm>): void;
  onSubmit(): void;
}

export function ManualPicker(props: ManualPickerProps) {
  const { form, lang, onChange } = props;
  const id = useId();
  const perspectives = perspectivesOf(form.platform);
  const { picker } = platformDefinition(form.platform);
  return (
    <form
      class="popup-picker"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 id={`${id}-title`} class="popup-h2">
        {t('manual_title', lang)}
      </h2>
      <label class="popup-field">
        <span>{t('manual_platform', lang)}</span>
        <select value={form.platform} onChange={(e) => onChange({ platform: e.currentTarget.value as Platform })}>
          {PLATFORM_DEFINITIONS.map(({ id: p }) => (
            <option key={p} value={p}>
              {platformLabel(p, lang)}
            </option>
          ))}
        </select>
      </label>
      {perspectives.length > 1 && (
        <label class="popup-field">
          <span>{t('manual_perspective', lang)}</span>
          <select value={form.perspective} onChange={(e) => onChange({ perspective: e.currentTarget.value as Perspective })}>
            <option value="seller">{t('perspective_seller', lang)}</option>
            <option value="buyer">{t('perspective_buyer', lang)}</option>
          </select>
        </label>
      )}
      <label class="popup-field">
        <span>{t('manual_stage', lang)}</span>
        <select value={form.stage} onChange={(e) => onChange({ stage: e.currentTarget.value as Stage })}>
          {PICKABLE_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s, lang)}
            </option>
          ))}
        </select>
      </label>
      <label class="popup-check">
        <input type="checkbox" checked={form.cancelRequested} onChange={(e) => onChange({ cancelRequested: e.currentTarget.checked })} />
        <span>{t('manual_cancel_requested', lang)}</span>
      </label>
      {picker.platformFulfilment && (
        <label class="popup-check">
          <input
            type="checkbox"
            checked={form.fulfilledByPlatform}
            onChange={(e) => onChange({ fulfilledByPlatform: e.currentTarget.checked })}
          />
          <span>{pick(picker.platformFulfilment, lang)}</span>
        </label>
      )}
      {picker.marketplaces && (
        <label class="popup-field">
          <span>{t('manual_marketplace', lang)}</span>
          <select value={form.marketplace} onChange={(e) => onChange({ marketplace: e.currentTarget.value })}>
            <option value="">{t('manual_marketplace_unset', lang)}</option>
            {picker.marketplaces.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      )}
      {factsOffered(form).map((fact) => (
        <label key={fact.id} class="popup-check">
          <input
            type="checkbox"
            checked={form.facts.includes(fact.id)}
            onChange={(e) =>
              onChange({ facts: e.currentTarget.checked ? [...form.facts, fact.id] : form.facts.filter((id) => id !== fact.id) })
            }
          />
          <span>{pick(fact.label, lang)}</span>
        </label>
      ))}
      <button type="submit" class="coc-btn coc-btn-primary" disabled={props.busy}>
        {t(props.busy ? 'manual_busy' : 'manual_submit', lang)}
      </button>
    </form>
  );
}
