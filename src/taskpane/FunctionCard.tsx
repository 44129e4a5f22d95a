/** One SLA function: syntax, what it does, an example, and a button that writes the example into the selected cell. */
import { Badge, Body1, Button, Caption1, Card, Spinner, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { exampleResult, syntaxOf, type FunctionDoc, type Language } from "./functionList";
import type { UiTexts } from "./texts";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  syntax: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    margin: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  example: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap" },
});

export interface FunctionCardProps {
  readonly fn: FunctionDoc;
  readonly lang: Language;
  readonly t: UiTexts;
  readonly busy: boolean;
  readonly waiting: boolean;
  /** The example in the pane's language: shown, and what the button writes. */
  readonly formula: string;
  readonly onWrite: () => void;
  readonly message?: ReactNode;
}

export function FunctionCard({ fn, lang, t, formula, busy, waiting, onWrite, message }: FunctionCardProps) {
  const styles = useStyles();
  const syntaxId = useId("fn-syntax");
  const result = exampleResult(fn, lang);
  return (
    <Card className={styles.card} aria-labelledby={syntaxId} data-function={fn.id}>
      <h3 id={syntaxId} className={styles.syntax}>
        {syntaxOf(fn)}
      </h3>
      {fn.planned ? (
        <Badge appearance="tint" color="informative" size="small">
          {t.comingSoon}
        </Badge>
      ) : null}
      <Body1 as="p" block>
        {fn.description[lang]}
      </Body1>
      <Caption1 block className={styles.muted}>
        {t.returns(fn.returns[lang])}
      </Caption1>
      <div className={styles.example}>
        <Caption1 className={styles.muted}>{t.example}</Caption1>
        <code className={styles.code} data-testid="example-formula">
          {formula}
        </code>
        {result !== undefined ? <Caption1>{t.exampleResult(result)}</Caption1> : null}
      </div>
      {/* Excel does not know a planned function yet: writing it would only give #NAME?. */}
      {fn.planned ? null : (
        <div className={styles.actions}>
          <Button
            appearance="secondary"
            onClick={onWrite}
            disabledFocusable={busy || waiting}
            aria-label={t.writeExampleLabel(`SLA.${fn.id}`)}
            icon={busy ? <Spinner size="extra-tiny" /> : undefined}
          >
            {busy ? t.writing : t.writeExample}
          </Button>
        </div>
      )}
      {message}
    </Card>
  );
}
