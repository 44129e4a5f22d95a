/**
 * The home page: what the workbook holds (agreement, months recorded, the latest month's state) and
 * the next step as the one primary button, the other actions as secondary buttons, the check's
 * findings, and the single sheets below. It reads the workbook when it opens, after every action,
 * when the pane gets the focus back (the user typed in Excel) and on Refresh.
 */
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExcelRun } from "../excel";
import type { Finding } from "../excel/agreement/types";
import type { Lang } from "../templates";
import { doneMessage, failedMessage, type HomeDone } from "./actionMessage";
import { checkHome, EMPTY_SNAPSHOT, newMonth, portableCopy, readHome, report, select, setUp } from "./agreementCalls";
import { describeFailure, failureText, type Failure } from "./failures";
import { Findings } from "./Findings";
import { actionLabel, homeView, nextStepText, statusLines, type HomeAction, type HomeView } from "./home";
import { Message } from "./Message";
import { SingleSheets } from "./SingleSheets";
import type { UiTexts } from "./texts";
import { useOneAction } from "./useOneAction";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  status: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statusHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  refresh: { flexShrink: 0, marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  lines: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  next: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  option: { display: "flex", flexDirection: "column" },
  // Fluent's switch keeps a margin around its track; pull it back so the track lines up with the text.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3 },
  primary: { width: "100%", maxWidth: "100%" },
  others: { display: "flex", flexWrap: "wrap", rowGap: tokens.spacingVerticalS, columnGap: tokens.spacingHorizontalS },
});

/** The words on a busy button. */
const BUSY: Readonly<Record<HomeAction, keyof UiTexts>> = {
  setUp: "settingUp",
  fillIndicators: "selecting",
  enterActuals: "selecting",
  newMonth: "addingMonth",
  report: "openingReport",
  check: "checking",
  portableCopy: "makingCopy",
};

/** A preview outside Excel shows the empty workbook's home: its buttons say they cannot write. */
const PREVIEW = homeView(EMPTY_SNAPSHOT, { kind: "setUp" });

/** Reading again when the pane gets the focus back, but not more often than this. */
const REFOCUS_READ_MS = 1500;

export interface HomePageProps {
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly run: ExcelRun | null;
}

