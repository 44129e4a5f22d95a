/** The templates page: the "include example data" switch and one card per template. */
import { Body1, Caption1, Switch, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { insertTemplate, type ExcelRun, type InsertResult } from "../excel";
import { TEMPLATES, type Lang } from "../templates";
import { failureText } from "./failures";
import { insertedLines } from "./insertMessage";
import { Message } from "./Message";
import { TemplateCard } from "./TemplateCard";
import type { UiTexts } from "./texts";
import { useOneAction, type Latest } from "./useOneAction";
import { cardListStyle } from "./cardList";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column" },
  // Fluent's switch keeps a margin around its track; pull it back so the track lines up with the text.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3 },
  list: cardListStyle,
});

export interface TemplateGalleryProps {
  readonly lang: Lang;
  readonly t: UiTexts;
  readonly run: ExcelRun | null;
}

function InsertMessage({
  latest,
  lang,
  t,
  onDismiss,
}: {
  latest: Latest<InsertResult>;
  lang: Lang;
  t: UiTexts;
  onDismiss: () => void;
}) {
  const { outcome } = latest;
  return outcome.ok ? (
    <Message
      intent="success"
      title={t.insertedTitle}
      lines={insertedLines(outcome.value, lang, t)}
      dismissLabel={t.dismiss}
      onDismiss={onDismiss}
      testId="insert-result"
    />
  ) : (
    <Message
      intent="error"
      title={t.insertFailedTitle}
      lines={[failureText(outcome.failure, t)]}
      dismissLabel={t.dismiss}
      onDismiss={onDismiss}
      testId="insert-result"
    />
  );
}

export function TemplateGallery({ lang, t, run }: TemplateGalleryProps) {
  const styles = useStyles();
  const [examples, setExamples] = useState(false);
  const { busy, latest, start, dismiss } = useOneAction<InsertResult>(run);
  const hintId = useId("examples-hint");
  return (
    <div className={styles.page}>
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
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <TemplateCard
              template={template}
              lang={lang}
              t={t}
              busy={busy === template.id}
              waiting={busy !== null && busy !== template.id}
              onInsert={() => start(template.id, (excel) => insertTemplate(excel, template, lang, { examples }))}
              message={
                latest?.id === template.id ? (
                  <InsertMessage latest={latest} lang={lang} t={t} onDismiss={dismiss} />
                ) : undefined
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
