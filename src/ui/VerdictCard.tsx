/**
 * The full verdict for one order: what to do, who acts, what it costs, by when, the exact clicks,
 * and the messages to send. Props-driven: it reads no browser API except the clipboard on Copy.
 * Every page-derived string (order id, status, message text) is rendered as JSX text or a form
 * value, never as HTML.
 */
import { useId, useState } from 'preact/hooks';
import type { RenderedMessage } from '../messages/protocol';
import { sourceTitle } from './source-titles';
import { shownStatus } from '../rules/page-status';
import type { Consequence, Deadline, OrderSnapshot, SourceRef, Verdict } from '../rules/types';
import { copyText } from './clipboard';
import { formatCountdown, formatDateTime, isPast } from './format';
import { languageName, pick, t, type UiLang } from './i18n';
import { actionLabel } from './labels';
import { actorLabel, stageLabel } from './order-labels';
import { verdictTone } from './row';
import { groupMessages, languagesOf, renderIn } from './messageGroups';
import { blankName, filledText, pieces, remainingBlanks, type Fills } from './blanks';
import { TaughtNote, TeachWord, type WordsProps } from './TeachWord';
import { PageSampleOffer } from './PageSampleOffer';

export interface VerdictCardProps {
  verdict: Verdict;
  snapshot: OrderSnapshot;
  messages: RenderedMessage[];
  lang: UiLang;
  now: Date;
  /** Tighter layout for the in-page hint; message texts start folded. */
  compact?: boolean;
  /** Called after a Copy click, with whether the clipboard accepted the text. */
  onCopy?(message: RenderedMessage, copied: boolean): void;
  /**
   * When given, each message gets an "Insert into message box" button; it returns whether the
   * text went in (the box may have closed since).
   */
  onInsert?: ((message: RenderedMessage) => boolean) | null;
  /** Controlled checklist: ticked step indexes. Without it the card keeps its own ticks. */
  ticked?: Set<number>;
  onTick?(index: number): void;
  /** When given, the card shows a × button. */
  onDismiss?(): void;
  /** For 'unknown': when given, a "Pick the state by hand" button replaces the pointer to the popup. */
  onPickByHand?(): void;
  /**
   * Remembers a store name typed into a message's blank (the box "Remember my store name", ticked by
   * default): the store name is asked at the first message that needs it, and never again once kept.
   */
  onSaveStoreName?(name: string): void;
  /** Status words to teach (an unknown order) and taught words the verdict rests on (./TeachWord). */
  words?: WordsProps;
  /** For 'unknown' on the page itself: "Save a page sample" (whether the file was saved). */
  onSaveSample?: (() => Promise<boolean>) | undefined;
}

