/**
 * One workbook action at a time, and the outcome of the latest one. One at a time because two
 * insertions running together would both read the workbook before either wrote, and could then pick
 * the same sheet or table name; and a narrow pane is clearer with one message than with several.
 */
import { useCallback, useRef, useState } from "react";
import { describeFailure, NotInExcelError, type Failure } from "./failures";
import type { ExcelRun } from "../excel";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export interface Latest<T> {
  /** Which item (template id, function id) the outcome is about. */
  readonly id: string;
  readonly outcome: Outcome<T>;
}

export interface OneAction<T> {
  /** The item whose action is running, if any. */
  readonly busy: string | null;
  readonly latest: Latest<T> | null;
  /** `after` runs once the action has ended, whichever way (the home page reads the workbook again). */
  start(id: string, action: (run: ExcelRun) => Promise<T>, after?: () => void): void;
  dismiss(): void;
}

export function useOneAction<T>(run: ExcelRun | null): OneAction<T> {
  const [busy, setBusy] = useState<string | null>(null);
  const [latest, setLatest] = useState<Latest<T> | null>(null);
  // State updates land on the next render; a ref stops a second click that comes before it.
  const running = useRef(false);

  const start = useCallback(
    (id: string, action: (run: ExcelRun) => Promise<T>, after?: () => void) => {
      if (running.current) return;
      running.current = true;
      setBusy(id);
      setLatest(null);
      const task = run ? action(run) : Promise.reject(new NotInExcelError());
      task
        .then(
          (value) => setLatest({ id, outcome: { ok: true, value } }),
          (error: unknown) => {
            // The pane shows a short message; the console keeps the whole error (debugInfo, stack) for support.
            // A refusal of our own (outside Excel, an action's own words) says all there is: nothing to log.
            const failure = describeFailure(error);
            if (failure.kind === "excel") console.error(error);
            setLatest({ id, outcome: { ok: false, failure } });
          },
        )
        .finally(() => {
          running.current = false;
          setBusy(null);
          after?.();
        });
    },
    [run],
  );

  const dismiss = useCallback(() => setLatest(null), []);
  return { busy, latest, start, dismiss };
}
