/**
 * "Your history" controls, shared by the options page and the statistics page: export (JSON to
 * keep or move, CSV for a spreadsheet), import a JSON export, delete everything, and how long
 * history is kept. Export and import run in this page, between the file and the database, in
 * pieces (./history-transfer.ts): any size, with progress and Cancel. Settings a file carries are
 * shown and applied only when the person says so. Every failure is shown in words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportReport, UserSettings } from '../../messages/protocol';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../messages/bounds';
import { askWorker, type Ask } from '../../messages/client';
import type { HistoryDb } from '../../history/db';
import { describeHistoryError } from '../../history/errors';
import { IMPORT_CANCELED } from '../../history/import';
import { errorText } from '../../ui/error-text';
import { t, type UiLang } from '../../ui/i18n';
import { exportToBlob, importFromFile, type TransferProgress } from './history-transfer';
import { importFailureText, skippedText } from './import-report';
import { SettingsFromFile } from './SettingsFromFile';
import './history-section.css';

const DEFAULT_RETENTION_DAYS = 730;

export interface HistorySectionProps {
  lang: UiLang;
  /** The worker, or a fake in tests. */
  ask?: Ask;
  /** Saves an export as a file; the default clicks a download link for the Blob. */
  download?: (file: { filename: string; blob: Blob }) => void;
  /** Opens the history database; the extension's own when absent (tests pass one on fake-indexeddb). */
  openDb?: () => Promise<HistoryDb>;
  /** Called after an import or deletion changed the history (the statistics page reloads). */
  onChanged?: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'progress'; progress: TransferProgress }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Saves a Blob as a file without any network: a Blob URL on a temporary <a download>. */
export function downloadFile(file: { filename: string; blob: Blob }): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  // A large file takes a while to be written to disk; the URL is only released well after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export function HistorySection(props: HistorySectionProps) {
  const { lang } = props;
  const ask = props.ask ?? askWorker;
  const download = props.download ?? downloadFile;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [offered, setOffered] = useState<UserSettings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [days, setDays] = useState(String(DEFAULT_RETENTION_DAYS));
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    void ask({ kind: 'settings/get' }).then((answer) => {
      if (!answer.ok) return setStatus({ kind: 'error', text: errorText(answer.error, lang) });
      setSettings(answer.value);
      setDays(String(answer.value.retentionDays ?? DEFAULT_RETENTION_DAYS));
    });
  }, [ask]);
  // Leaving the page cancels what runs.
  useEffect(() => () => running.current?.abort(), []);

  const fail = (error: string) => setStatus({ kind: 'error', text: errorText(error, lang) });
  const failWith = (e: unknown) => fail(describeHistoryError(e).message);

  /** Starts a cancellable transfer; its progress shows until it ends. */
  function start(): { signal: AbortSignal; onProgress: (p: TransferProgress) => void; open?: () => Promise<HistoryDb> } {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'progress', progress: { phase: 'export', done: 0, total: 0 } });
    return {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setStatus({ kind: 'progress', progress });
      },
      ...(props.openDb && { open: props.openDb }),
    };
  }

  async function exportAs(format: 'json' | 'csv') {
    const control = start();
    try {
      const file = await exportToBlob(format, new Date(), control);
      download(file);
      setStatus({ kind: 'done', text: t('history_exported', lang, file.filename) });
    } catch (e) {
      if (isAbort(e) || control.signal.aborted) setStatus({ kind: 'done', text: t('history_export_canceled', lang) });
      else failWith(e);
    } finally {
      running.current = null;
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again imports again
    if (!file) return;
    setReport(null);
    setOffered(null);
    const control = start();
    try {
      const outcome = await importFromFile(file, control);
      if (!outcome.ok) {
        if (outcome.error === IMPORT_CANCELED) return setStatus({ kind: 'done', text: t('history_import_canceled', lang) });
        if (outcome.code) return setStatus({ kind: 'error', text: importFailureText(outcome.code, lang) });
        return fail(outcome.error);
      }
      // The worker caches templates and settings: it reads them again.
      await ask({ kind: 'history/changed' });
      setReport(outcome.report);
      setOffered(outcome.report.settingsInFile ?? null);
      setStatus({ kind: 'idle' });
      props.onChanged?.();
    } catch (e) {
      if (isAbort(e) || control.signal.aborted) setStatus({ kind: 'done', text: t('history_import_canceled', lang) });
      else failWith(e);
    } finally {
      running.current = null;
    }
  }

  /** The person chose the file's settings: they replace the current ones as a whole. */
  async function applyOffered() {
    if (!offered) return;
    setStatus({ kind: 'busy' });
    const answer = await ask({ kind: 'settings/set', settings: offered });
    if (!answer.ok) return fail(answer.error);
    setSettings(answer.value);
    setDays(String(answer.value.retentionDays ?? DEFAULT_RETENTION_DAYS));
    setOffered(null);
    setStatus({ kind: 'done', text: t('history_settings_applied', lang) });
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

  const busy = status.kind === 'busy' || status.kind === 'progress';
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
          <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
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
          <button type="button" class="coc-btn" disabled={busy} onClick={() => void exportAs('json')}>
            {t('history_delete_export_first', lang)}
          </button>
          <button type="button" class="coc-btn history-danger" disabled={busy} onClick={() => void deleteAll()}>
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
        {status.kind === 'progress' && <TransferStatus progress={status.progress} lang={lang} onCancel={() => running.current?.abort()} />}
        {status.kind === 'done' && <p>{status.text}</p>}
        {status.kind === 'error' && (
          <p class="history-error" role="alert">
            {status.text}
          </p>
        )}
        {report && <ImportReportView report={report} lang={lang} />}
        {offered && <SettingsFromFile settings={offered} lang={lang} disabled={busy} onApply={() => void applyOffered()} />}
      </div>
    </section>
  );
}

/** A progress bar with what runs, and Cancel. */
function TransferStatus({ progress, lang, onCancel }: { progress: TransferProgress; lang: UiLang; onCancel(): void }) {
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const text =
    progress.phase === 'export'
      ? t('history_progress_export', lang, progress.done, progress.total)
      : progress.phase === 'read'
        ? t('history_progress_read', lang, mb(progress.done), mb(progress.total))
        : t('history_progress_write', lang);
  return (
    <div class="history-progress">
      <label>
        <span>{text}</span>
        <progress max={Math.max(progress.total, 1)} value={progress.done} />
      </label>
      <button type="button" class="coc-btn" onClick={onCancel}>
        {t('history_cancel', lang)}
      </button>
    </div>
  );
}

function ImportReportView({ report, lang }: { report: ImportReport; lang: UiLang }) {
  const a = report.added;
  return (
    <div class="history-report">
      <p>{t('history_import_added', lang, a.orders, a.observations, a.actions, a.followUps, a.templates)}</p>
      {(a.taughtWords ?? 0) > 0 && <p>{t('history_import_words', lang, a.taughtWords ?? 0)}</p>}
      {(report.alreadyPresent ?? 0) > 0 && <p>{t('history_import_present', lang, report.alreadyPresent ?? 0)}</p>}
      {report.skipped.length === 0 ? (
        <p>{t('history_import_none_skipped', lang)}</p>
      ) : (
        <>
          <p>{t('history_import_skipped', lang, report.skipped.length)}</p>
          <ul>
            {report.skipped.map((s, i) => (
              <li key={i}>{skippedText(s, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
