/** One template in the gallery: what it is, what its sheet contains, and its Insert button. */
import {
  Body1,
  Button,
  Caption1,
  Card,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Lang, Template } from "../templates";
import type { UiTexts } from "./texts";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  contains: {
    margin: 0,
    listStyleType: "disc",
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface TemplateCardProps {
  readonly template: Template;
  readonly lang: Lang;
  readonly t: UiTexts;
  /** This template is being inserted. */
  readonly busy: boolean;
  /** Another template is being inserted. */
  readonly waiting: boolean;
  readonly onInsert: () => void;
  /** The result of inserting this template, when it was the latest action. */
  readonly message?: ReactNode;
}

export function TemplateCard({ template, lang, t, busy, waiting, onInsert, message }: TemplateCardProps) {
  const styles = useStyles();
  const titleId = useId("template-title");
  const containsId = useId("template-contains");
  const title = template.title[lang];
  return (
    <Card className={styles.card} aria-labelledby={titleId} data-template={template.id}>
      <Subtitle2 as="h3" block id={titleId}>
        {title}
      </Subtitle2>
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
      <div className={styles.actions}>
        {/* disabledFocusable, not disabled: a disabled button drops keyboard focus to the page. */}
        <Button
          appearance="primary"
          onClick={onInsert}
          disabledFocusable={busy || waiting}
          aria-label={t.insertLabel(title)}
          icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        >
          {busy ? t.inserting : t.insert}
        </Button>
      </div>
      {message}
    </Card>
  );
}
