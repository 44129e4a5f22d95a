/**
 * The single sheets: templates that stand on their own, outside the agreement that "Set up agreement"
 * makes (ticket log, agent scoring, after-sales rubric, satisfaction, targets). Collapsed under one
 * heading below the home page's actions, each a compact line with its own Insert button.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Switch,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { insertTemplate } from "../excel";
import type { HomeDone } from "./actionMessage";
import { getTemplate, type Lang, type Template } from "../templates";
import { failureText } from "./failures";
import { insertedLines } from "./insertMessage";
import { Message } from "./Message";
import { TemplateCard } from "./TemplateCard";
import { listStyle } from "./cardList";
import type { UiTexts } from "./texts";
import type { Latest, OneAction } from "./useOneAction";

/** The gallery's templates, in this order. The agreement's own sheets come from "Set up agreement". */
export const SINGLE_SHEETS = ["tickets", "agents", "aftersales", "satisfaction", "targets"] as const;

/** The id an insertion goes by in the home page's one action. */
export const insertionId = (template: Template) => `template:${template.id}`;

const useStyles = makeStyles({
  // The header's chevron lines up with the page's left edge, as the headings above do.
  // It reads as a heading of the page, like "Next step" (Subtitle2).
  headerButton: { paddingLeft: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0 },
  option: { display: "flex", flexDirection: "column" },
  // Fluent's switch keeps a margin around its track; pull it back so the track lines up with the text.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3 },
  list: listStyle(tokens.spacingVerticalS),
});

function InsertMessage({
  latest,
  lang,
  t,
  onDismiss,
}: {
  latest: Latest<HomeDone>;
  lang: Lang;
  t: UiTexts;
  onDismiss: () => void;
}) {
  const { outcome } = latest;
  return outcome.ok ? (
    outcome.value.kind === "inserted" ? (
      <Message
        intent="success"
        title={t.insertedTitle}
        lines={insertedLines(outcome.value.result, lang, t)}
        dismissLabel={t.dismiss}
        onDismiss={onDismiss}
        testId="insert-result"
      />
    ) : null
  ) : (
    <Message
      intent="error"
      title={t.insertFailedTitle}
      lines={[failureText(outcome.failure, t, lang)]}
      dismissLabel={t.dismiss}
      onDismiss={onDismiss}
      testId="insert-result"
    />
  );
}

export interface SingleSheetsProps {
  readonly lang: Lang;
  readonly t: UiTexts;
  /** The home page's one action at a time, shared: an insertion waits for a set-up and the other way round. */
  readonly action: OneAction<HomeDone>;
  /** After an insertion: the home page reads the workbook again. */
  readonly onChanged: () => void;
}

export function SingleSheets({ lang, t, action, onChanged }: SingleSheetsProps) {
  const styles = useStyles();
  const [examples, setExamples] = useState(false);
  const hintId = useId("examples-hint");
  const { busy, latest, start, dismiss } = action;
  return (
    <Accordion collapsible>
      <AccordionItem value="single-sheets">
        <AccordionHeader as="h2" button={{ className: styles.headerButton }} data-testid="single-sheets">
          {t.singleSheetsHeading}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Body1 as="p" block>
            {t.galleryIntro}
          </Body1>
          <div className={styles.option}>
            <Switch
              className={styles.switch}
              checked={examples}
              onChange={(_, data) => setExamples(data.checked)}
              label={t.examplesSwitch}
              aria-describedby={hintId}
            />
            <Caption1 id={hintId} className={styles.hint}>
              {t.examplesHint}
            </Caption1>
          </div>
          <ul className={styles.list} aria-label={t.galleryLabel}>
            {SINGLE_SHEETS.map((id) => {
              const template = getTemplate(id);
              const key = insertionId(template);
              return (
                <li key={id}>
                  <TemplateCard
                    template={template}
                    lang={lang}
                    t={t}
                    busy={busy === key}
                    waiting={busy !== null && busy !== key}
                    onInsert={() =>
                      start(
                        key,
                        async (excel) => ({
                          kind: "inserted",
                          result: await insertTemplate(excel, template, lang, { examples }),
                        }),
                        onChanged,
                      )
                    }
                    message={
                      latest?.id === key ? (
                        <InsertMessage latest={latest} lang={lang} t={t} onDismiss={dismiss} />
                      ) : undefined
                    }
                  />
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
