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

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: cardListStyle,
});

function WriteMessage({ latest, t, onDismiss }: { latest: Latest<WrittenFormula>; t: UiTexts; onDismiss: () => void }) {
  const { outcome } = latest;
  if (!outcome.ok)
    return (
      <Message
        intent="error"
        title={t.writeFailedTitle}
        lines={[failureText(outcome.failure, t)]}
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
      lines={[keptAsText ? t.writtenAsText(address) : t.written(address)]}
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
                message={latest?.id === fn.id ? <WriteMessage latest={latest} t={t} onDismiss={dismiss} /> : undefined}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
