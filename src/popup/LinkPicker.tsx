/**
 * "Link the supplier order…" (or, on a supplier order, the customer's order): picks one of the
 * recently seen orders of the other side, or takes a pasted order id; shows the links with their
 * next step, each removable. Links live in the history (src/history/chains.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '../messages/client';
import type { OrderRecord } from '../messages/protocol';
import { otherSide, sideOf } from '../history/chain-sides';
import type { Platform } from '../rules/types';
import { ChainNote, type ChainInfo } from '../ui/ChainNote';
import { errorText } from '../ui/error-text';
import { t, type UiLang } from '../ui/i18n';
import { platformLabel } from '../ui/labels';

const CANDIDATES = 20;

export function LinkPicker(props: { ask: Ask; platform: Platform; orderId: string; lang: UiLang }) {
  const { ask, platform, orderId, lang } = props;
  const [chains, setChains] = useState<ChainInfo[]>([]);
  const [candidates, setCandidates] = useState<OrderRecord[]>([]);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState('');
  const [typed, setTyped] = useState('');
  const [typedPlatform, setTypedPlatform] = useState<Platform>(otherSide(platform)[0]!);
  const [error, setError] = useState('');

  const reload = async () => {
    const r = await ask({ kind: 'links/of', platform, orderId });
    if (r.ok) setChains(r.value);
  };
  useEffect(() => void reload(), [platform, orderId]);
  useEffect(() => {
    if (open) void ask({ kind: 'links/candidates', platform, limit: CANDIDATES }).then((r) => r.ok && setCandidates(r.value));
  }, [open]);

  const link = async (other: { platform: Platform; orderId: string }, on: boolean) => {
    const r = await ask({ kind: 'links/set', a: { platform, orderId }, b: other, on });
    setError(r.ok ? '' : r.error);
    if (r.ok) {
      setOpen(false);
      setPicked('');
      setTyped('');
      await reload();
    }
  };
  const submit = () => {
    const fromList = candidates.find((c) => c.key === picked);
    if (fromList) return void link(fromList, true);
    const id = typed.trim();
    if (id) void link({ platform: typedPlatform, orderId: id }, true);
  };

  const label = t(sideOf(platform) === 'sales' ? 'chain_link_supplier' : 'chain_link_customer', lang);
  return (
    <div class="popup-chain">
      <ChainNote chains={chains} lang={lang} onUnlink={(c) => void link(c.other, false)} />
      <button type="button" class="coc-btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <form
          class="popup-chain-form"
          aria-label={label}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <select aria-label={t('chain_recent', lang)} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
            <option value="">{t('chain_recent', lang)}</option>
            {candidates.map((c) => (
              <option key={c.key} value={c.key}>
                {platformLabel(c.platform, lang)} · {c.orderId}
              </option>
            ))}
          </select>
          <select
            aria-label={t('chain_platform', lang)}
            value={typedPlatform}
            onChange={(e) => setTypedPlatform(e.currentTarget.value as Platform)}
          >
            {otherSide(platform).map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, lang)}
              </option>
            ))}
          </select>
          <input
            type="text"
            maxLength={100}
            aria-label={t('chain_order_id', lang)}
            placeholder={t('chain_order_id', lang)}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" class="coc-btn">
            {t('chain_link', lang)}
          </button>
        </form>
      )}
      {error && (
        <p class="popup-error" role="alert">
          {errorText(error, lang)}
        </p>
      )}
    </div>
  );
}
