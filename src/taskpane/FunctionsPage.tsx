/** The functions page: every SLA function, each example one click away from the selected cell. */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelRun } from "../excel";
import { writeFormulaToSelection, type WrittenFormula } from "../excel/selection";
import { failureText } from "./failures";
import { FunctionCard } from "./FunctionCard";
import { exampleFormula, FUNCTIONS, type Language } from "./functionList";
import { Message } from "./Message";
import type { UiTexts } from "./texts";
import { useOneAction, type Latest } from "./useOneAction";
import { cardListStyle } from "./cardList";
import { TryRule } from "./TryRule";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: cardListStyle,
});

/** The id the "Try a rule" box's writes go by (function ids are upper case). */
const TRY_RULE = "try-rule";

interface WriteMessageProps {
  readonly latest: Latest<WrittenFormula>;
  readonly t: UiTexts;
  readonly lang: Language;
  readonly onDismiss: () => void;
  /** What to say when the formula went in: "The example is in C3." by default. */
  readonly written?: UiTexts["written"];
}

function WriteMessage({ latest, t, lang, onDismiss, written = t.written }: WriteMessageProps) {
  const { outcome } = latest;
  if (!outcome.ok)
    return (
      <Message
        intent="error"
        title={t.writeFailedTitle}
        lines={[failureText(outcome.failure, t, lang)]}
        dismissLabel={t.dismiss}
        onDismiss={onDismiss}
        testId="write-result"
      />
    );
  const { address, keptAsText } = outcome.value;
  // A cell formatted as Text keeps the formula as text: say so rather than claim success.
  return (
    <Message
      intent={keptAsText ? "warning" : "success"}
      title={t.writtenTitle}
      lines={[keptAsText ? t.writtenAsText(address) : written(address)]}
      dismissLabel={t.dismiss}
      onDismiss={onDismiss}
      testId="write-result"
    />
  );
}

export function FunctionsPage({ lang, t, run }: { lang: Language; t: UiTexts; run: ExcelRun | null }) {
  const styles = useStyles();
  const { busy, latest, start, dismiss } = useOneAction<WrittenFormula>(run);
  return (
    <div className={styles.page}>
      <Body1 as="p" block>
        {t.functionsIntro}
      </Body1>
      <TryRule
        lang={lang}
        t={t}
        busy={busy === TRY_RULE}
        waiting={busy !== null && busy !== TRY_RULE}
        onInsert={(formula) => start(TRY_RULE, (excel) => writeFormulaToSelection(formula, excel))}
        message={
          latest?.id === TRY_RULE ? (
            <WriteMessage latest={latest} t={t} lang={lang} onDismiss={dismiss} written={t.tryRuleWritten} />
          ) : undefined
        }
      />
      <ul className={styles.list} aria-label={t.functionsListLabel}>
        {FUNCTIONS.map((fn) => {
          const formula = exampleFormula(fn, lang);
          return (
            <li key={fn.id}>
              <FunctionCard
                fn={fn}
                lang={lang}
                t={t}
                busy={busy === fn.id}
                waiting={busy !== null && busy !== fn.id}
                formula={formula}
                onWrite={() => start(fn.id, (excel) => writeFormulaToSelection(formula, excel))}
                message={
                  latest?.id === fn.id ? (
                    <WriteMessage latest={latest} t={t} lang={lang} onDismiss={dismiss} />
                  ) : undefined
                }
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