export function VerdictCard(props: VerdictCardProps) {
  const { verdict, messages, snapshot, lang, compact = false } = props;
  const tone = verdictTone(verdict);
  const isUnknown = verdict.action === 'unknown';

  return (
    <section
      class={`coc coc-card${compact ? ' coc-compact' : ''}`}
      // Inside the hint the region around it already carries this name; a second landmark would repeat it.
      aria-label={
        compact ? undefined : snapshot.source.reader === 'manual' ? t('order_by_hand', lang) : t('hint_label', lang, snapshot.orderId)
      }
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      <div class="coc-head">
        <span class={`coc-badge coc-tone-${tone}`}>{actionLabel(verdict.action, lang)}</span>
        {!isUnknown && <span class="coc-actor">{actorLabel(verdict.actor, snapshot.perspective, snapshot.platform, lang)}</span>}
        {props.onDismiss && (
          <button type="button" class="coc-icon-btn coc-dismiss" aria-label={t('dismiss', lang)} onClick={props.onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <h2 class="coc-headline">{pick(verdict.headline, lang)}</h2>
      <p class="coc-meta">
        {snapshot.source.reader === 'manual' ? t('order_by_hand', lang) : t('order_label', lang, snapshot.orderId)} ·{' '}
        {stageLabel(snapshot.stage, lang)}
        {shownStatus(snapshot.nativeStatus) ? ` · ${shownStatus(snapshot.nativeStatus)}` : ''}
      </p>

      {props.words && props.words.taught.length > 0 && (
        <TaughtNote words={props.words.taught} lang={lang} onForget={props.words.onForget} />
      )}
      {isUnknown ? (
        <UnknownNote
          verdict={verdict}
          lang={lang}
          onPickByHand={props.onPickByHand}
          words={props.words}
          onSaveSample={props.onSaveSample}
        />
      ) : (
        verdict.reason && <p class="coc-reason">{pick(verdict.reason, lang)}</p>
      )}

      {verdict.consequences.length > 0 && <Consequences items={verdict.consequences} lang={lang} />}
      {verdict.deadlines.length > 0 && <Deadlines items={verdict.deadlines} lang={lang} now={props.now} />}
      {verdict.steps.length > 0 && <Steps verdict={verdict} lang={lang} ticked={props.ticked} onTick={props.onTick} />}
      {verdict.outcome && (
        <p class="coc-outcome">
          <strong>{t(verdict.outcome === 'canceled' ? 'outcome_canceled' : 'outcome_closed', lang)}</strong>
          {verdict.outcomeNote ? ` — ${pick(verdict.outcomeNote, lang)}` : ''}
        </p>
      )}
      {verdict.followUps.length > 0 && (
        <div class="coc-section">
          <h3 class="coc-section-title">{t('section_follow_ups', lang)}</h3>
          <ul class="coc-list">
            {verdict.followUps.map((f) => (
              <li key={f.id}>{pick(f.text, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {messages.length > 0 && (
        <Templates
          messages={messages}
          lang={lang}
          folded={compact}
          onCopy={props.onCopy}
          onInsert={props.onInsert ?? null}
          onSaveStoreName={props.onSaveStoreName}
        />
      )}
      {verdict.sources.length > 0 && <Sources sources={verdict.sources} lang={lang} />}
    </section>
  );
}

function UnknownNote(props: {
  verdict: Verdict;
  lang: UiLang;
  onPickByHand?: () => void;
  words?: WordsProps | undefined;
  onSaveSample?: (() => Promise<boolean>) | undefined;
}) {
  const { verdict, lang, words } = props;
  return (
    <div class="coc-unknown">
      <p>{verdict.reason ? pick(verdict.reason, lang) : t('unknown_reason_fallback', lang)}</p>
      {words?.unknown.map((word) => (
        <TeachWord key={word} word={word} lang={lang} onTeach={words.onTeach} />
      ))}
      {props.onPickByHand ? (
        <button type="button" class="coc-btn" onClick={props.onPickByHand}>
          {t('popup_pick_by_hand', lang)}
        </button>
      ) : (
        <p class="coc-by-hand">{t('unknown_pick_by_hand', lang)}</p>
      )}
      {props.onSaveSample && <PageSampleOffer lang={lang} onSave={props.onSaveSample} />}
    </div>
  );
}

const TONE_MARK: Record<Consequence['tone'], string> = { bad: '!', good: '✓', info: 'i' };

function Consequences(props: { items: Consequence[]; lang: UiLang }) {
  return (
    <div class="coc-section">
      <h3 class="coc-section-title">{t('section_consequences', props.lang)}</h3>
      <ul class="coc-consequences">
        {props.items.map((c) => (
          <li key={c.id} class={`coc-cq coc-cq-${c.tone}`} data-consequence={c.id}>
            <span class="coc-cq-mark" aria-hidden="true">
              {TONE_MARK[c.tone]}
            </span>
            <span>{pick(c.text, props.lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Deadlines(props: { items: Deadline[]; lang: UiLang; now: Date }) {
  const { lang, now } = props;
  return (
    <div class="coc-section">
      <h3 class="coc-section-title">{t('section_deadlines', lang)}</h3>
      <ul class="coc-deadlines">
        {props.items.map((d) => {
          const past = isPast(d.at, now);
          return (
            <li key={`${d.id}:${d.at}`} class={past ? 'coc-deadline coc-past' : 'coc-deadline'}>
              <span class="coc-deadline-text">{pick(d.text, lang)}</span>
              <span class="coc-deadline-when">
                <strong class="coc-countdown">{formatCountdown(d.at, now, lang)}</strong>{' '}
                <time dateTime={d.at}>{formatDateTime(d.at, lang)}</time>{' '}
                <span class="coc-muted">({t(d.from === 'page' ? 'deadline_from_page' : 'deadline_computed', lang)})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Steps(props: { verdict: Verdict; lang: UiLang; ticked?: Set<number>; onTick?: (i: number) => void }) {
  const [ownTicks, setOwnTicks] = useState<Set<number>>(() => new Set());
  const ticked = props.ticked ?? ownTicks;
  const toggle = (i: number) => {
    if (props.onTick) return props.onTick(i);
    setOwnTicks((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  };
  const steps = props.verdict.steps;
  const done = steps.filter((_s, i) => ticked.has(i)).length;
  return (
    <div class="coc-section">
      <h3 class="coc-section-title">
        {t('section_steps', props.lang)} <span class="coc-muted">{t('steps_progress', props.lang, done, steps.length)}</span>
      </h3>
      <ol class="coc-steps">
        {steps.map((step, i) => (
          <li key={i} class={ticked.has(i) ? 'coc-step coc-done' : 'coc-step'}>
            <label>
              <input type="checkbox" checked={ticked.has(i)} onChange={() => toggle(i)} />
              <span>{pick(step, props.lang)}</span>
            </label>
          </li>
        ))}
      </ol>
    </div>
  );
}

interface TemplatesProps {
  messages: RenderedMessage[];
  lang: UiLang;
  folded: boolean;
  onCopy?: (m: RenderedMessage, copied: boolean) => void;
  onInsert: ((m: RenderedMessage) => boolean) | null;
  onSaveStoreName?: (name: string) => void;
}

type ActionStatus = 'copied' | 'copy_failed' | 'inserted' | 'insert_failed' | 'blanks_first';

const AUDIENCE_KEYS = {
  buyer: 'audience_buyer',
  supplier: 'audience_supplier',
  customer: 'audience_customer',
} as const;

function Templates(props: TemplatesProps) {
  const { lang } = props;
  const [status, setStatus] = useState<{ id: string; said: ActionStatus } | null>(null);
  // null: each message in its default language (the buyer's or supplier's).
  const [language, setLanguage] = useState<string | null>(null);
  const selectId = useId();
  const groups = groupMessages(props.messages);
  const languages = languagesOf(groups);
  const shownLanguage = language ?? groups[0]?.primary.language ?? '';

  // What the person typed into the blanks, shared by every message (an item named once fills them all).
  const [fills, setFills] = useState<Fills>({});
  const [remember, setRemember] = useState(true);
  const fieldId = useId();

  /** A message with a blank left is not copied or inserted: the person is asked to fill it first, and taken there. */
  const blocked = (m: RenderedMessage, button: HTMLElement): boolean => {
    const left = remainingBlanks(m, fills);
    if (left.length === 0) return false;
    setStatus({ id: m.id, said: 'blanks_first' });
    button.closest('.coc-tpl')?.querySelector<HTMLInputElement>(`input[data-blank="${left[0]}"]`)?.focus();
    return true;
  };
  /** The filled message, as the person will send it (the store name, when typed, saved once if they want). */
  const ready = (m: RenderedMessage): RenderedMessage => {
    const storeName = (fills['storeName'] ?? '').trim();
    if (storeName && remember && m.missing.includes('storeName')) props.onSaveStoreName?.(storeName);
    return m.missing.length === 0 ? m : { ...m, text: filledText(m, fills), missing: remainingBlanks(m, fills) };
  };

  const copy = async (m: RenderedMessage, button: HTMLElement) => {
    if (blocked(m, button)) return;
    const sent = ready(m);
    const copied = await copyText(sent.text, button.ownerDocument);
    setStatus({ id: m.id, said: copied ? 'copied' : 'copy_failed' });
    props.onCopy?.(sent, copied);
  };

  return (
    <div class="coc-section">
      <div class="coc-tpl-bar">
        <h3 class="coc-section-title">{t('section_templates', lang)}</h3>
        {languages.length > 1 && (
          <span class="coc-tpl-lang">
            <label for={selectId}>{t('message_language', lang)}</label>
            <select id={selectId} value={shownLanguage} onChange={(e) => setLanguage(e.currentTarget.value)}>
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, lang)}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {groups.map((group) => {
        const m = renderIn(group, language);
        const title = pick(m.title, lang);
        const problems = m.problems ?? [];
        const left = remainingBlanks(m, fills);
        const text = filledText(m, fills);
        // While a blank is left the preview marks it; once all are filled it is the text that will be sent.
        const body =
          left.length > 0 ? (
            <p class="coc-tpl-text coc-tpl-preview" lang={m.language}>
              {pieces(m, fills).map((p, i) =>
                p.blank ? (
                  <mark key={i} class="coc-blank" title={blankName(p.blank, lang)}>
                    {p.text}
                  </mark>
                ) : (
                  p.text
                ),
              )}
            </p>
          ) : (
            <textarea
              class="coc-tpl-text"
              readOnly
              rows={Math.min(8, Math.max(3, text.split('\n').length))}
              aria-label={t('template_text_label', lang, title)}
              lang={m.language}
              value={text}
            />
          );
        // The blanks to fill, outside the folded text: never hidden behind "Show the message".
        const blanks = m.missing.length > 0 && (
          <fieldset class="coc-blanks">
            <legend>{t('blanks_title', lang)}</legend>
            {m.missing.map((name) => (
              <div key={name} class="coc-blank-field">
                <label for={`${fieldId}-${m.id}-${name}`}>{blankName(name, lang)}</label>
                <input
                  id={`${fieldId}-${m.id}-${name}`}
                  type="text"
                  data-blank={name}
                  maxLength={200}
                  value={fills[name] ?? ''}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setFills((prev) => ({ ...prev, [name]: value }));
                    if (status?.said === 'blanks_first') setStatus(null);
                  }}
                />
                {name === 'storeName' && props.onSaveStoreName && (
                  <label class="coc-blank-remember">
                    <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />{' '}
                    {t('blank_remember', lang)}
                  </label>
                )}
              </div>
            ))}
          </fieldset>
        );
        const said = status?.id === m.id ? status.said : null;
        return (
          <div
            key={group.id}
            class={problems.length > 0 ? 'coc-tpl coc-tpl-flagged' : 'coc-tpl'}
            data-template={m.id}
            data-language={m.language}
          >
            <div class="coc-tpl-head">
              <span class="coc-tpl-title">{title}</span>
              <span class="coc-tag" title={t('template_language', lang, languageName(m.language, lang))}>
                {m.language.toUpperCase()}
              </span>
              <span class="coc-muted">{t(AUDIENCE_KEYS[m.audience], lang)}</span>
            </div>
            {problems.length > 0 && (
              <div class="coc-tpl-problems" data-problems={problems.map((p) => p.id).join(' ')}>
                <strong>{t('template_problems', lang)}</strong>
                <ul class="coc-list">
                  {problems.map((p) => (
                    <li key={p.id}>{pick(p, lang)}</li>
                  ))}
                </ul>
              </div>
            )}
            {blanks}
            {props.folded ? (
              <details class="coc-tpl-fold">
                <summary>{t('template_show', lang)}</summary>
                {body}
              </details>
            ) : (
              body
            )}
            <div class="coc-tpl-actions">
              <button
                type="button"
                class={problems.length > 0 ? 'coc-btn' : 'coc-btn coc-btn-primary'}
                aria-label={t(problems.length > 0 ? 'copy_anyway_label' : 'copy_label', lang, title)}
                onClick={(e) => void copy(m, e.currentTarget)}
              >
                {t(problems.length > 0 ? 'copy_anyway' : 'copy', lang)}
              </button>
              {props.onInsert && (
                <button
                  type="button"
                  class="coc-btn"
                  aria-label={t('insert_label', lang, title)}
                  onClick={(e) => {
                    if (blocked(m, e.currentTarget)) return;
                    setStatus({ id: m.id, said: props.onInsert?.(ready(m)) ? 'inserted' : 'insert_failed' });
                  }}
                >
                  {t('insert', lang)}
                </button>
              )}
              <span
                class={said?.endsWith('_failed') || said === 'blanks_first' ? 'coc-copy-status coc-copy-failed' : 'coc-copy-status'}
                role="status"
              >
                {said === 'blanks_first'
                  ? t('blanks_first', lang, left.map((name) => blankName(name, lang)).join(lang === 'zh' ? '、' : ', '))
                  : said
                    ? t(said, lang)
                    : ''}
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** Only web links are made clickable; anything else is shown as plain text. */
function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https:\/\//i.test(url);
}

/**
 * The facts the verdict rests on, one click away: plain titles (see source-titles), links where
 * there are any. Which rule decided is for the maintainers (it is in the history and the export).
 */
function Sources(props: { sources: SourceRef[]; lang: UiLang }) {
  return (
    <details class="coc-sources">
      <summary>{t('sources_title', props.lang)}</summary>
      <ul class="coc-list">
        {props.sources.map((s) => (
          <li key={s.id}>
            {isWebUrl(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {sourceTitle(s, props.lang)}
              </a>
            ) : (
              sourceTitle(s, props.lang)
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
