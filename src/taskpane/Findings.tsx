/**
 * The check's findings: each with its severity (icon and, for screen readers, the word), its message
 * in the pane's language and the cell it is about. A finding with a cell is a button that selects
 * that cell in Excel.
 */
import {
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Dispatch, ReactNode } from "react";
import type { Finding } from "../excel/agreement/types";
import type { Lang } from "../templates";
import { listStyle } from "./cardList";
import type { UiTexts } from "./texts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: listStyle(tokens.spacingVerticalXXS),
  // A finding is a full-width row whose text wraps: Fluent's button is one line, centred, by default.
  finding: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    height: "auto",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  icon: { flexShrink: 0, marginTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly t: UiTexts;
  /** The finding whose cell is being selected, and whether any action is running. */
  readonly selecting: number | null;
  readonly busy: boolean;
  /** Called with the finding's index. */
  readonly onSelect: Dispatch<number>;
  /** Why the latest selection failed, under the list. */
  readonly message?: ReactNode;
}

function SeverityIcon({ severity }: { severity: Finding["severity"] }) {
  const styles = useStyles();
  switch (severity) {
    case "error":
      return <ErrorCircle20Filled className={mergeClasses(styles.icon, styles.error)} />;
    case "warning":
      return <Warning20Filled className={mergeClasses(styles.icon, styles.warning)} />;
    case "info":
      return <Info20Filled className={mergeClasses(styles.icon, styles.info)} />;
  }
}

export function Findings({ findings, lang, t, selecting, busy, onSelect, message }: FindingsProps) {
  const styles = useStyles();
  const headingId = useId("check-heading");
  const severity = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo };
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="check-results">
      <Subtitle2 as="h2" block id={headingId}>
        {t.checkHeading}
      </Subtitle2>
      <Body1 as="p" block role="status">
        {findings.length ? t.checkFound(findings.length) : t.checkNone}
      </Body1>
      {findings.length ? (
        <ul className={styles.list} aria-label={t.findingsLabel}>
          {findings.map((finding, i) => {
            const content = (
              <>
                <SeverityIcon severity={finding.severity} />
                <span className={styles.text}>
                  <span>
                    <span className={styles.hidden}>{`${severity[finding.severity]}: `}</span>
                    {finding.message[lang]}
                  </span>
                  {finding.at ? (
                    <Caption1 className={styles.where}>{t.findingCell(finding.at.sheet, finding.at.address)}</Caption1>
                  ) : null}
                </span>
              </>
            );
            return (
              <li key={`${finding.kind}-${i}`} data-severity={finding.severity}>
                {finding.at ? (
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    onClick={() => onSelect(i)}
                    disabledFocusable={busy}
                    aria-busy={selecting === i}
                  >
                    {content}
                  </Button>
                ) : (
                  <div className={styles.finding}>{content}</div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {message}
    </section>
  );
}
