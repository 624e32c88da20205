import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { BACKGROUNDS } from '../charts/export/compose-svg';
import type { Background, SizePreset } from '../charts/export/compose-svg';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import type { PanelExporter } from './panel-exporter';
import { ShareButton } from './share-button';

const RATIOS = [1, 2, 3] as const;
const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

const loadRenderer = () => import('../charts/export/render');

/**
 * A panel's Export menu: composed PNG (1x/2x/3x) and SVG images, CSV and JSON of exactly the
 * filtered figures, copy image / link / embed code. A disclosure with native controls, so it
 * works by keyboard; Escape closes it and returns focus to its button.
 */
export function ExportMenu({ exporter, lang }: { exporter: PanelExporter; lang: Lang }) {
  const t = tFor(lang);
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<SizePreset>('landscape');
  const [background, setBackground] = useState<Background>('light');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    dialog.current?.querySelector<HTMLElement>('input, button')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (
        !dialog.current?.contains(e.target as Node) &&
        !button.current?.contains(e.target as Node)
      )
        setOpen(false);
    };
    // On the document, not the menu: focus may have left the dialog (e.g. to <body>).
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  // Handlers return nothing: the work runs on, and its outcome lands in the status line.
  const run = (action: () => Promise<string>) => {
    // Buttons stay enabled (disabling the focused one would drop focus to <body>); a click
    // while an export runs is ignored instead.
    if (busy) return;
    setBusy(true);
    setStatus(t('exporting.working'));
    action()
      .then(setStatus, (error: unknown) =>
        setStatus(
          t('exporting.failed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        ),
      )
      .finally(() => setBusy(false));
  };
  const save = async (blob: Blob, file: string) => {
    (await loadRenderer()).download(blob, file);
    return t('exporting.downloaded', { file });
  };
  const text = (body: string, type: string) => new Blob([body], { type });

  const actions = {
    png: (pixelRatio: number) => () =>
      run(async () =>
        save(
          await exporter.png({ preset, background, pixelRatio }),
          exporter.fileName(pixelRatio === 1 ? 'png' : `${pixelRatio}x.png`),
        ),
      ),
    svg: () =>
      run(async () =>
        save(
          text(await exporter.svg({ preset, background }), 'image/svg+xml'),
          exporter.fileName('svg'),
        ),
      ),
    csv: () =>
      run(async () =>
        save(text(exporter.csv(), 'text/csv;charset=utf-8'), exporter.fileName('csv')),
      ),
    json: () =>
      run(async () => save(text(exporter.json(), 'application/json'), exporter.fileName('json'))),
    copyImage: () =>
      run(async () => {
        const { copyImage } = await loadRenderer();
        const copied = await copyImage(await exporter.png({ preset, background, pixelRatio: 2 }));
        return copied ? t('exporting.copied') : t('exporting.copyUnsupported');
      }),
    copy: (value: () => string) => () =>
      run(async () => {
        const { copyText } = await loadRenderer();
        return (await copyText(value()))
          ? t('exporting.copied')
          : t('exporting.failed', { message: 'clipboard' });
      }),
  };

  const radios = <T extends string>(
    name: string,
    values: readonly T[],
    value: T,
    set: (v: T) => void,
    label: (v: T) => string,
  ) => (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      {values.map((v) => (
        <label key={v} className="flex min-h-6 items-center gap-1 text-sm">
          <input
            type="radio"
            name={`${id}-${name}`}
            value={v}
            checked={value === v}
            onChange={() => set(v)}
          />
          {label(v)}
        </label>
      ))}
    </div>
  );

  return (
    <div className="relative flex items-start gap-1 print:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-dialog`}
        aria-haspopup="dialog"
        onClick={() => (open ? close() : setOpen(true))}
        className={BUTTON}
      >
        {t('exporting.button')}
      </button>
      {open && (
        <div
          ref={dialog}
          id={`${id}-dialog`}
          role="dialog"
          aria-label={t('exporting.dialog', { panel: exporter.title })}
          className="absolute right-0 z-30 mt-1 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-md border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {/* A panel of key figures only has no chart to draw: its figures go out as data. */}
          {exporter.images && (
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-semibold">{t('exporting.image')}</legend>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {t('exporting.size')}
              </span>
              {radios('size', ['landscape', 'square'] as const, preset, setPreset, (v) =>
                t(`exporting.${v}`),
              )}
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {t('exporting.background')}
              </span>
              {radios('background', BACKGROUNDS, background, setBackground, (v) =>
                t(`exporting.${v}`),
              )}
              <div className="flex flex-wrap gap-2">
                {RATIOS.map((r) => (
                  <Action key={r} busy={busy} onClick={actions.png(r)}>
                    PNG {r}×
                  </Action>
                ))}
                <Action busy={busy} onClick={actions.svg}>
                  SVG
                </Action>
                <Action busy={busy} onClick={actions.copyImage}>
                  {t('exporting.copyImage')}
                </Action>
              </div>
            </fieldset>
          )}
          <fieldset className="flex flex-wrap gap-2">
            <legend className="mb-1 text-sm font-semibold">{t('exporting.data')}</legend>
            <Action busy={busy} onClick={actions.csv}>
              {t('exporting.rows', { format: 'CSV', count: exporter.rows })}
            </Action>
            <Action busy={busy} onClick={actions.json}>
              {t('exporting.rows', { format: 'JSON', count: exporter.rows })}
            </Action>
          </fieldset>
          <fieldset className="flex flex-wrap gap-2">
            <legend className="mb-1 text-sm font-semibold">{t('exporting.share')}</legend>
            <Action busy={busy} onClick={actions.copy(exporter.link)}>
              {t('exporting.copyLink')}
            </Action>
            <Action busy={busy} onClick={actions.copy(exporter.embed)}>
              {t('exporting.copyEmbed')}
            </Action>
          </fieldset>
          <p
            role="status"
            aria-live="polite"
            className="min-h-5 text-xs text-slate-600 dark:text-slate-400"
          >
            {status}
          </p>
          <button type="button" className={`${BUTTON} self-end`} onClick={close}>
            {t('exporting.close')}
          </button>
        </div>
      )}
      {/* After the dialog: an open menu's controls come next in the Tab order. */}
      <ShareButton link={exporter.link} lang={lang} />
    </div>
  );
}

/**
 * A menu action. While an export runs it stays focusable (aria-disabled, not disabled), so
 * focus is never dropped to the page.
 */
function Action({
  busy,
  onClick,
  children,
}: {
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className={BUTTON} aria-disabled={busy} onClick={onClick}>
      {children}
    </button>
  );
}
