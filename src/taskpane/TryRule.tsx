/**
 * "Try a rule": a standard, a rule and optional full marks, read as SLA.RULE reads them, with a chart of
 * the score (or, for a fee clause, the share of the fee) against the actual value, and a button that
 * writes =SLA.RULE(...) into the selected cell. Reading waits until typing pauses (200 ms); a rule the
 * engine cannot read shows its reason in the pane's language, announced politely.
 */
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type Dispatch, type ReactNode, type RefObject } from "react";
import type { Language } from "./functionList";
import { chartRule, readRule, TRY_EXAMPLES, type RuleChart } from "./ruleChart";
import { RuleChartSvg } from "./RuleChartSvg";
import { ruleFormula } from "./ruleFormula";
import type { UiTexts } from "./texts";

const DEBOUNCE_MS = 200;

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  full: { maxWidth: "12em" },
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  chart: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap" },
});

/** The value as it was when it last stayed unchanged for `ms` (`key` identifies the value). */
function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ key, value });
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    const timer = setTimeout(() => setSettled((s) => (s.key === key ? s : { key, value: latest.current })), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled.value;
}

/** The width the chart has, in CSS pixels, following the pane as it is resized. */
function useWidth(): [RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function ChartNote({ chart, t }: { chart: RuleChart; t: UiTexts }) {
  const styles = useStyles();
  if (chart.problem === null) return null;
  const from = chart.x.ticks[0]?.label ?? "";
  const to = chart.x.ticks[chart.x.ticks.length - 1]?.label ?? "";
  const text = chart.segments.length === 0 ? t.tryRuleNoPoints(from, to, chart.problem) : t.tryRuleGaps(chart.problem);
  return (
    <Caption1 block className={styles.muted}>
      {text}
    </Caption1>
  );
}

export interface TryRuleProps {
  readonly lang: Language;
  readonly t: UiTexts;
  /** This box's formula is being written. */
  readonly busy: boolean;
  /** Another write is running: one at a time. */
  readonly waiting: boolean;
  /** Writes the formula (=SLA.RULE(...)) into the selected cell. */
  readonly onInsert: Dispatch<string>;
  /** The outcome of the latest insertion, under the button. */
  readonly message?: ReactNode;
}

export function TryRule({ lang, t, busy, waiting, onInsert, message }: TryRuleProps) {
  const styles = useStyles();
  const headingId = useId("try-rule");
  const resultId = useId("try-rule-result");
  // null: not typed in yet, so the example follows the pane's language.
  const [standardText, setStandard] = useState<string | null>(null);
  const [ruleText, setRule] = useState<string | null>(null);
  const [full, setFull] = useState("");
  const standard = standardText ?? TRY_EXAMPLES[lang].standard;
  const rule = ruleText ?? TRY_EXAMPLES[lang].rule;

  const inputs = useMemo(() => ({ standard, rule, full }), [standard, rule, full]);
  const settled = useSettled(inputs, JSON.stringify(inputs), DEBOUNCE_MS);
  const reading = useMemo(
    () => readRule(settled.standard, settled.rule, settled.full, lang),
    [settled.standard, settled.rule, settled.full, lang],
  );
  const chart = useMemo(
    () => (reading.ok ? chartRule(settled.standard, settled.rule, settled.full, lang) : null),
    [reading.ok, settled.standard, settled.rule, settled.full, lang],
  );
  const [chartBox, width] = useWidth();

  let chartLabel = "";
  if (chart && reading.ok) {
    const from = chart.x.ticks[0]?.label ?? "";
    const to = chart.x.ticks[chart.x.ticks.length - 1]?.label ?? "";
    chartLabel = (chart.mode === "credit" ? t.tryRuleChartCredit : t.tryRuleChartScore)(from, to, reading.sentence);
  }
  const xTitle = chart && chart.unit && !chart.percent ? t.tryRuleAxisActualIn(chart.unit) : t.tryRuleAxisActual;
  const yTitle = chart?.mode === "credit" ? t.tryRuleAxisCredit : t.tryRuleAxisScore;

  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="try-rule">
      <Subtitle2 as="h2" id={headingId} block className={styles.heading}>
        {t.tryRuleHeading}
      </Subtitle2>
      <Body1 as="p" block>
        {t.tryRuleIntro}
      </Body1>
      <div className={styles.fields}>
        <Field label={t.tryRuleStandard}>
          <Input value={standard} onChange={(_, d) => setStandard(d.value)} aria-describedby={resultId} />
        </Field>
        <Field label={t.tryRuleRule}>
          <Textarea
            value={rule}
            onChange={(_, d) => setRule(d.value)}
            resize="vertical"
            rows={2}
            aria-describedby={resultId}
          />
        </Field>
        <Field label={t.tryRuleFull} className={styles.full}>
          <Input
            value={full}
            onChange={(_, d) => setFull(d.value)}
            placeholder={t.tryRuleFullPlaceholder}
            inputMode="decimal"
            aria-describedby={resultId}
          />
        </Field>
      </div>
      {/* Announced when it changes (after typing pauses), without taking focus. */}
      <div
        id={resultId}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={reading.ok ? styles.result : `${styles.result} ${styles.error}`}
        data-testid="try-rule-result"
      >
        <Caption1 className={styles.label}>{reading.ok ? t.tryRuleReading : t.tryRuleUnreadable}</Caption1>
        <Body1 data-testid={reading.ok ? "try-rule-sentence" : "try-rule-error"}>
          {reading.ok ? reading.sentence : reading.message}
        </Body1>
      </div>
      <div ref={chartBox} className={styles.chart}>
        {chart && chart.segments.length > 0 && chart.x.max > chart.x.min && chart.y.max > chart.y.min && width > 0 ? (
          <RuleChartSvg chart={chart} width={width} label={chartLabel} xTitle={xTitle} yTitle={yTitle} />
        ) : null}
      </div>
      {chart ? <ChartNote chart={chart} t={t} /> : null}
      <div className={styles.actions}>
        <Button
          appearance="secondary"
          onClick={() => onInsert(ruleFormula(standard, rule, full))}
          disabledFocusable={busy || waiting}
          aria-label={t.tryRuleInsertLabel}
          icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        >
          {busy ? t.writing : t.tryRuleInsert}
        </Button>
      </div>
      {message}
    </Card>
  );
}
