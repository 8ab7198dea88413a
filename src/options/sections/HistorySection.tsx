/**
 * "Your history" controls, shared by the options page and the statistics page: export (JSON to
 * keep or move, CSV for a spreadsheet), import a JSON export, delete everything, and how long
 * history is kept. Every failure is shown in words, quota and unavailable storage included.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryExport, ImportReport, UserSettings } from '../../messages/protocol';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../messages/bounds';
import { askWorker, type Ask } from '../../messages/client';
import { historyErrorText } from '../../stats/history-error';
import { t, type UiLang } from '../../ui/i18n';
import './history-section.css';

const DEFAULT_RETENTION_DAYS = 730;

export interface HistorySectionProps {
  lang: UiLang;
  /** The worker, or a fake in tests. */
  ask?: Ask;
  /** Saves an export as a file; the default clicks a download link for a Blob. */
  download?: (file: HistoryExport) => void;
  /** Called after an import or deletion changed the history (the statistics page reloads). */
  onChanged?: () => void;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** Saves text as a file without any network: a Blob URL on a temporary <a download>. */
export function downloadFile(file: HistoryExport): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function HistorySection(props: HistorySectionProps) {
  const { lang } = props;
  const ask = props.ask ?? askWorker;
  const download = props.download ?? downloadFile;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [days, setDays] = useState(String(DEFAULT_RETENTION_DAYS));

  useEffect(() => {
    void ask({ kind: 'settings/get' }).then((answer) => {
      if (!answer.ok) return setStatus({ kind: 'error', text: historyErrorText(answer.error, lang) });
      setSettings(answer.value);
      setDays(String(answer.value.retentionDays ?? DEFAULT_RETENTION_DAYS));
    });
  }, [ask]);

  const fail = (error: string) => setStatus({ kind: 'error', text: historyErrorText(error, lang) });

  async function exportAs(format: 'json' | 'csv') {
    setStatus({ kind: 'busy' });
    const answer = await ask({ kind: 'history/export', format });
    if (!answer.ok) return fail(answer.error);
    download(answer.value);
    setStatus({ kind: 'done', text: t('history_exported', lang, answer.value.filename) });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    setReport(null);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    } finally {
      input.value = ''; // choosing the same file again imports again
    }
    const answer = await ask({ kind: 'history/import', text });
    if (!answer.ok) return fail(answer.error);
    setReport(answer.value);
    setStatus({ kind: 'idle' });
    props.onChanged?.();
  }

  async function deleteAll() {
    setConfirming(false);
    setStatus({ kind: 'busy' });
    const answer = await ask({ kind: 'history/delete-all' });
    if (!answer.ok) return fail(answer.error);
    setReport(null);
    setStatus({ kind: 'done', text: t('history_deleted', lang) });
    props.onChanged?.();
  }

  async function saveRetention(e: Event) {
    e.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < MIN_RETENTION_DAYS || value > MAX_RETENTION_DAYS)
      return setStatus({ kind: 'error', text: t('history_retention_invalid', lang, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS) });
    setStatus({ kind: 'busy' });
    // Re-read first: another page may have changed other settings since this one loaded.
    const current = await ask({ kind: 'settings/get' });
    if (!current.ok) return fail(current.error);
    const answer = await ask({ kind: 'settings/set', settings: { ...current.value, retentionDays: value } });
    if (!answer.ok) return fail(answer.error);
    setSettings(answer.value);
    setStatus({ kind: 'done', text: t('history_retention_saved', lang, value) });
  }

  const busy = status.kind === 'busy';
  return (
    <section class="options-section history-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('history_title', lang)}</h2>
      <p class="coc-muted">{t('history_local_note', lang)}</p>
      <div class="history-buttons">
        <button type="button" class="coc-btn" disabled={busy} onClick={() => void exportAs('json')}>
          {t('history_export_json', lang)}
        </button>
        <button type="button" class="coc-btn" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('history_export_csv', lang)}
        </button>
        <label class="coc-btn history-import">
          {t('history_import', lang)}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {!confirming && (
          <button type="button" class="coc-btn history-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('history_delete_all', lang)}
          </button>
        )}
      </div>
      {confirming && (
        <div class="history-confirm" role="alertdialog" aria-labelledby="history-confirm-text">
          <p id="history-confirm-text">{t('history_delete_confirm', lang)}</p>
          <button type="button" class="coc-btn history-danger" onClick={() => void deleteAll()}>
            {t('history_delete_yes', lang)}
          </button>
          <button type="button" class="coc-btn" onClick={() => setConfirming(false)}>
            {t('history_delete_no', lang)}
          </button>
        </div>
      )}
      <form class="history-retention" onSubmit={(e) => void saveRetention(e)}>
        <label for="history-retention-days">{t('history_retention', lang)}</label>
        <input
          id="history-retention-days"
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          step={1}
          value={days}
          disabled={busy || settings === null}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
        <button type="submit" class="coc-btn" disabled={busy || settings === null}>
          {t('history_retention_save', lang)}
        </button>
      </form>
      <div aria-live="polite">
        {status.kind === 'busy' && <p class="coc-muted">{t('history_working', lang)}</p>}
        {status.kind === 'done' && <p>{status.text}</p>}
        {status.kind === 'error' && (
          <p class="history-error" role="alert">
            {status.text}
          </p>
        )}
        {report && <ImportReportView report={report} lang={lang} />}
      </div>
    </section>
  );
}

function ImportReportView({ report, lang }: { report: ImportReport; lang: UiLang }) {
  const a = report.added;
  return (
    <div class="history-report">
      <p>{t('history_import_added', lang, a.orders, a.observations, a.actions, a.followUps, a.templates)}</p>
      {(report.alreadyPresent ?? 0) > 0 && <p>{t('history_import_present', lang, report.alreadyPresent ?? 0)}</p>}
      {report.skipped.length === 0 ? (
        <p>{t('history_import_none_skipped', lang)}</p>
      ) : (
        <>
          <p>{t('history_import_skipped', lang, report.skipped.length)}</p>
          <ul>
            {report.skipped.map((s, i) => (
              <li key={i}>
                {s.what}: {s.why}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
