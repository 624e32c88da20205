import type { ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { ErrorBoundary } from './error-boundary';
import { RenderError } from './render-error';

/**
 * A panel that throws while rendering is replaced by a message with Retry, in the panel's
 * place (its data-panel id kept); the other panels and the filters keep working.
 */
export function PanelBoundary({
  panelId,
  lang,
  children,
}: {
  panelId: string;
  lang: Lang;
  children: ReactNode;
}) {
  const t = tFor(lang);
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <section data-panel={panelId} aria-label={t('panelFailed')}>
          <RenderError
            title={t('panelFailed')}
            error={error}
            retryLabel={t('retry')}
            retry={retry}
          />
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