export function HomePage({ lang, t, run }: HomePageProps) {
  const styles = useStyles();
  const statusId = useId("status-heading");
  const nextId = useId("next-heading");
  const hintId = useId("setup-examples-hint");

  const [view, setView] = useState<HomeView | null>(run ? null : PREVIEW);
  const [reading, setReading] = useState(false);
  const [readFailure, setReadFailure] = useState<Failure | null>(null);
  const [findings, setFindings] = useState<readonly Finding[] | null>(null);
  // On by default. Set-up is only offered where there is no agreement yet, which is where someone meets the
  // add-in: with the example, one click shows every sheet at work (months scored, a report, the check), and
  // editing an example into one's own agreement is easier than starting from empty tables. Whoever knows
  // their indicators turns it off and gets the same sheets empty, formulas in place.
  const [examples, setExamples] = useState(true);
  const action = useOneAction<HomeDone>(run);
  const { busy, latest, start, dismiss } = action;

  // Reads answer in the order they were asked; only the latest one's answer is shown.
  const generation = useRef(0);
  const lastRead = useRef(0);
  const busyNow = useRef(false);
  busyNow.current = busy !== null;

  const show = useCallback((next: HomeView) => {
    setView(next);
    setReadFailure(null);
  }, []);

  const refresh = useCallback(() => {
    if (!run) return;
    const mine = ++generation.current;
    lastRead.current = Date.now();
    setReading(true);
    readHome(run)
      .then(
        (next) => {
          if (mine === generation.current) show(next);
        },
        (error: unknown) => {
          if (mine !== generation.current) return;
          console.error(error);
          setReadFailure(describeFailure(error));
        },
      )
      .finally(() => {
        if (mine === generation.current) setReading(false);
      });
  }, [run, show]);

  useEffect(refresh, [refresh]);

  // The user types actuals in Excel, then comes back to the pane: the status follows without a click.
  useEffect(() => {
    const onFocus = () => {
      if (!busyNow.current && Date.now() - lastRead.current > REFOCUS_READ_MS) refresh();
    };
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refresh]);

  const act = (which: HomeAction, current: HomeView) => {
    switch (which) {
      case "setUp":
        setFindings(null);
        return start("setUp", async (r) => ({ kind: "setUp", result: await setUp(r, lang, examples) }), refresh);
      case "newMonth":
        setFindings(null);
        return start(
          "newMonth",
          async (r) => ({ kind: "newMonth", result: await newMonth(r, lang), expected: current.newMonthPeriod }),
          refresh,
        );
      case "report":
        return start(
          "report",
          async (r) => ({ kind: "report", result: await report(r, lang), expected: current.reportPeriod }),
          refresh,
        );
      case "check":
        return start("check", async (r) => {
          const checked = await checkHome(r);
          generation.current++; // a read still on its way describes an older workbook: drop its answer
          lastRead.current = Date.now();
          setReading(false);
          show(checked.view);
          setFindings(checked.findings);
          return { kind: "checked", findings: checked.findings.length };
        });
      case "portableCopy":
        return start("portableCopy", async (r) => ({ kind: "portableCopy", result: await portableCopy(r, lang) }));
      case "fillIndicators":
      case "enterActuals": {
        const at = which === "fillIndicators" ? current.firstIndicator : current.firstMissing;
        if (!at) return; // homeView offers these actions only with a cell to go to
        return start(which, async (r) => {
          await select(r, at);
          return { kind: "selected", at };
        });
      }
    }
  };

  const selectFinding = (index: number) => {
    const at = findings?.[index]?.at;
    if (!at) return;
    start(`finding:${index}`, async (r) => {
      await select(r, at);
      return { kind: "selected", at };
    });
  };

  const button = (which: HomeAction, current: HomeView, primary: boolean) => {
    const running = busy === which;
    return (
      <Button
        key={primary ? "primary" : which}
        appearance={primary ? "primary" : "secondary"}
        size={primary ? "large" : "medium"}
        className={primary ? styles.primary : undefined}
        data-action={which}
        onClick={() => act(which, current)}
        // disabledFocusable, not disabled: a disabled button drops keyboard focus to the page.
        disabledFocusable={busy !== null}
        icon={running ? <Spinner size="extra-tiny" /> : undefined}
      >
        {running ? (t[BUSY[which]] as string) : actionLabel(which, current, lang, t)}
      </Button>
    );
  };

  // The latest home action's message (an insertion's stays under its card, a finding's under the list).
  let homeMessage = null;
  let findingMessage = null;
  if (latest && !latest.id.startsWith("template:")) {
    const forFinding = latest.id.startsWith("finding:");
    const which = forFinding ? "select" : (latest.id as HomeAction);
    const content = latest.outcome.ok
      ? forFinding
        ? null
        : doneMessage(latest.outcome.value, lang, t)
      : failedMessage(which, latest.outcome.failure, lang, t);
    const message = content ? (
      <Message {...content} dismissLabel={t.dismiss} onDismiss={dismiss} testId="home-result" />
    ) : null;
    if (forFinding) findingMessage = message;
    else homeMessage = message;
  }

  return (
    <div className={styles.page}>
      <section className={styles.status} aria-labelledby={statusId} data-testid="workbook-status">
        <div className={styles.statusHead}>
          <Subtitle2 as="h2" block id={statusId}>
            {t.statusHeading}
          </Subtitle2>
          {run ? (
            <Button
              className={styles.refresh}
              appearance="subtle"
              size="small"
              icon={reading ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
              onClick={refresh}
              aria-label={t.refreshLabel}
            >
              {t.refresh}
            </Button>
          ) : null}
        </div>
        {view ? (
          <ul className={styles.lines}>
            {statusLines(view, lang, t).map((line) => (
              <li key={line}>
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        ) : readFailure ? null : (
          <Spinner size="tiny" labelPosition="after" label={t.reading} />
        )}
        {readFailure ? (
          <Message
            intent="error"
            title={t.readFailedTitle}
            lines={[failureText(readFailure, t, lang)]}
            dismissLabel={t.dismiss}
            onDismiss={() => setReadFailure(null)}
            testId="read-result"
          />
        ) : null}
      </section>

      {view ? (
        <section className={styles.next} aria-labelledby={nextId} data-testid="next-step" data-step={view.step.kind}>
          <Subtitle2 as="h2" block id={nextId}>
            {t.nextHeading}
          </Subtitle2>
          <Body1 as="p" block>
            {nextStepText(view, lang, t)}
          </Body1>
          {view.step.kind === "setUp" ? (
            <div className={styles.option}>
              <Switch
                className={styles.switch}
                checked={examples}
                onChange={(_, data) => setExamples(data.checked)}
                label={t.setUpExamples}
                aria-describedby={hintId}
              />
              <Caption1 id={hintId} className={styles.hint}>
                {t.setUpExamplesHint}
              </Caption1>
            </div>
          ) : null}
          {button(view.primary, view, true)}
          {view.secondary.length ? (
            <div className={styles.others} role="group" aria-label={t.otherActions}>
              {view.secondary.map((which) => button(which, view, false))}
            </div>
          ) : null}
          {homeMessage}
        </section>
      ) : null}

      {findings ? (
        <Findings
          findings={findings}
          lang={lang}
          t={t}
          selecting={busy?.startsWith("finding:") ? Number(busy.slice("finding:".length)) : null}
          busy={busy !== null}
          onSelect={selectFinding}
          message={findingMessage}
        />
      ) : null}

      <SingleSheets lang={lang} t={t} action={action} onChanged={refresh} />
    </div>
  );
}
