import type { ReactNode } from 'react';

interface TooltipProps {
  text: string;
  /**
   * Given when the tooltip adds to the control's name (the control points at it with
   * aria-describedby); without it the tooltip only repeats the name and is hidden from
   * assistive technology, which already reads the name.
   */
  id?: string;
  children: ReactNode;
}

/**
 * A visible tooltip under a control, on hover and while the control has focus (also after a
 * tap on a touch screen, where there is no hover). CSS only: no timers, nothing to position.
 */
export function Tooltip({ text, id, children }: TooltipProps) {
  return (
    <span className="group relative inline-flex">
      {children}
      <span
        {...(id ? { id, role: 'tooltip' } : { 'aria-hidden': true })}
        className="pointer-events-none absolute top-full right-0 z-40 mt-1 hidden w-max max-w-64 rounded bg-slate-900 px-2 py-1 text-xs font-normal text-white shadow-lg group-focus-within:block group-hover:block dark:bg-slate-100 dark:text-slate-900 print:hidden"
      >
        {text}
      </span>
    </span>
  );
}
