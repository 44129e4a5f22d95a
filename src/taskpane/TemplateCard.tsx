/**
 * One single sheet in the gallery, compact: its title (a disclosure button: what the sheet is and
 * contains open below it) and a secondary Insert button, on one line.
 */
import { Body1, Button, Caption1, Spinner, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { Lang, Template } from "../templates";
import type { UiTexts } from "./texts";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  heading: { flexGrow: 1, minWidth: 0, margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  // The title wraps at 320 px rather than pushing the Insert button out of the pane.
  toggle: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    whiteSpace: "normal",
    paddingLeft: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  insert: { flexShrink: 0 },
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  contains: {
    margin: 0,
    listStyleType: "disc",
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface TemplateCardProps {
  readonly template: Template;
  readonly lang: Lang;
  readonly t: UiTexts;
  /** This template is being inserted. */
  readonly busy: boolean;
  /** Another action is running. */
  readonly waiting: boolean;
  readonly onInsert: () => void;
  /** The result of inserting this template, when it was the latest action. */
  readonly message?: ReactNode;
}

export function TemplateCard({ template, lang, t, busy, waiting, onInsert, message }: TemplateCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const titleId = useId("template-title");
  const detailsId = useId("template-details");
  const containsId = useId("template-contains");
  const title = template.title[lang];
  return (
    <div className={styles.card} role="group" aria-labelledby={titleId} data-template={template.id}>
      <div className={styles.line}>
        <h3 className={styles.heading}>
          <Button
            id={titleId}
            className={styles.toggle}
            appearance="transparent"
            icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {title}
          </Button>
        </h3>
        {/* disabledFocusable, not disabled: a disabled button drops keyboard focus to the page. */}
        <Button
          className={styles.insert}
          appearance="secondary"
          onClick={onInsert}
          disabledFocusable={busy || waiting}
          aria-label={t.insertLabel(title)}
          icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        >
          {busy ? t.inserting : t.insert}
        </Button>
      </div>
      {/* The class only when open: its display:flex would otherwise override the hidden attribute. */}
      <div id={detailsId} className={open ? styles.details : undefined} hidden={!open}>
        <Body1 as="p" block>
          {template.description[lang]}
        </Body1>
        <Caption1 block id={containsId} className={styles.muted}>
          {t.containsHeading}
        </Caption1>
        <ul className={styles.contains} aria-labelledby={containsId}>
          {template.contains.map((item) => (
            <li key={item.en}>
              <Caption1>{item[lang]}</Caption1>
            </li>
          ))}
        </ul>
      </div>
      {message}
    </div>
  );
}
