/**
 * A rule's chart (ruleChart.ts) as inline SVG, drawn at the width it is given in CSS pixels, so its
 * labels keep their size from 320 to 450 px: axes with a few labelled ticks, the standard as a dashed
 * vertical line, the score as a polyline per run of points (a gap where the engine gives no score).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RuleChart, Tick } from "./ruleChart";

const useStyles = makeStyles({
  svg: { display: "block", overflow: "visible" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground3, fontSize: "11px" },
  title: { fill: tokens.colorNeutralForeground2, fontSize: "11px", fontWeight: tokens.fontWeightSemibold },
  standard: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: 1.5, strokeDasharray: "4 3" },
  standardLabel: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: "11px",
    fontWeight: tokens.fontWeightSemibold,
  },
  curve: {
    fill: "none",
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2,
    strokeLinejoin: "round",
    strokeLinecap: "round",
  },
  dot: { fill: tokens.colorBrandForeground1 },
});

const FONT = 11;
const HEIGHT = 200;

/** Rough width of a label in px: Chinese characters are square, Latin ones about 0.6 em. */
export function textWidth(text: string, size = FONT): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.62;
  return w;
}

/** Every tick, or every second one (ends kept) when their labels would touch. */
function spaced(ticks: readonly Tick[], pixelsBetween: number): Tick[] {
  const widest = Math.max(0, ...ticks.map((t) => textWidth(t.label)));
  if (widest + 8 <= pixelsBetween || ticks.length < 3) return [...ticks];
  return ticks.filter((_, i) => i % 2 === 0);
}

const fixed = (v: number) => Math.round(v * 10) / 10;

export interface RuleChartSvgProps {
  readonly chart: RuleChart;
  readonly width: number;
  readonly label: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

export function RuleChartSvg({ chart, width, label, xTitle, yTitle }: RuleChartSvgProps) {
  const styles = useStyles();
  const { x, y } = chart;
  const yLabelWidth = Math.max(...y.ticks.map((t) => textWidth(t.label)));
  const lastX = x.ticks[x.ticks.length - 1]?.label ?? "";
  const firstX = x.ticks[0]?.label ?? "";
  const left = Math.ceil(Math.max(yLabelWidth + 8, textWidth(firstX) / 2 + 2));
  const right = Math.ceil(Math.max(10, textWidth(lastX) / 2 + 2));
  const top = 32; // the y axis title, then the standard's label, above the plot
  const bottom = 38; // tick labels, then the x axis title
  const plotW = Math.max(40, width - left - right);
  const plotH = HEIGHT - top - bottom;
  const px = (v: number) => left + ((v - x.min) / (x.max - x.min)) * plotW;
  const py = (v: number) => top + plotH - ((v - y.min) / (y.max - y.min)) * plotH;

  const xTicks = spaced(x.ticks, plotW / Math.max(1, x.ticks.length - 1));
  const std = chart.standard;
  let stdLabel: { x: number; anchor: "start" | "middle" | "end" } | null = null;
  if (std) {
    const sx = px(std.value);
    const half = textWidth(std.label, FONT) / 2;
    // Centred over its line, but never past either end of the picture.
    if (sx - half < 0) stdLabel = { x: 0, anchor: "start" };
    else if (sx + half > width) stdLabel = { x: width, anchor: "end" };
    else stdLabel = { x: sx, anchor: "middle" };
  }

  return (
    <svg
      className={styles.svg}
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="rule-chart"
    >
      <text className={styles.title} x={0} y={12}>
        {yTitle}
      </text>
      {y.ticks.map((t) => (
        <g key={`y${t.value}`}>
          <line className={styles.grid} x1={left} x2={left + plotW} y1={fixed(py(t.value))} y2={fixed(py(t.value))} />
          <text className={styles.tick} x={left - 6} y={fixed(py(t.value))} textAnchor="end" dominantBaseline="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1={left} x2={left} y1={top} y2={top + plotH} />
      <line className={styles.axis} x1={left} x2={left + plotW} y1={top + plotH} y2={top + plotH} />
      {xTicks.map((t) => (
        <g key={`x${t.value}`}>
          <line
            className={styles.axis}
            x1={fixed(px(t.value))}
            x2={fixed(px(t.value))}
            y1={top + plotH}
            y2={top + plotH + 4}
          />
          <text className={styles.tick} x={fixed(px(t.value))} y={top + plotH + 16} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <text className={styles.title} x={left + plotW / 2} y={HEIGHT - 4} textAnchor="middle">
        {xTitle}
      </text>
      {std && stdLabel ? (
        <g data-testid="rule-chart-standard">
          <line
            className={styles.standard}
            x1={fixed(px(std.value))}
            x2={fixed(px(std.value))}
            y1={top - 4}
            y2={top + plotH}
          />
          <text className={styles.standardLabel} x={fixed(stdLabel.x)} y={top - 8} textAnchor={stdLabel.anchor}>
            {std.label}
          </text>
        </g>
      ) : null}
      {chart.segments.map((segment) =>
        segment.length === 1 ? (
          <circle
            key={`d${segment[0].x}`}
            className={styles.dot}
            cx={fixed(px(segment[0].x))}
            cy={fixed(py(segment[0].y))}
            r={2}
          />
        ) : (
          <polyline
            key={`p${segment[0].x}`}
            className={styles.curve}
            points={segment.map((p) => `${fixed(px(p.x))},${fixed(py(p.y))}`).join(" ")}
          />
        ),
      )}
    </svg>
  );
}
